#include "overviewstrip.h"

#include "colors.h"

#include <cmath>

namespace LagLens {

namespace {

// Columns the events are counted in across the whole strip: fine enough to show a silence of
// a second in a minute-long run, coarse enough that a column is never a lone pixel.
constexpr int kColumns = 240;

QCPItemRect *shade(QCustomPlot *plot, const QBrush &brush, const QPen &pen)
{
    auto *rect = new QCPItemRect(plot);
    rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->setBrush(brush);
    rect->setPen(pen);
    rect->setSelectable(false);
    return rect;
}

} // namespace

OverviewStrip::OverviewStrip(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Overview of the whole run"));
    setToolTip(tr("The whole of the runs, with the stretch the timeline shows framed. "
                  "Click or drag to move it; the wheel zooms it."));
    setFixedHeight(46);
    yAxis->setVisible(false);
    yAxis->setRange(0, 1);
    xAxis->setTickLabels(false);
    xAxis->setTicks(false);
    xAxis->setBasePen(QPen(QColor(0, 0, 0, 60)));
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight);
    axisRect()->setMargins(QMargins(0, 3, 0, 3));
    setNoAntialiasingOnDrag(true);

    m_before = shade(this, QColor(0, 0, 0, 40), Qt::NoPen);
    m_after = shade(this, QColor(0, 0, 0, 40), Qt::NoPen);
    m_frame = shade(this, Qt::NoBrush, QPen(Colors::text(), 1.5));
}

void OverviewStrip::setRuns(const QList<AnalysedRun> &runs, ClockView view, const QList<double> &shiftsMs,
                            const QCPRange &range)
{
    clearPlottables();
    for (QCPAbstractItem *item : std::as_const(m_marks))
        removeItem(item);
    m_marks.clear();
    m_counts.clear();
    xAxis->setRange(range);
    const double columnSeconds = range.size() / kColumns;

    // One step line a run, stacked in the strip's height, each scaled to its own busiest column.
    const qsizetype runCount = std::max<qsizetype>(runs.size(), 1);
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const AnalysedRun &run = runs[r];
        QList<int> counts(kColumns, 0);
        const double shift = shiftsMs.value(r, 0.0);
        for (const Event &e : run.run->events) {
            const double ms = run.analysis->sinceSubmitMs(Clock::Client, e.recv, view);
            if (std::isnan(ms) || columnSeconds <= 0)
                continue;
            const double column = std::floor(((ms - shift) / 1000.0 - range.lower) / columnSeconds);
            if (column >= 0 && column < kColumns)
                ++counts[int(column)];
        }
        const int busiest = *std::max_element(counts.cbegin(), counts.cend());
        const double base = 1.0 - double(r + 1) / double(runCount);
        const double height = 0.9 / double(runCount);
        QVector<double> keys, values;
        keys.reserve(kColumns + 1);
        values.reserve(kColumns + 1);
        for (int c = 0; c <= kColumns; ++c) {
            keys.append(range.lower + c * columnSeconds);
            const int n = counts.value(std::min(c, kColumns - 1));
            values.append(base + (busiest > 0 ? height * n / busiest : 0.0));
        }
        QCPGraph *graph = addGraph();
        graph->setLineStyle(QCPGraph::lsStepLeft);
        const QColor colour = runs.size() > 1 ? Colors::run(int(r)) : Colors::lane(Lane::Client);
        graph->setPen(QPen(colour, 1));
        QColor fill = colour;
        fill.setAlpha(70);
        graph->setBrush(fill);
        QCPGraph *floor = addGraph();
        floor->setData({ range.lower, range.upper }, { base, base });
        floor->setPen(Qt::NoPen);
        graph->setChannelFillGraph(floor);
        graph->setData(keys, values, true);
        m_counts.append(counts);

        // Stalls stand out as red strokes: a stall of a few seconds in a long run is narrower
        // than a column and would not show as a gap.
        constexpr qsizetype kMostStallMarks = 200;
        for (const Stall &s : run.analysis->stalls.first(std::min(run.analysis->stalls.size(), kMostStallMarks))) {
            const double ms = run.analysis->sinceSubmitMs(Clock::Client, run.run->events[s.next].recv, view);
            if (std::isnan(ms))
                continue;
            auto *stroke = new QCPItemLine(this);
            stroke->start->setCoords((ms - shift) / 1000.0, base);
            stroke->end->setCoords((ms - shift) / 1000.0, base + height);
            stroke->setPen(QPen(Colors::stall(), 2));
            stroke->setSelectable(false);
            m_marks.append(stroke);
        }
    }
    const bool anyEvent = std::any_of(m_counts.cbegin(), m_counts.cend(), [](const QList<int> &counts) {
        return std::any_of(counts.cbegin(), counts.cend(), [](int n) { return n > 0; });
    });
    if (!anyEvent && !runs.isEmpty()) {
        auto *note = new QCPItemText(this);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("no events in the log to show here"));
        note->setColor(Colors::mutedText());
        m_marks.append(note);
    }
    setWindow(m_window.size() > 0 ? m_window : range);
}

void OverviewStrip::setWindow(const QCPRange &window)
{
    m_window = window;
    const QCPRange all = xAxis->range();
    m_frame->topLeft->setCoords(window.lower, 0);
    m_frame->bottomRight->setCoords(window.upper, 1);
    m_before->topLeft->setCoords(all.lower, 0);
    m_before->bottomRight->setCoords(std::max(all.lower, window.lower), 1);
    m_after->topLeft->setCoords(std::min(all.upper, window.upper), 0);
    m_after->bottomRight->setCoords(all.upper, 1);
    replot(rpQueuedReplot);
}

// Centres the frame, as held, on the pointer; its width stays, and it stays over the runs.
void OverviewStrip::moveWindowTo(double pixelX)
{
    const QCPRange all = xAxis->range();
    const double width = std::min(m_window.size(), all.size());
    const double lower = std::clamp(xAxis->pixelToCoord(pixelX) - width * m_grab, all.lower, all.upper - width);
    setWindow(QCPRange(lower, lower + width));
    Q_EMIT windowRequested(lower, lower + width);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_window.size() <= 0)
        return;
    const double at = xAxis->pixelToCoord(event->position().x());
    // Inside the frame the pointer keeps its hold where it grabbed; outside, the frame jumps
    // to centre on it.
    m_grab = m_window.contains(at) ? (at - m_window.lower) / m_window.size() : 0.5;
    m_dragging = true;
    moveWindowTo(event->position().x());
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        moveWindowTo(event->position().x());
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_dragging = false;
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    if (m_window.size() <= 0 || event->angleDelta().y() == 0)
        return;
    // Zooms the frame around its centre, by a sixth of its width a notch.
    // It grows no wider than the runs and keeps within them.
    const double factor = event->angleDelta().y() > 0 ? 5.0 / 6.0 : 6.0 / 5.0;
    const QCPRange all = xAxis->range();
    const double width = std::min(m_window.size() * factor, all.size());
    const double lower = std::clamp(m_window.center() - width / 2, all.lower, all.upper - width);
    setWindow(QCPRange(lower, lower + width));
    Q_EMIT windowRequested(lower, lower + width);
}

} // namespace LagLens
