// SPDX-License-Identifier: Apache-2.0
#pragma once
// The property editor: the fields of the selected task definition and container (family, roles,
// network mode, compatibilities, name, image), validated as you type, with inline errors. Values go
// through the Document's fields (Document::setField), which refuse what ECS would not accept; typing
// in one field is one undo step.

#include "document/Document.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace rolemap {

class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    PropertyEditor(Document *document, QWidget *parent = nullptr);

    // Shows task definition `index` (and its container `container`, or none with -1).
    void showItem(int index, int container);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        TaskField field;
        const char *label;   // translated when shown
        const char *tooltip; // translated when shown
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QWidget *row = nullptr;
    };
    void retranslate();
    void reload();
    void commit(Field &field);
    FieldRef refOf(const Field &field) const;

    Document *m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    std::vector<Field> m_fields;
    TaskId m_task = 0;
    int m_container = -1;
    bool m_loading = false;
};

} // namespace rolemap
