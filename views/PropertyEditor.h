// SPDX-License-Identifier: Apache-2.0
#pragma once
// The property editor: the fields of the selected task definition and container (family, roles,
// network mode, compatibilities, name, image), validated as you type, with inline errors, and written
// when the edit is done (Enter or leaving the field) through the Document's fields
// (Document::setField), which refuse what ECS would not accept.

#include "document/Document.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
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
        const char *title;   // translated when shown
        const char *tooltip; // translated when shown
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QWidget *row = nullptr;
    };
    void retranslate();
    void reload();
    bool check(Field &field);
    void commit(Field &field);
    // The field of the task definition (and container) shown.
    FieldRef refOf(TaskField field) const;

    Document *m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    std::vector<Field> m_fields;
    QComboBox *m_networkMode = nullptr;
    QLabel *m_networkModeLabel = nullptr;
    QLabel *m_launchTypesLabel = nullptr;
    std::vector<QCheckBox *> m_launchTypes;
    QWidget *m_launchTypeRow = nullptr;
    TaskId m_task = 0;
    int m_container = -1;
    bool m_loading = false;
};

} // namespace rolemap
