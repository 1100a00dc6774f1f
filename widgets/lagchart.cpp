#include "lagchart.h"

#include "colors.h"
#include "comparison.h"
#include "plaintext.h"

#include <QHelpEvent>

namespace LagLens {

namespace {

double seconds(double ms)
{
    return ms / 1000.0;
}

} // namespace

LagChart::LagChart(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Per-event lag chart"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    yAxis->setLabel(tr("lag (ms)"));
    xAxis->setLabel(tr("seconds, at receipt"));
    xAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 1, Qt::DotLine));
    yAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 1, Qt::DotLine));
    // The legend is a row of its own above the chart, so it never covers a point; a spacer beside
    // it keeps its items together at the left.
    plotLayout()->insertRow(0);
    m_legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, m_legendRow);
    plotLayout()->setRowStretchFactor(0, 0.001);
    m_legendRow->addElement(0, 0, legend);
    m_legendRow->addElement(0, 1, new QCPLayoutElement(this));
    m_legendRow->setColumnSpacing(0);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 2, 4, 0));
    legend->setVisible(false);
    setNoAntialiasingOnDrag(true);

    m_placeholder = new QCPItemText(this);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(Colors::mutedText());
    rebuild();
}

void LagChart::setRuns(const QList<AnalysedRun> &runs)
{
    m_runs = runs;
    rebuild();
}

void LagChart::setClockView(ClockView view)
{
    if (m_view == view)
        return;
    m_view = view;
    const QCPRange keep = xAxis->range();
    rebuild();
    xAxis->setRange(keep);
    replot();
}

void LagChart::setAlignment(MilestoneId milestone)
{
    if (m_alignment == milestone)
        return;
    m_alignment = milestone;
    rebuild();
}

QCPGraph *LagChart::addPoints(int run, const QColor &colour, QCPScatterStyle::ScatterShape shape, double size)
{
    QCPGraph *graph = addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(shape, colour.darker(120), colour, size));
    graph->setPen(QPen(colour));
    m_points.append({ graph, run, {} });
    return graph;
}

void LagChart::addLevel(double lagMs, const QString &text, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(this);
    line->point1->setCoords(0, lagMs);
    line->point2->setCoords(1, lagMs);
    line->setPen(pen);
    auto *label = new QCPItemText(this);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.995, lagMs);
    label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->setText(text);
    label->setColor(pen.color());
}

void LagChart::rebuild()
{
    clearGraphs();
    clearItems();
    m_points.clear();
    m_placeholder = new QCPItemText(this);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(Colors::mutedText());

    const bool overlay = m_runs.size() > 1;
    int pointsDrawn = 0;
    double lo = 0, hi = 1, first = INFINITY, last = -INFINITY;
    for (int r = 0; r < m_runs.size(); ++r) {
        const Run &run = *m_runs[r].run;
        const Analysis &a = *m_runs[r].analysis;
        const QColor base = overlay ? Colors::run(r) : Colors::lane(Lane::Client);

        const QList<EventMark> marks = eventMarks(run, a);
        // How far this run moves so that the alignment milestone is time zero.
        const double shift = alignmentOffsetMs(m_runs[r], m_alignment, m_view).value_or(0.0);

        QCPGraph *normal = addPoints(r, base, QCPScatterStyle::ssCircle, 6);
        QCPGraph *burst = addPoints(r, Colors::burst(), QCPScatterStyle::ssSquare, 8);
        QCPGraph *stall = addPoints(r, Colors::stall(), QCPScatterStyle::ssTriangle, 11);
        QCPGraph *graphs[] = { normal, burst, stall };
        const int firstRef = int(m_points.size()) - 3;
        normal->setName(overlay ? run.displayName : tr("event"));
        burst->setName(tr("delivered in a burst"));
        stall->setName(tr("first after a stall"));

        for (int i = 0; i < run.events.size(); ++i) {
            const Event &e = run.events[i];
            const double lag = a.eventLagMs(e, m_view);
            const double at = (a.sinceSubmitMs(Clock::Client, e.recv, m_view) - shift) / 1000.0;
            if (std::isnan(lag) || std::isnan(at))
                continue;
            const int kind = int(marks[i]); // graphs are in EventMark order
            graphs[kind]->addData(at, lag);
            m_points[firstRef + kind].events.append(i);
            lo = std::min(lo, lag);
            hi = std::max(hi, lag);
            first = std::min(first, at);
            last = std::max(last, at);
            ++pointsDrawn;
        }

        if (!overlay && a.stream.lagCount > 0) {
            const double correction = m_view == ClockView::Corrected ? a.platformClock.offsetMs : 0.0;
            const double median = a.stream.medianLagMs - correction;
            addLevel(median, tr("median %1 ms").arg(median, 0, 'f', 0), QPen(Colors::mutedText(), 1, Qt::DashLine));
            if (a.stream.lagCount >= 5) {
                const double threshold = a.stream.stallThresholdMs - correction;
                addLevel(threshold, tr("stall threshold %1 ms").arg(threshold, 0, 'f', 0),
                         QPen(Colors::stall(), 1, Qt::DotLine));
                // Show the threshold only when some lag comes near it; otherwise it would squash
                // every point against the axis.
                if (hi > threshold / 2)
                    hi = std::max(hi, threshold);
            }
            for (const Stall &s : a.stalls) {
                const Event &e = run.events[s.next];
                int burstEnd = s.next;
                while (burstEnd + 1 < run.events.size() && run.events[burstEnd + 1].recv == e.recv)
                    ++burstEnd;
                // Labels sit right of their point in the first half of the run and left of it in
                // the second, so they stay inside the chart.
                const double at = (a.sinceSubmitMs(Clock::Client, e.recv, m_view) - shift) / 1000.0;
                const bool leftOfPoint = at > seconds(a.sinceSubmitMs(Clock::Client, run.events.last().recv, m_view) - shift) / 2;
                auto *text = new QCPItemText(this);
                text->position->setCoords(at, a.eventLagMs(e, m_view));
                text->setPositionAlignment((leftOfPoint ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
                text->setPadding(leftOfPoint ? QMargins(0, 0, 10, 0) : QMargins(10, 0, 0, 0));
                const QString held = tr("stall: nothing for %1 ms, event %2 held %3 ms")
                                         .arg(s.gapMs, 0, 'f', 0)
                                         .arg(e.index)
                                         .arg(a.eventLagMs(e, m_view), 0, 'f', 0);
                text->setText(burstEnd > s.next ? tr("%1, then events %2–%3 at once").arg(held).arg(e.index).arg(run.events[burstEnd].index)
                                                : held);
                text->setColor(Colors::stall());
            }
        }
    }

    // Only kinds that occur get a legend entry; in an overlay, runs are named by their points and
    // the burst and stall shapes are explained once.
    legend->clearItems();
    bool burstExplained = false, stallExplained = false;
    for (const PointRef &ref : std::as_const(m_points)) {
        if (ref.events.isEmpty())
            continue;
        const QCPScatterStyle::ScatterShape shape = ref.graph->scatterStyle().shape();
        bool &explained = shape == QCPScatterStyle::ssSquare ? burstExplained : stallExplained;
        if (shape == QCPScatterStyle::ssCircle || !overlay) {
            ref.graph->addToLegend();
        } else if (!explained) {
            ref.graph->addToLegend();
            explained = true;
        }
    }
    legend->setVisible(legend->itemCount() > 0);
    legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    legend->setMaximumSize(legend->minimumOuterSizeHint().width(), QWIDGETSIZE_MAX);

    QString placeholder;
    if (m_runs.isEmpty())
        placeholder = tr("No run open.");
    else if (pointsDrawn == 0)
        placeholder = m_runs.size() == 1 && m_runs.first().run->format == LogFormat::Direct
            ? tr("A direct run has client stamps only: lag needs a server stamp and a receive.")
            : tr("No event has both a server stamp and a receive time, so there is no lag to draw.");
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());

    const double pad = (hi - lo) * 0.12 + 1;
    yAxis->setRange(lo - pad * 0.3, hi + pad);
    if (first <= last)
        xAxis->setRange(first - 1, last + 1);
    replot();
}

QString LagChart::toolTipAt(const QPointF &pos) const
{
    double best = 8.0;
    QString text;
    for (const PointRef &ref : m_points) {
        const auto points = ref.graph->data();
        for (int i = 0; i < points->size(); ++i) {
            const auto it = points->at(i);
            const double dx = xAxis->coordToPixel(it->key) - pos.x();
            const double dy = yAxis->coordToPixel(it->value) - pos.y();
            const double d = std::hypot(dx, dy);
            if (d < best) {
                best = d;
                const Run &run = *m_runs[ref.run].run;
                const Event &e = run.events[ref.events[i]];
                text = tr("%1\nEvent %2: %3\nlag %4 ms\nreceived %5 UTC")
                           .arg(run.displayName)
                           .arg(e.index)
                           .arg(run.string(e.step))
                           .arg(it->value, 0, 'f', 0)
                           .arg(formatUtc(e.recv));
            }
        }
    }
    return text;
}

bool LagChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showPlainToolTip(this, help->globalPos(), toolTipAt(help->pos()));
        return true;
    }
    return QCustomPlot::event(event);
}

} // namespace LagLens
