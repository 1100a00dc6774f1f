#include "benchmarkjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LagLens {

namespace {

// Gives this file's free functions a translation context lupdate understands.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(LagLens::BenchmarkJson)
};

// As many runs as one text file may hold: enough for any benchmark, bounded for a hostile file.
constexpr qsizetype kMaxEntries = 10000;

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(std::clamp<qsizetype>(offset, 0, bytes.size())).count('\n')) + 1;
}

struct FigureKey
{
    const char *key;
    std::optional<double> BenchmarkFigures::*member;
};

constexpr FigureKey kFigures[] = {
    { "submitToFirstTokenMs", &BenchmarkFigures::submitToFirstTokenMs },
    { "submitToCompleteMs", &BenchmarkFigures::submitToCompleteMs },
    { "submitToJobCreatedMs", &BenchmarkFigures::submitToJobCreatedMs },
    { "submitToFirstEventMs", &BenchmarkFigures::submitToFirstEventMs },
    { "submitToEventsConnectedMs", &BenchmarkFigures::submitToEventsConnectedMs },
    { "tokenCount", &BenchmarkFigures::tokenCount },
    { "tokensPerSecond", &BenchmarkFigures::tokensPerSecond },
    { "modelProxyTtftMs", &BenchmarkFigures::modelProxyTtftMs },
    { "serverBufferFlushDelayMs", &BenchmarkFigures::serverBufferFlushDelayMs },
};

QSharedPointer<Run> readEntry(const QJsonObject &entry, const QString &group, int position,
                              const QByteArray &bytes, const QString &filePath)
{
    auto run = QSharedPointer<Run>::create();
    run->filePath = filePath;
    run->format = LogFormat::Benchmark;
    run->text = bytes;
    run->mode = group;
    const QString where = QStringLiteral("results.%1[%2]").arg(group).arg(position);

    BenchmarkFigures figures;
    figures.group = group;
    figures.entry = position;
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"error") {
            if (it->isString())
                figures.error = it->toString();
            else if (!it->isNull())
                figures.error = QString::fromUtf8(QJsonDocument(QJsonArray { *it }).toJson(QJsonDocument::Compact));
            continue;
        }
        const FigureKey *known = nullptr;
        for (const FigureKey &figure : kFigures) {
            if (key == QLatin1String(figure.key))
                known = &figure;
        }
        if (!known) {
            const QString value = it->isObject() || it->isArray()
                ? QString::fromUtf8(QJsonDocument(QJsonArray { *it }).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                : it->toVariant().toString();
            run->extraFields.append({ where, key, value, 0 });
            continue;
        }
        if (it->isNull())
            continue;
        if (!it->isDouble()) {
            run->diagnostics.append({ 0, Severity::Warning,
                                      Text::tr("%1.%2 is not a number, ignored").arg(where, key) });
            continue;
        }
        // Durations and counts are not negative, and no chat waits for weeks.
        const double value = it->toDouble();
        if (!(value >= 0 && value < 1.0e9)) {
            run->diagnostics.append({ 0, Severity::Warning,
                                      Text::tr("%1.%2 = %3 is not a plausible figure, ignored")
                                          .arg(where, key, QString::number(value, 'g', 15)) });
            continue;
        }
        figures.*(known->member) = value;
    }
    run->status = figures.error.isEmpty() ? QStringLiteral("success") : QStringLiteral("error");
    if (!figures.error.isEmpty())
        run->diagnostics.append({ 0, Severity::Warning, Text::tr("%1: the entry failed: %2").arg(where, figures.error) });
    run->benchmark = figures;
    if (figures.tokenCount && *figures.tokenCount >= 0 && *figures.tokenCount < 9.0e15)
        run->tokenCount = qint64(*figures.tokenCount);
    run->displayName = Text::tr("%1 %2 #%3").arg(QFileInfo(filePath).fileName(), group, QString::number(position + 1));
    run->title = where;
    return run;
}

} // namespace

ParseResult parseBenchmarkJson(const QByteArray &bytes, const QString &filePath, bool *isJson)
{
    ParseResult result;
    result.filePath = filePath;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (isJson)
        *isJson = error.error == QJsonParseError::NoError;
    if (error.error != QJsonParseError::NoError) {
        result.error = Text::tr("the file looks like JSON but does not parse: %1 on line %2")
                           .arg(error.errorString())
                           .arg(lineOfOffset(bytes, error.offset));
        return result;
    }
    const QJsonObject results = doc.object().value(QLatin1String("results")).toObject();
    const QJsonValue direct = results.value(QLatin1String("direct"));
    const QJsonValue ivcap = results.value(QLatin1String("ivcap"));
    QList<Diagnostic> problems;
    for (const auto &[name, value] : { std::pair { "direct", direct }, std::pair { "ivcap", ivcap } }) {
        if (!value.isUndefined() && !value.isNull() && !value.isArray()) {
            problems.append({ 0, Severity::Warning,
                              Text::tr("results.%1 is not a list of entries, ignored").arg(QLatin1String(name)) });
        }
    }
    if (!direct.isArray() && !ivcap.isArray()) {
        result.error = Text::tr("JSON, but not a TTFT benchmark result: it has no results.direct or "
                          "results.ivcap list");
        return result;
    }

    QList<QSharedPointer<Run>> runs;
    for (const auto &[group, list] : { std::pair { QStringLiteral("ivcap"), ivcap.toArray() },
                                       std::pair { QStringLiteral("direct"), direct.toArray() } }) {
        for (int i = 0; i < list.size(); ++i) {
            if (runs.size() >= kMaxEntries) {
                problems.append({ 0, Severity::Error,
                                  Text::tr("the file holds more than %1 entries; from results.%2[%3] on they are not read")
                                      .arg(QString::number(kMaxEntries), group, QString::number(i)) });
                break;
            }
            if (!list[i].isObject()) {
                problems.append({ 0, Severity::Warning,
                                  Text::tr("results.%1[%2] is not an object, ignored").arg(group).arg(i) });
                continue;
            }
            runs.append(readEntry(list[i].toObject(), group, i, bytes, filePath));
            runs.last()->positionInFile = int(runs.size());
        }
    }
    if (runs.isEmpty()) {
        // With no run to carry them, the reasons go into the one error.
        QStringList reasons;
        for (const Diagnostic &problem : std::as_const(problems))
            reasons.append(problem.message);
        result.error = reasons.isEmpty() ? Text::tr("the benchmark result holds no entries")
                                         : Text::tr("the benchmark result holds no usable entry: %1")
                                               .arg(reasons.join(QStringLiteral("; ")));
        return result;
    }
    // Entries that could not be read are reported on the first run rather than failing the file.
    runs.first()->diagnostics = problems + runs.first()->diagnostics;
    for (const QSharedPointer<Run> &run : std::as_const(runs))
        result.runs.append(run);
    return result;
}

} // namespace LagLens
