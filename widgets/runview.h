#pragma once

#include "runloader.h"

#include <QWidget>

class QScrollArea;
class QSplitter;

namespace LagLens {

class LagChart;
class TimelinePlot;

// The swimlane timeline above the lag chart, their time axes in step: zooming or panning one
// moves the other.
class RunView : public QWidget
{
    Q_OBJECT

public:
    explicit RunView(QWidget *parent = nullptr);

    void setRuns(const QList<AnalysedRun> &runs);
    const QList<AnalysedRun> &runs() const { return m_runs; }
    void setClockView(ClockView view);
    ClockView clockView() const { return m_view; }
    void setAlignment(MilestoneId milestone);

    // Seconds since submit.
    void fitToData();
    QPair<double, double> visibleRange() const;
    void setVisibleRange(double lower, double upper);

    // Redraws both plots now, as a change of data or range would.
    void replot();

    QWidget *timelineWidget() const;
    QWidget *lagChartWidget() const;
    // The tooltip text at a point of the timeline widget, or empty.
    QString timelineToolTipAt(const QPoint &pos) const;

Q_SIGNALS:
    void visibleRangeChanged(double lower, double upper);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<AnalysedRun> m_runs;
    ClockView m_view = ClockView::Raw;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_timelineScroll = nullptr;
    TimelinePlot *m_timeline = nullptr;
    LagChart *m_lag = nullptr;
    bool m_syncing = false;
    bool m_sized = false;
};

} // namespace LagLens
