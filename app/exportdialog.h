#pragma once

#include <QDialog>

class QButtonGroup;
class QDoubleSpinBox;
class QSpinBox;

// Asks how to export the picture: its size, its scale for raster formats, and whether it shows
// the whole runs or the stretch of time now on screen. Remembers the answer.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    QSize imageSize() const;
    qreal scale() const;
    bool currentViewOnly() const;

    void accept() override;

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QButtonGroup *m_scope = nullptr;
};
