#pragma once
// The property editor: the fields of the selected task definition and container (family, roles,
// network mode, compatibilities, name, image), validated as you type, with inline errors. Each
// change is an undoable edit; typing in one field is one undo step.

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

    // Validation used by the fields (and by tests): empty when fine, else the reason.
    static QString roleArnProblem(const QString &value, bool shortNameAllowed);
    static QString imageProblem(const QString &value);

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        std::string key;      // JSON key in the task definition or the container
        bool inContainer = false;
        std::function<QString(const QString &)> validate;
    };
    void addField(const QString &label, const std::string &key, bool inContainer, std::function<QString(const QString &)> validate,
                  const QString &tooltip);
    void reload();
    void commit(Field &field);

    Document *m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    std::vector<Field> m_fields;
    TaskId m_task = 0;
    int m_container = -1;
    bool m_loading = false;
};

} // namespace rolemap
