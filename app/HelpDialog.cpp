// SPDX-License-Identifier: Apache-2.0
#include "HelpDialog.h"

#include "MainActions.h"
#include "core/Translation.h"
#include "graph/RolePalette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace rolemap {

HelpDialog::HelpDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("HelpDialog"));
    setWindowTitle(tr("Rolemap Handbook"));
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(html(actions));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpDialog::html(const QList<QAction *> &actions)
{
    QFile handbook(currentLanguage() == Language::Japanese ? QStringLiteral(":/help/handbook.ja.html") : QStringLiteral(":/help/handbook.en.html"));
    QString out = handbook.open(QIODevice::ReadOnly) ? QString::fromUtf8(handbook.readAll()) : QString();

    out += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(tr("Legend"));
    for (const LegendEntry &l : legendEntries())
        out += QStringLiteral("<tr><td><span style=\"color:%1; font-weight:bold\">%2</span></td><td>%3</td></tr>")
                   .arg(onScreen(l.colour).name(),
                        l.kind == LegendEntry::Kind::Role ? QStringLiteral("\u2501\u2501\u2501") : QStringLiteral("\u2504\u2504\u2504"),
                        l.label.toHtmlEscaped());
    out += QStringLiteral("</table>");

    // Every action with a key, by its plain title.
    QList<QPair<QString, QString>> keys;
    for (const QAction *a : actions) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList sequences;
        for (const QKeySequence &k : a->shortcuts())
            sequences << k.toString(QKeySequence::NativeText);
        keys.append({MainActions::plainText(a), sequences.join(QStringLiteral(", "))});
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    out += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(tr("Keyboard shortcuts"));
    for (const auto &[what, key] : std::as_const(keys))
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    return out + QStringLiteral("</table>");
}

} // namespace rolemap
