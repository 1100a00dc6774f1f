#include "dataexport.h"
#include "summary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace LagLens;

// Each export is read back and its values compared with the stamps of the log, worked out by hand.
class TestDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsCsvRaw();
    void eventsCsvCorrected();
    void eventsCsvQuotesMessages();
    void chromeTraceOfTheSample();
    void otlpOfTheSample();
    void otlpIdsAreStable();
    void otlpLeavesOutRunsItCannotDate();
    void summaryIsWrittenAPieceAtATime();

private:
    static AnalysedRun load(const char *name)
    {
        return loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name)).runs.value(0);
    }
    static QJsonArray traceEvents(const QByteArray &json, const QString &phase, const QString &category = {})
    {
        QJsonArray out;
        for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(QLatin1String("traceEvents")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("ph")).toString() == phase
                && (category.isEmpty() || e.value(QLatin1String("cat")).toString() == category))
                out.append(e);
        }
        return out;
    }
};

void TestDataExport::eventsCsvRaw()
{
    const QList<QByteArray> lines = eventsCsv({ load("skewed-run.log") }, ClockView::Raw).split('\n');
    QCOMPARE(lines[0], QByteArray("run,index,line,step,finished,seq,stamp_utc,recv_utc,stamp_s,recv_s,lag_ms,msg\r"));
    QCOMPARE(lines.size(), 8); // header, six events, the empty rest after the last line break
    // Event 2 on line 42: stamped 10:00:06.500, received 06.460, 40 ms "early" on the raw clocks.
    QCOMPARE(lines[2], QByteArray("skewed-run.log,2,42,chat:tokens:1,true,2,2026-03-01T10:00:06.500Z,"
                                  "2026-03-01T10:00:06.460Z,6.500000,6.460000,-40.000,completed\r"));
}

void TestDataExport::eventsCsvCorrected()
{
    // The platform clock is 40 ms ahead: corrected, event 2 was stamped at 06.460 and took 0 ms.
    const QList<QByteArray> lines = eventsCsv({ load("skewed-run.log") }, ClockView::Corrected).split('\n');
    QCOMPARE(lines[2], QByteArray("skewed-run.log,2,42,chat:tokens:1,true,2,2026-03-01T10:00:06.460Z,"
                                  "2026-03-01T10:00:06.460Z,6.460000,6.460000,0.000,completed\r"));
}

void TestDataExport::eventsCsvQuotesMessages()
{
    const QList<QByteArray> lines = eventsCsv({ load("messages.log") }, ClockView::Raw).split('\n');
    // Event 4 (line 17): its message holds quotes, so the field is quoted and its quotes doubled.
    QVERIFY2(lines[4].endsWith(QStringLiteral(",\"He said \"\"hi\"\" \\ <b>bold</b> & \U0001F600 “curly” meta=no\"\r").toUtf8()),
             lines[4].constData());
}

void TestDataExport::chromeTraceOfTheSample()
{
    const QByteArray json = chromeTrace({ load("seed-run.log") }, ClockView::Raw);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QJsonArray meta = traceEvents(json, QStringLiteral("M"));
    QCOMPARE(meta.first().toObject().value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("seed-run.log"));
    QCOMPARE(meta.size(), 5); // the process and its four lanes

    // The five segments, in microseconds: 709, 9976, 1758, 2116 and 20 ms.
    const QJsonArray segments = traceEvents(json, QStringLiteral("X"), QStringLiteral("segment"));
    QCOMPARE(segments.size(), 5);
    const QList<double> durations { 709000, 9976000, 1758000, 2116000, 20000 };
    const QList<double> starts { 0, 709000, 10685000, 12443000, 14559000 };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(segments[i].toObject().value(QLatin1String("dur")).toDouble(), durations[i]);
        QCOMPARE(segments[i].toObject().value(QLatin1String("ts")).toDouble(), starts[i]);
    }
    // 13 milestones are set (upstream_accepted_at is n/a); 40 events, each stamped and received,
    // each with an arrow from stamp to receipt.
    QCOMPARE(traceEvents(json, QStringLiteral("i"), QStringLiteral("milestone")).size(), 13);
    QCOMPARE(traceEvents(json, QStringLiteral("i"), QStringLiteral("event stamp")).size(), 40);
    QCOMPARE(traceEvents(json, QStringLiteral("s")).size(), 40);
    QCOMPARE(traceEvents(json, QStringLiteral("f")).size(), 40);
    // Steps with both ends in the log: chat:tokens:12 to 28 and chat:complete.
    QCOMPARE(traceEvents(json, QStringLiteral("X"), QStringLiteral("step")).size(), 18);
}

void TestDataExport::otlpOfTheSample()
{
    const QJsonObject root = QJsonDocument::fromJson(otlpJson({ load("seed-run.log") }, ClockView::Raw)).object();
    const QJsonArray resources = root.value(QLatin1String("resourceSpans")).toArray();
    QCOMPARE(resources.size(), 1);
    const QJsonArray spans = resources[0].toObject().value(QLatin1String("scopeSpans")).toArray()[0].toObject()
                                 .value(QLatin1String("spans")).toArray();
    QCOMPARE(spans.size(), 1 + 5 + 18); // the run, its segments, its steps with both ends

    // 2026-02-12T02:46:42.287Z is 1,770,864,402,287 ms after the epoch; finished at 02:47:44.050.
    const QJsonObject run = spans[0].toObject();
    QCOMPARE(run.value(QLatin1String("name")).toString(), QStringLiteral("chat run"));
    QCOMPARE(run.value(QLatin1String("startTimeUnixNano")).toString(), QStringLiteral("1770864402287000000"));
    QCOMPARE(run.value(QLatin1String("endTimeUnixNano")).toString(), QStringLiteral("1770864464050000000"));
    QCOMPARE(run.value(QLatin1String("traceId")).toString().size(), 32);
    QCOMPARE(run.value(QLatin1String("spanId")).toString().size(), 16);
    const QJsonArray events = run.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2); // one stall, one burst
    QCOMPARE(events[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("stall"));

    // model_proxy_ttft: from dispatch at 42.996 to the first delta 9976 ms later.
    const QJsonObject proxy = spans[2].toObject();
    QCOMPARE(proxy.value(QLatin1String("name")).toString(), QStringLiteral("model_proxy_ttft"));
    QCOMPARE(proxy.value(QLatin1String("parentSpanId")).toString(), run.value(QLatin1String("spanId")).toString());
    QCOMPARE(proxy.value(QLatin1String("startTimeUnixNano")).toString(), QStringLiteral("1770864402996000000"));
    QCOMPARE(proxy.value(QLatin1String("endTimeUnixNano")).toString(), QStringLiteral("1770864412972000000"));
}

void TestDataExport::otlpIdsAreStable()
{
    const AnalysedRun run = load("seed-run.log");
    QCOMPARE(otlpJson({ run }, ClockView::Raw), otlpJson({ run }, ClockView::Raw));
    const QByteArray other = otlpJson({ load("skewed-run.log") }, ClockView::Raw);
    const QString first = QJsonDocument::fromJson(otlpJson({ run }, ClockView::Raw)).object().value(QLatin1String("resourceSpans"))
                              .toArray()[0].toObject().value(QLatin1String("scopeSpans")).toArray()[0].toObject()
                              .value(QLatin1String("spans")).toArray()[0].toObject().value(QLatin1String("traceId")).toString();
    QVERIFY(!other.contains(first.toLatin1()));
}

// OTLP counts nanoseconds since 1970 in 64 bits: a run submitted in year 1 cannot be written,
// and its numbers must not wrap round into other dates.
void TestDataExport::otlpLeavesOutRunsItCannotDate()
{
    const QString path = QStringLiteral(LAGLENS_TEST_DATA "/broken/year-9999-and-0001.log");
    const AnalysedRun ancient = loadAndAnalyse(path).runs.value(0);
    QVERIFY(ancient.run);
    const QJsonArray resources = QJsonDocument::fromJson(otlpJson({ ancient, load("seed-run.log") }, ClockView::Raw))
                                     .object().value(QLatin1String("resourceSpans")).toArray();
    QCOMPARE(resources.size(), 1);
    const QJsonObject run = resources[0].toObject().value(QLatin1String("scopeSpans")).toArray()[0].toObject()
                                .value(QLatin1String("spans")).toArray()[0].toObject();
    QCOMPARE(run.value(QLatin1String("startTimeUnixNano")).toString(), QStringLiteral("1770864402287000000"));
}

// The summary is handed out in pieces no larger than an event, so a million events never stand
// in memory as one document; put together, the pieces are the whole summary.
void TestDataExport::summaryIsWrittenAPieceAtATime()
{
    const LoadedFile sample = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/seed-run.log"));
    const LoadedFile direct = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/direct-run.log"));
    QByteArray json;
    qsizetype largest = 0;
    writeSummaryJson({ sample, direct }, [&](QByteArrayView piece) {
        json += piece;
        largest = std::max(largest, piece.size());
    });
    QVERIFY2(largest < 1024, qPrintable(QString::number(largest)));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray runs = root.value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    const QJsonObject first = runs[0].toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("seed-run.log"));
    // The sample's 40 events; the sixth was held 1848 ms. Its 22 steps (tokens 11 to 28,
    // chat:response, chat:complete, job:result, job:status).
    const QJsonArray events = first.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 40);
    QCOMPARE(events[5].toObject().value(QLatin1String("index")).toInt(), 6);
    QCOMPARE(events[5].toObject().value(QLatin1String("lag_ms")).toDouble(), 1848.0);
    QCOMPARE(first.value(QLatin1String("steps")).toArray().size(), 22);
    QCOMPARE(first.value(QLatin1String("ttft_ms")).toDouble(), 14579.0);
    // The direct run's five SSE chunks, the first "Hel".
    const QJsonArray chunks = runs[1].toObject().value(QLatin1String("events")).toArray();
    QCOMPARE(chunks.size(), 5);
    QCOMPARE(root.value(QLatin1String("platform_overhead")).toObject().value(QLatin1String("overhead_ms")).toDouble(),
             14579.0 - 2100.0);
    QCOMPARE(json, summaryJson({ sample, direct }));
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
