#include "analysis.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace LagLens {

namespace {

// Gives this file's free functions a translation context lupdate understands.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(LagLens::Analysis)
};

constexpr double kMicrosPerMs = 1000.0;

// Below this many lags a run has no "normal" to call a stall against.
constexpr int kMinLagsForStalls = 5;
// An event is held when its lag exceeds the median by this much, or by kStallMadFactor median
// absolute deviations if the run is that noisy.
constexpr double kStallFloorMs = 500.0;
constexpr double kStallMadFactor = 5.0;

struct FigureDefinition
{
    const char *name;
    MilestoneId from;
    MilestoneId to;
};

// FORMAT.md: every figure equals the difference of two timestamps, rounded to whole milliseconds.
constexpr FigureDefinition kIvcapFigures[] = {
    { "submit_to_job_create_ms", MilestoneId::SubmittedAt, MilestoneId::JobCreatedAt },
    { "job_create_to_events_subscribe_ms", MilestoneId::JobCreatedAt, MilestoneId::EventsSubscribeStartedAt },
    { "job_create_to_events_connected_ms", MilestoneId::JobCreatedAt, MilestoneId::EventsConnectedAt },
    { "submit_to_first_event_ms", MilestoneId::SubmittedAt, MilestoneId::FirstEventAt },
    { "submit_to_first_token_ms", MilestoneId::SubmittedAt, MilestoneId::FirstTokenClientReceivedAt },
    { "first_event_to_first_token_ms", MilestoneId::FirstEventAt, MilestoneId::FirstTokenClientReceivedAt },
    { "first_token_to_complete_ms", MilestoneId::FirstTokenClientReceivedAt, MilestoneId::FinishedAt },
    { "server_step_emit_to_event_envelope_ms", MilestoneId::FirstTokenServerEmitAt,
      MilestoneId::FirstTokenServerEventAt },
    { "event_envelope_to_client_receive_ms", MilestoneId::FirstTokenServerEventAt,
      MilestoneId::FirstTokenClientReceivedAt },
    { "server_step_emit_to_client_receive_ms", MilestoneId::FirstTokenServerEmitAt,
      MilestoneId::FirstTokenClientReceivedAt },
    { "model_proxy_ttft_ms", MilestoneId::RequestDispatchAt, MilestoneId::FirstUpstreamDeltaAt },
    { "server_buffer_flush_delay_ms", MilestoneId::FirstUpstreamDeltaAt, MilestoneId::FirstBatchEmitAt },
    { "jobevents_pipeline_delay_ms", MilestoneId::FirstBatchEmitAt, MilestoneId::FirstTokenServerEventAt },
};

constexpr FigureDefinition kDirectFigures[] = {
    { "submit_to_response_headers_ms", MilestoneId::SubmittedAt, MilestoneId::ResponseHeadersAt },
    { "submit_to_first_token_ms", MilestoneId::SubmittedAt, MilestoneId::FirstTokenAt },
    { "submit_to_complete_ms", MilestoneId::SubmittedAt, MilestoneId::FinishedAt },
    { "first_token_to_complete_ms", MilestoneId::FirstTokenAt, MilestoneId::FinishedAt },
};

struct SegmentDefinition
{
    const char *name;
    MilestoneId from;
    MilestoneId to;
    Lane lane;
};

// The path of the first token, FORMAT.md: consecutive, so the segments add up to the time to
// first token whenever every milestone is there.
constexpr SegmentDefinition kIvcapSegments[] = {
    { "submit_to_request_dispatch", MilestoneId::SubmittedAt, MilestoneId::RequestDispatchAt, Lane::ChatService },
    { "model_proxy_ttft", MilestoneId::RequestDispatchAt, MilestoneId::FirstUpstreamDeltaAt, Lane::ModelProxy },
    { "server_buffer_flush_delay", MilestoneId::FirstUpstreamDeltaAt, MilestoneId::FirstBatchEmitAt,
      Lane::ChatService },
    { "jobevents_pipeline_delay", MilestoneId::FirstBatchEmitAt, MilestoneId::FirstTokenServerEventAt,
      Lane::Platform },
    { "event_envelope_to_client_receive", MilestoneId::FirstTokenServerEventAt,
      MilestoneId::FirstTokenClientReceivedAt, Lane::Client },
};

constexpr SegmentDefinition kDirectSegments[] = {
    { "submit_to_response_headers", MilestoneId::SubmittedAt, MilestoneId::ResponseHeadersAt, Lane::Client },
    { "response_headers_to_first_token", MilestoneId::ResponseHeadersAt, MilestoneId::FirstTokenAt,
      Lane::Client },
};

Clock clockOf(MilestoneId id)
{
    return milestoneInfo(id).clock;
}

// The first batch flush and the first token emit are one instant (FORMAT.md); either stands in
// for the other when one is missing.
Micros milestoneOrTwin(const Run &run, MilestoneId id)
{
    Micros t = run.milestone(id);
    if (!hasTime(t) && id == MilestoneId::FirstBatchEmitAt)
        t = run.milestone(MilestoneId::FirstTokenServerEmitAt);
    else if (!hasTime(t) && id == MilestoneId::FirstTokenServerEmitAt)
        t = run.milestone(MilestoneId::FirstBatchEmitAt);
    return t;
}

// Counts the code points of UTF-8 text: every byte that does not continue a sequence (10xxxxxx),
// eight bytes at a time.
qint64 codePoints(QByteArrayView utf8)
{
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    qint64 continuations = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        // A continuation byte has its top bit set and the next one clear.
        continuations += qPopulationCount((word & ~(word << 1)) & 0x8080808080808080ULL);
    }
    for (; p < end; ++p)
        continuations += (static_cast<unsigned char>(*p) & 0xC0) == 0x80 ? 1 : 0;
    return utf8.size() - continuations;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const auto k = static_cast<std::size_t>(std::clamp(std::ceil(p * double(values.size())) - 1.0, 0.0,
                                                       double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values[k];
}

// The value in [lower, upper] closest to zero: the smallest correction the bounds demand.
void settle(ClockEstimate *clock)
{
    clock->known = clock->evidence > 0;
    const double lower = clock->lowerMs.value_or(-INFINITY);
    const double upper = clock->upperMs.value_or(INFINITY);
    clock->inconsistent = lower > upper;
    if (clock->inconsistent)
        clock->offsetMs = upper; // the tighter, event-based bound wins
    else
        clock->offsetMs = std::clamp(0.0, lower, upper);
    clock->skewProven = lower > 0 || upper < 0;
}

void tightenUpper(ClockEstimate *clock, double bound)
{
    clock->upperMs = clock->upperMs ? std::min(*clock->upperMs, bound) : bound;
    ++clock->evidence;
}

void tightenLower(ClockEstimate *clock, double bound)
{
    clock->lowerMs = clock->lowerMs ? std::max(*clock->lowerMs, bound) : bound;
    ++clock->evidence;
}

double msBetween(Micros from, Micros to)
{
    return double(to - from) / kMicrosPerMs;
}

// What the clock estimate and the plausibility checks need of the events, gathered by the one
// pass over them that also measures the stream.
struct EventScan
{
    std::vector<double> lags; // of the events that have one, in order
    int fastestEvent = -1; // the first event with the smallest lag
    Micros earliestStamp = kNoTime; // of the events whose stamps are plausible
    int backwards = 0; // events stamped earlier than the event listed before them
};

void estimatePlatformClock(const Run &run, const EventScan &scan, Analysis *a)
{
    ClockEstimate &clock = a->platformClock;
    const int fastestEvent = scan.fastestEvent;
    Micros earliestStamp = scan.earliestStamp;
    if (fastestEvent >= 0) {
        clock.upperMs = msBetween(run.events[fastestEvent].stamp, run.events[fastestEvent].recv);
        clock.evidence += int(scan.lags.size());
    }
    const Micros submit = run.milestone(MilestoneId::SubmittedAt);
    const Micros envelope = run.milestone(MilestoneId::FirstTokenServerEventAt);
    const Micros received = run.milestone(MilestoneId::FirstTokenClientReceivedAt);
    bool firstTokenIsTightest = false;
    if (hasTime(envelope) && hasTime(received)) {
        const double lag = msBetween(envelope, received);
        firstTokenIsTightest = !clock.upperMs || lag < *clock.upperMs;
        tightenUpper(&clock, lag);
    }
    // Nothing reaches the platform before the client submits it.
    if (hasTime(submit) && hasTime(envelope) && (!hasTime(earliestStamp) || envelope < earliestStamp))
        earliestStamp = envelope;
    if (hasTime(submit) && hasTime(earliestStamp))
        tightenLower(&clock, msBetween(earliestStamp, submit));
    settle(&clock);

    if (!clock.known) {
        clock.method = Text::tr("No stamp pairs the platform clock with the client clock; the offset is unknown.");
    } else if (clock.inconsistent) {
        clock.method = Text::tr("The stamps contradict each other: the events' lags and the submit time cannot "
                                "both hold for any one clock offset. LagLens uses the bound the events give, %1 ms.")
                           .arg(clock.offsetMs, 0, 'f', 0);
    } else if (clock.upperMs && *clock.upperMs < 0) {
        const QString which = firstTokenIsTightest
            ? Text::tr("the first token")
            : Text::tr("event %1").arg(run.events[fastestEvent].index);
        clock.method = Text::tr("The client clock is behind the platform clock by at least %1 ms: %2 arrived "
                          "%1 ms before the platform stamped it. Corrected views add %3 ms to "
                          "platform stamps.")
                           .arg(-*clock.upperMs, 0, 'f', 0)
                           .arg(which)
                           .arg(clock.offsetMs, 0, 'f', 0);
    } else if (clock.lowerMs && *clock.lowerMs > 0) {
        clock.method = Text::tr("The client clock is ahead of the platform clock by at least %1 ms: the "
                          "platform stamped an event before the client submitted the job.")
                           .arg(*clock.lowerMs, 0, 'f', 0);
    } else {
        clock.method = Text::tr("No event arrived before it was stamped: the lags are consistent with clocks "
                          "in step. The client clock is at most %1 ms ahead of the platform clock.")
                           .arg(clock.upperMs.value_or(0), 0, 'f', 0);
    }
}

void estimateServiceClock(const Run &run, Analysis *a)
{
    ClockEstimate &clock = a->serviceClock;
    const Micros submit = run.milestone(MilestoneId::SubmittedAt);
    Micros earliestService = kNoTime;
    for (const MilestoneInfo &info : milestoneTable()) {
        const Micros t = run.milestone(info.id);
        if (info.clock == Clock::Service && hasTime(t) && (!hasTime(earliestService) || t < earliestService))
            earliestService = t;
    }
    // The service cannot dispatch a request before the client submitted it.
    if (hasTime(submit) && hasTime(earliestService))
        tightenLower(&clock, msBetween(earliestService, submit));

    // The first token leaves the service before the platform stamps it and the client receives it.
    const Micros emitted = milestoneOrTwin(run, MilestoneId::FirstTokenServerEmitAt);
    const Micros envelope = run.milestone(MilestoneId::FirstTokenServerEventAt);
    const Micros received = run.milestone(MilestoneId::FirstTokenClientReceivedAt);
    if (hasTime(emitted) && hasTime(received))
        tightenUpper(&clock, msBetween(emitted, received));
    if (hasTime(emitted) && hasTime(envelope) && a->platformClock.known)
        tightenUpper(&clock, msBetween(emitted, envelope) + a->platformClock.offsetMs);

    // Marker events carry the service's emit time and the platform's stamp of the same event.
    for (const EventExtra &extra : run.eventExtras) {
        const Event &e = run.events[extra.eventIndex];
        if (extra.meta.isEmpty() || !hasTime(e.stamp) || !a->platformClock.known)
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(run.bytes(extra.meta).toByteArray()).object();
        const QJsonValue serviceMs = meta.value(QLatin1String("server_emit_ts_ms"));
        if (serviceMs.isDouble() && std::abs(serviceMs.toDouble()) < 1.0e14) {
            const Micros serviceTime = qRound64(serviceMs.toDouble() * kMicrosPerMs);
            tightenUpper(&clock, msBetween(serviceTime, e.stamp) + a->platformClock.offsetMs);
        }
    }
    settle(&clock);

    if (!clock.known) {
        clock.method = Text::tr("No stamp pairs the chat service clock with another clock; the offset is unknown.");
    } else if (clock.inconsistent) {
        clock.method = Text::tr("The chat service stamps contradict each other; LagLens uses the upper bound, "
                          "%1 ms.").arg(clock.offsetMs, 0, 'f', 0);
    } else if (clock.lowerMs && *clock.lowerMs > 0) {
        clock.method = Text::tr("The client clock is ahead of the chat service clock by at least %1 ms: the "
                          "service dispatched the request before the client submitted it. Corrected "
                          "views add %2 ms to service stamps.")
                           .arg(*clock.lowerMs, 0, 'f', 0)
                           .arg(clock.offsetMs, 0, 'f', 0);
    } else if (clock.upperMs && *clock.upperMs < 0) {
        clock.method = Text::tr("The client clock is behind the chat service clock by at least %1 ms: the first "
                          "token was received before the service emitted it. Corrected views add %2 ms "
                          "to service stamps.")
                           .arg(-*clock.upperMs, 0, 'f', 0)
                           .arg(clock.offsetMs, 0, 'f', 0);
    } else if (clock.lowerMs && clock.upperMs) {
        clock.method = Text::tr("The chat service stamps are consistent with a clock in step with the client's "
                                "(offset between %1 and %2 ms).")
                           .arg(*clock.lowerMs, 0, 'f', 0)
                           .arg(*clock.upperMs, 0, 'f', 0);
    } else {
        clock.method = Text::tr("The chat service stamps are consistent with a clock in step with the client's "
                                "(offset %1 %2 ms).")
                           .arg(clock.lowerMs ? Text::tr("at least") : Text::tr("at most"))
                           .arg(clock.lowerMs.value_or(clock.upperMs.value_or(0)), 0, 'f', 0);
    }
}

void listBenchmarkFigures(const BenchmarkFigures &b, Analysis *a)
{
    const std::pair<const char *, std::optional<double>> figures[] = {
        { "submitToFirstTokenMs", b.submitToFirstTokenMs },
        { "submitToCompleteMs", b.submitToCompleteMs },
        { "submitToJobCreatedMs", b.submitToJobCreatedMs },
        { "submitToFirstEventMs", b.submitToFirstEventMs },
        { "submitToEventsConnectedMs", b.submitToEventsConnectedMs },
        { "modelProxyTtftMs", b.modelProxyTtftMs },
        { "serverBufferFlushDelayMs", b.serverBufferFlushDelayMs },
        { "tokenCount", b.tokenCount },
        { "tokensPerSecond", b.tokensPerSecond },
    };
    for (const auto &[name, value] : figures) {
        FigureCheck check;
        check.name = QLatin1String(name);
        check.source = QStringLiteral("benchmark");
        check.reported = value;
        check.status = value ? FigureStatus::NotRecomputed : FigureStatus::NotReported;
        a->figures.append(check);
    }
}

void checkFigures(const Run &run, Analysis *a)
{
    if (run.benchmark) {
        listBenchmarkFigures(*run.benchmark, a);
        return;
    }
    const FigureDefinition *begin = run.format == LogFormat::Direct ? std::begin(kDirectFigures)
                                                                     : std::begin(kIvcapFigures);
    const FigureDefinition *end = run.format == LogFormat::Direct ? std::end(kDirectFigures)
                                                                   : std::end(kIvcapFigures);
    for (const BreakdownEntry &entry : run.breakdown) {
        FigureCheck check;
        check.name = entry.name;
        check.source = entry.source;
        check.line = entry.line;
        check.reported = entry.decimal;
        const FigureDefinition *def = std::find_if(begin, end, [&](const FigureDefinition &d) {
            return entry.name == QLatin1String(d.name);
        });
        if (def == end) {
            check.status = entry.unreadable ? FigureStatus::Unreadable : FigureStatus::NotRecomputed;
            a->figures.append(check);
            continue;
        }
        check.from = def->from;
        check.to = def->to;
        check.crossesClocks = clockOf(def->from) != clockOf(def->to);
        const Micros from = milestoneOrTwin(run, def->from);
        const Micros to = milestoneOrTwin(run, def->to);
        if (hasTime(from) && hasTime(to)) {
            check.computedMs = msBetween(from, to);
            check.correctedMs = msBetween(a->place(clockOf(def->from), from, ClockView::Corrected),
                                          a->place(clockOf(def->to), to, ClockView::Corrected));
        }

        if (entry.unreadable) {
            check.status = FigureStatus::Unreadable;
        } else if (!check.reported) {
            check.status = FigureStatus::NotReported;
        } else if (!check.computedMs) {
            check.status = FigureStatus::NotComputable;
        } else if (*check.reported == 0 && std::round(*check.computedMs) < 0) {
            check.status = FigureStatus::Clamped;
            a->diagnostics.append(
                { entry.line, Severity::Warning,
                  Text::tr("%1 is reported as 0 but the timestamps give %2 ms: the log clamped a negative "
                     "difference, a sign of clock offset")
                      .arg(entry.name, QString::number(*check.computedMs, 'f', 0)) });
        } else if (std::abs(*check.reported - *check.computedMs) > 1.0) {
            check.status = FigureStatus::Mismatch;
            a->diagnostics.append({ entry.line, Severity::Warning,
                                    Text::tr("%1 is reported as %2 ms but the timestamps give %3 ms")
                                        .arg(entry.name, QString::number(*check.reported, 'f', 0),
                                             QString::number(*check.computedMs, 'f', 0)) });
        } else {
            check.status = FigureStatus::Match;
        }
        a->figures.append(check);
    }
}

void splitTimeToFirstToken(const Run &run, Analysis *a)
{
    if (run.format == LogFormat::Benchmark) {
        const BenchmarkFigures &b = *run.benchmark;
        a->ttftMs = b.submitToFirstTokenMs;
        if (b.group == u"ivcap") {
            a->segments.append({ QStringLiteral("model_proxy_ttft"), MilestoneId::RequestDispatchAt,
                                 MilestoneId::FirstUpstreamDeltaAt, Lane::ModelProxy, false,
                                 b.modelProxyTtftMs, b.modelProxyTtftMs });
            a->segments.append({ QStringLiteral("server_buffer_flush_delay"),
                                 MilestoneId::FirstUpstreamDeltaAt, MilestoneId::FirstBatchEmitAt,
                                 Lane::ChatService, false, b.serverBufferFlushDelayMs,
                                 b.serverBufferFlushDelayMs });
        }
    } else {
        const bool direct = run.format == LogFormat::Direct;
        const MilestoneId firstToken = direct ? MilestoneId::FirstTokenAt : MilestoneId::FirstTokenClientReceivedAt;
        const Micros submit = run.milestone(MilestoneId::SubmittedAt);
        const Micros received = run.milestone(firstToken);
        if (hasTime(submit) && hasTime(received))
            a->ttftMs = msBetween(submit, received);

        const SegmentDefinition *begin = direct ? std::begin(kDirectSegments) : std::begin(kIvcapSegments);
        const SegmentDefinition *end = direct ? std::end(kDirectSegments) : std::end(kIvcapSegments);
        for (const SegmentDefinition *def = begin; def != end; ++def) {
            Segment segment { QLatin1String(def->name), def->from, def->to, def->lane,
                              clockOf(def->from) != clockOf(def->to), {}, {} };
            const Micros from = milestoneOrTwin(run, def->from);
            const Micros to = milestoneOrTwin(run, def->to);
            if (hasTime(from) && hasTime(to)) {
                segment.start = from;
                segment.ms = msBetween(from, to);
                segment.correctedMs = msBetween(a->place(clockOf(def->from), from, ClockView::Corrected),
                                                a->place(clockOf(def->to), to, ClockView::Corrected));
            }
            a->segments.append(segment);
        }
    }

    double known = 0;
    bool anyMissing = false;
    for (const Segment &s : std::as_const(a->segments)) {
        known += s.ms.value_or(0);
        anyMissing = anyMissing || !s.ms;
    }
    // Benchmark entries carry only some segments, so their remainder is always worth saying.
    if (a->ttftMs && (anyMissing || a->segments.isEmpty() || run.format == LogFormat::Benchmark))
        a->unattributedMs = *a->ttftMs - known;

    for (ClockView view : { ClockView::Raw, ClockView::Corrected }) {
        const Segment *largest = nullptr;
        for (const Segment &s : std::as_const(a->segments)) {
            if (s.value(view) && (!largest || *s.value(view) > *largest->value(view)))
                largest = &s;
        }
        if (!largest)
            continue;
        const double ms = *largest->value(view);
        const double share = a->ttftMs && *a->ttftMs > 0 ? ms / *a->ttftMs : 0.0;
        (view == ClockView::Raw ? a->bottleneck : a->bottleneckCorrected) = Verdict { largest->name, ms, share };
    }
}

// One pass over the events: the lags, bursts and token batches, and what the clocks and the
// plausibility checks need. A million events are read once rather than once per figure.
EventScan scanEvents(const Run &run, Analysis *a)
{
    EventScan scan;
    StreamStats &s = a->stream;
    const QList<Event> &events = run.events;
    const Event *e = events.constData();
    const int count = int(events.size());
    scan.lags.reserve(std::size_t(count));
    double fastestLag = 0;

    int burstStart = 0; // a burst is a run of consecutive events sharing one receive instant
    int previousBatch = -1;
    int firstBatch = -1;
    double emitGaps = 0, recvGaps = 0, jitter = 0;
    int emitGapCount = 0, recvGapCount = 0, jitterCount = 0;
    qint64 charsAfterFirst = 0;
    for (int i = 0; i < count; ++i) {
        const Event &event = e[i];
        if (event.hasLag()) {
            const double lag = msBetween(event.stamp, event.recv);
            if (scan.fastestEvent < 0 || lag < fastestLag) {
                scan.fastestEvent = i;
                fastestLag = lag;
            }
            scan.lags.push_back(lag);
        }
        if (hasTime(event.stamp) && !event.lagImplausible
            && (!hasTime(scan.earliestStamp) || event.stamp < scan.earliestStamp))
            scan.earliestStamp = event.stamp;
        if (i > 0) {
            const Event &previous = e[i - 1];
            scan.backwards += hasTime(previous.stamp) && hasTime(event.stamp) && event.stamp < previous.stamp ? 1 : 0;
            if (!hasTime(e[burstStart].recv) || event.recv != e[burstStart].recv) {
                if (i - 1 > burstStart) {
                    const Event &first = e[burstStart];
                    a->bursts.append({ burstStart, i - 1, first.hasLag() ? msBetween(first.stamp, first.recv) : 0.0 });
                }
                burstStart = i;
            }
        }

        // Token batches: gaps, jitter, throughput, and the answer's length.
        if (!isAnswerChunk(run, event))
            continue;
        const qint64 chars = event.asciiMessage ? qint64(event.msg.length) : codePoints(run.bytes(event.msg));
        s.answerChars += chars;
        ++s.tokenBatches;
        if (firstBatch < 0) {
            firstBatch = i;
            s.answerPartial = run.format == LogFormat::Direct ? event.index > 1
                                                               : run.bytes(event.step).sliced(12).toInt() > 1;
        } else {
            charsAfterFirst += chars;
        }
        if (previousBatch >= 0) {
            const Event &p = e[previousBatch];
            const bool emitGap = hasTime(p.stamp) && hasTime(event.stamp);
            const bool recvGap = hasTime(p.recv) && hasTime(event.recv);
            const double emitMs = emitGap ? msBetween(p.stamp, event.stamp) : 0.0;
            const double recvMs = recvGap ? msBetween(p.recv, event.recv) : 0.0;
            if (emitGap) {
                emitGaps += emitMs;
                ++emitGapCount;
                s.maxEmitGapMs = std::max(s.maxEmitGapMs.value_or(emitMs), emitMs);
            }
            if (recvGap) {
                recvGaps += recvMs;
                ++recvGapCount;
            }
            if (emitGap && recvGap) {
                jitter += std::abs(recvMs - emitMs);
                ++jitterCount;
            }
        }
        previousBatch = i;
    }
    if (count - 1 > burstStart) {
        const Event &first = e[burstStart];
        a->bursts.append({ burstStart, count - 1, first.hasLag() ? msBetween(first.stamp, first.recv) : 0.0 });
    }

    if (emitGapCount > 0)
        s.meanEmitGapMs = emitGaps / emitGapCount;
    if (recvGapCount > 0)
        s.meanRecvGapMs = recvGaps / recvGapCount;
    if (jitterCount > 0)
        s.jitterMs = jitter / jitterCount;
    if (firstBatch >= 0 && previousBatch > firstBatch && hasTime(e[firstBatch].recv)
        && hasTime(e[previousBatch].recv)) {
        const double seconds = msBetween(e[firstBatch].recv, e[previousBatch].recv) / 1000.0;
        if (seconds > 0) {
            s.charsPerSecond = double(charsAfterFirst) / seconds;
            s.batchesPerSecond = double(s.tokenBatches - 1) / seconds;
        }
    }
    return scan;
}

// The lag figures and the stalls. Takes the scan's lags, which it reorders.
void analyseLags(const Run &run, std::vector<double> lags, Analysis *a)
{
    StreamStats &s = a->stream;
    const QList<Event> &events = run.events;
    s.lagCount = int(lags.size());
    if (!lags.empty()) {
        const auto [lo, hi] = std::minmax_element(lags.cbegin(), lags.cend());
        s.minLagMs = *lo;
        s.maxLagMs = *hi;
        // The median, then the 90th percentile among the values above it: one copy, reordered.
        const auto rank = [&](double p) {
            return std::size_t(std::clamp(std::ceil(p * double(lags.size())) - 1.0, 0.0, double(lags.size() - 1)));
        };
        const auto median = lags.begin() + std::ptrdiff_t(rank(0.5));
        std::nth_element(lags.begin(), median, lags.end());
        s.medianLagMs = *median;
        const auto p90 = lags.begin() + std::ptrdiff_t(rank(0.9));
        std::nth_element(median, p90, lags.end());
        s.p90LagMs = *p90;
        // The threshold is the floor unless the median absolute deviation exceeds floor/factor.
        // It cannot when at least half of the lags lie that close to the median: counting them
        // spares selecting among a million deviations.
        const double floorDeviation = kStallFloorMs / kStallMadFactor;
        const auto near = std::count_if(lags.cbegin(), lags.cend(), [&](double lag) {
            return std::abs(lag - s.medianLagMs) <= floorDeviation;
        });
        double mad = floorDeviation;
        if (std::size_t(near) <= rank(0.5)) {
            for (double &lag : lags)
                lag = std::abs(lag - s.medianLagMs);
            mad = percentile(std::move(lags), 0.5);
        }
        s.stallThresholdMs = s.medianLagMs + std::max(kStallFloorMs, kStallMadFactor * mad);
    }

    // Stalls: the first event after a silence whose lag is well beyond the run's normal. The
    // silence must itself be longer than the lag may stray from normal: held events that drain
    // a few ms apart end one stall, not one each.
    if (s.lagCount >= kMinLagsForStalls) {
        const double excess = s.stallThresholdMs - s.medianLagMs;
        for (int i = 1; i < events.size(); ++i) {
            const Event &e = events[i];
            const Event &previous = events[i - 1];
            if (!e.hasLag() || !hasTime(previous.recv) || e.recv == previous.recv
                || msBetween(previous.recv, e.recv) <= excess)
                continue;
            const double lag = msBetween(e.stamp, e.recv);
            if (lag > s.stallThresholdMs)
                a->stalls.append({ i - 1, i, msBetween(previous.recv, e.recv), lag - s.medianLagMs });
        }
    }
}

// Stamps the analysis relies on but that contradict themselves on one clock, or lie days apart.
void checkPlausibility(int backwards, Analysis *a)
{
    constexpr double kDayMs = 86400000.0;
    if (a->ttftMs && *a->ttftMs < 0) {
        a->diagnostics.append({ 0, Severity::Warning,
                                Text::tr("the first token was received %1 ms before submit, on the same clock: the "
                                         "client's stamps contradict each other")
                                    .arg(-*a->ttftMs, 0, 'f', 0) });
    } else if (a->ttftMs && *a->ttftMs > kDayMs) {
        a->diagnostics.append({ 0, Severity::Warning,
                                Text::tr("the time to first token is more than a day: the stamps are not of one run") });
    }
    for (const Segment &s : a->segments) {
        if (s.ms && std::abs(*s.ms) > kDayMs) {
            a->diagnostics.append({ 0, Severity::Warning,
                                    Text::tr("%1 spans more than a day: its stamps cannot be of one run").arg(s.name) });
        }
    }
    if (backwards > 0) {
        a->diagnostics.append({ 0, Severity::Info,
                                Text::tr("events stamped earlier than the event listed before them: %1; gaps between "
                                         "events are measured in the order listed")
                                    .arg(backwards) });
    }
}

} // namespace

QString figureStatusName(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Match:
        return QStringLiteral("match");
    case FigureStatus::Clamped:
        return QStringLiteral("clamped");
    case FigureStatus::Mismatch:
        return QStringLiteral("mismatch");
    case FigureStatus::NotReported:
        return QStringLiteral("not_reported");
    case FigureStatus::Unreadable:
        return QStringLiteral("unreadable");
    case FigureStatus::NotComputable:
        return QStringLiteral("not_computable");
    case FigureStatus::NotRecomputed:
        return QStringLiteral("not_recomputed");
    }
    return {};
}

QString segmentLabel(const QString &name)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("submit_to_request_dispatch"), QT_TRANSLATE_NOOP("LagLens::Analysis", "submit → request dispatch") },
        { QStringLiteral("model_proxy_ttft"), QT_TRANSLATE_NOOP("LagLens::Analysis", "model proxy time to first delta") },
        { QStringLiteral("server_buffer_flush_delay"), QT_TRANSLATE_NOOP("LagLens::Analysis", "chat service buffer flush") },
        { QStringLiteral("jobevents_pipeline_delay"), QT_TRANSLATE_NOOP("LagLens::Analysis", "platform event pipeline") },
        { QStringLiteral("event_envelope_to_client_receive"), QT_TRANSLATE_NOOP("LagLens::Analysis", "event delivery to client") },
        { QStringLiteral("submit_to_response_headers"), QT_TRANSLATE_NOOP("LagLens::Analysis", "submit → response headers") },
        { QStringLiteral("response_headers_to_first_token"), QT_TRANSLATE_NOOP("LagLens::Analysis", "response headers → first token") },
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : Text::tr(*it);
}

QList<Step> pairSteps(const Run &run)
{
    const QList<Event> &events = run.events;
    QList<Step> steps;
    // Pair each start with the next finish of the same step. A step is mostly finished
    // soon after it starts, so the open ones are searched newest first in a short list.
    struct OpenStep
    {
        QByteArrayView name;
        int step;
    };
    constexpr qsizetype kRecentOpenSteps = 32;
    QList<OpenStep> open;
    QHash<QByteArrayView, int> older;
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (e.step.isEmpty() || e.finished < 0)
            continue;
        const QByteArrayView name = run.bytes(e.step);
        if (e.finished == 0) {
            if (open.size() == kRecentOpenSteps) { // the oldest waits in the hash
                older.insert(open.first().name, open.first().step);
                open.removeFirst();
            }
            open.append({ name, int(steps.size()) });
            steps.append({ i, -1 });
            continue;
        }
        int stepIndex = -1;
        for (qsizetype k = open.size() - 1; k >= 0 && stepIndex < 0; --k) {
            if (open[k].name == name) {
                stepIndex = open[k].step;
                open.remove(k);
            }
        }
        if (const auto it = older.find(name); stepIndex < 0 && it != older.end()) {
            stepIndex = *it;
            older.erase(it);
        }
        if (stepIndex < 0) {
            steps.append({ -1, i });
            continue;
        }
        steps[stepIndex].finish = i;
    }

    return steps;
}

std::optional<double> Step::ms(const Run &run) const
{
    if (start < 0 || finish < 0 || !hasTime(run.events[start].stamp) || !hasTime(run.events[finish].stamp))
        return std::nullopt;
    return msBetween(run.events[start].stamp, run.events[finish].stamp);
}

Micros Analysis::place(Clock clock, Micros time, ClockView view) const
{
    if (!hasTime(time) || view == ClockView::Raw || clock == Clock::Client)
        return time;
    const ClockEstimate &c = clock == Clock::Platform ? platformClock : serviceClock;
    return time + qRound64(c.offsetMs * kMicrosPerMs);
}

double Analysis::sinceSubmitMs(Clock clock, Micros time, ClockView view) const
{
    if (!hasTime(time) || !hasTime(origin))
        return std::numeric_limits<double>::quiet_NaN();
    return msBetween(origin, place(clock, time, view));
}

double Analysis::eventLagMs(const Event &event, ClockView view) const
{
    if (!event.hasLag())
        return std::numeric_limits<double>::quiet_NaN();
    return msBetween(place(Clock::Platform, event.stamp, view), event.recv);
}

Analysis analyze(const Run &run)
{
    Analysis a;
    a.origin = run.milestone(MilestoneId::SubmittedAt);
    if (!hasTime(a.origin)) {
        // Without a submit the earliest client stamp is time zero, so the views still line up.
        for (const Event &e : run.events) {
            if (hasTime(e.recv) && (!hasTime(a.origin) || e.recv < a.origin))
                a.origin = e.recv;
        }
        for (const MilestoneInfo &info : milestoneTable()) {
            const Micros t = run.milestone(info.id);
            if (info.clock == Clock::Client && hasTime(t) && (!hasTime(a.origin) || t < a.origin))
                a.origin = t;
        }
    }

    EventScan scan = scanEvents(run, &a);
    if (run.format != LogFormat::Benchmark) {
        estimatePlatformClock(run, scan, &a);
        estimateServiceClock(run, &a);
        if (a.platformClock.inconsistent || a.serviceClock.inconsistent) {
            a.diagnostics.append({ 0, Severity::Warning,
                                   Text::tr("the stamps bound a clock offset from both sides and the bounds "
                                      "contradict each other; corrected views are approximate") });
        }
    }
    checkFigures(run, &a);
    splitTimeToFirstToken(run, &a);
    analyseLags(run, std::move(scan.lags), &a);
    checkPlausibility(scan.backwards, &a);
    a.marks = eventMarks(run, a);
#ifdef __GLIBC__
    // Reading and analysing a big run frees megabytes of parts and copies (the lags alone are
    // 8 MB for a million events) that glibc keeps for later; the window would hold them for as
    // long as it is open. Hand them back.
    if (run.events.size() > 100000)
        malloc_trim(0);
#endif
    qCDebug(lcAnalysis) << run.displayName << "ttft" << a.ttftMs.value_or(-1) << "stalls" << a.stalls.size()
                        << "bursts" << a.bursts.size();
    return a;
}

bool isAnswerChunk(const Run &run, const Event &event)
{
    if (run.format == LogFormat::Direct)
        return event.step.isEmpty(); // an SSE chunk
    return event.finished == 0 && event.tokenStep;
}

QList<EventMark> eventMarks(const Run &run, const Analysis &analysis)
{
    if (analysis.marks.size() == run.events.size())
        return analysis.marks;
    QList<EventMark> marks(run.events.size(), EventMark::Normal);
    for (const Burst &b : analysis.bursts) {
        for (int i = b.first; i <= b.last; ++i)
            marks[i] = EventMark::Burst;
    }
    for (const Stall &s : analysis.stalls)
        marks[s.next] = EventMark::AfterStall;
    return marks;
}

QString answerText(const Run &run)
{
    QString text;
    for (const Event &e : run.events) {
        if (isAnswerChunk(run, e))
            text += run.string(e.msg);
    }
    return text;
}

QList<Finding> findings(const Run &run, const Analysis &a, ClockView view)
{
    QList<Finding> out;
    if (run.benchmark && !run.benchmark->error.isEmpty())
        out.append({ Severity::Warning, Text::tr("This benchmark entry failed: %1").arg(run.benchmark->error) });
    const std::optional<Verdict> verdict = a.verdict(view);
    if (verdict && a.ttftMs) {
        out.append({ Severity::Info,
                     Text::tr("Bottleneck: %1, %2 ms of the %3 ms time to first token (%4%).")
                         .arg(segmentLabel(verdict->name))
                         .arg(verdict->ms, 0, 'f', 0)
                         .arg(*a.ttftMs, 0, 'f', 0)
                         .arg(verdict->share * 100.0, 0, 'f', 1) });
    } else if (a.ttftMs) {
        out.append({ Severity::Warning,
                     Text::tr("Time to first token %1 ms, but no segment of it can be measured.").arg(*a.ttftMs, 0, 'f', 0) });
    } else if (!run.benchmark) {
        out.append({ Severity::Warning, Text::tr("No time to first token: the log lacks the stamps it needs.") });
    } else if (run.benchmark->error.isEmpty()) {
        out.append({ Severity::Warning, Text::tr("No time to first token: the benchmark entry has none.") });
    }
    if (a.unattributedMs && std::abs(*a.unattributedMs) >= 1.0) {
        out.append({ Severity::Warning,
                     Text::tr("%1 ms of the time to first token cannot be attributed: a milestone on its path is missing.")
                         .arg(*a.unattributedMs, 0, 'f', 0) });
    }

    const ReportedBottleneck &reported = run.reportedBottleneck;
    if (reported.present && !reported.name.isEmpty()) {
        const bool agrees = verdict && verdict->name == reported.name;
        out.append({ agrees ? Severity::Info : Severity::Warning,
                     agrees ? Text::tr("The log's own guess agrees: %1 (%2 ms).")
                                  .arg(reported.name, reported.ms ? QString::number(*reported.ms) : Text::tr("n/a"))
                            : Text::tr("The log's own guess differs: %1 (%2 ms). It looks only at three backend "
                                 "figures of the first token.")
                                  .arg(reported.name, reported.ms ? QString::number(*reported.ms) : Text::tr("n/a")) });
    }

    // A stall and the burst that ends it are one story, told once with its three numbers: how long
    // the client heard nothing, how long the first event was held, and what is normal.
    const double reportedMs = reported.ms ? double(*reported.ms) : (verdict ? verdict->ms : INFINITY);
    QList<int> toldBursts;
    for (const Stall &stall : a.stalls) {
        const Event &next = run.events[stall.next];
        QString text = Text::tr("Mid-stream stall after event %1: nothing arrived for %2 ms; event %3 was held %4 ms "
                                "against a normal lag of %5 ms")
                           .arg(run.events[stall.after].index)
                           .arg(stall.gapMs, 0, 'f', 0)
                           .arg(next.index)
                           .arg(a.eventLagMs(next, ClockView::Raw), 0, 'f', 0)
                           .arg(a.stream.medianLagMs, 0, 'f', 0);
        for (int b = 0; b < a.bursts.size(); ++b) {
            if (a.bursts[b].first == stall.next) {
                text += Text::tr(", then events %1 to %2 arrived at once")
                            .arg(next.index)
                            .arg(run.events[a.bursts[b].last].index);
                toldBursts.append(b);
            }
        }
        const bool longer = stall.gapMs > reportedMs;
        if (longer)
            text += Text::tr(". The silence is longer than the reported bottleneck (%1 ms), which looks only at "
                             "the first token").arg(reportedMs, 0, 'f', 0);
        out.append({ longer ? Severity::Warning : Severity::Info, text + u'.' });
    }
    for (int b = 0; b < a.bursts.size(); ++b) {
        if (toldBursts.contains(b))
            continue;
        const Burst &burst = a.bursts[b];
        out.append({ Severity::Info,
                     Text::tr("Events %1 to %2 arrived together after the first was held %3 ms.")
                         .arg(run.events[burst.first].index)
                         .arg(run.events[burst.last].index)
                         .arg(burst.stallMs, 0, 'f', 0) });
    }

    for (const ClockEstimate *clock : { &a.platformClock, &a.serviceClock }) {
        if (clock->known && (clock->skewProven || clock->inconsistent))
            out.append({ Severity::Warning, clock->method });
    }
    for (const Diagnostic &d : a.diagnostics)
        out.append({ d.severity, d.message });
    return out;
}

} // namespace LagLens
