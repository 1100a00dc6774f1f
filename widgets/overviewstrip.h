#pragma once

#include "runloader.h"

#include <qcustomplot.h>

namespace LagLens {

// A thin strip under the timeline that always shows the whole of the runs: how many events
// each run received over time (so silences and bursts show at a glance), and a frame around
// the stretch the timeline shows. Clicking or dragging in the strip moves that stretch.
class OverviewStrip : public QCustomPlot
{
    Q_OBJECT

public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    // `range` is the time range, in the timeline's seconds, that holds all of the runs;
    // `shiftsMs` moves each run as the timeline's alignment does.
    void setRuns(const QList<AnalysedRun> &runs, ClockView view, const QList<double> &shiftsMs, const QCPRange &range);
    // The stretch the timeline shows, in the same seconds.
    void setWindow(const QCPRange &window);
    QCPRange window() const { return m_window; }
    // Events counted per column of the strip, for each run; for tests.
    const QList<QList<int>> &counts() const { return m_counts; }

Q_SIGNALS:
    // The user moved the frame: the timeline should show this stretch.
    void windowRequested(double lower, double upper);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void moveWindowTo(double pixelX);

    QList<QList<int>> m_counts;
    QList<QCPAbstractItem *> m_marks; // stall strokes and the note for runs without events
    QCPRange m_window;
    QCPItemRect *m_frame = nullptr;
    QCPItemRect *m_before = nullptr; // the dimmed stretches either side of the frame
    QCPItemRect *m_after = nullptr;
    double m_grab = 0; // where in the frame the pointer holds it, as a fraction of its width
    bool m_dragging = false;
};

} // namespace LagLens
