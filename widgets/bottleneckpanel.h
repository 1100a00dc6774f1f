#pragma once

#include "models.h"

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace LagLens {

// Where the time went, in words and tables: LagLens's verdict and the log's own guess, the
// segments of the time to first token largest first, stalls, clock findings, and every figure
// the log reports beside the value its timestamps give.
class BottleneckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BottleneckPanel(QWidget *parent = nullptr);

    void setRun(const AnalysedRun &run, ClockView view);
    // The runs shown beside the current one; a platform run with a direct run among them gets a
    // platform overhead section.
    void setComparison(const QList<AnalysedRun> &runs, ClockView view);
    // The sentences shown, in order; for tests and for export headers.
    QStringList findingTexts() const;

private:
    QTableView *makeTable(QAbstractItemModel *model);
    static void fitColumnsToWidth(QTableView *table, int nameColumn);
    void fitTableHeight(QTableView *table);

    AnalysedRun m_current;
    QLabel *m_title = nullptr;
    QLabel *m_verdict = nullptr;
    QVBoxLayout *m_findings = nullptr;
    QList<QLabel *> m_findingLabels;
    QLabel *m_clocks = nullptr;
    QLabel *m_stream = nullptr;
    SegmentModel m_segments;
    FigureModel m_figures;
    QTableView *m_segmentTable = nullptr;
    QTableView *m_figureTable = nullptr;
    OverheadModel m_overhead;
    QLabel *m_overheadHeading = nullptr;
    QLabel *m_overheadText = nullptr;
    QTableView *m_overheadTable = nullptr;
};

} // namespace LagLens
