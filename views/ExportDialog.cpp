// SPDX-License-Identifier: Apache-2.0
#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSettings>

namespace rolemap {

namespace {

QString formatTitle(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Svg: return ExportDialog::tr("SVG image (text stays text)");
    case ExportFormat::Png: return ExportDialog::tr("PNG image");
    case ExportFormat::Pdf: return ExportDialog::tr("PDF document (vector)");
    case ExportFormat::Dot: return ExportDialog::tr("Graphviz DOT");
    case ExportFormat::Mermaid: return ExportDialog::tr("Mermaid flowchart (GitHub, GitLab)");
    case ExportFormat::Drawio: return ExportDialog::tr("draw.io / diagrams.net");
    case ExportFormat::Markdown: return ExportDialog::tr("Table as Markdown");
    case ExportFormat::Csv: return ExportDialog::tr("Table as CSV");
    case ExportFormat::Html: return ExportDialog::tr("Table as HTML");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    m_format = new QComboBox(this);
    for (ExportFormat f : allExportFormats())
        m_format->addItem(formatTitle(f), exportFormatId(f));
    form->addRow(tr("Format:"), m_format);
    m_redact = new QCheckBox(tr("Redact account ids and names (for sharing outside the team)"), this);
    form->addRow(m_redact);
    m_comparison = new QCheckBox(tr("Tables: the launch-type comparison instead of the coverage"), this);
    form->addRow(m_comparison);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral("\u00d7"));
    form->addRow(tr("PNG scale:"), m_scale);
    m_transparent = new QCheckBox(tr("PNG: transparent background"), this);
    form->addRow(m_transparent);
    m_page = new QComboBox(this);
    m_page->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_page->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    form->addRow(tr("PDF page:"), m_page);
    m_dated = new QCheckBox(tr("PDF: print today's date (the file then changes every day)"), this);
    form->addRow(m_dated);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    QSettings s;
    m_format->setCurrentIndex(std::max(0, m_format->findData(s.value(QStringLiteral("export/format"), QStringLiteral("svg")))));
    m_redact->setChecked(s.value(QStringLiteral("export/redact"), false).toBool());
    m_comparison->setChecked(s.value(QStringLiteral("export/comparison"), false).toBool());
    m_scale->setValue(s.value(QStringLiteral("export/scale"), 2.0).toDouble());
    m_transparent->setChecked(s.value(QStringLiteral("export/transparent"), false).toBool());
    m_page->setCurrentIndex(std::max(0, m_page->findData(s.value(QStringLiteral("export/page"), int(QPageSize::A4)))));
    m_dated->setChecked(s.value(QStringLiteral("export/dated"), false).toBool());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const ExportFormat f = *exportFormatFromId(m_format->currentData().toString());
    m_comparison->setEnabled(!isDiagramFormat(f));
    m_scale->setEnabled(f == ExportFormat::Png);
    m_transparent->setEnabled(f == ExportFormat::Png);
    m_page->setEnabled(f == ExportFormat::Pdf);
    m_dated->setEnabled(f == ExportFormat::Pdf);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = *exportFormatFromId(m_format->currentData().toString());
    o.redact = m_redact->isChecked();
    o.comparisonTable = m_comparison->isChecked();
    o.pngScale = m_scale->value();
    o.transparent = m_transparent->isChecked();
    o.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.dated = m_dated->isChecked();
    return o;
}

void ExportDialog::accept()
{
    QSettings s;
    s.setValue(QStringLiteral("export/format"), m_format->currentData());
    s.setValue(QStringLiteral("export/redact"), m_redact->isChecked());
    s.setValue(QStringLiteral("export/comparison"), m_comparison->isChecked());
    s.setValue(QStringLiteral("export/scale"), m_scale->value());
    s.setValue(QStringLiteral("export/transparent"), m_transparent->isChecked());
    s.setValue(QStringLiteral("export/page"), m_page->currentData());
    s.setValue(QStringLiteral("export/dated"), m_dated->isChecked());
    QDialog::accept();
}

} // namespace rolemap
