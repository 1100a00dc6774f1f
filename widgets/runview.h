#pragma once

#include "measurement.h"
#include "notes.h"
#include "runloader.h"

#include <QWidget>

class QScrollArea;
class QSplitter;

namespace LagLens {

class LagChart;
class OverviewStrip;
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

    // Selection, linked between the timeline and the lag chart: (run, event position).
    void setSelectedEvent(int run, int event);
    std::pair<int, int> selectedEvent() const; // (run, event position), or (-1, -1)

    // Keyboard-style navigation of the time axis, with a history.
    void zoomBy(double factor);
    void panBy(double fraction);
    bool back();
    bool forward();

    // The ruler and the measurements made with it.
    void setRulerMode(bool on);
    bool rulerMode() const;
    QList<Measurement> measurements() const;
    QStringList measurementTexts() const;
    void clearMeasurements();

    // Collapsed lanes shrink to a strip of markers in every run; clicking a lane's name does it too.
    void setLaneCollapsed(Lane lane, bool collapsed);
    bool isLaneCollapsed(Lane lane) const;
    LaneSet collapsedLanes() const;

    void setNotes(int run, const QList<Note> &notes);
    void setLegendVisible(bool visible);
    // Time axes in UTC time of day instead of seconds since the alignment milestone.
    void setAbsoluteTime(bool on);
    bool absoluteTime() const;

    // Where things are drawn in timelineWidget() coordinates; for tests and scripts.
    std::optional<QPointF> milestonePosition(int run, MilestoneId id) const;
    std::optional<QPointF> eventPosition(int run, int event, bool receipt) const;

    QWidget *timelineWidget() const;
    // Every text the timeline drew last time.
    QStringList timelineTexts() const;
    // The overview strip: its widget, the stretch it frames, the pixel of a time on it, and
    // the events it counted per column for a run.
    QWidget *overviewWidget() const;
    QPair<double, double> overviewWindow() const;
    int overviewX(double seconds) const;
    QList<int> overviewCounts(int run) const;
    QWidget *lagChartWidget() const;
    // The tooltip text at a point of the timeline widget, or empty.
    QString timelineToolTipAt(const QPoint &pos) const;
    // The ticks of the timeline's and the lag chart's time axes as last drawn: (seconds, label).
    QList<QPair<double, QString>> timelineTicks() const;
    QList<QPair<double, QString>> lagChartTicks() const;
    // What a reader would find wrong with the texts of either plot as last drawn: a text cut
    // off by the edge of its area, or two texts over each other. Empty when all is well.
    QStringList textProblems() const;

Q_SIGNALS:
    void visibleRangeChanged(double lower, double upper);
    void eventClicked(int run, int event);
    void noteRequested(int run, double atMs, LagLens::Lane lane);
    void measurementsChanged();
    void rulerModeChanged(bool on);
    void legendVisibleChanged(bool visible);
    void laneCollapsedChanged(LagLens::Lane lane, bool collapsed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncTimeAxes();
    void updateOverview();

    QList<AnalysedRun> m_runs;
    ClockView m_view = ClockView::Raw;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_timelineScroll = nullptr;
    TimelinePlot *m_timeline = nullptr;
    LagChart *m_lag = nullptr;
    OverviewStrip *m_overview = nullptr;
    bool m_syncing = false;
    bool m_sized = false;
};

} // namespace LagLens
