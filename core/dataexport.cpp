#include "dataexport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace LagLens {

namespace {

QString secondsField(double ms)
{
    return std::isnan(ms) ? QString() : QString::number(ms / 1000.0, 'f', 6);
}

// Where a milestone, segment or event sits on a run's time axis, in microseconds since submit.
double sinceSubmitUs(const Analysis &a, Clock clock, Micros time, ClockView view)
{
    return a.sinceSubmitMs(clock, time, view) * 1000.0;
}

QJsonObject metadata(const char *name, int pid, int tid, const QString &value)
{
    return QJsonObject { { QStringLiteral("ph"), QStringLiteral("M") },
                         { QStringLiteral("name"), QLatin1String(name) },
                         { QStringLiteral("pid"), pid },
                         { QStringLiteral("tid"), tid },
                         { QStringLiteral("args"), QJsonObject { { QStringLiteral("name"), value } } } };
}

int laneTrack(Lane lane)
{
    return int(lane) + 1;
}

// Hex of the first `bytes` bytes of a hash of `seed`: stable ids for OTLP.
QString hexId(const QByteArray &seed, int bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).first(bytes).toHex());
}

QJsonObject attribute(const QString &key, const QJsonValue &value)
{
    QJsonObject typed;
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (v == std::floor(v) && std::abs(v) < 9.0e15)
            typed.insert(QStringLiteral("intValue"), QString::number(qint64(v))); // OTLP/JSON: int64 as string
        else
            typed.insert(QStringLiteral("doubleValue"), v);
    } else if (value.isBool()) {
        typed.insert(QStringLiteral("boolValue"), value.toBool());
    } else {
        typed.insert(QStringLiteral("stringValue"), value.toString());
    }
    return QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("value"), typed } };
}

// OTLP times are unsigned nanoseconds since 1970 in 64 bits: 1970 to 2554 would fit, but a
// signed reader stops at 2262, so LagLens writes only times in that range.
bool nanosRepresentable(Micros time)
{
    return hasTime(time) && time >= 0 && time <= std::numeric_limits<qint64>::max() / 1000;
}

QString nanos(Micros time)
{
    Q_ASSERT(nanosRepresentable(time));
    return QString::number(time * 1000);
}

} // namespace

bool openAtomically(QSaveFile *file, QString *error)
{
    const QFileInfo target(file->fileName());
    if (target.exists() && !target.isFile()) {
        *error = QCoreApplication::translate("LagLens::DataExport", "%1 is not a regular file; LagLens writes only "
                                                                   "regular files").arg(file->fileName());
        return false;
    }
    if (!file->open(QIODevice::WriteOnly)) {
        *error = file->errorString();
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!openAtomically(&file, error))
        return false;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString csvText(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

QByteArray eventsCsv(const QList<AnalysedRun> &runs, ClockView view)
{
    QByteArray out = "run,index,line,step,finished,seq,stamp_utc,recv_utc,stamp_s,recv_s,lag_ms,msg\r\n";
    for (const AnalysedRun &r : runs) {
    const Run &run = *r.run;
    const Analysis &a = *r.analysis;
    const QString name = csvText(run.displayName);
    for (const Event &e : run.events) {
        const double lag = a.eventLagMs(e, view);
        const QStringList fields {
            name,
            QString::number(e.index),
            QString::number(e.line),
            csvText(run.string(e.step)),
            e.finished < 0 ? QString() : (e.finished ? QStringLiteral("true") : QStringLiteral("false")),
            e.hasSeq() ? QString::number(e.seq) : QString(),
            hasTime(e.stamp) ? formatUtc(a.place(Clock::Platform, e.stamp, view)) : QString(),
            hasTime(e.recv) ? formatUtc(e.recv) : QString(),
            secondsField(a.sinceSubmitMs(Clock::Platform, e.stamp, view)),
            secondsField(a.sinceSubmitMs(Clock::Client, e.recv, view)),
            std::isnan(lag) ? QString() : QString::number(lag, 'f', 3),
            csvText(run.string(e.msg)),
        };
        out += fields.join(u',').toUtf8() + "\r\n";
    }
    }
    return out;
}

namespace {

// The trace's events written out one by one: a million events held as a QJsonArray and then
// as its document took over thirty times the log's size in memory.
class TraceEvents
{
public:
    void append(const QJsonObject &event)
    {
        m_json += m_json.isEmpty() ? QByteArrayView("{\"traceEvents\":[") : QByteArrayView(",");
        m_json += QJsonDocument(event).toJson(QJsonDocument::Compact);
    }
    // The whole document: the events, then the members of `rest`.
    QByteArray finish(const QJsonObject &rest)
    {
        if (m_json.isEmpty())
            m_json = "{\"traceEvents\":[";
        m_json += "],";
        m_json += QJsonDocument(rest).toJson(QJsonDocument::Compact).sliced(1); // without its '{'
        return std::move(m_json);
    }

private:
    QByteArray m_json;
};

} // namespace

QByteArray chromeTrace(const QList<AnalysedRun> &runs, ClockView view)
{
    TraceEvents events;
    int flow = 0;
    for (int r = 0; r < runs.size(); ++r) {
        const Run &run = *runs[r].run;
        const Analysis &a = *runs[r].analysis;
        const int pid = r + 1;
        events.append(metadata("process_name", pid, 0, run.displayName));
        for (Lane lane : { Lane::Client, Lane::Platform, Lane::ChatService, Lane::ModelProxy })
            events.append(metadata("thread_name", pid, laneTrack(lane), laneName(lane)));

        for (const MilestoneInfo &info : milestoneTable()) {
            const Micros t = run.milestone(info.id);
            if (!hasTime(t))
                continue;
            events.append(QJsonObject { { QStringLiteral("ph"), QStringLiteral("i") },
                                        { QStringLiteral("s"), QStringLiteral("t") },
                                        { QStringLiteral("name"), milestoneLabel(info.id) },
                                        { QStringLiteral("cat"), QStringLiteral("milestone") },
                                        { QStringLiteral("pid"), pid },
                                        { QStringLiteral("tid"), laneTrack(info.lane) },
                                        { QStringLiteral("ts"), sinceSubmitUs(a, info.clock, t, view) },
                                        { QStringLiteral("args"),
                                          QJsonObject { { QStringLiteral("key"), QLatin1String(info.key) },
                                                        { QStringLiteral("utc"), formatUtc(t) },
                                                        { QStringLiteral("clock"), clockName(info.clock) } } } });
        }
        for (const Segment &s : a.segments) {
            const std::optional<double> ms = s.value(view);
            if (!ms || !hasTime(s.start))
                continue;
            events.append(QJsonObject { { QStringLiteral("ph"), QStringLiteral("X") },
                                        { QStringLiteral("name"), segmentLabel(s.name) },
                                        { QStringLiteral("cat"), QStringLiteral("segment") },
                                        { QStringLiteral("pid"), pid },
                                        { QStringLiteral("tid"), laneTrack(s.lane) },
                                        { QStringLiteral("ts"), sinceSubmitUs(a, milestoneInfo(s.from).clock, s.start, view) },
                                        { QStringLiteral("dur"), *ms * 1000.0 },
                                        { QStringLiteral("args"), QJsonObject { { QStringLiteral("segment"), s.name },
                                                                                { QStringLiteral("ms"), *ms } } } });
        }
        for (const Step &step : pairSteps(run)) {
            const std::optional<double> ms = step.ms(run);
            if (!ms)
                continue;
            events.append(QJsonObject { { QStringLiteral("ph"), QStringLiteral("X") },
                                        { QStringLiteral("name"), run.string(step.name(run)) },
                                        { QStringLiteral("cat"), QStringLiteral("step") },
                                        { QStringLiteral("pid"), pid },
                                        { QStringLiteral("tid"), laneTrack(Lane::Platform) },
                                        { QStringLiteral("ts"), sinceSubmitUs(a, Clock::Platform, run.events[step.start].stamp, view) },
                                        { QStringLiteral("dur"), *ms * 1000.0 } });
        }
        for (const Event &e : run.events) {
            const QString name = run.string(e.step);
            const QJsonObject args { { QStringLiteral("index"), e.index },
                                     { QStringLiteral("lag_ms"), e.hasLag() ? QJsonValue(a.eventLagMs(e, view)) : QJsonValue() } };
            if (hasTime(e.stamp)) {
                events.append(QJsonObject { { QStringLiteral("ph"), QStringLiteral("i") }, { QStringLiteral("s"), QStringLiteral("t") },
                                            { QStringLiteral("name"), name }, { QStringLiteral("cat"), QStringLiteral("event stamp") },
                                            { QStringLiteral("pid"), pid }, { QStringLiteral("tid"), laneTrack(Lane::Platform) },
                                            { QStringLiteral("ts"), sinceSubmitUs(a, Clock::Platform, e.stamp, view) },
                                            { QStringLiteral("args"), args } });
            }
            if (hasTime(e.recv)) {
                events.append(QJsonObject { { QStringLiteral("ph"), QStringLiteral("i") }, { QStringLiteral("s"), QStringLiteral("t") },
                                            { QStringLiteral("name"), name }, { QStringLiteral("cat"), QStringLiteral("event receipt") },
                                            { QStringLiteral("pid"), pid }, { QStringLiteral("tid"), laneTrack(Lane::Client) },
                                            { QStringLiteral("ts"), sinceSubmitUs(a, Clock::Client, e.recv, view) },
                                            { QStringLiteral("args"), args } });
            }
            if (e.hasLag()) { // an arrow from the stamp to the receipt
                ++flow;
                for (const auto &[phase, lane, clock, time] :
                     { std::tuple { "s", Lane::Platform, Clock::Platform, e.stamp }, std::tuple { "f", Lane::Client, Clock::Client, e.recv } }) {
                    QJsonObject arrow { { QStringLiteral("ph"), QLatin1String(phase) }, { QStringLiteral("id"), flow },
                                        { QStringLiteral("name"), QStringLiteral("delivery") },
                                        { QStringLiteral("cat"), QStringLiteral("delivery") },
                                        { QStringLiteral("pid"), pid }, { QStringLiteral("tid"), laneTrack(lane) },
                                        { QStringLiteral("ts"), sinceSubmitUs(a, clock, time, view) } };
                    if (*phase == 'f')
                        arrow.insert(QStringLiteral("bp"), QStringLiteral("e"));
                    events.append(arrow);
                }
            }
        }
    }
    const QJsonObject rest { { QStringLiteral("displayTimeUnit"), QStringLiteral("ms") },
                             { QStringLiteral("otherData"),
                               QJsonObject { { QStringLiteral("clocks"), view == ClockView::Raw ? QStringLiteral("as logged")
                                                                                                 : QStringLiteral("corrected") } } } };
    return events.finish(rest);
}

QByteArray otlpJson(const QList<AnalysedRun> &runs, ClockView view)
{
    QJsonArray resourceSpans;
    for (const AnalysedRun &r : runs) {
        const Run &run = *r.run;
        const Analysis &a = *r.analysis;
        const QByteArray seed = (run.jobId.isEmpty() ? run.filePath + u'#' + QString::number(run.positionInFile) : run.jobId).toUtf8();
        const QString traceId = hexId(seed, 16);
        const QString rootId = hexId(seed + "/root", 8);
        const Micros submit = run.milestone(MilestoneId::SubmittedAt);
        Micros end = run.milestone(MilestoneId::FinishedAt);
        for (const Event &e : run.events) {
            if (!e.lagImplausible)
                end = std::max(end, e.recv);
        }
        if (!hasTime(end))
            end = submit;
        // Without a submit there is no span to hang anything on. A run dated outside 1970-2262
        // cannot be written in OTLP's nanoseconds and is left out of this export; the other
        // exports and the summary still have it.
        if (!nanosRepresentable(submit) || !nanosRepresentable(end))
            continue;

        QJsonArray spans;
        QJsonArray rootEvents;
        for (const Stall &s : a.stalls) {
            const Event &next = run.events[s.next];
            if (!nanosRepresentable(next.recv))
                continue;
            rootEvents.append(QJsonObject { { QStringLiteral("timeUnixNano"), nanos(next.recv) },
                                            { QStringLiteral("name"), QStringLiteral("stall") },
                                            { QStringLiteral("attributes"),
                                              QJsonArray { attribute(QStringLiteral("laglens.gap_ms"), s.gapMs),
                                                           attribute(QStringLiteral("laglens.after_index"), run.events[s.after].index) } } });
        }
        for (const Burst &b : a.bursts) {
            if (!nanosRepresentable(run.events[b.first].recv))
                continue;
            rootEvents.append(QJsonObject { { QStringLiteral("timeUnixNano"), nanos(run.events[b.first].recv) },
                                            { QStringLiteral("name"), QStringLiteral("burst") },
                                            { QStringLiteral("attributes"),
                                              QJsonArray { attribute(QStringLiteral("laglens.first_index"), run.events[b.first].index),
                                                           attribute(QStringLiteral("laglens.last_index"), run.events[b.last].index),
                                                           attribute(QStringLiteral("laglens.stall_ms"), b.stallMs) } } });
        }
        QJsonArray rootAttributes { attribute(QStringLiteral("laglens.status"), run.status),
                                    attribute(QStringLiteral("laglens.clocks"), view == ClockView::Raw ? QStringLiteral("as logged")
                                                                                                        : QStringLiteral("corrected")) };
        if (a.ttftMs)
            rootAttributes.append(attribute(QStringLiteral("laglens.ttft_ms"), *a.ttftMs));
        if (const auto v = a.verdict(view))
            rootAttributes.append(attribute(QStringLiteral("laglens.bottleneck"), v->name));
        spans.append(QJsonObject { { QStringLiteral("traceId"), traceId },
                                   { QStringLiteral("spanId"), rootId },
                                   { QStringLiteral("name"), QStringLiteral("chat run") },
                                   { QStringLiteral("kind"), 1 },
                                   { QStringLiteral("startTimeUnixNano"), nanos(submit) },
                                   { QStringLiteral("endTimeUnixNano"), nanos(std::max(end, submit)) },
                                   { QStringLiteral("attributes"), rootAttributes },
                                   { QStringLiteral("events"), rootEvents } });

        const auto child = [&](const QString &id, const QString &name, Micros start, double ms, const QJsonArray &attributes) {
            const Micros stop = start + qRound64(std::clamp(ms, 0.0, 1.0e12) * 1000.0);
            if (!nanosRepresentable(start) || !nanosRepresentable(stop))
                return;
            spans.append(QJsonObject { { QStringLiteral("traceId"), traceId },
                                       { QStringLiteral("spanId"), id },
                                       { QStringLiteral("parentSpanId"), rootId },
                                       { QStringLiteral("name"), name },
                                       { QStringLiteral("kind"), 1 },
                                       { QStringLiteral("startTimeUnixNano"), nanos(start) },
                                       { QStringLiteral("endTimeUnixNano"), nanos(stop) },
                                       { QStringLiteral("attributes"), attributes } });
        };
        for (const Segment &s : a.segments) {
            const std::optional<double> ms = s.value(view);
            if (!ms || !hasTime(s.start))
                continue;
            child(hexId(seed + "/segment/" + s.name.toUtf8(), 8), s.name, a.place(milestoneInfo(s.from).clock, s.start, view), *ms,
                  QJsonArray { attribute(QStringLiteral("laglens.ms"), *ms), attribute(QStringLiteral("laglens.lane"), laneName(s.lane)),
                               attribute(QStringLiteral("laglens.crosses_clocks"), s.crossesClocks) });
        }
        int stepNumber = 0;
        for (const Step &step : pairSteps(run)) {
            const std::optional<double> ms = step.ms(run);
            ++stepNumber;
            if (!ms)
                continue;
            child(hexId(seed + "/step/" + QByteArray::number(stepNumber), 8), run.string(step.name(run)),
                  a.place(Clock::Platform, run.events[step.start].stamp, view), *ms,
                  QJsonArray { attribute(QStringLiteral("laglens.ms"), *ms) });
        }

        resourceSpans.append(QJsonObject {
            { QStringLiteral("resource"),
              QJsonObject { { QStringLiteral("attributes"),
                              QJsonArray { attribute(QStringLiteral("service.name"), QStringLiteral("laglens")),
                                           attribute(QStringLiteral("laglens.run"), run.displayName),
                                           attribute(QStringLiteral("laglens.job_id"), run.jobId),
                                           attribute(QStringLiteral("laglens.source"), run.filePath) } } } },
            { QStringLiteral("scopeSpans"),
              QJsonArray { QJsonObject { { QStringLiteral("scope"), QJsonObject { { QStringLiteral("name"), QStringLiteral("laglens") } } },
                                         { QStringLiteral("spans"), spans } } } } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("resourceSpans"), resourceSpans } }).toJson(QJsonDocument::Compact);
}

} // namespace LagLens
