#include "timelineplot.h"

#include "colors.h"
#include "comparison.h"
#include "logging.h"
#include "plaintext.h"
#include "timeaxis.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace LagLens {

namespace {

// Vertical layout of a lane band, in pixels from its bottom edge.
constexpr double kBarBottom = 4; // segment bar
constexpr double kBarHeight = 12;
constexpr double kMarkerFromBottom = 26; // the line milestones and event ticks sit on
constexpr double kLabelGap = 4; // between the marker line and the lowest label row
constexpr double kHitRadius = 6;
// In a comparison each run gets a title row this many lane heights tall above its lanes.
constexpr double kTitleRowHeight = 0.45;
// A collapsed lane keeps its markers on a thin strip; its labels and bars are left out.
constexpr double kCollapsedLaneHeight = 0.3;

double seconds(double ms)
{
    return ms / 1000.0;
}

QString secondsLabel(double s)
{
    return QCoreApplication::translate("LagLens::TimelinePlot", "%1 s").arg(s, 0, 'f', std::abs(s) < 100 ? 2 : 1);
}

struct HotSpot
{
    QRectF rect;
    QString text; // empty for an event, whose text is made when asked for
    int event = -1;
};

struct Label
{
    double x = 0;
    QString text; // name and time
    QString shortText; // name only, for crowded lanes
    QColor color;
};

// Consecutive events in blocks of kBlockEvents, with the span of their stamps and receipts: at a
// zoom where a whole block falls on one pixel it is drawn once, without reading its events.
constexpr int kBlockEvents = 64;

struct EventBlock
{
    Micros stampMin = 0, stampMax = 0, recvMin = 0, recvMax = 0;
    bool plain = false; // every event has both stamps and none is marked
};

QList<EventBlock> summariseBlocks(const QList<Event> &events, const QList<EventMark> &marks)
{
    QList<EventBlock> blocks;
    blocks.reserve(events.size() / kBlockEvents + 1);
    for (qsizetype start = 0; start + kBlockEvents <= events.size(); start += kBlockEvents) {
        EventBlock block;
        block.plain = true;
        block.stampMin = block.recvMin = std::numeric_limits<Micros>::max();
        block.stampMax = block.recvMax = std::numeric_limits<Micros>::min();
        for (qsizetype i = start; i < start + kBlockEvents; ++i) {
            const Event &e = events[i];
            block.plain = block.plain && e.hasLag() && marks[i] == EventMark::Normal;
            block.stampMin = std::min(block.stampMin, e.stamp);
            block.stampMax = std::max(block.stampMax, e.stamp);
            block.recvMin = std::min(block.recvMin, e.recv);
            block.recvMax = std::max(block.recvMax, e.recv);
        }
        blocks.append(block);
    }
    return blocks;
}

QList<Lane> lanesOf(const Run &run)
{
    if (run.format == LogFormat::Ivcap)
        return { Lane::Client, Lane::Platform, Lane::ChatService, Lane::ModelProxy };
    return { Lane::Client };
}

} // namespace

// Draws one run into its horizontal band of the plot. A custom plottable rather than many
// QCPItems: it lays out milestone labels in pixel space on every draw, so they never overlap,
// and it records what it drew for tooltips.
class RunLayer : public QCPAbstractPlottable
{
public:
    RunLayer(QCPAxis *timeAxis, QCPAxis *laneAxis, AnalysedRun run, double top, bool showTitle, LaneSet collapsed,
             bool interactive)
        : QCPAbstractPlottable(timeAxis, laneAxis)
        , m_run(std::move(run))
        , m_lanes(lanesOf(*m_run.run))
        , m_top(top)
        , m_showTitle(showTitle)
        , m_collapsed(collapsed)
        , m_interactive(interactive)
    {
        setAntialiasedFill(true);
        setSelectable(QCP::stNone);
        const QList<Event> &events = m_run.run->events;
        m_stampsSorted = std::is_sorted(events.cbegin(), events.cend(), [](const Event &a, const Event &b) {
            return hasTime(a.stamp) && hasTime(b.stamp) && a.stamp < b.stamp;
        }) && std::all_of(events.cbegin(), events.cend(), [](const Event &e) { return hasTime(e.stamp); });
        m_marks = eventMarks(*m_run.run, *m_run.analysis);
        m_blocks = summariseBlocks(events, m_marks);
    }

    const AnalysedRun &run() const { return m_run; }
    double height() const { return laneTop(int(m_lanes.size())) - m_top; }
    // Lane rows run from laneTop(lane) to laneTop(lane + 1), in plot units.
    double laneTop(int lane) const
    {
        double top = m_top + (m_showTitle ? kTitleRowHeight : 0.0);
        for (int i = 0; i < lane && i < m_lanes.size(); ++i)
            top += isCollapsed(i) ? kCollapsedLaneHeight : 1.0;
        return top + std::max(0, lane - int(m_lanes.size()));
    }
    // A benchmark entry's one row holds its figures, not markers: it never collapses.
    bool isCollapsed(int lane) const
    {
        return m_run.run->format != LogFormat::Benchmark && m_collapsed.contains(m_lanes.value(lane));
    }
    const QList<Lane> &lanes() const { return m_lanes; }
    void setClockView(ClockView view)
    {
        m_view = view;
        updateShift();
    }
    void setAlignment(MilestoneId milestone)
    {
        m_alignment = milestone;
        updateShift();
    }
    bool isAligned() const { return m_aligned; }

    QCPRange timeRange() const;
    QString toolTipAt(const QPointF &pos) const;
    int eventAt(const QPointF &pos) const;
    std::optional<double> snap(const QPointF &pos, double radius) const; // seconds
    std::optional<QPointF> milestonePosition(MilestoneId id) const;
    std::optional<QPointF> eventPosition(int event, bool receipt) const;
    int laneAt(double y) const; // index into lanes(), or -1
    double shiftMs() const { return m_shiftMs; }
    void setSelectedEvent(int event) { m_selected = event; }
    void setNotes(const QList<Note> &notes) { m_notes = notes; }

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override
    {
        const QCPRange r = timeRange();
        foundRange = r.size() > 0;
        return r;
    }
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override
    {
        foundRange = true;
        return QCPRange(m_top, m_top + height());
    }

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override { }

private:
    struct LaneGeometry
    {
        double top = 0, bottom = 0, marker = 0;
    };

    LaneGeometry geometry(int laneIndex) const;
    int laneIndex(Lane lane) const { return int(m_lanes.indexOf(lane)); }
    double x(double ms) const { return keyAxis()->coordToPixel(seconds(ms)); }
    // Milliseconds on the plot's time axis: since submit, moved by the alignment.
    double at(Clock clock, Micros t) const { return sinceSubmit(clock, t) - m_shiftMs; }
    double sinceSubmit(Clock clock, Micros t) const { return m_run.analysis->sinceSubmitMs(clock, t, m_view); }
    void updateShift()
    {
        const std::optional<double> offset = alignmentOffsetMs(m_run, m_alignment, m_view);
        m_aligned = offset.has_value();
        m_shiftMs = offset.value_or(0.0);
    }

    void drawBands(QCPPainter *painter);
    void drawSegments(QCPPainter *painter);
    void drawMissingHistory(QCPPainter *painter);
    void drawEvents(QCPPainter *painter);
    void drawMilestones(QCPPainter *painter);
    void drawBenchmark(QCPPainter *painter);
    void drawSelection(QCPPainter *painter);
    void drawNotes(QCPPainter *painter);
    void placeLabels(QCPPainter *painter, int laneIndex, QList<Label> labels, const QList<QRectF> &reserved);
    void drawStallLabels(QCPPainter *painter);
    // Draws text in `box` and remembers where, so that tests can check that no text covers or
    // leaves another.
    void drawText(QCPPainter *painter, const QRectF &box, int flags, const QString &text)
    {
        painter->drawText(box, flags, text);
        m_drawnTexts.append({ painter->boundingRect(box, flags, text), text });
    }
    QString milestoneToolTip(const QList<MilestoneId> &ids) const;
    QString eventToolTip(int index) const;

    AnalysedRun m_run;
    QList<Lane> m_lanes;
    double m_top = 0;
    bool m_showTitle = false;
    LaneSet m_collapsed;
    bool m_interactive = true; // drawn in a window, where the pointer can hover and click
    ClockView m_view = ClockView::Raw;
    MilestoneId m_alignment = MilestoneId::SubmittedAt;
    double m_shiftMs = 0;
    bool m_aligned = true;
    QList<EventMark> m_marks;
    QList<EventBlock> m_blocks;
    int m_selected = -1; // event drawn highlighted
    QList<Note> m_notes;
    QList<std::pair<QLineF, int>> m_connectorSpots; // connectors drawn last time, with their event
    QList<HotSpot> m_milestoneSpots; // asked first: an event often shares its instant with one
    QList<HotSpot> m_hotSpots;
    QList<DrawnText> m_stallLabels; // placed with the events, drawn over the milestone labels
    QList<QRectF> m_reserved; // texts drawn before the milestone labels, which must keep clear
    bool m_stampsSorted = false; // events in stamp order, so the visible ones can be bisected

public:
    QList<DrawnText> m_drawnTexts; // as last drawn, in pixels
};

QCPRange RunLayer::timeRange() const
{
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    double lo = 0, hi = 0;
    const auto take = [&](double ms) {
        if (!std::isnan(ms)) {
            lo = std::min(lo, ms);
            hi = std::max(hi, ms);
        }
    };
    for (const MilestoneInfo &info : milestoneTable()) {
        const double t = at(info.clock, run.milestone(info.id));
        take(isPolled(run, info.id) ? t - double(kPollIntervalMicros) / 1000.0 : t);
        take(t);
    }
    for (const Event &e : run.events) {
        if (e.lagImplausible) // one of its stamps is wrong, and would stretch the axis to it
            continue;
        take(at(Clock::Platform, e.stamp));
        take(at(Clock::Client, e.recv));
    }
    if (run.format == LogFormat::Benchmark && a.ttftMs)
        take(*a.ttftMs);
    if (run.benchmark && run.benchmark->submitToCompleteMs)
        take(*run.benchmark->submitToCompleteMs);
    return QCPRange(seconds(lo), seconds(hi));
}

RunLayer::LaneGeometry RunLayer::geometry(int index) const
{
    const double a = valueAxis()->coordToPixel(laneTop(index));
    const double b = valueAxis()->coordToPixel(laneTop(index + 1));
    LaneGeometry g;
    g.top = std::min(a, b);
    g.bottom = std::max(a, b);
    const double barHeight = std::max(kBarHeight, QFontMetricsF(parentPlot()->font()).height());
    const double fromBottom = std::min(kMarkerFromBottom - kBarHeight + barHeight, (g.bottom - g.top) * 0.5);
    g.marker = isCollapsed(index) ? (g.top + g.bottom) / 2 : g.bottom - fromBottom;
    return g;
}

void RunLayer::draw(QCPPainter *painter)
{
    m_hotSpots.clear();
    m_drawnTexts.clear();
    m_stallLabels.clear();
    m_reserved.clear();
    m_milestoneSpots.clear();
    m_connectorSpots.clear();
    painter->setFont(parentPlot()->font());
    drawBands(painter);
    if (m_run.run->format == LogFormat::Benchmark) {
        drawBenchmark(painter);
        return;
    }
    drawSegments(painter);
    drawMissingHistory(painter);
    drawEvents(painter);
    drawMilestones(painter);
    drawSelection(painter);
    drawNotes(painter);
}

void RunLayer::drawBands(QCPPainter *painter)
{
    const QRect area = clipRect();
    for (int i = 0; i < m_lanes.size(); ++i) {
        const LaneGeometry g = geometry(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Colors::laneBand(m_lanes[i], i % 2 == 1));
        painter->drawRect(QRectF(area.left(), g.top, area.width(), g.bottom - g.top));
        painter->setPen(QPen(QColor(0, 0, 0, 30), 1));
        painter->drawLine(QPointF(area.left(), g.marker), QPointF(area.right(), g.marker));
    }
    if (m_showTitle) {
        const double a = valueAxis()->coordToPixel(m_top);
        const double b = valueAxis()->coordToPixel(m_top + kTitleRowHeight);
        const QRectF strip(area.left(), std::min(a, b), area.width(), std::abs(b - a));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xF2, 0xF2, 0xF2));
        painter->drawRect(strip);
        painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
        painter->drawLine(strip.topLeft(), strip.topRight());
        const QRectF titleRect = strip.adjusted(6, 0, -6, 0);
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Colors::text());
        const Run &run = *m_run.run;
        QString title = run.displayName;
        if (!run.jobId.isEmpty())
            title += QStringLiteral("  ·  ") + run.jobId;
        if (m_run.analysis->ttftMs)
            title += QStringLiteral("  ·  ")
                + QCoreApplication::translate("LagLens::TimelinePlot", "first token %1 ms").arg(*m_run.analysis->ttftMs, 0, 'f', 0);
        if (!m_aligned)
            title += QStringLiteral("  ·  ")
                + QCoreApplication::translate("LagLens::TimelinePlot", "not aligned (no %1): shown from its submit")
                      .arg(milestoneLabel(m_alignment));
        drawText(painter, titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(title, Qt::ElideMiddle, int(titleRect.width())));
        painter->setFont(parentPlot()->font());
    }
}

void RunLayer::drawSegments(QCPPainter *painter)
{
    const Analysis &a = *m_run.analysis;
    const std::optional<Verdict> verdict = a.verdict(m_view);
    const QFontMetricsF fm(painter->font());

    struct Bar
    {
        const Segment *segment;
        double ms;
        QRectF rect;
    };
    QList<Bar> bars;
    for (const Segment &s : a.segments) {
        const int lane = laneIndex(s.lane);
        const std::optional<double> ms = s.value(m_view);
        const double from = at(milestoneInfo(s.from).clock, s.start);
        if (lane < 0 || isCollapsed(lane) || !ms || std::isnan(from))
            continue;
        const double to = from + *ms;
        const LaneGeometry g = geometry(lane);
        const double x0 = x(std::min(from, to));
        const double x1 = std::max(x(std::max(from, to)), x0 + 2);
        const double height = std::max(kBarHeight, fm.height());
        bars.append({ &s, *ms, QRectF(x0, g.bottom - kBarBottom - height, x1 - x0, height) });
    }
    QList<QRectF> taken;
    for (const Bar &bar : std::as_const(bars))
        taken.append(bar.rect);

    for (const Bar &bar : std::as_const(bars)) {
        const Segment &s = *bar.segment;
        const bool isBottleneck = verdict && verdict->name == s.name;
        const bool negative = bar.ms < 0;
        QColor fill = isBottleneck ? Colors::bottleneck() : Colors::lane(s.lane);
        fill.setAlpha(isBottleneck ? 220 : 120);
        painter->setBrush(negative ? QBrush(Colors::stall(), Qt::BDiagPattern) : QBrush(fill));
        painter->setPen(negative ? QPen(Colors::stall(), 1, Qt::DashLine) : QPen(fill.darker(130), 1));
        painter->drawRect(bar.rect);

        const double share = a.ttftMs && *a.ttftMs > 0 ? bar.ms / *a.ttftMs * 100.0 : 0.0;
        const QString full = negative
            ? QCoreApplication::translate("LagLens::TimelinePlot", "%1  %2 ms: negative, the clocks disagree")
                  .arg(segmentLabel(s.name))
                  .arg(bar.ms, 0, 'f', 0)
            : QCoreApplication::translate("LagLens::TimelinePlot", "%1  %2 ms · %3%")
                  .arg(segmentLabel(s.name))
                  .arg(bar.ms, 0, 'f', 0)
                  .arg(share, 0, 'f', 0);
        const QString brief = QCoreApplication::translate("LagLens::TimelinePlot", "%1 ms").arg(bar.ms, 0, 'f', 0);
        const bool fullFits = fm.horizontalAdvance(full) + 6 < bar.rect.width();
        const bool briefFits = !fullFits && fm.horizontalAdvance(brief) + 6 < bar.rect.width();
        if (fullFits || briefFits) {
            painter->setPen(isBottleneck ? Qt::white : Colors::text());
            drawText(painter, bar.rect.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, fullFits ? full : brief);
        }
        if (!fullFits) {
            // Say the rest beside the bar, where it covers no other bar or text.
            const QString rest = !briefFits ? full
                : negative                  ? QCoreApplication::translate("LagLens::TimelinePlot", "%1: negative, the clocks disagree")
                                                  .arg(segmentLabel(s.name))
                                            : QCoreApplication::translate("LagLens::TimelinePlot", "%1 · %2%")
                                                  .arg(segmentLabel(s.name))
                                                  .arg(share, 0, 'f', 0);
            const double w = fm.horizontalAdvance(rest) + 6;
            const QRectF right(bar.rect.right() + 4, bar.rect.top(), w, bar.rect.height());
            const QRectF left(bar.rect.left() - 4 - w, bar.rect.top(), w, bar.rect.height());
            const auto isFree = [&](const QRectF &r) {
                return r.left() >= clipRect().left() && r.right() <= clipRect().right()
                    && std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); });
            };
            const QRectF beside = isFree(right) ? right : isFree(left) ? left : QRectF();
            // Small segments are left to their tooltip rather than crowd the lane.
            const bool worthSaying = isBottleneck || negative || share >= 3.0;
            if ((!beside.isNull() && worthSaying) || isBottleneck || negative) {
                const QRectF where = beside.isNull() ? right : beside;
                painter->setPen(negative ? Colors::stall() : isBottleneck ? Colors::bottleneck() : Colors::mutedText());
                drawText(painter, where, Qt::AlignLeft | Qt::AlignVCenter, rest);
                taken.append(where);
            }
        }

        QString tip = QCoreApplication::translate("LagLens::TimelinePlot", "%1\n%2 → %3\n%4 ms (%5% of the time to first token)")
                          .arg(segmentLabel(s.name), QLatin1String(milestoneInfo(s.from).key),
                               QLatin1String(milestoneInfo(s.to).key))
                          .arg(bar.ms, 0, 'f', 0)
                          .arg(share, 0, 'f', 1);
        if (s.crossesClocks)
            tip += u'\n' + QCoreApplication::translate("LagLens::TimelinePlot", "Crosses clocks: includes their offset.");
        if (isBottleneck)
            tip += u'\n' + QCoreApplication::translate("LagLens::TimelinePlot", "The bottleneck.");
        m_hotSpots.append({ bar.rect.adjusted(0, -2, 0, 2), tip, -1 });
    }
}

// The log lists only its last events. Between the first token and the first listed event the
// lanes would look silent; shade that stretch and say it is missing, not quiet.
void RunLayer::drawMissingHistory(QCPPainter *painter)
{
    const Run &run = *m_run.run;
    static const QRegularExpression lastN(QStringLiteral("last (\\d+)"));
    const QRegularExpressionMatch capped = lastN.match(run.eventsSectionTitle);
    const bool listFull = capped.hasMatch() && capped.captured(1).toInt() == run.events.size();
    if (run.events.isEmpty() || !(m_run.analysis->stream.answerPartial || listFull))
        return;
    const Event &first = run.events.first();
    double listed = at(Clock::Client, first.recv);
    const double stamped = at(Clock::Platform, first.stamp);
    if (std::isnan(listed) || (!std::isnan(stamped) && stamped < listed))
        listed = stamped;
    const MilestoneId firstTokenId = run.format == LogFormat::Direct ? MilestoneId::FirstTokenAt
                                                                      : MilestoneId::FirstTokenClientReceivedAt;
    double firstToken = at(Clock::Client, run.milestone(firstTokenId));
    if (std::isnan(firstToken))
        firstToken = at(Clock::Client, run.milestone(MilestoneId::SubmittedAt));
    if (std::isnan(listed) || std::isnan(firstToken) || listed <= firstToken)
        return;

    const int client = laneIndex(Lane::Client);
    const int platform = laneIndex(Lane::Platform);
    const LaneGeometry top = geometry(client);
    const LaneGeometry bottom = geometry(platform >= 0 ? platform : client);
    const QRectF gap(QPointF(x(firstToken), top.top), QPointF(x(listed), bottom.bottom));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QBrush(QColor(0, 0, 0, 28), Qt::BDiagPattern));
    painter->drawRect(gap);

    // The text sits in the middle of the part of the gap in view, so a zoom never cuts it.
    const QRectF shown = gap.intersected(QRectF(clipRect()));
    const QFontMetricsF fm(painter->font());
    QString text = QCoreApplication::translate("LagLens::TimelinePlot", "not in the log: it keeps only its last events (%1)")
                       .arg(run.events.size());
    if (fm.horizontalAdvance(text) + 10 > shown.width())
        text = QCoreApplication::translate("LagLens::TimelinePlot", "not in the log");
    const double width = fm.horizontalAdvance(text) + 6;
    const QRectF box(shown.center().x() - width / 2, (top.bottom + bottom.top) / 2 - fm.height() / 2, width, fm.height());
    if (box.width() < shown.width()) {
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRect(box);
        painter->setPen(Colors::mutedText());
        drawText(painter, box, Qt::AlignCenter, text);
        m_reserved.append(box);
    }
    m_hotSpots.append({ gap, QCoreApplication::translate("LagLens::TimelinePlot",
                                                         "The log lists events %1 to %2 only; what happened between the "
                                                         "first token and event %1 is not recorded.")
                                 .arg(first.index)
                                 .arg(run.events.last().index) });
}

void RunLayer::drawEvents(QCPPainter *painter)
{
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    if (run.events.isEmpty())
        return;
    const int client = laneIndex(Lane::Client);
    const int platform = laneIndex(Lane::Platform);
    const double clientY = geometry(client).marker;
    const double platformY = platform >= 0 ? geometry(platform).marker : clientY;
    const QRect area = clipRect();
    const QList<EventMark> &marks = m_marks;

    // Pixel = stamp * scale + offset, for stamps in microseconds on their own clock: one multiply
    // per stamp instead of the full chain of conversions, since a log can hold a million events.
    const auto transform = [&](Clock clock) {
        const double origin = double(a.place(clock, 0, m_view)); // the clock's correction, in µs
        const double x0 = keyAxis()->coordToPixel(0.0);
        const double perSecond = keyAxis()->coordToPixel(1.0) - x0;
        const double submit = double(a.origin);
        return std::pair { perSecond / 1e6, x0 + perSecond * ((origin - submit) / 1e6 - m_shiftMs / 1000.0) };
    };
    const auto [stampScale, stampOffset] = transform(Clock::Platform);
    const auto [recvScale, recvOffset] = transform(Clock::Client);

    // The index range worth looking at: with stamps in order, the visible window (widened by the
    // largest lag either way) is found by bisection, so a deep zoom reads a handful of events.
    int first = 0, last = int(run.events.size());
    if (m_stampsSorted) {
        const double slack = (std::max(std::abs(a.stream.maxLagMs), std::abs(a.stream.minLagMs)) + 1000.0) * 1000.0;
        const double fromMicros = (area.left() - 4 - stampOffset) / stampScale - slack;
        const double toMicros = (area.right() + 4 - stampOffset) / stampScale + slack;
        const auto begin = run.events.cbegin();
        first = int(std::lower_bound(begin, run.events.cend(), fromMicros,
                                     [](const Event &e, double t) { return hasTime(e.stamp) && double(e.stamp) < t; })
                    - begin);
        last = int(std::upper_bound(begin + first, run.events.cend(), toMicros,
                                    [](double t, const Event &e) { return hasTime(e.stamp) && t < double(e.stamp); })
                   - begin);
    }

    // Level of detail: an event on the same pixels as the one before it adds nothing and is
    // skipped. Lines of one kind are drawn together with one pen.
    QList<QLineF> connectors[3], stampTicks[3], recvTicks[3];
    int lastStampPx = INT_MIN, lastRecvPx = INT_MIN;
    // With more events in view than pixels across, a connector of an ordinary event whose lag is
    // under a pixel says nothing its two ticks do not, and side by side they would paint the
    // space between the lanes solid. Slanted ones (a lag that shows), bursts and stalls stay.
    const bool dense = last - first > area.width();
    const auto worthAConnector = [dense](int sp, int rp) { return !dense || std::abs(sp - rp) > 1; };
    const double left = area.left() - 2, right = area.right() + 2;
    for (int i = first; i < last; ++i) {
        if (i % kBlockEvents == 0 && i / kBlockEvents < m_blocks.size() && i + kBlockEvents <= last && platform >= 0) {
            const EventBlock &block = m_blocks[i / kBlockEvents];
            const int sp = int(double(block.stampMin) * stampScale + stampOffset);
            const int rp = int(double(block.recvMin) * recvScale + recvOffset);
            if (block.plain && sp == int(double(block.stampMax) * stampScale + stampOffset)
                && rp == int(double(block.recvMax) * recvScale + recvOffset)) {
                // The whole block is one connector on screen: draw it once, or not at all if the
                // one before it already stands there.
                if ((sp != lastStampPx || rp != lastRecvPx) && ((sp >= left && sp <= right) || (rp >= left && rp <= right))) {
                    if (worthAConnector(sp, rp))
                        connectors[0].append(QLineF(sp, platformY, rp, clientY));
                    stampTicks[0].append(QLineF(sp, platformY - 4, sp, platformY + 4));
                    recvTicks[0].append(QLineF(rp, clientY - 4, rp, clientY + 4));
                    m_hotSpots.append({ QRectF(sp - 3, platformY - 6, 6, 12), {}, i });
                    m_hotSpots.append({ QRectF(rp - 3, clientY - 6, 6, 12), {}, i });
                    lastStampPx = sp;
                    lastRecvPx = rp;
                }
                i += kBlockEvents - 1;
                continue;
            }
        }
        const Event &e = run.events[i];
        const bool hasStamp = hasTime(e.stamp) && platform >= 0;
        const bool hasRecv = hasTime(e.recv);
        const double xs = hasStamp ? double(e.stamp) * stampScale + stampOffset : qQNaN();
        const double xr = hasRecv ? double(e.recv) * recvScale + recvOffset : qQNaN();
        const bool visible = (xs >= left && xs <= right) || (xr >= left && xr <= right)
            || (hasStamp && hasRecv && std::min(xs, xr) < left && std::max(xs, xr) > right);
        if (!visible)
            continue;
        const int sp = hasStamp ? int(xs) : INT_MIN + 1;
        const int rp = hasRecv ? int(xr) : INT_MIN + 1;
        const int kind = int(marks[i]);
        if (sp == lastStampPx && rp == lastRecvPx && kind == 0)
            continue;
        lastStampPx = sp;
        lastRecvPx = rp;
        if (hasStamp && hasRecv && (kind != 0 || worthAConnector(sp, rp))) {
            connectors[kind].append(QLineF(xs, platformY, xr, clientY));
            m_connectorSpots.append({ connectors[kind].last(), i });
        }
        if (hasStamp) {
            stampTicks[kind].append(QLineF(xs, platformY - 4, xs, platformY + 4));
            m_hotSpots.append({ QRectF(xs - 3, platformY - 6, 6, 12), {}, i });
        }
        if (hasRecv) {
            recvTicks[kind].append(QLineF(xr, clientY - 4, xr, clientY + 4));
            m_hotSpots.append({ QRectF(xr - 3, clientY - 6, 6, 12), {}, i });
        }
    }
    const QColor colours[3] = { Colors::connector(), Colors::burst(), Colors::stall() };
    // Thousands of antialiased lines cost more than they show; past that, draw them crisp.
    painter->setAntialiasing(connectors[0].size() < 1000);
    for (int kind = 0; kind < 3; ++kind) {
        const double width = kind == 0 ? 1.0 : 2.0;
        painter->setPen(QPen(colours[kind], width));
        painter->drawLines(connectors[kind]);
        painter->setPen(QPen(kind == 0 ? Colors::lane(Lane::Platform) : colours[kind], width));
        painter->drawLines(stampTicks[kind]);
        painter->setPen(QPen(kind == 0 ? Colors::lane(Lane::Client) : colours[kind], width));
        painter->drawLines(recvTicks[kind]);
    }

    // Name the stall where it happened, so a PNG reader sees it without the lag chart: right of
    // its receipt, else left of it, else only its length; where even that does not fit beside
    // the edge, other stall labels and the notes drawn before, its connector's tooltip says it.
    const QFontMetricsF fm(painter->font());
    const auto isFree = [this](const QRectF &box) {
        const auto hit = [&box](const QRectF &other) { return other.intersects(box); };
        return std::none_of(m_reserved.cbegin(), m_reserved.cend(), hit)
            && std::none_of(m_stallLabels.cbegin(), m_stallLabels.cend(),
                            [&](const DrawnText &t) { return hit(t.box); });
    };
    for (const Stall &s : a.stalls) {
        const double recv = at(Clock::Client, run.events[s.next].recv);
        if (std::isnan(recv) || x(recv) < area.left() || x(recv) > area.right())
            continue;
        const QString full = QCoreApplication::translate("LagLens::TimelinePlot", "stall: %1 ms silent, event %2 held %3 ms")
                                 .arg(s.gapMs, 0, 'f', 0)
                                 .arg(run.events[s.next].index)
                                 .arg(a.eventLagMs(run.events[s.next], m_view), 0, 'f', 0);
        const QString brief = QCoreApplication::translate("LagLens::TimelinePlot", "stall: %1 ms").arg(s.gapMs, 0, 'f', 0);
        const double px = x(recv);
        const double top = (clientY + platformY) / 2 - fm.height() / 2;
        for (const QString &text : { full, brief }) {
            const double w = fm.horizontalAdvance(text) + 6;
            const QRectF after(px + 4, top, w, fm.height());
            const QRectF before(px - 4 - w, top, w, fm.height());
            if (after.right() <= area.right() && isFree(after)) {
                m_stallLabels.append({ after, text });
                break;
            }
            if (before.left() >= area.left() && isFree(before)) {
                m_stallLabels.append({ before, text });
                break;
            }
        }
    }
}

void RunLayer::drawStallLabels(QCPPainter *painter)
{
    for (const DrawnText &label : std::as_const(m_stallLabels)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRect(label.box);
        painter->setPen(Colors::stall());
        drawText(painter, label.box.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

void RunLayer::drawMilestones(QCPPainter *painter)
{
    const Run &run = *m_run.run;
    QList<QList<Label>> labels(m_lanes.size());

    // Milestones of one lane at the same instant share a marker and a label.
    QList<QList<MilestoneId>> groups;
    for (const MilestoneInfo &info : milestoneTable()) {
        if (!run.milestones[int(info.id)].isSet() || laneIndex(info.lane) < 0)
            continue;
        const double t = at(info.clock, run.milestone(info.id));
        auto same = std::find_if(groups.begin(), groups.end(), [&](const QList<MilestoneId> &g) {
            const MilestoneInfo &first = milestoneInfo(g.first());
            return first.lane == info.lane && at(first.clock, run.milestone(first.id)) == t;
        });
        if (same != groups.end())
            same->append(info.id);
        else
            groups.append({ info.id });
    }

    for (const QList<MilestoneId> &group : std::as_const(groups)) {
        const MilestoneInfo &info = milestoneInfo(group.first());
        const int lane = laneIndex(info.lane);
        const double t = at(info.clock, run.milestone(info.id));
        const double px = x(t);
        const LaneGeometry g = geometry(lane);
        const QColor colour = Colors::lane(info.lane);

        bool polled = false;
        for (MilestoneId id : group)
            polled = polled || isPolled(run, id);
        if (polled) {
            // Seen by a status poll: it happened at most one poll interval before.
            const double x0 = x(t - double(kPollIntervalMicros) / 1000.0);
            QColor band = colour;
            band.setAlpha(60);
            painter->setPen(Qt::NoPen);
            painter->setBrush(band);
            painter->drawRect(QRectF(x0, g.marker - 3, px - x0, 6));
            painter->setPen(QPen(colour, 1));
            painter->drawLine(QPointF(x0, g.marker - 5), QPointF(x0, g.marker + 5));
        }

        QPolygonF diamond;
        diamond << QPointF(px, g.marker - 6) << QPointF(px + 6, g.marker) << QPointF(px, g.marker + 6)
                << QPointF(px - 6, g.marker);
        painter->setPen(QPen(colour.darker(140), 1));
        painter->setBrush(colour);
        painter->drawPolygon(diamond);
        m_milestoneSpots.append({ QRectF(px - kHitRadius, g.marker - kHitRadius, 2 * kHitRadius, 2 * kHitRadius),
                                  milestoneToolTip(group), -1 });

        QStringList names;
        for (MilestoneId id : group) {
            names.append(isPolled(run, id) ? QCoreApplication::translate("LagLens::TimelinePlot", "%1 (polled)").arg(milestoneLabel(id))
                                           : milestoneLabel(id));
        }
        const QString name = names.join(QStringLiteral(" / "));
        labels[lane].append({ px, name + QStringLiteral("  ") + secondsLabel(seconds(t)), name, colour });
    }

    QList<QRectF> reserved = m_reserved;
    for (const DrawnText &label : std::as_const(m_stallLabels))
        reserved.append(label.box);
    for (int lane = 0; lane < labels.size(); ++lane) {
        if (!isCollapsed(lane))
            placeLabels(painter, lane, labels[lane], reserved);
    }
    drawStallLabels(painter);
}

// Greedy label placement: each label takes the lowest row above its marker where it overlaps no
// label placed before it, extending right of the marker or, failing that, left of it. A crowded
// lane drops the times from its labels, and a label with no free place at all is left out (its
// tooltip still has it) and counted at the lane's right end, so no text is ever drawn over text.
void RunLayer::placeLabels(QCPPainter *painter, int lane, QList<Label> labels, const QList<QRectF> &reserved)
{
    std::sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.x < b.x; });
    const LaneGeometry g = geometry(lane);
    const QFontMetricsF fm(painter->font());
    const double rowHeight = fm.height() + 1;
    const double lowest = g.marker - kLabelGap;
    const int rows = int((lowest - g.top) / rowHeight);
    const QRectF area = clipRect();

    struct Placement
    {
        const Label *label;
        QString text;
        QRectF rect;
    };
    // Places every label it can around the `reserved` rectangles; returns how many it could not.
    const auto layout = [&](const QList<QRectF> &around, QList<Placement> *placements) {
        QList<QRectF> taken = around;
        int hidden = 0;
        const auto findPlace = [&](const Label &label, const QString &text) -> QRectF {
            const double w = fm.horizontalAdvance(text) + 6;
            for (int row = 0; row < rows; ++row) {
                const double bottom = lowest - row * rowHeight;
                for (bool right : { true, false }) {
                    const QRectF r = right ? QRectF(label.x - 3, bottom - rowHeight, w, rowHeight)
                                           : QRectF(label.x - w + 3, bottom - rowHeight, w, rowHeight);
                    if (r.left() < area.left() || r.right() > area.right())
                        continue;
                    const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) {
                        return r.adjusted(-3, 0, 3, 0).intersects(t);
                    });
                    if (free)
                        return r;
                }
            }
            return {};
        };
        for (const Label &label : std::as_const(labels)) {
            if (label.x < area.left() - 2 || label.x > area.right() + 2)
                continue; // scrolled out of view
            for (const QString &text : { label.text, label.shortText }) {
                const QRectF r = findPlace(label, text);
                if (!r.isNull()) {
                    taken.append(r);
                    placements->append({ &label, text, r });
                    break;
                }
            }
            if (placements->isEmpty() || placements->last().label != &label)
                ++hidden;
        }
        return hidden;
    };

    QList<Placement> placements;
    int hidden = layout(reserved, &placements);
    QString note;
    QRectF noteRect;
    if (hidden > 0) {
        // Say so at the top right of the lane (top left if another text is there), and lay the
        // labels out again around the note. A picture cannot be hovered: it gets the brief form.
        const auto noteFor = [&](bool brief, int count) {
            return brief ? QCoreApplication::translate("LagLens::TimelinePlot", "hidden labels: %1").arg(count)
                         : QCoreApplication::translate("LagLens::TimelinePlot",
                                                       "labels not shown: %1 (hover or zoom in)")
                               .arg(count);
        };
        // The note keeps clear of the labels already placed, so that it hides none of them.
        const auto covers = [&](const QRectF &r) {
            const auto hits = [&r](const QRectF &t) { return t.intersects(r); };
            return std::any_of(reserved.cbegin(), reserved.cend(), hits)
                || std::any_of(placements.cbegin(), placements.cend(),
                               [&](const Placement &p) { return hits(p.rect); });
        };
        bool placed = false;
        bool brief = !m_interactive;
        for (bool shorter : { brief, true }) {
            brief = shorter;
            const double w = fm.horizontalAdvance(noteFor(shorter, 99)) + 6;
            noteRect = QRectF(area.right() - w - 2, g.top + 1, w, fm.height());
            if (!covers(noteRect)) {
                placed = true;
                break;
            }
            noteRect.moveLeft(area.left() + 2);
            if (!covers(noteRect)) {
                placed = true;
                break;
            }
        }
        // With no free place for the note the count goes unsaid; the tooltips still have every label.
        placements.clear();
        hidden = layout(placed ? QList<QRectF>(reserved) << noteRect : reserved, &placements);
        if (placed)
            note = noteFor(brief, hidden);
    }

    // Leader lines first, so that no line is drawn across a label's text.
    for (const Placement &p : std::as_const(placements)) {
        if (p.rect.bottom() < lowest - 1) {
            painter->setPen(QPen(p.label->color, 1, Qt::DotLine));
            painter->drawLine(QPointF(p.label->x, p.rect.bottom()), QPointF(p.label->x, g.marker - 6));
        }
    }
    for (const Placement &p : std::as_const(placements)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRect(p.rect);
        painter->setPen(p.label->color.darker(115));
        drawText(painter, p.rect.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, p.text);
    }
    if (!note.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRect(noteRect);
        painter->setPen(Colors::mutedText());
        drawText(painter, noteRect.adjusted(3, 0, -3, 0), Qt::AlignRight | Qt::AlignVCenter, note);
    }
}

void RunLayer::drawBenchmark(QCPPainter *painter)
{
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    const LaneGeometry g = geometry(0);
    QString text = QCoreApplication::translate("LagLens::TimelinePlot",
                                               "Benchmark entry (%1): figures only, no timeline")
                       .arg(run.benchmark ? run.benchmark->group : QString());
    if (a.ttftMs) {
        const QRectF bar(x(0), g.bottom - kBarBottom - kBarHeight, x(*a.ttftMs) - x(0), kBarHeight);
        painter->setPen(QPen(Colors::lane(Lane::Client).darker(130), 1));
        painter->setBrush(Colors::lane(Lane::Client));
        painter->drawRect(bar);
        text += QStringLiteral(" · ")
            + QCoreApplication::translate("LagLens::TimelinePlot", "time to first token %1 ms").arg(*a.ttftMs, 0, 'f', 0);
        m_hotSpots.append({ bar, text, -1 });
    }
    painter->setPen(Colors::mutedText());
    drawText(painter, QRectF(clipRect().left() + 6, g.top, clipRect().width() - 12, g.marker - g.top),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
}

QString RunLayer::milestoneToolTip(const QList<MilestoneId> &ids) const
{
    const Run &run = *m_run.run;
    QStringList parts;
    for (MilestoneId id : ids) {
        const MilestoneInfo &info = milestoneInfo(id);
        const MilestoneValue &value = run.milestones[int(id)];
        QString part = QCoreApplication::translate("LagLens::TimelinePlot", "%1 (%2)\n%3, %4\n%5 since submit")
                           .arg(milestoneLabel(id), QLatin1String(info.key), formatUtc(value.time),
                                clockName(info.clock), secondsLabel(seconds(sinceSubmit(info.clock, value.time))));
        if (isPolled(run, id))
            part += u'\n' + QCoreApplication::translate("LagLens::TimelinePlot", "Seen by a status poll: happened up to 750 ms earlier.");
        if (value.origin == MilestoneOrigin::MarkerEvent)
            part += u'\n' + QCoreApplication::translate("LagLens::TimelinePlot", "From the marker event on line %1.").arg(value.line);
        if (m_view == ClockView::Corrected && info.clock != Clock::Client)
            part += u'\n' + QCoreApplication::translate("LagLens::TimelinePlot", "Moved onto the client clock.");
        parts.append(part);
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString RunLayer::eventToolTip(int index) const
{
    const Run &run = *m_run.run;
    const Event &e = run.events[index];
    QString msg = run.string(e.msg);
    if (msg.size() > 300)
        msg = msg.left(300) + QChar(0x2026);
    const QString finished = e.finished < 0 ? QString()
        : e.finished ? QCoreApplication::translate("LagLens::TimelinePlot", " (finish)")
                     : QCoreApplication::translate("LagLens::TimelinePlot", " (start)");
    const double lag = m_run.analysis->eventLagMs(e, m_view);
    return QCoreApplication::translate("LagLens::TimelinePlot",
                                       "Event %1: %2%3\nstamped %4 (platform clock), %5 since submit\n"
                                       "received %6 (client clock), %7 since submit\nlag %8\n%9")
        .arg(QString::number(e.index), run.string(e.step), finished, formatUtc(e.stamp),
             secondsLabel(seconds(sinceSubmit(Clock::Platform, e.stamp))), formatUtc(e.recv),
             secondsLabel(seconds(sinceSubmit(Clock::Client, e.recv))),
             std::isnan(lag) ? QCoreApplication::translate("LagLens::TimelinePlot", "n/a") : formatMs(lag), msg);
}

void RunLayer::drawSelection(QCPPainter *painter)
{
    if (m_selected < 0 || m_selected >= m_run.run->events.size())
        return;
    const std::optional<QPointF> stamp = eventPosition(m_selected, false);
    const std::optional<QPointF> recv = eventPosition(m_selected, true);
    painter->setAntialiasing(true);
    painter->setPen(QPen(Colors::text(), 3));
    if (stamp && recv)
        painter->drawLine(*stamp, *recv);
    painter->setBrush(Qt::NoBrush);
    for (const std::optional<QPointF> &p : { stamp, recv }) {
        if (p)
            painter->drawEllipse(*p, 6, 6);
    }
}

void RunLayer::drawNotes(QCPPainter *painter)
{
    const QFontMetricsF fm(painter->font());
    for (const Note &note : std::as_const(m_notes)) {
        const int lane = laneIndex(note.lane);
        if (lane < 0)
            continue;
        const double px = x(note.atMs - m_shiftMs);
        const LaneGeometry g = geometry(lane);
        // A pin: a short staff with a flag, and the note's text beside it.
        painter->setPen(QPen(Colors::text(), 1.5));
        painter->drawLine(QPointF(px, g.top + 2), QPointF(px, g.bottom - 2));
        const QString text = fm.elidedText(note.text, Qt::ElideRight, 260);
        const QRectF box(px + 2, g.top + 2, fm.horizontalAdvance(text) + 8, fm.height() + 2);
        painter->setPen(QPen(QColor(0x8A, 0x6A, 0x00), 1));
        painter->setBrush(QColor(0xFF, 0xF4, 0xC2));
        painter->drawRect(box);
        painter->setPen(Colors::text());
        drawText(painter, box.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_milestoneSpots.append({ box.united(QRectF(px - 3, g.top, 6, g.bottom - g.top)),
                                  QCoreApplication::translate("LagLens::TimelinePlot", "Note at %1 s:\n%2")
                                      .arg(QString::number(note.atMs / 1000.0, 'f', 3), note.text),
                                  -1 });
    }
}

int RunLayer::eventAt(const QPointF &pos) const
{
    for (const HotSpot &spot : m_hotSpots) {
        if (spot.event >= 0 && spot.rect.contains(pos))
            return spot.event;
    }
    // Along a connector, within three pixels of it.
    for (const auto &[line, event] : m_connectorSpots) {
        const QPointF d = line.p2() - line.p1();
        const double length2 = d.x() * d.x() + d.y() * d.y();
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(pos - line.p1(), d) / length2, 0.0, 1.0) : 0.0;
        const QPointF nearest = line.p1() + t * d;
        if (QLineF(nearest, pos).length() <= 3.0)
            return event;
    }
    return -1;
}

std::optional<double> RunLayer::snap(const QPointF &pos, double radius) const
{
    std::optional<double> best;
    double bestDistance = radius;
    for (const QList<HotSpot> *spots : { &m_milestoneSpots, &m_hotSpots }) {
        for (const HotSpot &spot : *spots) {
            if (spot.rect.width() > 3 * kHitRadius) // a bar or a region, not a marker
                continue;
            const QPointF centre = spot.rect.center();
            const double d = QLineF(centre, pos).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = keyAxis()->pixelToCoord(centre.x());
            }
        }
    }
    return best;
}

std::optional<QPointF> RunLayer::milestonePosition(MilestoneId id) const
{
    const MilestoneInfo &info = milestoneInfo(id);
    const int lane = laneIndex(info.lane);
    const double t = at(info.clock, m_run.run->milestone(id));
    if (lane < 0 || std::isnan(t))
        return std::nullopt;
    return QPointF(x(t), geometry(lane).marker);
}

std::optional<QPointF> RunLayer::eventPosition(int event, bool receipt) const
{
    const Event &e = m_run.run->events.value(event);
    const int lane = laneIndex(receipt ? Lane::Client : Lane::Platform);
    const double t = receipt ? at(Clock::Client, e.recv) : at(Clock::Platform, e.stamp);
    if (lane < 0 || std::isnan(t))
        return std::nullopt;
    return QPointF(x(t), geometry(lane).marker);
}

int RunLayer::laneAt(double y) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        const LaneGeometry g = geometry(i);
        if (y >= g.top && y < g.bottom)
            return i;
    }
    return -1;
}

// Everything under the pointer, milestones first: an event often shares its instant with one.
QString RunLayer::toolTipAt(const QPointF &pos) const
{
    QStringList texts;
    for (const QList<HotSpot> *spots : { &m_milestoneSpots, &m_hotSpots }) {
        for (const HotSpot &spot : *spots) {
            if (!spot.rect.contains(pos))
                continue;
            const QString text = spot.event >= 0 ? eventToolTip(spot.event) : spot.text;
            if (!texts.contains(text))
                texts.append(text);
            if (texts.size() == 3)
                return texts.join(QStringLiteral("\n\n"));
        }
    }
    if (texts.isEmpty()) {
        const int event = eventAt(pos);
        if (event >= 0)
            texts.append(eventToolTip(event));
    }
    return texts.join(QStringLiteral("\n\n"));
}

// --- TimelinePlot ------------------------------------------------------------------------------

TimelinePlot::TimelinePlot(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Swimlane timeline"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 0);
    xAxis->setLabel(tr("seconds since submit"));
    xAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 1, Qt::DotLine));
    setNoAntialiasingOnDrag(true);

    m_placeholder = new QCPItemText(this);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(Colors::mutedText());
    setFocusPolicy(Qt::StrongFocus);
    setSelectionRectMode(QCP::srmNone);
    m_wheelSettle = new QTimer(this);
    m_wheelSettle->setSingleShot(true);
    m_wheelSettle->setInterval(400);
    rebuildLegend();
    rebuild();
}

void TimelinePlot::setRuns(const QList<AnalysedRun> &runs)
{
    m_selected = { -1, -1 };
    m_back.clear();
    m_forward.clear();
    // Past this many runs the lanes are slivers and drawing them all takes seconds.
    m_hiddenRuns = int(std::max<qsizetype>(0, runs.size() - kMaxDrawnRuns));
    m_runs = runs.first(std::min<qsizetype>(runs.size(), kMaxDrawnRuns));
    rebuild();
    fitToData();
}

void TimelinePlot::setClockView(ClockView view)
{
    if (m_view == view)
        return;
    m_view = view;
    for (RunLayer *layer : std::as_const(m_layers))
        layer->setClockView(view);
    updateAxisLabel();
    replot();
}

void TimelinePlot::setAlignment(MilestoneId milestone)
{
    if (m_alignment == milestone)
        return;
    m_alignment = milestone;
    for (RunLayer *layer : std::as_const(m_layers))
        layer->setAlignment(milestone);
    updateAxisLabel();
    fitToData();
}

void TimelinePlot::updateAxisLabel()
{
    const std::optional<Micros> zeroTime = m_absoluteTime ? zeroUtc() : std::nullopt;
    setTimeAxisZero(xAxis, zeroTime);
    if (zeroTime) {
        xAxis->setLabel(m_runs.size() > 1 ? tr("UTC on the client clock of %1; the other runs are shifted onto it")
                                                .arg(QFileInfo(m_runs.first().run->filePath).fileName())
                                          : tr("UTC on the client clock"));
        return;
    }
    const QString zero = m_alignment == MilestoneId::SubmittedAt ? tr("submit") : milestoneLabel(m_alignment);
    xAxis->setLabel(m_view == ClockView::Raw ? tr("seconds since %1 (stamps as logged)").arg(zero)
                                             : tr("seconds since %1 (clock-corrected)").arg(zero));
}

void TimelinePlot::setAbsoluteTime(bool on)
{
    m_absoluteTime = on;
    updateAxisLabel();
    replot(rpQueuedReplot);
}

std::optional<Micros> TimelinePlot::zeroUtc() const
{
    if (m_layers.isEmpty() || m_runs.first().analysis->origin == kNoTime)
        return std::nullopt;
    return m_runs.first().analysis->origin + Micros(std::llround(m_layers.first()->shiftMs() * 1000.0));
}

void TimelinePlot::rebuild()
{
    for (RunLayer *layer : std::as_const(m_layers))
        removePlottable(layer);
    m_layers.clear();

    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    const bool comparing = m_runs.size() > 1;
    double top = 0;
    for (const AnalysedRun &run : std::as_const(m_runs)) {
        auto *layer = new RunLayer(xAxis, yAxis, run, top, comparing, m_collapsed, m_interactive);
        layer->setClockView(m_view);
        layer->setAlignment(m_alignment);
        for (int i = 0; i < layer->lanes().size(); ++i) {
            const Lane lane = layer->lanes()[i];
            // The triangle says the name can be clicked, and which way it would go.
            QString name = run.run->format == LogFormat::Benchmark ? tr("Figures") : laneName(lane);
            if (m_interactive && run.run->format != LogFormat::Benchmark)
                name.prepend(m_collapsed.contains(lane) ? QStringLiteral("▸ ") : QStringLiteral("▾ "));
            ticker->addTick((layer->laneTop(i) + layer->laneTop(i + 1)) / 2, name);
        }
        top += layer->height();
        m_layers.append(layer);
    }
    m_laneUnits = top;
    yAxis->setRange(0, std::max(top, 1.0));
    m_placeholder->setVisible(m_runs.isEmpty() || m_hiddenRuns > 0);
    if (m_runs.isEmpty()) {
        m_placeholder->setText(tr("Open a diagnostic log: File > Open, drop a file here, or pass it on the command line."));
        m_placeholder->position->setCoords(0.5, 0.5);
    } else {
        m_placeholder->setText(tr("The first %1 of %2 selected runs are drawn; the runs table lists them all.")
                                   .arg(m_runs.size())
                                   .arg(m_runs.size() + m_hiddenRuns));
        m_placeholder->position->setCoords(0.5, 0.0);
        m_placeholder->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_placeholder->setBrush(QColor(255, 255, 255, 230));
    }
    updateAxisLabel();
    qCDebug(lcTimeline) << "timeline shows" << m_runs.size() << "runs in" << top << "lane rows";
}

void TimelinePlot::setLaneCollapsed(Lane lane, bool collapsed)
{
    if (m_collapsed.contains(lane) == collapsed)
        return;
    m_collapsed.set(lane, collapsed);
    rebuild();
    replot(rpQueuedReplot);
    Q_EMIT laneCollapsedChanged(lane, collapsed);
}

void TimelinePlot::limitLaneHeight(int pixels)
{
    const double height = axisRect()->height();
    if (m_laneUnits > 0 && pixels > 0 && height / m_laneUnits > pixels)
        yAxis->setRange(0, height / pixels);
}

void TimelinePlot::setInteractive(bool on)
{
    m_interactive = on;
    rebuild();
    replot(rpQueuedReplot);
}

std::optional<Lane> TimelinePlot::laneNameAt(const QPointF &pos) const
{
    if (pos.x() >= axisRect()->left() || pos.y() < axisRect()->top() || pos.y() > axisRect()->bottom())
        return std::nullopt;
    for (const RunLayer *layer : m_layers) {
        if (layer->run().run->format == LogFormat::Benchmark)
            continue;
        const int lane = layer->laneAt(pos.y());
        if (lane >= 0)
            return layer->lanes()[lane];
    }
    return std::nullopt;
}

int TimelinePlot::preferredHeight() const
{
    // One row of labels, the marker line and the segment bar make a readable lane.
    const int lanePx = int(QFontMetricsF(font()).height() * 3.1 + 6);
    double units = 0;
    for (RunLayer *layer : m_layers)
        units += layer->height();
    return int(std::max(units, 1.0) * lanePx) + 70;
}

QCPRange TimelinePlot::dataRange() const
{
    QCPRange range(0, 1);
    bool first = true;
    for (RunLayer *layer : m_layers) {
        const QCPRange r = layer->timeRange();
        range = first ? r : QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper));
        first = false;
    }
    if (range.size() <= 0)
        range = QCPRange(range.lower - 0.5, range.lower + 0.5);
    return range;
}

QCPRange TimelinePlot::fitRange() const
{
    const QCPRange r = dataRange();
    const double margin = r.size() * 0.03;
    return QCPRange(r.lower - margin, r.upper + margin * 2);
}

void TimelinePlot::fitToData()
{
    xAxis->setRange(fitRange());
    replot();
}

QString TimelinePlot::toolTipAt(const QPointF &pos) const
{
    for (RunLayer *layer : m_layers) {
        const QString text = layer->toolTipAt(pos);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void alignSideMargins(std::initializer_list<QCustomPlot *> plots)
{
    int left = 0;
    int right = 0;
    for (QCustomPlot *plot : plots) {
        const QCP::MarginSides own = plot->axisRect()->autoMargins();
        plot->axisRect()->setAutoMargins(own | QCP::msLeft | QCP::msRight);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        left = std::max(left, plot->axisRect()->margins().left());
        right = std::max(right, plot->axisRect()->margins().right());
        plot->axisRect()->setAutoMargins(own);
    }
    for (QCustomPlot *plot : plots) {
        plot->axisRect()->setAutoMargins(plot->axisRect()->autoMargins() & ~(QCP::msLeft | QCP::msRight));
        QMargins margins = plot->axisRect()->margins();
        margins.setLeft(left);
        margins.setRight(right);
        plot->axisRect()->setMargins(margins);
        plot->replot();
    }
}

QList<DrawnText> TimelinePlot::drawnTexts() const
{
    QList<DrawnText> texts;
    for (const RunLayer *layer : m_layers)
        texts += layer->m_drawnTexts;
    return texts;
}

std::optional<QPointF> TimelinePlot::milestonePosition(int run, MilestoneId id) const
{
    return run >= 0 && run < m_layers.size() ? m_layers[run]->milestonePosition(id) : std::nullopt;
}

std::optional<QPointF> TimelinePlot::eventPosition(int run, int event, bool receipt) const
{
    return run >= 0 && run < m_layers.size() ? m_layers[run]->eventPosition(event, receipt) : std::nullopt;
}

std::pair<int, int> TimelinePlot::eventAt(const QPointF &pos) const
{
    for (int run = 0; run < m_layers.size(); ++run) {
        const int event = m_layers[run]->eventAt(pos);
        if (event >= 0)
            return { run, event };
    }
    return { -1, -1 };
}

void TimelinePlot::setSelectedEvent(int run, int event)
{
    m_selected = { run, event };
    for (int i = 0; i < m_layers.size(); ++i)
        m_layers[i]->setSelectedEvent(i == run ? event : -1);
    replot(rpQueuedReplot);
}

void TimelinePlot::setRulerMode(bool on)
{
    const bool changed = on != m_rulerMode;
    m_rulerMode = on;
    m_rulerStart.reset();
    rebuildMeasurementItems();
    replot(rpQueuedReplot);
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    if (changed)
        Q_EMIT rulerModeChanged(on);
}

void TimelinePlot::setMeasurements(const QList<Measurement> &measurements)
{
    m_measurements = measurements;
    rebuildMeasurementItems();
    replot(rpQueuedReplot);
    Q_EMIT measurementsChanged();
}

void TimelinePlot::clearMeasurements()
{
    m_rulerStart.reset();
    setMeasurements({});
}

QString TimelinePlot::measurementText(const Measurement &m)
{
    return tr("%1 ms").arg(QString::number((m.to - m.from) * 1000.0, 'f', 0));
}

// A click in ruler mode: the first picks where a measurement starts, the second where it ends.
// The measurement is drawn at the height of the first click, so it sits beside what it measures.
void TimelinePlot::pick(const QPointF &pos)
{
    std::optional<double> seconds;
    for (RunLayer *layer : std::as_const(m_layers)) {
        if (!seconds)
            seconds = layer->snap(pos, 10);
    }
    const double at = seconds.value_or(xAxis->pixelToCoord(pos.x()));
    if (!m_rulerStart) {
        const QRect rect = axisRect()->rect();
        const double row = rect.height() > 0 ? std::clamp((pos.y() - rect.top()) / rect.height(), 0.0, 0.98) : 0.02;
        m_rulerStart = { at, row };
        rebuildMeasurementItems();
        replot(rpQueuedReplot);
        return;
    }
    const double from = std::min(m_rulerStart->first, at), to = std::max(m_rulerStart->first, at);
    const double row = m_rulerStart->second;
    m_rulerStart.reset();
    QList<Measurement> all = m_measurements;
    all.append({ from, to, row });
    setMeasurements(all);
}

void TimelinePlot::rebuildMeasurementItems()
{
    for (QCPAbstractItem *item : std::as_const(m_measurementItems))
        removeItem(item);
    m_measurementItems.clear();
    QCPLayer *top = layer(QStringLiteral("overlay"));
    for (const Measurement &m : std::as_const(m_measurements)) {
        auto *line = new QCPItemLine(this);
        line->setLayer(top);
        line->start->setTypeY(QCPItemPosition::ptAxisRectRatio);
        line->end->setTypeY(QCPItemPosition::ptAxisRectRatio);
        line->start->setCoords(m.from, m.row);
        line->end->setCoords(m.to, m.row);
        line->setHead(QCPLineEnding(QCPLineEnding::esBar, 12));
        line->setTail(QCPLineEnding(QCPLineEnding::esBar, 12));
        line->setPen(QPen(Colors::text(), 1.5));
        auto *label = new QCPItemText(this);
        label->setLayer(top);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords((m.from + m.to) / 2, m.row);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(measurementText(m));
        label->setColor(Colors::text());
        label->setBrush(QColor(255, 255, 255, 235));
        label->setPen(QPen(Colors::mutedText()));
        label->setPadding(QMargins(3, 1, 3, 1));
        m_measurementItems << line << label;
    }
    if (m_rulerStart) {
        // Where the measurement being made starts, until the second click ends it.
        auto *start = new QCPItemStraightLine(this);
        start->setLayer(top);
        start->point1->setCoords(m_rulerStart->first, 0);
        start->point2->setCoords(m_rulerStart->first, 1);
        start->setPen(QPen(Colors::text(), 1, Qt::DashLine));
        m_measurementItems << start;
    }
}

void TimelinePlot::remember()
{
    if (m_back.isEmpty() || m_back.last() != xAxis->range())
        m_back.append(xAxis->range());
    if (m_back.size() > 100)
        m_back.removeFirst();
    m_forward.clear();
}

void TimelinePlot::zoomBy(double factor)
{
    remember();
    xAxis->scaleRange(factor, xAxis->range().center());
    replot();
}

void TimelinePlot::panBy(double fraction)
{
    remember();
    xAxis->moveRange(xAxis->range().size() * fraction);
    replot();
}

bool TimelinePlot::back()
{
    if (m_back.isEmpty())
        return false;
    m_forward.append(xAxis->range());
    xAxis->setRange(m_back.takeLast());
    replot();
    return true;
}

bool TimelinePlot::forward()
{
    if (m_forward.isEmpty())
        return false;
    m_back.append(xAxis->range());
    xAxis->setRange(m_forward.takeLast());
    replot();
    return true;
}

void TimelinePlot::setNotes(int run, const QList<Note> &notes)
{
    if (run >= 0 && run < m_layers.size()) {
        m_layers[run]->setNotes(notes);
        replot(rpQueuedReplot);
    }
}

void TimelinePlot::setLegendVisible(bool visible)
{
    const bool changed = visible != m_legendVisible;
    m_legendVisible = visible;
    rebuildLegend();
    replot(rpQueuedReplot);
    if (changed)
        Q_EMIT legendVisibleChanged(visible);
}

// What the marks mean, in one box, for readers who come to the timeline without the README.
void TimelinePlot::rebuildLegend()
{
    if (!m_legend) {
        m_legend = new QCPItemText(this);
        m_legend->setLayer(QStringLiteral("overlay"));
        m_legend->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_legend->position->setCoords(0.995, 0.01);
        m_legend->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        m_legend->setTextAlignment(Qt::AlignLeft);
        m_legend->setBrush(QColor(255, 255, 255, 240));
        m_legend->setPen(QPen(Colors::mutedText()));
        m_legend->setPadding(QMargins(6, 4, 6, 4));
        m_legend->setColor(Colors::text());
    }
    m_legend->setText(tr("◆ milestone, with its time since submit\n"
                         "▬ segment of the time to first token (vermilion: the bottleneck)\n"
                         "╱ event: platform stamp to client receipt (grey)\n"
                         "   orange: delivered in a burst; red: first after a stall\n"
                         "▭ band before a polled milestone: when it really happened\n"
                         "▨ hatched: events the log does not hold\n"
                         "Keys: W/S zoom, A/D pan, Backspace back, M ruler, F1 help"));
    m_legend->setVisible(m_legendVisible);
}

void TimelinePlot::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_W:
        zoomBy(0.5);
        return;
    case Qt::Key_S:
        zoomBy(2.0);
        return;
    case Qt::Key_A:
        panBy(-0.2);
        return;
    case Qt::Key_D:
        panBy(0.2);
        return;
    case Qt::Key_Backspace:
        back();
        return;
    case Qt::Key_Left:
        if (event->modifiers() & Qt::AltModifier) {
            back();
            return;
        }
        break;
    case Qt::Key_Right:
        if (event->modifiers() & Qt::AltModifier) {
            forward();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_rulerStart || !m_measurements.isEmpty()) {
            clearMeasurements();
            return;
        }
        break;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void TimelinePlot::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->pos();
    m_pressRange = xAxis->range();
    // Shift and drag selects a stretch of time to zoom into; a plain drag pans.
    setSelectionRectMode(event->modifiers() & Qt::ShiftModifier ? QCP::srmZoom : QCP::srmNone);
    QCustomPlot::mousePressEvent(event);
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (xAxis->range() != m_pressRange) { // a pan or a zoom: remember where it started
        m_back.append(m_pressRange);
        m_forward.clear();
        return;
    }
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return;
    if (const std::optional<Lane> lane = laneNameAt(event->position())) {
        setLaneCollapsed(*lane, !m_collapsed.contains(*lane));
        return;
    }
    if (m_rulerMode) {
        pick(event->position());
        return;
    }
    const auto [run, eventIndex] = eventAt(event->position());
    if (eventIndex >= 0) {
        setSelectedEvent(run, eventIndex);
        Q_EMIT eventClicked(run, eventIndex);
    }
}

void TimelinePlot::wheelEvent(QWheelEvent *event)
{
    // A turn of the wheel is many events: remember the range once, when the turn begins.
    if (!m_wheelSettle->isActive())
        remember();
    m_wheelSettle->start();
    QCustomPlot::wheelEvent(event);
}

void TimelinePlot::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    for (int run = 0; run < m_layers.size(); ++run) {
        const int lane = m_layers[run]->laneAt(event->pos().y());
        if (lane < 0 || m_runs[run].run->format == LogFormat::Benchmark)
            continue;
        const double atMs = xAxis->pixelToCoord(event->pos().x()) * 1000.0 + m_layers[run]->shiftMs();
        const Lane which = m_layers[run]->lanes()[lane];
        menu.addAction(tr("Pin a &Note Here…"), this, [this, run, atMs, which] { Q_EMIT noteRequested(run, atMs, which); });
    }
    QAction *ruler = menu.addAction(tr("&Measure with the Ruler"), this, [this](bool on) { setRulerMode(on); });
    ruler->setCheckable(true);
    ruler->setChecked(m_rulerMode);
    if (!m_measurements.isEmpty())
        menu.addAction(tr("&Clear Measurements"), this, &TimelinePlot::clearMeasurements);
    QAction *showLegend = menu.addAction(tr("Show &Legend"), this, [this](bool on) { setLegendVisible(on); });
    showLegend->setCheckable(true);
    showLegend->setChecked(m_legendVisible);
    menu.exec(event->globalPos());
}

bool TimelinePlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showPlainToolTip(this, help->globalPos(), toolTipAt(help->pos()));
        return true;
    }
    return QCustomPlot::event(event);
}

} // namespace LagLens
