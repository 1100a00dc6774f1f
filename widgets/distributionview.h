#pragma once

#include "runloader.h"

#include <QImage>
#include <QWidget>

class QCustomPlot;

namespace LagLens {

// How the time to first token and each of its segments spread over many runs: one strip per
// figure with every run as a point and the 50th, 90th and 99th percentiles and the maximum
// marked. Clicking a point asks to open that run.
class DistributionView : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionView(QWidget *parent = nullptr);

    void setRuns(const QList<AnalysedRun> &runs);
    QImage toImage(const QSize &size) const;
    // The text of the percentile summary shown beside each strip, for tests and exports.
    QStringList summaries() const { return m_summaries; }

Q_SIGNALS:
    // `run` indexes the runs given to setRuns().
    void runActivated(int run);

private:
    void rebuild();

    QCustomPlot *m_plot = nullptr;
    QList<AnalysedRun> m_runs;
    QStringList m_summaries;
    QHash<const void *, QList<int>> m_pointRuns; // graph -> run index of each data point
};

} // namespace LagLens
