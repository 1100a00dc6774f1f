#include "plaintext.h"

#include "colors.h"
#include "models.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace LagLens {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // The <qt> wrapper makes QToolTip treat the text as rich text it need not guess about; the
    // escaping makes every character of the log show as itself.
    return QStringLiteral("<qt><p style='white-space:pre-wrap'>%1</p></qt>").arg(text.toHtmlEscaped());
}

void showPlainToolTip(QWidget *widget, const QPoint &globalPos, const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, plainToolTip(text), widget);
}

void showPlainWarning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void showPlainTextDialog(QWidget *parent, const QString &title, const QString &text)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setPlainText(text);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(title);
    // Big enough for the text without scrolling, within reason.
    const QFontMetrics metrics(view->font());
    int width = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    view->setMinimumSize(std::min(width + 40, 1000), std::min(int(lines.size() + 2) * metrics.lineSpacing(), 700));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

QTableView *createPlainTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setItemDelegate(new PlainTextDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    return table;
}

void PlainTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(SeverityRole);
    if (!severity.isValid())
        return;
    const bool error = severity.toInt() == int(Severity::Error);
    const QColor colour = error ? Colors::stall() : Colors::burst().darker(135);
    option->palette.setColor(QPalette::Text, colour);
    option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::HighlightedText));
    option->font.setBold(error);
}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant bar = index.data(BarRole);
    if (bar.isValid()) {
        QColor fill = Colors::bottleneck();
        fill.setAlpha(index.data(SeverityRole).toInt() == int(Severity::Error) ? 110 : 45);
        const QRectF r = QRectF(option.rect).adjusted(2, 3, -2, -3);
        painter->fillRect(QRectF(r.left(), r.top(), r.width() * bar.toDouble(), r.height()), fill);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

bool PlainTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), plainToolTip(tip), view->viewport(), option.rect);
    return true;
}

} // namespace LagLens
