// SPDX-License-Identifier: Apache-2.0
#pragma once
// File ▸ Export…: the format and its options, remembered from the last time.

#include "ExportService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace rolemap {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);

    // The chosen options (launch type and task definitions come from the window).
    ExportOptions options() const;
    void accept() override; // remembers the choices

private:
    void updateEnabled();

    QComboBox *m_format = nullptr;
    QCheckBox *m_redact = nullptr;
    QCheckBox *m_comparison = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QCheckBox *m_transparent = nullptr;
    QComboBox *m_page = nullptr;
    QCheckBox *m_dated = nullptr;
};

} // namespace rolemap
