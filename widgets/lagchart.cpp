#include "lagchart.h"

#include "colors.h"
#include "comparison.h"
#include "plaintext.h"
#include "timeaxis.h"
#include "timelineplot.h"

#include <QHelpEvent>

namespace LagLens {

namespace {

// Up to this many visible events each is drawn as its own circle; past it, as pixels and bars.
constexpr qsizetype kManyPoints = 5000;

} // namespace

// The events of one run as points: receipt time across, lag up. A custom plottable because a
// log can hold a million events: it reads them straight from the run, draws each pixel once
// whatever the zoom, and bisects the visible stretch when the receipts are in order.
class LagPoints : public QCPAbstractPlottable
{
public:
    LagPoints(QCPAxis *keyAxis, QCPAxis *valueAxis, AnalysedRun run, QColor colour, double shiftMs, ClockView view)
        : QCPAbstractPlottable(keyAxis, valueAxis)
        , m_run(std::move(run))
        , m_colour(std::move(colour))
        , m_shiftMs(shiftMs)
        , m_view(view)
        , m_marks(eventMarks(*m_run.run, *m_run.analysis))
    {
        setSelectable(QCP::stNone);
        const QList<Event> &events = m_run.run->events;
        m_recvSorted = std::is_sorted(events.cbegin(), events.cend(), [](const Event &a, const Event &b) {
            return hasTime(a.recv) && hasTime(b.recv) && a.recv < b.recv;
        }) && std::all_of(events.cbegin(), events.cend(), [](const Event &e) { return hasTime(e.recv); });
        m_correctionMicros = double(m_run.analysis->place(Clock::Platform, 0, view));
        summariseBlocks();
    }

    const AnalysedRun &run() const { return m_run; }
    double seconds(const Event &e) const
    {
        return (m_run.analysis->sinceSubmitMs(Clock::Client, e.recv, m_view) - m_shiftMs) / 1000.0;
    }
    double lagMs(const Event &e) const { return m_run.analysis->eventLagMs(e, m_view); }

    // The event nearest `pos` within `radius` pixels, or -1; `distance` gets its distance.
    int nearest(const QPointF &pos, double radius, double *distance) const;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override { }

private:
    // Consecutive events in blocks of kBlockEvents with the span of their receipts and lags: where
    // a block falls in one pixel column it is drawn as one bar from its least to its most lag.
    static constexpr int kBlockEvents = 64;
    struct Block
    {
        Micros recvMin = 0, recvMax = 0, lagMin = 0, lagMax = 0;
        bool plain = false; // every event has a lag and none is marked
    };
    void summariseBlocks();

    // Indices [first, last) whose receipts can fall between pixels `left` and `right`.
    std::pair<int, int> visibleRange(double left, double right) const;
    double xOf(const Event &e) const { return keyAxis()->coordToPixel(seconds(e)); }

    AnalysedRun m_run;
    QColor m_colour;
    double m_shiftMs;
    ClockView m_view;
    QList<EventMark> m_marks;
    bool m_recvSorted = false;
    double m_correctionMicros = 0;
    QList<Block> m_blocks;
};

void LagPoints::summariseBlocks()
{
    const QList<Event> &events = m_run.run->events;
    m_blocks.reserve(events.size() / kBlockEvents + 1);
    for (qsizetype start = 0; start + kBlockEvents <= events.size(); start += kBlockEvents) {
        Block block;
        block.plain = true;
        block.recvMin = block.lagMin = std::numeric_limits<Micros>::max();
        block.recvMax = block.lagMax = std::numeric_limits<Micros>::min();
        for (qsizetype i = start; i < start + kBlockEvents; ++i) {
            const Event &e = events[i];
            block.plain = block.plain && e.hasLag() && m_marks[i] == EventMark::Normal;
            block.recvMin = std::min(block.recvMin, e.recv);
            block.recvMax = std::max(block.recvMax, e.recv);
            block.lagMin = std::min(block.lagMin, e.recv - e.stamp);
            block.lagMax = std::max(block.lagMax, e.recv - e.stamp);
        }
        m_blocks.append(block);
    }
}

std::pair<int, int> LagPoints::visibleRange(double left, double right) const
{
    const QList<Event> &events = m_run.run->events;
    if (!m_recvSorted)
        return { 0, int(events.size()) };
    const double from = keyAxis()->pixelToCoord(left);
    const double to = keyAxis()->pixelToCoord(right);
    const auto begin = events.cbegin();
    const auto first = std::lower_bound(begin, events.cend(), std::min(from, to),
                                        [this](const Event &e, double t) { return seconds(e) < t; });
    const auto last = std::upper_bound(first, events.cend(), std::max(from, to),
                                       [this](double t, const Event &e) { return t < seconds(e); });
    return { int(first - begin), int(last - begin) };
}

void LagPoints::draw(QCPPainter *painter)
{
    const QList<Event> &events = m_run.run->events;
    const QRect area = clipRect();
    const auto [first, last] = visibleRange(area.left() - 6, area.right() + 6);

    // Pixel = micros * scale + offset, for receipts and for lags: one multiply each.
    const double x0 = keyAxis()->coordToPixel(0.0);
    const double perSecond = keyAxis()->coordToPixel(1.0) - x0;
    const double recvScale = perSecond / 1e6;
    const double recvOffset = x0 - perSecond * (double(m_run.analysis->origin) / 1e6 + m_shiftMs / 1000.0);
    const double y0 = valueAxis()->coordToPixel(0.0);
    const double perMs = valueAxis()->coordToPixel(1.0) - y0;

    // Each pixel is drawn once: a bitmap of the area remembers which are taken.
    const int width = area.width() + 16, height = area.height() + 16;
    std::vector<bool> taken(std::size_t(width) * std::size_t(height), false);
    const bool few = last - first <= kManyPoints;
    const double size = few ? 6.0 : 3.0;
    QList<QRectF> normal, burst, stall;
    QList<QRectF> columns; // blocks drawn as bars
    for (int i = first; i < last; ++i) {
        if (!few && i % kBlockEvents == 0 && i / kBlockEvents < m_blocks.size() && i + kBlockEvents <= last) {
            const Block &block = m_blocks[i / kBlockEvents];
            const double xMin = double(block.recvMin) * recvScale + recvOffset;
            if (block.plain && int(xMin) == int(double(block.recvMax) * recvScale + recvOffset)) {
                const double yA = y0 + (double(block.lagMin) - m_correctionMicros) / 1000.0 * perMs;
                const double yB = y0 + (double(block.lagMax) - m_correctionMicros) / 1000.0 * perMs;
                const QRectF bar(std::floor(xMin) - size / 2 + 0.5, std::min(yA, yB) - size / 2, size, std::abs(yB - yA) + size);
                if (!columns.isEmpty() && columns.last().left() == bar.left())
                    columns.last() = columns.last().united(bar); // same column: one bar
                else
                    columns.append(bar);
                i += kBlockEvents - 1;
                continue;
            }
        }
        const Event &e = events[i];
        if (!e.hasLag())
            continue;
        const double x = double(e.recv) * recvScale + recvOffset;
        const double lag = (double(e.recv - e.stamp) - m_correctionMicros) / 1000.0;
        const double y = y0 + lag * perMs;
        const int px = int(x) - area.left() + 8, py = int(y) - area.top() + 8;
        if (px < 0 || py < 0 || px >= width || py >= height)
            continue;
        const std::size_t cell = std::size_t(py) * std::size_t(width) + std::size_t(px);
        if (taken[cell] && m_marks[i] == EventMark::Normal)
            continue;
        taken[cell] = true;
        const EventMark mark = m_marks[i];
        const double s = mark == EventMark::Normal ? size : mark == EventMark::Burst ? 8.0 : 11.0;
        (mark == EventMark::Normal ? normal : mark == EventMark::Burst ? burst : stall)
            .append(QRectF(x - s / 2, y - s / 2, s, s));
    }

    painter->setAntialiasing(few);
    painter->setPen(QPen(m_colour.darker(120), 1));
    painter->setBrush(m_colour);
    if (few) {
        for (const QRectF &r : std::as_const(normal))
            painter->drawEllipse(r);
    } else {
        painter->setPen(Qt::NoPen);
        painter->drawRects(normal);
        painter->drawRects(columns);
    }
    painter->setAntialiasing(true);
    painter->setPen(QPen(Colors::burst().darker(130), 1));
    painter->setBrush(Colors::burst());
    painter->drawRects(burst);
    painter->setPen(QPen(Colors::stall().darker(130), 1));
    painter->setBrush(Colors::stall());
    for (const QRectF &r : std::as_const(stall)) {
        const QPointF triangle[3] = { { r.center().x(), r.top() }, r.bottomRight(), r.bottomLeft() };
        painter->drawPolygon(triangle, 3);
    }
}

int LagPoints::nearest(const QPointF &pos, double radius, double *distance) const
{
    const QList<Event> &events = m_run.run->events;
    const auto [first, last] = visibleRange(pos.x() - radius, pos.x() + radius);
    int best = -1;
    *distance = radius;
    for (int i = first; i < last; ++i) {
        const Event &e = events[i];
        if (!e.hasLag())
            continue;
        const double d = std::hypot(xOf(e) - pos.x(), valueAxis()->coordToPixel(lagMs(e)) - pos.y());
        if (d < *distance) {
            *distance = d;
            best = i;
        }
    }
    return best;
}

QCPRange LagPoints::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    double lo = INFINITY, hi = -INFINITY;
    for (const Event &e : m_run.run->events) {
        if (e.hasLag()) {
            lo = std::min(lo, seconds(e));
            hi = std::max(hi, seconds(e));
        }
    }
    foundRange = lo <= hi;
    return foundRange ? QCPRange(lo, hi) : QCPRange();
}

QCPRange LagPoints::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    const StreamStats &s = m_run.analysis->stream;
    const double correction = m_correctionMicros / 1000.0;
    foundRange = s.lagCount > 0;
    return QCPRange(s.minLagMs - correction, s.maxLagMs - correction);
}

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
    connect(this, &QCustomPlot::afterLayout, this, &LagChart::placeStallLabels);

    m_placeholder = new QCPItemText(this);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(Colors::mutedText());
    rebuild();
}

void LagChart::setRuns(const QList<AnalysedRun> &runs)
{
    m_runs = runs.first(std::min<qsizetype>(runs.size(), kMaxDrawnRuns));
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

void LagChart::setTimeZero(std::optional<Micros> zero)
{
    setTimeAxisZero(xAxis, zero);
    xAxis->setLabel(zero ? tr("UTC at receipt (client clock)") : tr("seconds, at receipt"));
    replot(rpQueuedReplot);
}

void LagChart::placeStallLabels()
{
    const QRect area = axisRect()->rect();
    constexpr int gap = 10; // between a point and its label
    for (const StallLabel &label : std::as_const(m_stallLabels)) {
        QCPItemText *text = label.item;
        const double x = xAxis->coordToPixel(text->position->key());
        const QFontMetrics metrics(text->font());
        const double roomRight = area.right() - x - gap;
        const double roomLeft = x - area.left() - gap;
        // The fewest lines that fit right of the point, else left of it; the most lines otherwise.
        QString shown = label.layouts.last();
        for (const QString &layout : label.layouts) {
            if (metrics.size(0, layout).width() <= std::max(roomRight, roomLeft)) {
                shown = layout;
                break;
            }
        }
        const bool right = metrics.size(0, shown).width() <= roomRight || roomRight >= roomLeft;
        text->setText(shown);
        text->setTextAlignment(right ? Qt::AlignLeft : Qt::AlignRight);
        // Beside the point, moved down or up where the chart's top or bottom would cut it.
        const double y = yAxis->coordToPixel(text->position->value());
        const double half = metrics.size(0, shown).height() / 2.0;
        const Qt::Alignment vertical = y - half < area.top()      ? Qt::AlignTop
                                       : y + half > area.bottom() ? Qt::AlignBottom
                                                                  : Qt::AlignVCenter;
        text->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | vertical);
        text->setPadding(right ? QMargins(gap, 0, 0, 0) : QMargins(0, 0, gap, 0));
    }
}

// Legend entries are empty graphs: the points themselves are drawn by LagPoints.
void LagChart::addLegendEntry(const QString &name, const QCPScatterStyle &style, bool shown)
{
    QCPGraph *entry = addGraph();
    entry->setName(name);
    entry->setLineStyle(QCPGraph::lsNone);
    entry->setScatterStyle(style);
    entry->setPen(QPen(style.brush().color()));
    if (!shown)
        entry->removeFromLegend();
}

void LagChart::addLevel(double lagMs, const QString &text, const QPen &pen, Qt::Alignment side)
{
    auto *line = new QCPItemStraightLine(this);
    line->point1->setCoords(0, lagMs);
    line->point2->setCoords(1, lagMs);
    line->setPen(pen);
    auto *label = new QCPItemText(this);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.995, lagMs);
    label->setPositionAlignment(Qt::AlignRight | side);
    label->setText(text);
    label->setColor(pen.color());
}

void LagChart::rebuild()
{
    for (LagPoints *points : std::as_const(m_points))
        removePlottable(points);
    m_points.clear();
    clearGraphs();
    clearItems();
    m_stallLabels.clear();
    m_selection = nullptr;
    m_placeholder = new QCPItemText(this);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(Colors::mutedText());

    const bool overlay = m_runs.size() > 1;
    int pointsDrawn = 0;
    bool anyBurst = false, anyStall = false;
    double lo = 0, hi = 1, first = INFINITY, last = -INFINITY;
    for (int r = 0; r < m_runs.size(); ++r) {
        const Run &run = *m_runs[r].run;
        const Analysis &a = *m_runs[r].analysis;
        const QColor base = overlay ? Colors::run(r) : Colors::lane(Lane::Client);
        // How far this run moves so that the alignment milestone is time zero.
        const double shift = alignmentOffsetMs(m_runs[r], m_alignment, m_view).value_or(0.0);
        auto *points = new LagPoints(xAxis, yAxis, m_runs[r], base, shift, m_view);
        m_points.append(points);
        if (a.stream.lagCount > 0) {
            bool found = false;
            const QCPRange keys = points->getKeyRange(found, QCP::sdBoth);
            const QCPRange values = points->getValueRange(found, QCP::sdBoth, QCPRange());
            first = std::min(first, keys.lower);
            last = std::max(last, keys.upper);
            lo = std::min(lo, values.lower);
            hi = std::max(hi, values.upper);
            pointsDrawn += a.stream.lagCount;
        }
        anyBurst = anyBurst || !a.bursts.isEmpty();
        anyStall = anyStall || !a.stalls.isEmpty();
        addLegendEntry(overlay ? run.displayName : tr("event"), QCPScatterStyle(QCPScatterStyle::ssCircle, base.darker(120), base, 6),
                       a.stream.lagCount > 0);

        if (!overlay && a.stream.lagCount > 0) {
            const double correction = m_view == ClockView::Corrected ? a.platformClock.offsetMs : 0.0;
            const double median = a.stream.medianLagMs - correction;
            // The median's name goes under its line and the threshold's over its own, so the two
            // never cover each other however close the lines are.
            addLevel(median, tr("median %1 ms").arg(median, 0, 'f', 0), QPen(Colors::mutedText(), 1, Qt::DashLine),
                     Qt::AlignTop);
            if (a.stream.lagCount >= 5) {
                const double threshold = a.stream.stallThresholdMs - correction;
                addLevel(threshold, tr("stall threshold %1 ms").arg(threshold, 0, 'f', 0),
                         QPen(Colors::stall(), 1, Qt::DotLine), Qt::AlignBottom);
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
                auto *text = new QCPItemText(this);
                text->position->setCoords(points->seconds(e), points->lagMs(e));
                QStringList parts { tr("stall: nothing for %1 ms").arg(s.gapMs, 0, 'f', 0),
                                    tr("event %1 held %2 ms").arg(e.index).arg(points->lagMs(e), 0, 'f', 0) };
                if (burstEnd > s.next)
                    parts.append(tr("then events %1–%2 at once").arg(e.index).arg(run.events[burstEnd].index));
                QStringList layouts { parts.join(QLatin1String(", ")) };
                if (parts.size() == 3)
                    layouts.append(parts[0] + QLatin1String(", ") + parts[1] + QLatin1String(",\n") + parts[2]);
                layouts.append(parts.join(QLatin1String(",\n")));
                m_stallLabels.append({ text, layouts });
                text->setColor(Colors::stall());
            }
        }
    }
    addLegendEntry(tr("delivered in a burst"), QCPScatterStyle(QCPScatterStyle::ssSquare, Colors::burst().darker(130), Colors::burst(), 8),
                   anyBurst);
    addLegendEntry(tr("first after a stall"), QCPScatterStyle(QCPScatterStyle::ssTriangle, Colors::stall().darker(130), Colors::stall(), 11),
                   anyStall);
    legend->setVisible(legend->itemCount() > 0);
    // Six entries to a row: in one row, two dozen runs' names made the chart, and with it the
    // window, wider than any screen.
    legend->setWrap(6);
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

    // Room above the highest point for stall labels and below the lowest for the median's name,
    // which sits under its line.
    const double pad = (hi - lo) * 0.12 + 1;
    yAxis->setRange(lo - pad, hi + pad);
    if (first <= last)
        xAxis->setRange(first - 1, last + 1);
    replot();
}

std::pair<int, int> LagChart::nearestEvent(const QPointF &pos) const
{
    double best = 8.0;
    std::pair<int, int> found { -1, -1 };
    for (int r = 0; r < m_points.size(); ++r) {
        double distance = 0;
        const int i = m_points[r]->nearest(pos, best, &distance);
        if (i >= 0 && distance < best) {
            best = distance;
            found = { r, i };
        }
    }
    return found;
}

QString LagChart::toolTipAt(const QPointF &pos) const
{
    const auto [r, event] = nearestEvent(pos);
    if (r < 0)
        return {};
    const LagPoints *where = m_points[r];
    const Run &run = *where->run().run;
    const Event &e = run.events[event];
    return tr("%1\nEvent %2: %3\nlag %4 ms\nreceived %5 UTC")
        .arg(run.displayName, QString::number(e.index), run.string(e.step), QString::number(where->lagMs(e), 'f', 0),
             formatUtc(e.recv));
}

void LagChart::setSelectedEvent(int run, int event)
{
    if (!m_selection) {
        m_selection = new QCPItemEllipse(this);
        m_selection->setPen(QPen(Colors::text(), 2));
        m_selection->topLeft->setType(QCPItemPosition::ptAbsolute);
        m_selection->bottomRight->setType(QCPItemPosition::ptAbsolute);
    }
    const bool valid = run >= 0 && run < m_points.size() && event >= 0 && event < m_points[run]->run().run->events.size();
    m_selection->setVisible(valid);
    if (valid) {
        // Anchored at the point in plot coordinates, ten pixels across.
        const Event &e = m_points[run]->run().run->events[event];
        const double key = m_points[run]->seconds(e);
        const double value = m_points[run]->lagMs(e);
        m_selection->topLeft->setType(QCPItemPosition::ptPlotCoords);
        m_selection->bottomRight->setType(QCPItemPosition::ptPlotCoords);
        const double dx = xAxis->pixelToCoord(8) - xAxis->pixelToCoord(0);
        const double dy = yAxis->pixelToCoord(0) - yAxis->pixelToCoord(8);
        m_selection->topLeft->setCoords(key - dx, value + dy);
        m_selection->bottomRight->setCoords(key + dx, value - dy);
    }
    replot(rpQueuedReplot);
}

void LagChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void LagChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return;
    const auto [run, index] = nearestEvent(event->position());
    if (run >= 0) {
        setSelectedEvent(run, index);
        Q_EMIT eventClicked(run, index);
    }
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
