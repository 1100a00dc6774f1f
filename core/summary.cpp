#include "summary.h"

#include "comparison.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LagLens {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue timeOrNull(Micros time)
{
    return hasTime(time) ? QJsonValue(formatUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue keyOf(MilestoneId id)
{
    return QString::fromLatin1(milestoneInfo(id).key);
}

QJsonValue verdictJson(const std::optional<Verdict> &verdict)
{
    if (!verdict)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("name"), verdict->name },
                         { QStringLiteral("ms"), verdict->ms },
                         { QStringLiteral("share"), verdict->share } };
}

QJsonObject clockJson(const ClockEstimate &clock)
{
    return QJsonObject {
        { QStringLiteral("offset_ms"), clock.known ? QJsonValue(clock.offsetMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("lower_bound_ms"), orNull(clock.lowerMs) },
        { QStringLiteral("upper_bound_ms"), orNull(clock.upperMs) },
        { QStringLiteral("skew_proven"), clock.skewProven },
        { QStringLiteral("inconsistent"), clock.inconsistent },
        { QStringLiteral("method"), clock.method },
    };
}

// One event as the summary gives it; `extra` is its entry in Run::eventExtras, if any.
QJsonObject eventJson(const Run &run, const Analysis &a, const Event &e, const EventExtra *extra)
{
    QJsonObject o {
        { QStringLiteral("index"), e.index },
        { QStringLiteral("line"), e.line },
        { QStringLiteral("step"), e.step.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.string(e.step)) },
        { QStringLiteral("finished"), e.finished < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.finished == 1) },
        { QStringLiteral("seq"), e.hasSeq() ? QJsonValue(qint64(e.seq)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("emit"), timeOrNull(e.stamp) },
        { QStringLiteral("recv"), timeOrNull(e.recv) },
        { QStringLiteral("lag_ms"), e.hasLag() ? QJsonValue(a.eventLagMs(e, ClockView::Raw)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("msg"), run.string(e.msg) },
    };
    if (extra && !extra->meta.isEmpty())
        o.insert(QStringLiteral("meta"), QJsonDocument::fromJson(run.bytes(extra->meta).toByteArray()).object());
    if (extra && !extra->unknownFields.isEmpty())
        o.insert(QStringLiteral("unknown_fields"), run.string(extra->unknownFields));
    return o;
}

// Calls `each` with the summary of every event, in order.
template<typename Each>
void forEachEventJson(const Run &run, const Analysis &a, Each each)
{
    qsizetype nextExtra = 0; // extras are in event order
    for (qsizetype i = 0; i < run.events.size(); ++i) {
        while (nextExtra < run.eventExtras.size() && run.eventExtras[nextExtra].eventIndex < i)
            ++nextExtra;
        const bool hasExtra = nextExtra < run.eventExtras.size() && run.eventExtras[nextExtra].eventIndex == i;
        each(eventJson(run, a, run.events[i], hasExtra ? &run.eventExtras[nextExtra] : nullptr));
    }
}

// Calls `each` with the summary of every paired step, in order.
template<typename Each>
void forEachStepJson(const Run &run, Each each)
{
    for (const Step &s : pairSteps(run)) {
        each(QJsonObject {
            { QStringLiteral("step"), run.string(s.name(run)) },
            { QStringLiteral("start"), s.start >= 0 ? timeOrNull(run.events[s.start].stamp) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("finish"), s.finish >= 0 ? timeOrNull(run.events[s.finish].stamp) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("ms"), orNull(s.ms(run)) } });
    }
}

QJsonObject streamJson(const StreamStats &s)
{
    return QJsonObject {
        { QStringLiteral("lag_count"), s.lagCount },
        { QStringLiteral("median_lag_ms"), s.lagCount ? QJsonValue(s.medianLagMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("p90_lag_ms"), s.lagCount ? QJsonValue(s.p90LagMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("max_lag_ms"), s.lagCount ? QJsonValue(s.maxLagMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("min_lag_ms"), s.lagCount ? QJsonValue(s.minLagMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("stall_threshold_ms"), s.lagCount ? QJsonValue(s.stallThresholdMs) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("token_batches"), s.tokenBatches },
        { QStringLiteral("chars_per_second"), orNull(s.charsPerSecond) },
        { QStringLiteral("batches_per_second"), orNull(s.batchesPerSecond) },
        { QStringLiteral("mean_emit_gap_ms"), orNull(s.meanEmitGapMs) },
        { QStringLiteral("mean_recv_gap_ms"), orNull(s.meanRecvGapMs) },
        { QStringLiteral("max_emit_gap_ms"), orNull(s.maxEmitGapMs) },
        { QStringLiteral("jitter_ms"), orNull(s.jitterMs) },
    };
}

} // namespace

QString formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Ivcap:
        return QStringLiteral("ivcap");
    case LogFormat::Direct:
        return QStringLiteral("direct");
    case LogFormat::Benchmark:
        return QStringLiteral("benchmark");
    }
    return {};
}

namespace {

// The summary of a run without its two lists that grow with the log, events and steps.
QJsonObject summaryWithoutLists(const Run &run, const Analysis &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), run.filePath);
    o.insert(QStringLiteral("name"), run.displayName);
    o.insert(QStringLiteral("position"), run.positionInFile);
    o.insert(QStringLiteral("first_line"), run.firstLine);
    o.insert(QStringLiteral("format"), formatName(run.format));
    o.insert(QStringLiteral("status"), orNull(run.status));
    o.insert(QStringLiteral("job_id"), orNull(run.jobId));
    o.insert(QStringLiteral("events_connection_status"), orNull(run.eventsConnectionStatus));
    o.insert(QStringLiteral("token_events"), orNull(run.tokenEvents));
    o.insert(QStringLiteral("token_count"), orNull(run.tokenCount));
    o.insert(QStringLiteral("ttft_ms"), orNull(a.ttftMs));

    QJsonObject milestones;
    for (const MilestoneInfo &info : milestoneTable()) {
        const MilestoneValue &m = run.milestones[static_cast<int>(info.id)];
        if (m.origin != MilestoneOrigin::Absent || run.format == LogFormat::Ivcap)
            milestones.insert(QString::fromLatin1(info.key), timeOrNull(m.time));
    }
    if (run.format != LogFormat::Benchmark)
        o.insert(QStringLiteral("milestones"), milestones);

    QJsonArray segments;
    for (const Segment &s : a.segments) {
        segments.append(QJsonObject { { QStringLiteral("name"), s.name },
                                      { QStringLiteral("from"), keyOf(s.from) },
                                      { QStringLiteral("to"), keyOf(s.to) },
                                      { QStringLiteral("ms"), orNull(s.ms) },
                                      { QStringLiteral("corrected_ms"), orNull(s.correctedMs) },
                                      { QStringLiteral("crosses_clocks"), s.crossesClocks } });
    }
    o.insert(QStringLiteral("segments"), segments);
    o.insert(QStringLiteral("unattributed_ms"), orNull(a.unattributedMs));
    o.insert(QStringLiteral("bottleneck"), verdictJson(a.bottleneck));
    o.insert(QStringLiteral("bottleneck_corrected"), verdictJson(a.bottleneckCorrected));

    const ReportedBottleneck &rb = run.reportedBottleneck;
    o.insert(QStringLiteral("reported_bottleneck"),
             rb.present ? QJsonValue(QJsonObject { { QStringLiteral("name"), orNull(rb.name) },
                                                   { QStringLiteral("ms"), orNull(rb.ms) },
                                                   { QStringLiteral("note"), orNull(rb.note) } })
                        : QJsonValue(QJsonValue::Null));

    QJsonArray breakdown;
    for (const FigureCheck &f : a.figures) {
        breakdown.append(QJsonObject { { QStringLiteral("name"), f.name },
                                       { QStringLiteral("reported"), orNull(f.reported) },
                                       { QStringLiteral("computed"), orNull(f.computedMs) },
                                       { QStringLiteral("corrected"), orNull(f.correctedMs) },
                                       { QStringLiteral("source"), orNull(f.source) },
                                       { QStringLiteral("status"), figureStatusName(f.status) },
                                       { QStringLiteral("crosses_clocks"), f.crossesClocks },
                                       { QStringLiteral("line"), f.line } });
    }
    o.insert(QStringLiteral("breakdown"), breakdown);

    const ClockEstimate &platform = a.platformClock;
    o.insert(QStringLiteral("clock_offset_ms"), platform.known ? QJsonValue(platform.offsetMs) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("clock_offset_bound_ms"), orNull(platform.upperMs));
    o.insert(QStringLiteral("clocks"), QJsonObject { { QStringLiteral("platform"), clockJson(platform) },
                                                     { QStringLiteral("service"), clockJson(a.serviceClock) } });

    QJsonArray bursts;
    for (const Burst &b : a.bursts) {
        bursts.append(QJsonObject { { QStringLiteral("first_index"), run.events[b.first].index },
                                    { QStringLiteral("last_index"), run.events[b.last].index },
                                    { QStringLiteral("stall_ms"), b.stallMs } });
    }
    o.insert(QStringLiteral("bursts"), bursts);
    QJsonArray stalls;
    for (const Stall &s : a.stalls) {
        stalls.append(QJsonObject { { QStringLiteral("after_index"), run.events[s.after].index },
                                    { QStringLiteral("next_index"), run.events[s.next].index },
                                    { QStringLiteral("gap_ms"), s.gapMs },
                                    { QStringLiteral("excess_ms"), s.excessMs } });
    }
    o.insert(QStringLiteral("stalls"), stalls);
    o.insert(QStringLiteral("answer_chars"), a.stream.answerChars);
    o.insert(QStringLiteral("answer_partial"), a.stream.answerPartial);
    o.insert(QStringLiteral("stream"), streamJson(a.stream));

    if (run.benchmark) {
        const BenchmarkFigures &b = *run.benchmark;
        o.insert(QStringLiteral("benchmark"),
                 QJsonObject { { QStringLiteral("group"), b.group },
                               { QStringLiteral("entry"), b.entry },
                               { QStringLiteral("submit_to_complete_ms"), orNull(b.submitToCompleteMs) },
                               { QStringLiteral("submit_to_job_created_ms"), orNull(b.submitToJobCreatedMs) },
                               { QStringLiteral("submit_to_first_event_ms"), orNull(b.submitToFirstEventMs) },
                               { QStringLiteral("submit_to_events_connected_ms"), orNull(b.submitToEventsConnectedMs) },
                               { QStringLiteral("tokens_per_second"), orNull(b.tokensPerSecond) },
                               { QStringLiteral("error"), orNull(b.error) } });
    }

    QJsonArray extras;
    for (const ExtraField &f : run.extraFields) {
        extras.append(QJsonObject { { QStringLiteral("section"), f.section },
                                    { QStringLiteral("key"), f.key },
                                    { QStringLiteral("value"), f.value },
                                    { QStringLiteral("line"), f.line } });
    }
    o.insert(QStringLiteral("extra_fields"), extras);

    QJsonArray diagnostics;
    for (const QList<Diagnostic> *list : { &run.diagnostics, &a.diagnostics }) {
        for (const Diagnostic &d : *list) {
            diagnostics.append(QJsonObject { { QStringLiteral("line"), d.line },
                                             { QStringLiteral("severity"), severityName(d.severity) },
                                             { QStringLiteral("message"), d.message } });
        }
    }
    o.insert(QStringLiteral("diagnostics"), diagnostics);
    return o;
}

QJsonValue overheadJson(const std::optional<PlatformOverhead> &overhead)
{
    if (!overhead)
        return QJsonValue::Null;
    QJsonArray parts;
    for (const OverheadPart &part : overhead->parts) {
        parts.append(QJsonObject { { QStringLiteral("name"), part.name },
                                   { QStringLiteral("platform_ms"), orNull(part.platformMs) },
                                   { QStringLiteral("direct_ms"), part.directMs },
                                   { QStringLiteral("overhead_ms"), orNull(part.overheadMs) } });
    }
    return QJsonObject { { QStringLiteral("platform_run"), overhead->platformRun },
                         { QStringLiteral("direct_run"), overhead->directRun },
                         { QStringLiteral("platform_ttft_ms"), overhead->platformTtftMs },
                         { QStringLiteral("direct_ttft_ms"), overhead->directTtftMs },
                         { QStringLiteral("overhead_ms"), overhead->overheadMs },
                         { QStringLiteral("segments"), parts } };
}

// A value the writer streams in place of the one it stands for. Only matched as a whole line
// at the indentation of a run's own keys, where no text from a log can stand.
constexpr QByteArrayView kStreamedEvents("\"events\": \"@laglens-streamed@\"");
constexpr QByteArrayView kStreamedSteps("\"steps\": \"@laglens-streamed@\"");
constexpr QByteArrayView kStreamedRuns("\"runs\": \"@laglens-streamed@\"");

// A line of an object's indented JSON at its own keys' depth, without the indent, the comma and
// the line end; empty for any other line.
QByteArrayView keyLine(QByteArrayView line)
{
    if (!line.startsWith("    ") || line.size() < 6 || line[4] == ' ')
        return {};
    const QByteArrayView body = line.sliced(4);
    return body.chopped(body.endsWith(",\n") ? 2 : (body.endsWith('\n') ? 1 : 0));
}

// Writes `lines` (indented JSON) with `indent` before each line.
void writeIndented(QByteArrayView lines, QByteArrayView indent, const std::function<void(QByteArrayView)> &write)
{
    while (!lines.isEmpty()) {
        const qsizetype end = lines.indexOf('\n');
        const QByteArrayView line = end < 0 ? lines : lines.first(end + 1);
        write(indent);
        write(line);
        lines = lines.sliced(line.size());
    }
}

// Writes `[`, the items `forEach` gives, one compact object a line, and `]`.
template<typename ForEach>
void writeList(QByteArrayView indent, const std::function<void(QByteArrayView)> &write, ForEach forEach)
{
    write("[");
    bool first = true;
    forEach([&](const QJsonObject &item) {
        write(first ? QByteArrayView("\n") : QByteArrayView(",\n"));
        write(indent);
        write("    ");
        write(QJsonDocument(item).toJson(QJsonDocument::Compact));
        first = false;
    });
    if (!first) {
        write("\n");
        write(indent);
    }
    write("]");
}

// Writes one run's summary indented by `indent`, its events and steps one at a time, without a
// line end after its closing brace.
void writeRun(const Run &run, const Analysis &a, QByteArrayView indent,
              const std::function<void(QByteArrayView)> &write)
{
    QJsonObject o = summaryWithoutLists(run, a);
    o.insert(QStringLiteral("events"), QLatin1String("@laglens-streamed@"));
    o.insert(QStringLiteral("steps"), QLatin1String("@laglens-streamed@"));
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const QByteArray keyIndent = indent.toByteArray() + "    ";
    QByteArrayView rest(text);
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = end < 0 ? rest : rest.first(end + 1);
        rest = rest.sliced(line.size());
        const QByteArrayView body = keyLine(line);
        const bool streamed = body == kStreamedEvents || body == kStreamedSteps;
        if (!streamed) {
            // The closing brace ends without a line end: what follows the run decides it.
            writeIndented(rest.isEmpty() && line.endsWith('\n') ? line.chopped(1) : line, indent, write);
            continue;
        }
        write(keyIndent);
        write(body.first(body.indexOf(':') + 2)); // the key
        if (body == kStreamedEvents)
            writeList(keyIndent, write, [&](auto each) { forEachEventJson(run, a, each); });
        else
            writeList(keyIndent, write, [&](auto each) { forEachStepJson(run, each); });
        write(line.endsWith(",\n") ? QByteArrayView(",\n") : QByteArrayView("\n"));
    }
}

} // namespace

QJsonObject runSummary(const Run &run, const Analysis &a)
{
    QJsonObject o = summaryWithoutLists(run, a);
    QJsonArray events, steps;
    forEachEventJson(run, a, [&](const QJsonObject &event) { events.append(event); });
    forEachStepJson(run, [&](const QJsonObject &step) { steps.append(step); });
    o.insert(QStringLiteral("events"), events);
    o.insert(QStringLiteral("steps"), steps);
    return o;
}

void writeSummaryJson(const QList<LoadedFile> &files, const std::function<void(QByteArrayView)> &write)
{
    QJsonArray errors;
    QList<AnalysedRun> analysed;
    for (const LoadedFile &file : files) {
        if (!file.error.isEmpty()) {
            errors.append(QJsonObject { { QStringLiteral("source"), file.path },
                                        { QStringLiteral("error"), file.error } });
        }
        analysed += file.runs;
    }
    const QJsonObject root { { QStringLiteral("runs"), QLatin1String("@laglens-streamed@") },
                             { QStringLiteral("errors"), errors },
                             { QStringLiteral("platform_overhead"),
                               overheadJson(firstPlatformOverhead(analysed, ClockView::Raw)) } };
    const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QByteArrayView rest(text);
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = end < 0 ? rest : rest.first(end + 1);
        rest = rest.sliced(line.size());
        const bool runsLine = keyLine(line) == kStreamedRuns;
        if (!runsLine) {
            write(line);
            continue;
        }
        write("    \"runs\": [");
        for (qsizetype i = 0; i < analysed.size(); ++i) {
            write(i == 0 ? QByteArrayView("\n") : QByteArrayView(",\n"));
            writeRun(*analysed[i].run, *analysed[i].analysis, "        ", write);
        }
        if (!analysed.isEmpty())
            write("\n    ");
        write(line.endsWith(",\n") ? QByteArrayView("],\n") : QByteArrayView("]\n"));
    }
}

QByteArray summaryJson(const QList<LoadedFile> &files)
{
    QByteArray json;
    writeSummaryJson(files, [&json](QByteArrayView piece) { json += piece; });
    return json;
}

} // namespace LagLens
