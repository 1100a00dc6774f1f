#include "exportdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Picture"));
    QSettings settings;
    const QSize size = settings.value(QStringLiteral("export/size"), QSize(1600, 900)).toSize();

    auto *form = new QFormLayout;
    auto *sizeRow = new QHBoxLayout;
    m_width = new QSpinBox(this);
    m_width->setRange(800, 16000);
    m_width->setValue(size.width());
    m_width->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width"));
    m_height = new QSpinBox(this);
    m_height->setRange(600, 16000);
    m_height->setValue(size.height());
    m_height->setSuffix(tr(" px"));
    m_height->setAccessibleName(tr("Height"));
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    form->addRow(tr("&Size:"), sizeRow);
    qobject_cast<QLabel *>(form->labelForField(sizeRow))->setBuddy(m_width);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    m_scale->setToolTip(tr("Device pixels per pixel of a PNG: 2 for slides and high-DPI screens. SVG and PDF are vectors."));
    form->addRow(tr("S&cale:"), m_scale);

    m_scope = new QButtonGroup(this);
    auto *whole = new QRadioButton(tr("The &whole runs"), this);
    auto *current = new QRadioButton(tr("The time now on &screen"), this);
    m_scope->addButton(whole, 0);
    m_scope->addButton(current, 1);
    (settings.value(QStringLiteral("export/currentView"), false).toBool() ? current : whole)->setChecked(true);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(whole);
    scopeBox->addWidget(current);
    form->addRow(tr("Show:"), scopeBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ExportDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

qreal ExportDialog::scale() const
{
    return m_scale->value();
}

bool ExportDialog::currentViewOnly() const
{
    return m_scope->checkedId() == 1;
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/size"), imageSize());
    settings.setValue(QStringLiteral("export/scale"), scale());
    settings.setValue(QStringLiteral("export/currentView"), currentViewOnly());
    QDialog::accept();
}
