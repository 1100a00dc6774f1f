#pragma once

#include "drawntext.h"
#include "measurement.h"
#include "notes.h"
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

    // A collapsed lane shrinks to a strip with its markers only, no labels or bars. Clicking a
    // lane's name toggles it.
    void setLaneCollapsed(Lane lane, bool collapsed);
    bool isLaneCollapsed(Lane lane) const { return m_collapsed.contains(lane); }
    LaneSet collapsedLanes() const { return m_collapsed; }
    // Whether the plot is in a window, where lane names carry the triangle that says a click
    // collapses them and notes about hidden labels say to hover. Off for exported pictures.
    void setInteractive(bool on);
    // The lane whose name is drawn at `pos` on the left axis, if any.
    std::optional<Lane> laneNameAt(const QPointF &pos) const;

    // Keeps each lane at most `pixels` high by leaving room below the last one; for pictures
    // of few lanes. Takes effect with the plot's present size.
    void limitLaneHeight(int pixels);

    // The height at which every lane has room for a row of labels, its markers and its bar.
    int preferredHeight() const;

    // The time range, in seconds since submit, that holds everything drawn.
    QCPRange dataRange() const;
    // dataRange() with a little room either side: the range fitToData() shows.
    QCPRange fitRange() const;
    void fitToData();

    // What the tooltip says at a point of the widget, or an empty string.
    QString toolTipAt(const QPointF &pos) const;

    // Where a milestone or an event's stamp or receipt is drawn, in widget pixels; for tests.
    std::optional<QPointF> milestonePosition(int run, MilestoneId id) const;
    // Every text the runs drew last time, with the area they draw in.
    QList<DrawnText> drawnTexts() const;
    QRect drawingArea() const { return axisRect()->rect(); }
    std::optional<QPointF> eventPosition(int run, int event, bool receipt) const;

    // The event drawn under `pos`, as (run, event position), or (-1, -1).
    std::pair<int, int> eventAt(const QPointF &pos) const;
    void setSelectedEvent(int run, int event);
    std::pair<int, int> selectedEvent() const { return m_selected; }

    // The ruler: in ruler mode a click picks the marker nearest it (or the time under it); two
    // picks make a measurement, which stays until cleared.
    void setRulerMode(bool on);
    bool rulerMode() const { return m_rulerMode; }
    const QList<Measurement> &measurements() const { return m_measurements; }
    void setMeasurements(const QList<Measurement> &measurements);
    void clearMeasurements();
    static QString measurementText(const Measurement &m); // "1234 ms"

    // Zooming and panning as trace viewers do, with a history to go back and forth.
    void zoomBy(double factor); // < 1 zooms in, around the centre
    void panBy(double fraction); // of the visible width; positive moves later
    bool back();
    bool forward();

    void setNotes(int run, const QList<Note> &notes); // notes of runs()[run]
    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legendVisible; }

    // The time axis in seconds since the alignment milestone (the default) or as UTC time of day
    // on the first run's client clock.
    void setAbsoluteTime(bool on);
    bool absoluteTime() const { return m_absoluteTime; }
    // The UTC moment at time zero of the axis: the first run's alignment milestone.
    std::optional<Micros> zeroUtc() const;

Q_SIGNALS:
    void eventClicked(int run, int event);
    void measurementsChanged();
    void rulerModeChanged(bool on);
    void legendVisibleChanged(bool visible);
    void laneCollapsedChanged(LagLens::Lane lane, bool collapsed);
    // The user asked to pin a note at this moment (ms after the run's submit) and lane.
    void noteRequested(int run, double atMs, LagLens::Lane lane);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void updateAxisLabel();
    void remember(); // puts the visible range on the back history
    void pick(const QPointF &pos);
    void rebuildMeasurementItems();
    void rebuildLegend();

    QList<AnalysedRun> m_runs;
    int m_hiddenRuns = 0; // selected but past the number drawn
    ClockView m_view = ClockView::Raw;
    MilestoneId m_alignment = MilestoneId::SubmittedAt;
    LaneSet m_collapsed;
    bool m_interactive = true;
    double m_laneUnits = 0; // the height of all runs drawn, in lane rows
    QList<RunLayer *> m_layers;
    QCPItemText *m_placeholder = nullptr;
    std::pair<int, int> m_selected { -1, -1 };
    bool m_rulerMode = false;
    bool m_absoluteTime = false;
    std::optional<std::pair<double, double>> m_rulerStart; // seconds, row
    QList<Measurement> m_measurements;
    QList<QCPAbstractItem *> m_measurementItems;
    QList<QCPRange> m_back, m_forward;
    QPoint m_pressPos;
    QCPRange m_pressRange;
    QTimer *m_wheelSettle = nullptr;
    bool m_legendVisible = false;
    QCPItemText *m_legend = nullptr;
};

// Gives the plots the same left and right margins, the largest they would choose, so that their
// time axes line up pixel for pixel when drawn one above the other.
void alignSideMargins(std::initializer_list<QCustomPlot *> plots);

} // namespace LagLens
