// SPDX-License-Identifier: Apache-2.0
#pragma once
// Settings: the interface language (the system's, English or Japanese) and the colours (the
// system's, light or dark), applied without a restart.

#include <QDialog>

class QComboBox;

namespace rolemap {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &language, const QString &appearance, QWidget *parent = nullptr);
    // "system", "en" or "ja".
    QString language() const;
    // "system", "light" or "dark".
    QString appearance() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
};

} // namespace rolemap
