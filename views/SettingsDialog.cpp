// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace rolemap {

SettingsDialog::SettingsDialog(const QString &language, const QString &appearance, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\u65e5\u672c\u8a9e"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_language->setToolTip(tr("The language of the interface and of the rules' explanations; it changes at once"));
    m_appearance = new QComboBox(this);
    m_appearance->addItem(tr("System default"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(appearance)));
    m_appearance->setToolTip(tr("The window's colours: the desktop's, or light or dark whatever the desktop uses"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
}

QString SettingsDialog::appearance() const
{
    return m_appearance->currentData().toString();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace rolemap
