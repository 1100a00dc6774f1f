#include "analysis.h"
#include "comparison.h"
#include "parser.h"
#include "synthlog.h"

#include <QFile>
#include <QTest>

using namespace LagLens;

// Expected values are worked out by hand from the logs (differences of their timestamps) or from
// the parameters given to the synthetic log generator, never read off LagLens's output.
class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsTheSampleTimeToFirstToken();
    void checksEveryReportedFigureOfTheSample();
    void findsTheSampleBurstAndStall();
    void pairsTheSampleSteps();
    void boundsTheSampleClocks();
    void leavesAnImplausibleLagOutOfTheClocks_data();
    void leavesAnImplausibleLagOutOfTheClocks();
    void provesSkewAndCallsOutClampedFigures();
    void correctsSegmentsForSkew();
    void flagsAMismatchedFigure();
    void usesMarkerEventsForMissingMilestones();
    void reassemblesTheAnswer();
    void measuresTheStream();
    void splitsADirectRun();
    void attributesBenchmarkFigures();
    void measuresThePlatformOverhead();
    void recoversGeneratedSkew_data();
    void recoversGeneratedSkew();
    void findsGeneratedStalls();
    void scalesTheStallThresholdToScatteredLags();
    void countsHeldEventsThatDrainAsOneStall();
    void findsAStallLongerThanTheReportedBottleneck();
    void namesTheGeneratedBottleneck_data();
    void namesTheGeneratedBottleneck();

private:
    static RunPtr load(const char *name)
    {
        const ParseResult result = parseLogFile(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name));
        return result.runs.isEmpty() ? RunPtr() : result.runs.first();
    }
    static RunPtr generate(const Synth::LogSpec &spec)
    {
        return parseLogBytes(Synth::generateLog(spec), QStringLiteral("generated.log")).runs.value(0);
    }
    static const Segment &segment(const Analysis &a, const char *name)
    {
        for (const Segment &s : a.segments) {
            if (s.name == QLatin1String(name))
                return s;
        }
        qFatal("no segment %s", name);
    }
    static const FigureCheck &figure(const Analysis &a, const char *name)
    {
        for (const FigureCheck &f : a.figures) {
            if (f.name == QLatin1String(name))
                return f;
        }
        qFatal("no figure %s", name);
    }
};

void TestAnalysis::splitsTheSampleTimeToFirstToken()
{
    const RunPtr run = load("seed-run.log");
    const Analysis a = analyze(*run);

    // 02:46:56.866 - 02:46:42.287
    QCOMPARE(a.ttftMs, std::optional<double>(14579));
    QCOMPARE(a.segments.size(), 5);
    QCOMPARE(segment(a, "submit_to_request_dispatch").ms, std::optional<double>(709)); // 42.996 - 42.287
    QCOMPARE(segment(a, "model_proxy_ttft").ms, std::optional<double>(9976)); // 52.972 - 42.996
    QCOMPARE(segment(a, "server_buffer_flush_delay").ms, std::optional<double>(1758)); // 54.730 - 52.972
    QCOMPARE(segment(a, "jobevents_pipeline_delay").ms, std::optional<double>(2116)); // 56.846 - 54.730
    QCOMPARE(segment(a, "event_envelope_to_client_receive").ms, std::optional<double>(20)); // 56.866 - 56.846
    QVERIFY(!a.unattributedMs);

    QVERIFY(a.bottleneck);
    QCOMPARE(a.bottleneck->name, QStringLiteral("model_proxy_ttft"));
    QCOMPARE(a.bottleneck->ms, 9976.0);
    QCOMPARE(a.bottleneck->share, 9976.0 / 14579.0);
}

void TestAnalysis::checksEveryReportedFigureOfTheSample()
{
    const Analysis a = analyze(*load("seed-run.log"));
    QCOMPARE(a.figures.size(), 13);
    for (const FigureCheck &f : a.figures)
        QVERIFY2(f.status == FigureStatus::Match, qPrintable(f.name));
    QCOMPARE(figure(a, "first_token_to_complete_ms").computedMs, std::optional<double>(47184)); // 44.050 - 56.866 + 60 s
    QVERIFY(figure(a, "jobevents_pipeline_delay_ms").crossesClocks);
    QVERIFY(!figure(a, "model_proxy_ttft_ms").crossesClocks);
    QVERIFY(a.diagnostics.isEmpty());
}

void TestAnalysis::findsTheSampleBurstAndStall()
{
    const RunPtr run = load("seed-run.log");
    const Analysis a = analyze(*run);

    // Events 6, 7 and 8 were all received at 02:47:15.801.
    QCOMPARE(a.bursts.size(), 1);
    QCOMPARE(run->events[a.bursts[0].first].index, 6);
    QCOMPARE(run->events[a.bursts[0].last].index, 8);
    QCOMPARE(a.bursts[0].stallMs, 1848.0); // 15.801 - 13.953

    // Lags (ms) of events 1..40: 20 18 19 36 35 1848 986 29 20 23 18 16 44 23 23 22 21 18 19 19
    // 104 17 76 20 19 18 52 20 18 17 25 17 45 19 19 17 24 19 51 40. 17 are below 20 and four
    // equal it, so the median is 20 and the smallest 16.
    QCOMPARE(a.stream.lagCount, 40);
    QCOMPARE(a.stream.medianLagMs, 20.0);
    QCOMPARE(a.stream.minLagMs, 16.0);
    QCOMPARE(a.stream.maxLagMs, 1848.0);

    // Nothing arrived between event 5 (13.034) and event 6 (15.801).
    QCOMPARE(a.stalls.size(), 1);
    QCOMPARE(run->events[a.stalls[0].after].index, 5);
    QCOMPARE(run->events[a.stalls[0].next].index, 6);
    QCOMPARE(a.stalls[0].gapMs, 2767.0);
    QCOMPARE(a.stalls[0].excessMs, 1828.0); // 1848 - 20
    // Most lags lie within a few ms of the median, so the 500 ms floor sets the threshold.
    QCOMPARE(a.stream.stallThresholdMs, 520.0);
}

void TestAnalysis::pairsTheSampleSteps()
{
    const RunPtr run = load("seed-run.log");
    const Analysis a = analyze(*run);
    // chat:tokens:11 (finish only) and 12..28 (17 pairs), chat:response, chat:complete (pair),
    // job:result, job:status: 22 steps.
    const QList<Step> steps = pairSteps(*run);
    QCOMPARE(steps.size(), 22);
    QCOMPARE(run->string(steps[0].name(*run)), QStringLiteral("chat:tokens:11"));
    QCOMPARE(steps[0].start, -1);
    QVERIFY(!steps[0].ms(*run));
    QCOMPARE(run->string(steps[1].name(*run)), QStringLiteral("chat:tokens:12"));
    QCOMPARE(steps[1].ms(*run), std::optional<double>(395)); // 11.582 - 11.187
    QCOMPARE(run->string(steps[3].name(*run)), QStringLiteral("chat:tokens:14"));
    QCOMPARE(steps[3].ms(*run), std::optional<double>(862)); // 14.815 - 13.953
    QCOMPARE(run->string(steps[19].name(*run)), QStringLiteral("chat:complete"));
    QCOMPARE(steps[19].ms(*run), std::optional<double>(680)); // 39.158 - 38.478
}

void TestAnalysis::boundsTheSampleClocks()
{
    const Analysis a = analyze(*load("seed-run.log"));
    // No event arrived before it was stamped; the fastest took 16 ms (event 12). Nothing can be
    // stamped before submit: the first token envelope (56.846) is the earliest stamp there is
    // with the sample's events, so the offset lies in [42.287 - 56.846, 16] = [-14559, 16].
    QVERIFY(a.platformClock.known);
    QVERIFY(!a.platformClock.skewProven);
    QCOMPARE(a.platformClock.upperMs, std::optional<double>(16));
    QCOMPARE(a.platformClock.lowerMs, std::optional<double>(-14559));
    QCOMPARE(a.platformClock.offsetMs, 0.0);
    // The service dispatched 709 ms after submit: its clock is at most 709 ms behind.
    QCOMPARE(a.serviceClock.lowerMs, std::optional<double>(-709));
    QCOMPARE(a.serviceClock.offsetMs, 0.0);
}

void TestAnalysis::leavesAnImplausibleLagOutOfTheClocks_data()
{
    QTest::addColumn<QByteArray>("recv");
    QTest::addColumn<QString>("direction");
    QTest::addRow("received ten years early") << QByteArray("2016-02-12T02:47:10.421Z") << QStringLiteral("before");
    QTest::addRow("received a day late") << QByteArray("2026-02-13T02:47:10.421Z") << QStringLiteral("after");
}

// The sample with event 1 (line 51) received at an impossible time: its stamp pair says nothing,
// so the clocks and lags are those of the other 39 events.
void TestAnalysis::leavesAnImplausibleLagOutOfTheClocks()
{
    QFETCH(QByteArray, recv);
    QFETCH(QString, direction);
    QFile file(QStringLiteral(LAGLENS_TEST_DATA "/seed-run.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    QVERIFY(text.contains("recv=2026-02-12T02:47:10.421Z"));
    text.replace("recv=2026-02-12T02:47:10.421Z", QByteArray("recv=" + recv));
    const RunPtr run = parseLogBytes(text, QStringLiteral("edited.log")).runs.value(0);
    QVERIFY(run);
    const Analysis a = analyze(*run);

    QCOMPARE(run->events.size(), 40);
    QVERIFY(!run->events.first().hasLag());
    const auto warning = std::find_if(run->diagnostics.cbegin(), run->diagnostics.cend(),
                                      [](const Diagnostic &d) { return d.line == 51; });
    QVERIFY(warning != run->diagnostics.cend());
    QCOMPARE(warning->severity, Severity::Warning);
    QVERIFY2(warning->message.contains(QStringLiteral("event 1 was received")) && warning->message.contains(direction),
             qPrintable(warning->message));

    // As for the sample: the fastest of the other events took 16 ms (event 12).
    QVERIFY(!a.platformClock.inconsistent);
    QVERIFY(!a.platformClock.skewProven);
    QCOMPARE(a.platformClock.upperMs, std::optional<double>(16));
    QCOMPARE(a.platformClock.offsetMs, 0.0);
    QCOMPARE(a.stream.lagCount, 39);
    // Event 6 was held longest, 1848 ms (13.953 to 15.801).
    QCOMPARE(a.stream.maxLagMs, 1848.0);
    QCOMPARE(a.bottleneckCorrected->name, QStringLiteral("model_proxy_ttft"));
}

void TestAnalysis::provesSkewAndCallsOutClampedFigures()
{
    const RunPtr run = load("skewed-run.log");
    const Analysis a = analyze(*run);

    // The first token was received at 05.500, 27 ms before the platform stamped it at 05.527,
    // and the events' lags are -20, -40, -25, -30, -35, -30: the client clock is at least 40 ms
    // behind the platform's.
    QVERIFY(a.platformClock.skewProven);
    QCOMPARE(a.platformClock.upperMs, std::optional<double>(-40));
    QCOMPARE(a.platformClock.offsetMs, -40.0);

    const FigureCheck &clamped = figure(a, "event_envelope_to_client_receive_ms");
    QCOMPARE(clamped.status, FigureStatus::Clamped);
    QCOMPARE(clamped.reported, std::optional<double>(0));
    QCOMPARE(clamped.computedMs, std::optional<double>(-27));
    QCOMPARE(clamped.correctedMs, std::optional<double>(13)); // 5500 - (5527 - 40)
    QCOMPARE(a.diagnostics.size(), 1);
    QCOMPARE(a.diagnostics[0].line, 31);
    QVERIFY(a.diagnostics[0].message.contains(QLatin1String("-27 ms")));

    const QList<Finding> found = findings(*run, a, ClockView::Raw);
    const bool mentionsSkew = std::any_of(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.text.contains(QLatin1String("behind the platform clock by at least 40 ms"));
    });
    QVERIFY(mentionsSkew);
}

void TestAnalysis::correctsSegmentsForSkew()
{
    const Analysis a = analyze(*load("skewed-run.log"));
    // Raw: 400 + 3600 + 1000 + 527 + (-27) = 5500.
    QCOMPARE(segment(a, "event_envelope_to_client_receive").ms, std::optional<double>(-27));
    QCOMPARE(segment(a, "jobevents_pipeline_delay").ms, std::optional<double>(527));
    // Corrected, the platform stamps move 40 ms earlier: 527 - 40 = 487 and -27 + 40 = 13. The
    // service clock needs no correction: its bounds [-400, 487] hold zero.
    QCOMPARE(a.serviceClock.offsetMs, 0.0);
    QCOMPARE(segment(a, "jobevents_pipeline_delay").correctedMs, std::optional<double>(487));
    QCOMPARE(segment(a, "event_envelope_to_client_receive").correctedMs, std::optional<double>(13));
    QCOMPARE(segment(a, "model_proxy_ttft").correctedMs, std::optional<double>(3600));
    QCOMPARE(a.eventLagMs(load("skewed-run.log")->events[1], ClockView::Corrected), 0.0); // -40 + 40
    QCOMPARE(a.bottleneckCorrected->name, QStringLiteral("model_proxy_ttft"));
}

void TestAnalysis::flagsAMismatchedFigure()
{
    QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Timestamps\n"
                      "submitted_at=2026-03-01T10:00:00.000Z\n"
                      "job_created_at=2026-03-01T10:00:01.250Z\n"
                      "## Latency Breakdown (ms)\n"
                      "submit_to_job_create_ms=1000 source=client\n"
                      "submit_to_first_token_ms=n/a source=client\n"
                      "brand_new_ms=5 source=client\n";
    const RunPtr run = parseLogBytes(text, QStringLiteral("inline.log")).runs.first();
    const Analysis a = analyze(*run);
    QCOMPARE(figure(a, "submit_to_job_create_ms").status, FigureStatus::Mismatch);
    QCOMPARE(figure(a, "submit_to_job_create_ms").computedMs, std::optional<double>(1250));
    QCOMPARE(figure(a, "submit_to_first_token_ms").status, FigureStatus::NotReported);
    QCOMPARE(figure(a, "brand_new_ms").status, FigureStatus::NotRecomputed);
    QCOMPARE(a.diagnostics.size(), 1);
    QCOMPARE(a.diagnostics[0].line, 6);
}

void TestAnalysis::usesMarkerEventsForMissingMilestones()
{
    const Analysis a = analyze(*load("messages.log"));
    // From the markers: dispatch 0.250, first delta 1.250, first batch 2.000; envelope 2.480,
    // receive 2.500, submit 0.000.
    QCOMPARE(a.ttftMs, std::optional<double>(2500));
    QCOMPARE(segment(a, "submit_to_request_dispatch").ms, std::optional<double>(250));
    QCOMPARE(segment(a, "model_proxy_ttft").ms, std::optional<double>(1000));
    QCOMPARE(segment(a, "server_buffer_flush_delay").ms, std::optional<double>(750));
    QCOMPARE(segment(a, "jobevents_pipeline_delay").ms, std::optional<double>(480));
    QCOMPARE(segment(a, "event_envelope_to_client_receive").ms, std::optional<double>(20));
    QCOMPARE(a.bottleneck->name, QStringLiteral("model_proxy_ttft"));
    QCOMPARE(a.bottleneck->share, 1000.0 / 2500.0);
}

void TestAnalysis::reassemblesTheAnswer()
{
    const RunPtr run = load("messages.log");
    QCOMPARE(answerText(*run), QStringLiteral("He said \"hi\" \\ <b>bold</b> & \U0001F600 “curly” meta=no") + QStringLiteral("a \" meta={not json} end"));
    const Analysis a = analyze(*run);
    // 46 code points in the first message (the emoji counts once), 23 in the second.
    QCOMPARE(a.stream.answerChars, qint64(46 + 23));
    QCOMPARE(a.stream.tokenBatches, 2);
    QVERIFY(!a.stream.answerPartial);
    QVERIFY(analyze(*load("seed-run.log")).stream.answerPartial); // the sample starts at batch 12
}

void TestAnalysis::measuresTheStream()
{
    const RunPtr run = load("skewed-run.log");
    const Analysis a = analyze(*run);
    // Token batches start at 06.000, 07.000, 08.000 (stamped) and 05.980, 06.975, 07.965
    // (received): gaps 1000/1000 stamped, 995/990 received, jitter (5 + 10) / 2.
    QCOMPARE(a.stream.tokenBatches, 3);
    QCOMPARE(a.stream.meanEmitGapMs, std::optional<double>(1000));
    QCOMPARE(a.stream.meanRecvGapMs, std::optional<double>(992.5));
    QCOMPARE(a.stream.jitterMs, std::optional<double>(7.5));
    // " wor" and "ld!" (7 characters) arrived over 1.985 s after the first batch.
    QCOMPARE(*a.stream.charsPerSecond, 7 / 1.985);
    QCOMPARE(*a.stream.batchesPerSecond, 2 / 1.985);
    QCOMPARE(a.stream.answerChars, qint64(12)); // "Hello wor" + "ld!" is 5 + 4 + 3
}

void TestAnalysis::splitsADirectRun()
{
    const Analysis a = analyze(*load("direct-run.log"));
    QCOMPARE(a.ttftMs, std::optional<double>(2100));
    QCOMPARE(a.segments.size(), 2);
    QCOMPARE(segment(a, "submit_to_response_headers").ms, std::optional<double>(350));
    QCOMPARE(segment(a, "response_headers_to_first_token").ms, std::optional<double>(1750));
    QCOMPARE(a.bottleneck->name, QStringLiteral("response_headers_to_first_token"));
    QCOMPARE(figure(a, "submit_to_complete_ms").status, FigureStatus::Match);
    QCOMPARE(figure(a, "tokens_per_second").status, FigureStatus::NotRecomputed);
    QCOMPARE(a.stream.lagCount, 0);
}

void TestAnalysis::attributesBenchmarkFigures()
{
    const ParseResult result = parseLogFile(QStringLiteral(LAGLENS_TEST_DATA "/benchmark-ttft.json"));
    const Analysis a = analyze(*result.runs.first());
    QCOMPARE(a.ttftMs, std::optional<double>(14579));
    QCOMPARE(a.bottleneck->name, QStringLiteral("model_proxy_ttft"));
    QCOMPARE(a.unattributedMs, std::optional<double>(14579 - 9976 - 1758));
    const Analysis direct = analyze(*result.runs[1]);
    QCOMPARE(direct.ttftMs, std::optional<double>(2100));
    QVERIFY(!direct.bottleneck);
}

void TestAnalysis::measuresThePlatformOverhead()
{
    const LoadedFile note = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/incident-note.md"));
    QCOMPARE(note.runs.size(), 2);
    // The platform run took 5500 ms to its first token, the direct call 2100 ms.
    const auto overhead = platformOverhead(note.runs[0], note.runs[1], ClockView::Raw);
    QVERIFY(overhead);
    QCOMPARE(overhead->overheadMs, 3400.0);
    QCOMPARE(overhead->parts.size(), 5);
    // Only the model proxy's wait has a counterpart: 3600 - 2100.
    QCOMPARE(overhead->parts[1].name, QStringLiteral("model_proxy_ttft"));
    QCOMPARE(overhead->parts[1].directMs, 2100.0);
    QCOMPARE(overhead->parts[1].overheadMs, std::optional<double>(1500));
    QCOMPARE(overhead->parts[2].overheadMs, std::optional<double>(1000));
    double sum = 0;
    for (const OverheadPart &part : overhead->parts)
        sum += *part.overheadMs;
    QCOMPARE(sum, 3400.0); // 400 + 1500 + 1000 + 527 - 27
    // The other way round, or two platform runs, is no comparison.
    QVERIFY(!platformOverhead(note.runs[1], note.runs[0], ClockView::Raw));
    QVERIFY(!platformOverhead(note.runs[0], note.runs[0], ClockView::Raw));
    QVERIFY(firstPlatformOverhead({ note.runs[1], note.runs[0] }, ClockView::Raw));
}

void TestAnalysis::recoversGeneratedSkew_data()
{
    QTest::addColumn<double>("platformSkew");
    QTest::addColumn<double>("expectedOffset");
    QTest::addColumn<bool>("proven");
    // Every event takes 20 ms; a platform clock `skew` ahead makes every lag 20 - skew. The
    // estimate is the smallest correction that leaves no lag negative.
    QTest::addRow("clocks in step") << 0.0 << 0.0 << false;
    QTest::addRow("platform 15 ms ahead, lags still positive") << 15.0 << 0.0 << false;
    QTest::addRow("platform 60 ms ahead") << 60.0 << -40.0 << true;
    QTest::addRow("platform 2.5 s ahead") << 2500.0 << -2480.0 << true;
}

void TestAnalysis::recoversGeneratedSkew()
{
    QFETCH(double, platformSkew);
    QFETCH(double, expectedOffset);
    QFETCH(bool, proven);
    Synth::LogSpec spec;
    spec.platformSkewMs = platformSkew;
    const Analysis a = analyze(*generate(spec));
    QCOMPARE(a.platformClock.offsetMs, expectedOffset);
    QCOMPARE(a.platformClock.skewProven, proven);
    QCOMPARE(a.platformClock.upperMs, std::optional<double>(20 - platformSkew));
    QCOMPARE(a.stalls.size(), 0);
}

void TestAnalysis::findsGeneratedStalls()
{
    Synth::LogSpec spec;
    spec.events = 40;
    spec.eventGapMs = 500;
    // Events after event 10 are held until 1800 ms after event 11 was stamped: events 11 to 14
    // (stamped 0, 500, 1000, 1500 ms after it) arrive together; the client heard nothing from
    // event 10's receive (20 ms after its stamp) until 500 + 1800 ms after that stamp.
    spec.stalls = { { 10, 1800 }, { 30, 700 } };
    const RunPtr run = generate(spec);
    const Analysis a = analyze(*run);
    QCOMPARE(a.stalls.size(), 2);
    QCOMPARE(run->events[a.stalls[0].after].index, 10);
    QCOMPARE(a.stalls[0].gapMs, 500.0 + 1800.0 - 20.0);
    QCOMPARE(a.stalls[0].excessMs, 1800.0 - 20.0); // lag of event 11 minus the normal 20
    QCOMPARE(run->events[a.stalls[1].after].index, 30);
    QCOMPARE(a.stalls[1].gapMs, 500.0 + 700.0 - 20.0);

    QCOMPARE(a.bursts.size(), 2);
    QCOMPARE(run->events[a.bursts[0].first].index, 11);
    QCOMPARE(run->events[a.bursts[0].last].index, 14);
    QCOMPARE(a.bursts[0].stallMs, 1800.0);
    QCOMPARE(run->events[a.bursts[1].first].index, 31);
    QCOMPARE(run->events[a.bursts[1].last].index, 32);
}

// When the lags scatter widely, five median absolute deviations over the median set the stall
// threshold instead of the 500 ms floor.
void TestAnalysis::scalesTheStallThresholdToScatteredLags()
{
    // Stamped a minute apart, with lags (ms) 100 1500 300 9000 500 1300 700 1100 900.
    QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n";
    const char *received[] = { "00.100", "01.500", "00.300", "09.000", "00.500", "01.300", "00.700", "01.100", "00.900" };
    for (int i = 0; i < 9; ++i) {
        const QByteArray minute = "2026-03-01T10:0" + QByteArray::number(i) + ':';
        text += QByteArray::number(i + 1) + ". [" + minute + "00.000Z] recv=" + minute + received[i]
            + "Z step=chat:tokens:" + QByteArray::number(i + 1) + " finished=false msg=\"x\"\n";
    }
    const RunPtr run = parseLogBytes(text, QStringLiteral("scattered.log")).runs.value(0);
    QVERIFY(run);
    QCOMPARE(run->events.size(), 9);
    QCOMPARE(run->events[3].lag(), Micros(9000) * 1000);
    const Analysis a = analyze(*run);

    // Sorted: 100 300 500 700 900 1100 1300 1500 9000. The median is the fifth, 900; the 90th
    // percentile the ninth, 9000. Deviations from 900 sorted: 0 200 200 400 400 600 600 800 8100,
    // so the median deviation is 400 and the threshold 900 + 5 x 400 = 2900 ms. Only event 4 is
    // held longer; with the floor alone (1400 ms) event 2 would be a stall too.
    QCOMPARE(a.stream.medianLagMs, 900.0);
    QCOMPARE(a.stream.p90LagMs, 9000.0);
    QCOMPARE(a.stream.stallThresholdMs, 2900.0);
    QCOMPARE(a.stalls.size(), 1);
    QCOMPARE(run->events[a.stalls[0].next].index, 4);
    QCOMPARE(a.stalls[0].gapMs, 68700.0); // received at 10:03:09.000, event 3 at 10:02:00.300
    QCOMPARE(a.stalls[0].excessMs, 8100.0);
}

// Events held through one silence and then delivered a few ms apart end one stall.
void TestAnalysis::countsHeldEventsThatDrainAsOneStall()
{
    // Stamped every 500 ms from 00.500; events 1-5 arrive 20 ms later, 6-10 at 06.000, 06.010,
    // 06.020, 06.030 and 06.040.
    const char *received[] = { "00.520", "01.020", "01.520", "02.020", "02.520",
                               "06.000", "06.010", "06.020", "06.030", "06.040" };
    QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n";
    for (int i = 0; i < 10; ++i) {
        const int stampMs = 500 * (i + 1);
        const QByteArray stamp = QByteArray::number(stampMs / 1000).rightJustified(2, '0') + '.'
            + QByteArray::number(stampMs % 1000).rightJustified(3, '0');
        text += QByteArray::number(i + 1) + ". [2026-03-01T10:00:" + stamp + "Z] recv=2026-03-01T10:00:" + received[i]
            + "Z step=chat:tokens:" + QByteArray::number(i + 1) + " finished=false msg=\"x\"\n";
    }
    const RunPtr run = parseLogBytes(text, QStringLiteral("drain.log")).runs.value(0);
    QVERIFY(run);
    QCOMPARE(run->events.size(), 10);
    const Analysis a = analyze(*run);
    // Lags 20 (five times), 3000, 2510, 2020, 1530, 1040: median 20, threshold 520. Only event 6
    // follows a silence, 06.000 - 02.520 = 3480 ms; 7 to 10 each came 10 ms after the one before.
    QCOMPARE(a.stream.medianLagMs, 20.0);
    QCOMPARE(a.stream.stallThresholdMs, 520.0);
    QCOMPARE(a.stalls.size(), 1);
    QCOMPARE(run->events[a.stalls[0].after].index, 5);
    QCOMPARE(a.stalls[0].gapMs, 3480.0);
    QCOMPARE(a.stalls[0].excessMs, 2980.0);
}

void TestAnalysis::findsAStallLongerThanTheReportedBottleneck()
{
    Synth::LogSpec spec;
    spec.proxyTtftMs = 1200; // the writer's guess: model_proxy_ttft, 1200 ms
    spec.stalls = { { 20, 4000 } }; // a 4.48 s silence mid-stream
    const RunPtr run = generate(spec);
    const Analysis a = analyze(*run);
    QCOMPARE(run->reportedBottleneck.ms, std::optional<qint64>(1200));
    QCOMPARE(a.stalls.size(), 1);
    QCOMPARE(a.stalls[0].gapMs, 500.0 + 4000.0 - 20.0);
    const QList<Finding> found = findings(*run, a, ClockView::Raw);
    const auto stall = std::find_if(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.text.contains(QLatin1String("longer than the reported bottleneck (1200 ms)"));
    });
    QVERIFY(stall != found.cend());
    QCOMPARE(stall->severity, Severity::Warning);
    QVERIFY(stall->text.contains(QLatin1String("nothing arrived for 4480 ms")));
    QVERIFY(stall->text.contains(QLatin1String("was held 4000 ms against a normal lag of 20 ms")));
}

void TestAnalysis::namesTheGeneratedBottleneck_data()
{
    QTest::addColumn<double>("proxy");
    QTest::addColumn<double>("flush");
    QTest::addColumn<double>("pipeline");
    QTest::addColumn<QString>("expected");
    QTest::addRow("slow model") << 5000.0 << 500.0 << 300.0 << QStringLiteral("model_proxy_ttft");
    QTest::addRow("slow flush") << 800.0 << 4000.0 << 300.0 << QStringLiteral("server_buffer_flush_delay");
    QTest::addRow("slow pipeline") << 800.0 << 500.0 << 6000.0 << QStringLiteral("jobevents_pipeline_delay");
}

void TestAnalysis::namesTheGeneratedBottleneck()
{
    QFETCH(double, proxy);
    QFETCH(double, flush);
    QFETCH(double, pipeline);
    QFETCH(QString, expected);
    Synth::LogSpec spec;
    spec.proxyTtftMs = proxy;
    spec.flushMs = flush;
    spec.pipelineMs = pipeline;
    const Analysis a = analyze(*generate(spec));
    QCOMPARE(a.bottleneck->name, expected);
    // 400 dispatch + the three + 20 delivery.
    QCOMPARE(a.ttftMs, std::optional<double>(400 + proxy + flush + pipeline + 20));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
