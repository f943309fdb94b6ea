// SPDX-License-Identifier: Apache-2.0
#pragma once
// Settings: the interface language (the system's, English or Japanese), applied without a restart.

#include <QDialog>

class QComboBox;

namespace rolemap {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);
    // "system", "en" or "ja".
    QString language() const;

private:
    QComboBox *m_language = nullptr;
};

} // namespace rolemap
