#include "comparison.h"
#include "runtable.h"
#include "synthlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LagLens;

// Expected values come from the logs' stamps or from the generator's parameters, by hand.
class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRankPercentiles_data();
    void nearestRankPercentiles();
    void distributionOverGeneratedRuns();
    void alignmentOffsets_data();
    void alignmentOffsets();
    void deltasAgainstABaseline();
    void csvKeepsLogTextAsText();
    void jsonLinesHoldOneRunEach();
    void expandsFoldersRecursively();

private:
    static AnalysedRun load(const char *name)
    {
        return loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name)).runs.value(0);
    }
    static AnalysedRun generated(const Synth::LogSpec &spec)
    {
        const RunPtr run = parseLogBytes(Synth::generateLog(spec), QStringLiteral("generated.log")).runs.value(0);
        return { run, QSharedPointer<const Analysis>::create(analyze(*run)) };
    }
};

void TestComparison::nearestRankPercentiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    const QList<double> ten { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 };
    QTest::addRow("p50 of ten is the 5th") << ten << 0.5 << 50.0;
    QTest::addRow("p90 of ten is the 9th") << ten << 0.9 << 90.0;
    QTest::addRow("p99 of ten is the 10th") << ten << 0.99 << 100.0;
    QTest::addRow("p50 of three is the 2nd") << QList<double> { 1, 3, 5 } << 0.5 << 3.0;
    QTest::addRow("p90 of three is the 3rd") << QList<double> { 1, 3, 5 } << 0.9 << 5.0;
    QTest::addRow("one value") << QList<double> { 7 } << 0.99 << 7.0;
}

void TestComparison::nearestRankPercentiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(nearestRank(std::vector<double>(values.cbegin(), values.cend()), p), expected);
}

void TestComparison::distributionOverGeneratedRuns()
{
    // Ten runs whose model proxy waits 1 s, 2 s, ... 10 s; the rest of the first token path is
    // 400 + 500 + 300 + 20 = 1220 ms in each.
    QList<AnalysedRun> runs;
    for (int i = 10; i >= 1; --i) {
        Synth::LogSpec spec;
        spec.proxyTtftMs = 1000.0 * i;
        runs.append(generated(spec));
    }
    const QList<Spread> spreads = distribution(runs);
    QCOMPARE(spreads.size(), 6);
    const Spread &ttft = spreads[0];
    QCOMPARE(ttft.metric->id, QStringLiteral("ttft_ms"));
    QCOMPARE(ttft.count, 10);
    QCOMPARE(ttft.p50, 5000.0 + 1220);
    QCOMPARE(ttft.p90, 9000.0 + 1220);
    QCOMPARE(ttft.p99, 10000.0 + 1220);
    QCOMPARE(ttft.max, 10000.0 + 1220);
    QCOMPARE(ttft.points.first(), std::make_pair(10000.0 + 1220, 0)); // the first run given
    const Spread &proxy = spreads[2];
    QCOMPARE(proxy.metric->id, QStringLiteral("model_proxy_ttft_ms"));
    QCOMPARE(proxy.p50, 5000.0);
    const Spread &flush = spreads[3];
    QCOMPARE(flush.p99, 500.0);
}

void TestComparison::alignmentOffsets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("milestone");
    QTest::addColumn<double>("expected"); // NaN: the run lacks it
    QTest::addRow("submit is zero") << QStringLiteral("seed-run.log") << int(MilestoneId::SubmittedAt) << 0.0;
    QTest::addRow("sample first token") << QStringLiteral("seed-run.log") << int(MilestoneId::FirstTokenClientReceivedAt) << 14579.0;
    QTest::addRow("sample first delta") << QStringLiteral("seed-run.log") << int(MilestoneId::FirstUpstreamDeltaAt) << 10685.0;
    QTest::addRow("sample dispatch") << QStringLiteral("seed-run.log") << int(MilestoneId::RequestDispatchAt) << 709.0;
    QTest::addRow("direct first token") << QStringLiteral("direct-run.log") << int(MilestoneId::FirstTokenClientReceivedAt) << 2100.0;
    QTest::addRow("direct has no dispatch") << QStringLiteral("direct-run.log") << int(MilestoneId::RequestDispatchAt) << qQNaN();
    QTest::addRow("no first token") << QStringLiteral("events-na.log") << int(MilestoneId::FirstTokenClientReceivedAt) << qQNaN();
}

void TestComparison::alignmentOffsets()
{
    QFETCH(QString, file);
    QFETCH(int, milestone);
    QFETCH(double, expected);
    const AnalysedRun run = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + file).runs.value(0);
    const std::optional<double> offset = alignmentOffsetMs(run, MilestoneId(milestone), ClockView::Raw);
    if (std::isnan(expected)) {
        QVERIFY(!offset);
    } else {
        QVERIFY(offset);
        QCOMPARE(*offset, expected);
    }
}

void TestComparison::deltasAgainstABaseline()
{
    const QList<AnalysedRun> runs { load("seed-run.log"), load("skewed-run.log") };
    const QList<DeltaRow> rows = deltaTable(runs, 1);
    QCOMPARE(rows[0].metric->id, QStringLiteral("ttft_ms"));
    QCOMPARE(rows[0].values[0], std::optional<double>(14579));
    QCOMPARE(rows[0].deltas[0], std::optional<double>(14579 - 5500));
    QCOMPARE(rows[0].ratios[0], std::optional<double>(14579.0 / 5500.0));
    QCOMPARE(rows[0].deltas[1], std::optional<double>(0));
    // Event delivery: 20 ms against -27 ms; no ratio between a duration and a negative one.
    const DeltaRow &delivery = rows[5];
    QCOMPARE(delivery.metric->id, QStringLiteral("event_envelope_to_client_receive_ms"));
    QCOMPARE(delivery.deltas[0], std::optional<double>(47));
    QVERIFY(!delivery.ratios[0]);
    // The longest stall: the sample has one (2767 ms of silence), the skewed run none.
    const auto stall = std::find_if(rows.cbegin(), rows.cend(), [](const DeltaRow &r) { return r.metric->id == u"longest_stall_ms"; });
    QCOMPARE(stall->values[0], std::optional<double>(2767));
    QVERIFY(!stall->values[1]);
    QVERIFY(!stall->deltas[0]);
}

void TestComparison::csvKeepsLogTextAsText()
{
    const QByteArray log = "# IVCAP Chat Latency Diagnostic Log\n## Run\nstatus=success\n"
                           "job_id==HYPERLINK(\"http://x\",\"a, b\")\n"
                           "## Timestamps\nsubmitted_at=2026-03-01T10:00:00Z\n"
                           "first_token_client_received_at=2026-03-01T10:00:01.250Z\n";
    const RunPtr run = parseLogBytes(log, QStringLiteral("/logs/odd, name.log")).runs.first();
    const AnalysedRun analysed { run, QSharedPointer<const Analysis>::create(analyze(*run)) };
    const QList<QByteArray> lines = runsCsv({ analysed }).split('\n');
    QVERIFY(lines[0].startsWith("name,source,job_id,status,format,ttft_ms,"));
    QVERIFY2(lines[1].startsWith("\"odd, name.log\",\"/logs/odd, name.log\",\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",success,ivcap,1250,"),
             lines[1].constData());
}

void TestComparison::jsonLinesHoldOneRunEach()
{
    const QByteArray lines = runsJsonLines({ load("seed-run.log"), load("direct-run.log") });
    const QList<QByteArray> split = lines.trimmed().split('\n');
    QCOMPARE(split.size(), 2);
    const QJsonObject seed = QJsonDocument::fromJson(split[0]).object();
    QCOMPARE(seed.value(QLatin1String("ttft_ms")).toDouble(), 14579.0);
    QCOMPARE(seed.value(QLatin1String("model_proxy_ttft_ms")).toDouble(), 9976.0);
    QCOMPARE(seed.value(QLatin1String("stalls")).toDouble(), 1.0);
    QCOMPARE(seed.value(QLatin1String("bottleneck")).toString(), QStringLiteral("model_proxy_ttft"));
    const QJsonObject direct = QJsonDocument::fromJson(split[1]).object();
    QCOMPARE(direct.value(QLatin1String("format")).toString(), QStringLiteral("direct"));
    QVERIFY(direct.value(QLatin1String("model_proxy_ttft_ms")).isNull());
    QVERIFY(direct.value(QLatin1String("job_id")).isNull());
}

void TestComparison::expandsFoldersRecursively()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("b/c"));
    for (const char *name : { "b/c/2.log", "a.log", "b/1.log" }) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList files = expandPaths({ dir.path(), QStringLiteral("/no/such/file.log") });
    QCOMPARE(files, QStringList({ dir.filePath(QStringLiteral("a.log")), dir.filePath(QStringLiteral("b/1.log")),
                                  dir.filePath(QStringLiteral("b/c/2.log")), QStringLiteral("/no/such/file.log") }));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
