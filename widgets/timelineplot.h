#pragma once

#include "runloader.h"

#include <qcustomplot.h>

namespace LagLens {

class RunLayer;

// The most runs a timeline or lag chart draws at once; past it, lanes would be slivers.
inline constexpr qsizetype kMaxDrawnRuns = 24;

// The swimlane timeline: for each run a lane per component (client, platform, chat service,
// model proxy) with its milestones, the segments of the time to first token, and every event
// as a connector from its platform stamp to its client receive. Several runs stack on one time
// axis, each aligned at its own submit. The time axis is seconds since submit.
class TimelinePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    void setRuns(const QList<AnalysedRun> &runs);
    const QList<AnalysedRun> &runs() const { return m_runs; }
    void setClockView(ClockView view);
    ClockView clockView() const { return m_view; }
    // Moves each run so that `milestone` is time zero (submit by default). A run without that
    // milestone stays aligned at its submit, and its title says so.
    void setAlignment(MilestoneId milestone);
    MilestoneId alignment() const { return m_alignment; }

    // The height at which every lane has room for a row of labels, its markers and its bar.
    int preferredHeight() const;

    // The time range, in seconds since submit, that holds everything drawn.
    QCPRange dataRange() const;
    void fitToData();

    // What the tooltip says at a point of the widget, or an empty string.
    QString toolTipAt(const QPointF &pos) const;

protected:
    bool event(QEvent *event) override;

private:
    void rebuild();
    void updateAxisLabel();

    QList<AnalysedRun> m_runs;
    int m_hiddenRuns = 0; // selected but past the number drawn
    ClockView m_view = ClockView::Raw;
    MilestoneId m_alignment = MilestoneId::SubmittedAt;
    QList<RunLayer *> m_layers;
    QCPItemText *m_placeholder = nullptr;
};

// Gives both plots the same left margin, the larger of the two they would choose, so that
// their time axes line up pixel for pixel when drawn one above the other.
void alignLeftMargins(QCustomPlot *first, QCustomPlot *second);

} // namespace LagLens
