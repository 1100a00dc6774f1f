#pragma once

#include "model.h"

#include <QList>
#include <QString>

#include <optional>

namespace LagLens {

// Whether a view shows the stamps as logged or moved onto the client clock by the estimated
// clock offsets.
enum class ClockView : quint8 { Raw, Corrected };

// How a breakdown figure the log reports compares with the same difference recomputed from the
// log's own timestamps.
enum class FigureStatus : quint8 {
    Match, // within 1 ms (the writer rounds to whole milliseconds)
    Clamped, // reported 0 where the timestamps give a negative difference
    Mismatch, // differs by more than 1 ms
    NotReported, // the log says n/a
    Unreadable, // the log gives a value that is no usable number
    NotComputable, // a timestamp it needs is missing
    NotRecomputed, // LagLens does not know the figure's formula
};
QString figureStatusName(FigureStatus status); // stable, for JSON and CSV

struct FigureCheck
{
    QString name; // as the log writes it, e.g. "model_proxy_ttft_ms"
    QString source;
    int line = 0;
    std::optional<double> reported;
    std::optional<double> computedMs; // from the raw stamps, not clamped
    std::optional<double> correctedMs; // after clock correction
    FigureStatus status = FigureStatus::NotComputable;
    bool crossesClocks = false;
    std::optional<MilestoneId> from, to;
};

// One consecutive piece of the time to first token, attributed to the component it waits on.
struct Segment
{
    QString name; // stable id, e.g. "model_proxy_ttft"
    MilestoneId from;
    MilestoneId to;
    Lane lane;
    bool crossesClocks = false;
    std::optional<double> ms; // raw stamps
    std::optional<double> correctedMs;
    Micros start = kNoTime; // stamp of `from` (or its twin) on its own clock

    std::optional<double> value(ClockView view) const { return view == ClockView::Raw ? ms : correctedMs; }
};
QString segmentLabel(const QString &name); // translated, for people

struct Verdict
{
    QString name;
    double ms = 0;
    double share = 0; // of the time to first token, 0..1
};

// What the stamps say about one clock relative to the client's: `offset` is added to a stamp of
// that clock to place it on the client clock (so it is "client minus that clock"). Causality
// bounds it: an event cannot arrive before it was stamped, a service cannot dispatch a request
// before the client submitted it. The estimate is the value within the bounds closest to zero,
// the smallest correction the evidence demands.
struct ClockEstimate
{
    bool known = false; // false when no evidence bounds the offset at all
    double offsetMs = 0;
    std::optional<double> lowerMs;
    std::optional<double> upperMs;
    bool skewProven = false; // a bound excludes zero
    bool inconsistent = false; // the bounds contradict each other
    int evidence = 0; // how many stamp pairs bound it
    QString method; // translated sentence saying how it was found
};

// Two or more consecutive events received at the same instant: they were held and then
// delivered together. `stallMs` is how long the first of them was held (its lag).
struct Burst
{
    int first = 0; // positions in Run::events
    int last = 0;
    double stallMs = 0;
};

// A delivery gap well beyond the run's normal lag: the client heard nothing for `gapMs` after the
// event at `after`, and the next event arrived `excessMs` later than the median lag would have it.
struct Stall
{
    int after = 0; // position in Run::events
    int next = 0;
    double gapMs = 0;
    double excessMs = 0;
};

// A step's start (finished=false) and finish (finished=true) event, paired by step name. Two
// positions only: its name and length follow from the events, and a long log has many steps.
struct Step
{
    int start = -1; // positions in Run::events, -1 when not in the log
    int finish = -1;

    TextRef name(const Run &run) const { return run.events[start >= 0 ? start : finish].step; }
    // From start to finish, both on the platform clock; empty when either is missing.
    std::optional<double> ms(const Run &run) const;
};

struct StreamStats
{
    int lagCount = 0;
    double medianLagMs = 0;
    double p90LagMs = 0;
    double maxLagMs = 0;
    double minLagMs = 0;
    double stallThresholdMs = 0; // lag above which an event counts as held
    int tokenBatches = 0; // chat:tokens:N start events (SSE chunks in a direct run) in the log
    qint64 answerChars = 0; // Unicode code points
    bool answerPartial = false; // the list does not start at the first batch
    std::optional<double> charsPerSecond;
    std::optional<double> batchesPerSecond;
    std::optional<double> meanEmitGapMs; // between token batches, platform stamps
    std::optional<double> meanRecvGapMs; // between token batches, client receive
    std::optional<double> jitterMs; // mean |receive gap - emit gap|
    std::optional<double> maxEmitGapMs;
};

// How each event of a run stands out: delivered in a burst, or the first after a stall (which
// wins when both hold). Indexed like Run::events.
enum class EventMark : quint8 { Normal, Burst, AfterStall };

struct Analysis
{
    Micros origin = kNoTime; // submitted_at on the client clock: time zero of every view
    std::optional<double> ttftMs;
    QList<Segment> segments;
    std::optional<double> unattributedMs; // time to first token no known segment covers
    std::optional<Verdict> bottleneck; // raw stamps
    std::optional<Verdict> bottleneckCorrected;
    QList<FigureCheck> figures;
    ClockEstimate platformClock;
    ClockEstimate serviceClock;
    QList<Burst> bursts;
    QList<Stall> stalls;
    StreamStats stream;
    QList<Diagnostic> diagnostics; // clamped and mismatched figures, contradictory clocks
    QList<EventMark> marks; // one per event, shared by every view (see eventMarks)

    // Places a stamp of `clock` on the client clock when `view` asks for correction.
    Micros place(Clock clock, Micros time, ClockView view) const;
    // Milliseconds since submit of a stamp, for plotting; NaN when either is missing.
    double sinceSubmitMs(Clock clock, Micros time, ClockView view) const;
    std::optional<Verdict> verdict(ClockView view) const
    {
        return view == ClockView::Raw ? bottleneck : bottleneckCorrected;
    }
    double eventLagMs(const Event &event, ClockView view) const;
};

Analysis analyze(const Run &run);

// The steps of a run, in the order they start. Not kept in Analysis: a long stream has hundreds
// of thousands, and only the steps table and the summary ask for them.
QList<Step> pairSteps(const Run &run);

// Computed once by analyze(); the list is implicitly shared, so views holding it cost nothing.
QList<EventMark> eventMarks(const Run &run, const Analysis &analysis);

// Whether an event carries a piece of the answer: a token batch's start event, or a direct run's
// SSE chunk.
bool isAnswerChunk(const Run &run, const Event &event);

// The streamed answer: the messages of the answer's chunks, in order.
QString answerText(const Run &run);

// A plain, translated sentence per finding, most important first: the verdict, what the log's
// own guess says, stalls longer than the bottleneck, clock skew, clamped figures.
struct Finding
{
    Severity severity = Severity::Info;
    QString text;
};
QList<Finding> findings(const Run &run, const Analysis &analysis, ClockView view);

} // namespace LagLens
