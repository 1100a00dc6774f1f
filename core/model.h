#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QList>
#include <QSharedPointer>
#include <QString>

#include <array>
#include <optional>

namespace LagLens {

// The three unsynchronised clocks a log mixes.
enum class Clock : quint8 { Client, Platform, Service };

// The components a timeline draws as lanes, top to bottom.
enum class Lane : quint8 { Client, Platform, ChatService, ModelProxy };
inline constexpr int kLaneCount = 4;

// A set of lanes, such as those a view shows collapsed.
struct LaneSet
{
    quint8 bits = 0;
    bool contains(Lane lane) const { return bits & (1u << int(lane)); }
    void set(Lane lane, bool on) { bits = on ? bits | (1u << int(lane)) : bits & ~(1u << int(lane)); }
    bool isEmpty() const { return bits == 0; }
};

enum class LogFormat : quint8 {
    Ivcap, // "# IVCAP Chat Latency Diagnostic Log"
    Direct, // "# Direct LiteLLM Latency Diagnostic Log"
    Benchmark, // one entry of a TTFT benchmark JSON file
};

enum class MilestoneId : quint8 {
    SubmittedAt,
    JobCreatedAt,
    EventsSubscribeStartedAt,
    EventsConnectedAt,
    FirstEventAt,
    ExecutingAt,
    FirstTokenClientReceivedAt,
    FinishedAt,
    FirstTokenServerEventAt,
    RequestDispatchAt,
    UpstreamAcceptedAt,
    FirstUpstreamDeltaAt,
    FirstBatchEmitAt,
    FirstTokenServerEmitAt,
    ResponseHeadersAt, // direct runs
    FirstTokenAt, // direct runs
};
inline constexpr int kMilestoneCount = 16;

struct MilestoneInfo
{
    MilestoneId id;
    const char *key; // as written in the log
    const char *label; // short label for timelines, marked for translation
    Lane lane;
    Clock clock;
    bool polled; // observed by status polling, so late by up to one poll interval
};

// Static facts about every milestone, indexed by MilestoneId.
const std::array<MilestoneInfo, kMilestoneCount> &milestoneTable();
const MilestoneInfo &milestoneInfo(MilestoneId id);
std::optional<MilestoneId> milestoneByKey(QByteArrayView key);
QString milestoneLabel(MilestoneId id); // translated
QString laneName(Lane lane); // translated
QString clockName(Clock clock); // translated

// How the client's status poll spaces its observations (FORMAT.md: about every 750 ms).
inline constexpr Micros kPollIntervalMicros = 750 * 1000;

// A byte range of Run::text. Message text is kept as a view into the file's bytes and decoded
// on demand, so a log of a million events costs little more than its size.
struct TextRef
{
    quint32 offset = 0;
    quint32 length = 0;
    bool isEmpty() const { return length == 0; }
};

enum class Severity : quint8 { Info, Warning, Error };

// Something the parser or the analysis wants the user to know, tied to a line of the file when
// there is one (line 0 means the file as a whole).
struct Diagnostic
{
    int line = 0;
    Severity severity = Severity::Warning;
    QString message;
};
QString severityName(Severity severity); // "info", "warning", "error": stable, not translated

enum class MilestoneOrigin : quint8 { Absent, Line, MarkerEvent, Benchmark };

struct MilestoneValue
{
    Micros time = kNoTime;
    int line = 0; // where the value came from
    MilestoneOrigin origin = MilestoneOrigin::Absent;
    bool isSet() const { return hasTime(time); }
};

struct BreakdownEntry
{
    QString name; // as written, with its "_ms" suffix
    std::optional<qint64> reportedMs; // empty for n/a
    std::optional<double> decimal; // for decimal figures such as tokens_per_second
    QString source; // client, mixed, backend_marker, or empty
    int line = 0;
    bool unreadable = false; // a value was given but is no number LagLens can use
};

struct ReportedBottleneck
{
    bool present = false;
    QString name;
    QString note;
    std::optional<qint64> ms;
    int line = 0;
};

// One line of "Recent Events" (or, in direct runs, of "Recent SSE Chunks"). Kept to 48 bytes:
// a log can hold a million of them.
struct Event
{
    static constexpr quint32 kNoSeq = 0xFFFFFFFF;

    Micros stamp = kNoTime; // the platform's stamp, in brackets; absent for SSE chunks
    Micros recv = kNoTime; // the client's receive stamp
    TextRef step;
    TextRef msg;
    qint32 index = 0; // the number the log gives the event
    qint32 line = 0;
    quint32 seq = kNoSeq; // the platform's sequence number, when given and below kNoSeq
    qint8 finished = -1; // -1 unknown, 0 start of a step, 1 finish of a step
    // Its receipt is hours from its stamp while the run's other events take milliseconds: one of
    // the two stamps is wrong, so neither says anything about lag or clocks (the parser says so
    // on its line).
    bool lagImplausible = false;
    // Facts the parser notes while the line is at hand, so that the analysis of a million events
    // need not read their text again: the step names a token batch ("chat:tokens:N"), and the
    // message is plain ASCII (so its length in bytes is its length in characters).
    bool tokenStep = false;
    bool asciiMessage = false;

    bool hasLag() const { return hasTime(stamp) && hasTime(recv) && !lagImplausible; }
    Micros lag() const { return recv - stamp; }
    bool hasSeq() const { return seq != kNoSeq; }
};
static_assert(sizeof(Event) == 48);

// Rare per-event extras live beside the events so that Event stays small.
struct EventExtra
{
    int eventIndex = 0; // position in Run::events
    TextRef meta; // the JSON object after " meta=", or empty
    TextRef unknownFields; // fields the parser did not know, kept verbatim
};

// A key, section or line the parser kept without understanding it.
struct ExtraField
{
    QString section;
    QString key; // empty for a line that is not key=value
    QString value;
    int line = 0;
};

// Figures of a benchmark entry, which has no timestamps.
struct BenchmarkFigures
{
    QString group; // "direct" or "ivcap"
    int entry = 0; // position in its group
    std::optional<double> submitToFirstTokenMs, submitToCompleteMs, submitToJobCreatedMs,
        submitToFirstEventMs, submitToEventsConnectedMs, tokenCount, tokensPerSecond,
        modelProxyTtftMs, serverBufferFlushDelayMs;
    QString error;
};

// Everything one log says about one chat run. Immutable once loaded; shared as RunPtr.
struct Run
{
    QString filePath;
    QString displayName; // file name, with the position when the file holds several runs
    int positionInFile = 1;
    LogFormat format = LogFormat::Ivcap;
    QString title;
    int firstLine = 0;
    int lastLine = 0;

    QByteArray text; // the file's bytes; TextRefs point into it

    QString status;
    QString jobId;
    QString eventsConnectionStatus;
    QString mode;
    std::optional<qint64> tokenEvents;
    std::optional<qint64> tokenCount;

    std::array<MilestoneValue, kMilestoneCount> milestones;
    QList<BreakdownEntry> breakdown;
    ReportedBottleneck reportedBottleneck;
    QString eventsSectionTitle;
    QList<Event> events;
    QList<EventExtra> eventExtras;
    QList<ExtraField> extraFields;
    std::optional<BenchmarkFigures> benchmark;
    QList<Diagnostic> diagnostics;

    Micros milestone(MilestoneId id) const { return milestones[static_cast<int>(id)].time; }
    const BreakdownEntry *findBreakdown(QStringView name) const;

    QByteArrayView bytes(TextRef ref) const { return QByteArrayView(text).sliced(ref.offset, ref.length); }
    QString string(TextRef ref) const { return QString::fromUtf8(bytes(ref)); }
    const EventExtra *extraFor(int eventIndex) const;
};

using RunPtr = QSharedPointer<const Run>;

// Whether `run` saw milestone `id` by status polling, so that it happened up to one poll interval
// before its stamp.
bool isPolled(const Run &run, MilestoneId id);

} // namespace LagLens
