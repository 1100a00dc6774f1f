#include "runtable.h"

#include "dataexport.h"
#include "summary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace LagLens {

namespace {

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant segmentValue(const AnalysedRun &r, QStringView name)
{
    for (const Segment &s : r.analysis->segments) {
        if (s.name == name)
            return orNull(s.ms);
    }
    return {};
}

QVariant longestStall(const AnalysedRun &r)
{
    if (r.analysis->stalls.isEmpty())
        return {};
    double longest = 0;
    for (const Stall &s : r.analysis->stalls)
        longest = std::max(longest, s.gapMs);
    return longest;
}

QString csvField(const QVariant &value, bool numeric)
{
    if (value.isNull())
        return {};
    return numeric ? QString::number(value.toDouble(), 'g', 15) : csvText(value.toString());
}

} // namespace

const QList<RunColumn> &runColumns()
{
    static const QList<RunColumn> columns {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Run"), false,
          [](const AnalysedRun &r) { return QVariant(r.run->displayName); } },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("LagLens::RunTable", "File"), false,
          [](const AnalysedRun &r) { return QVariant(r.run->filePath); } },
        { QStringLiteral("job_id"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Job"), false,
          [](const AnalysedRun &r) { return r.run->jobId.isEmpty() ? QVariant() : QVariant(r.run->jobId); } },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Status"), false,
          [](const AnalysedRun &r) { return r.run->status.isEmpty() ? QVariant() : QVariant(r.run->status); } },
        { QStringLiteral("format"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Format"), false,
          [](const AnalysedRun &r) { return QVariant(formatName(r.run->format)); } },
        { QStringLiteral("ttft_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "First token (ms)"), true,
          [](const AnalysedRun &r) { return orNull(r.analysis->ttftMs); } },
        { QStringLiteral("bottleneck"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Bottleneck"), false,
          [](const AnalysedRun &r) { return r.analysis->bottleneck ? QVariant(r.analysis->bottleneck->name) : QVariant(); } },
        { QStringLiteral("submit_to_request_dispatch_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Dispatch (ms)"), true,
          [](const AnalysedRun &r) { return segmentValue(r, u"submit_to_request_dispatch"); } },
        { QStringLiteral("model_proxy_ttft_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Model proxy (ms)"), true,
          [](const AnalysedRun &r) { return segmentValue(r, u"model_proxy_ttft"); } },
        { QStringLiteral("server_buffer_flush_delay_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Flush (ms)"), true,
          [](const AnalysedRun &r) { return segmentValue(r, u"server_buffer_flush_delay"); } },
        { QStringLiteral("jobevents_pipeline_delay_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Pipeline (ms)"), true,
          [](const AnalysedRun &r) { return segmentValue(r, u"jobevents_pipeline_delay"); } },
        { QStringLiteral("event_envelope_to_client_receive_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Delivery (ms)"), true,
          [](const AnalysedRun &r) { return segmentValue(r, u"event_envelope_to_client_receive"); } },
        { QStringLiteral("stalls"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Stalls"), true,
          [](const AnalysedRun &r) { return QVariant(double(r.analysis->stalls.size())); } },
        { QStringLiteral("longest_stall_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Longest stall (ms)"), true,
          [](const AnalysedRun &r) { return longestStall(r); } },
        { QStringLiteral("clock_offset_ms"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Clock offset (ms)"), true,
          [](const AnalysedRun &r) {
              return r.analysis->platformClock.known ? QVariant(r.analysis->platformClock.offsetMs) : QVariant();
          } },
        { QStringLiteral("events"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Events"), true,
          [](const AnalysedRun &r) { return QVariant(double(r.run->events.size())); } },
        { QStringLiteral("problems"), QT_TRANSLATE_NOOP("LagLens::RunTable", "Problems"), true,
          [](const AnalysedRun &r) {
              int count = 0;
              for (const Diagnostic &d : r.run->diagnostics)
                  count += d.severity == Severity::Info ? 0 : 1;
              return QVariant(double(count + r.analysis->diagnostics.size()));
          } },
    };
    return columns;
}

QString runColumnHeader(const RunColumn &column)
{
    return QCoreApplication::translate("LagLens::RunTable", column.header);
}

QByteArray runsCsv(const QList<AnalysedRun> &runs)
{
    QStringList lines;
    QStringList header;
    for (const RunColumn &column : runColumns())
        header.append(column.id);
    lines.append(header.join(u','));
    for (const AnalysedRun &run : runs) {
        QStringList fields;
        for (const RunColumn &column : runColumns())
            fields.append(csvField(column.value(run), column.numeric));
        lines.append(fields.join(u','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray runsJsonLines(const QList<AnalysedRun> &runs)
{
    QByteArray out;
    for (const AnalysedRun &run : runs) {
        QJsonObject object;
        for (const RunColumn &column : runColumns()) {
            const QVariant value = column.value(run);
            object.insert(column.id, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
        }
        out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace LagLens
