#pragma once

#include <QString>
#include <QStyledItemDelegate>

class QTableView;

namespace LagLens {

// Log text is untrusted. QToolTip guesses whether a string is rich text, so every tooltip goes
// through this: the text is escaped and wrapped so that it always shows literally.
QString plainToolTip(const QString &text);

// Shows `text` as a literal tooltip at `globalPos` over `widget`, or hides the tooltip when empty.
void showPlainToolTip(QWidget *widget, const QPoint &globalPos, const QString &text);

// A warning box whose text (often holding a file name or log text) shows literally: the static
// QMessageBox functions guess rich text.
void showPlainWarning(QWidget *parent, const QString &title, const QString &text);

// A dialog that shows `text` literally in a fixed-width font, for text laid out in columns.
void showPlainTextDialog(QWidget *parent, const QString &title, const QString &text);

// A read-only, row-selecting table over `model` whose cells and tooltips stay plain text.
QTableView *createPlainTable(QAbstractItemModel *model, QWidget *parent);

// The delegate of every LagLens table: cell text is drawn as plain text, tooltips show model
// text literally (see plainToolTip), rows with a SeverityRole are coloured, and cells with a
// BarRole get a bar behind their text.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace LagLens
