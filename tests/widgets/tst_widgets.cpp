#include "bottleneckpanel.h"
#include "exportimage.h"
#include "parser.h"
#include "runview.h"
#include "synthlog.h"
#include "timelineplot.h"

#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <numeric>
#include <QTest>

using namespace LagLens;

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportHasTheRequestedSizeAndIsNotBlank_data();
    void exportHasTheRequestedSizeAndIsNotBlank();
    void exportHeaderNamesRunVerdictAndClocks();
    void exportOfADirectRunHasNoEmptyLagChart();
    void timelineTooltipsShowLogTextLiterally();
    void timelineStartsAtSubmit();
    void utcAxesTickOnRoundUtcTimes();
    void labelsFitAtAnyWidth_data();
    void labelsFitAtAnyWidth();
    void manyStallsNeverOverlap();
    void denseEventsLeaveTheSpaceBetweenLanesClear();
    void manyRunsFitOnAScreen();
    void comparisonSharesOneTimeAxis();
    void panelSaysWhereTheTimeWent();
    void panelTablesFitTheirWidth();
    void savingNeverLeavesAHalfWrittenFile();
    void keysZoomPanAndGoBack();
    void clickingALaneNameCollapsesIt();
    void overviewFramesAndMovesTheView();
    void rulerMeasuresBetweenMilestones();
    void clickingAnEventSelectsIt();

private:
    static AnalysedRun load(const char *name)
    {
        return loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name)).runs.value(0);
    }
    // The sample in a view on screen, where the interaction tests click and type.
    static void showSample(RunView &view)
    {
        view.resize(1200, 700);
        view.setRuns({ load("seed-run.log") });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }
    // A generated log, parsed and analysed.
    static AnalysedRun generated(const Synth::LogSpec &spec)
    {
        const RunPtr parsed = parseLogBytes(Synth::generateLog(spec), QStringLiteral("generated.log")).runs.value(0);
        if (!parsed)
            return {};
        return { parsed, QSharedPointer<const Analysis>::create(analyze(*parsed)) };
    }
    static double inkShare(const QImage &image)
    {
        qint64 ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 200)
                    ++ink;
            }
        }
        return double(ink) / (double(image.width()) * image.height());
    }
};

void TestWidgets::exportHasTheRequestedSizeAndIsNotBlank_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addRow("sample at the default size") << QStringLiteral("seed-run.log") << QSize(1600, 900);
    QTest::addRow("sample, smallest") << QStringLiteral("seed-run.log") << QSize(800, 600);
    QTest::addRow("direct run") << QStringLiteral("direct-run.log") << QSize(1200, 700);
    QTest::addRow("no events") << QStringLiteral("events-na.log") << QSize(800, 600);
}

void TestWidgets::exportHasTheRequestedSizeAndIsNotBlank()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    const AnalysedRun run = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + file).runs.value(0);
    QVERIFY(run.run);
    ExportOptions options;
    options.size = size;
    const QImage image = renderRunsImage({ run }, options);
    QCOMPARE(image.size(), size);
    // Text, lanes and axes darken well over one per cent of the picture; a blank one has none.
    QVERIFY2(inkShare(image) > 0.01, qPrintable(QString::number(inkShare(image))));
}

void TestWidgets::exportHeaderNamesRunVerdictAndClocks()
{
    const QStringList raw = exportHeaderLines({ load("seed-run.log") }, ExportOptions {});
    QVERIFY(raw[0].contains(QLatin1String("urn:ivcap:job:e4c8852d-673b-4e0f-82fd-b9005cacf161")));
    QVERIFY(raw[0].contains(QLatin1String("2026-02-12T02:46:42.287Z")));
    QVERIFY(raw[1].contains(QLatin1String("14579 ms")));
    QVERIFY(raw[1].contains(QLatin1String("9976 ms (68%)")));
    QVERIFY(raw[1].contains(QLatin1String("stall")));
    QVERIFY(raw.last().contains(QLatin1String("not corrected")));
    ExportOptions correctedView;
    correctedView.view = ClockView::Corrected;
    const QStringList corrected = exportHeaderLines({ load("skewed-run.log") }, correctedView);
    QVERIFY(corrected.last().contains(QLatin1String("corrected onto the client clock")));
    QVERIFY(corrected.last().contains(QLatin1String("Clock skew is proven in skewed-run.log")));
}

// A direct call has client stamps only, so no lag: its picture is its one lane, and below it
// nothing, rather than a stretched lane over an empty chart.
void TestWidgets::exportOfADirectRunHasNoEmptyLagChart()
{
    ExportOptions options;
    options.size = QSize(1600, 900);
    const QImage image = renderRunsImage({ load("direct-run.log") }, options);
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(inkShare(image.copy(0, 0, 1600, 300)) > 0.01);
    QCOMPARE(inkShare(image.copy(0, 450, 1600, 450)), 0.0);
}

void TestWidgets::timelineTooltipsShowLogTextLiterally()
{
    RunView view;
    view.resize(1400, 800);
    view.setRuns({ load("messages.log") });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Scan the client lane for the event whose message holds markup and an ampersand.
    QWidget *timeline = view.timelineWidget();
    QString found;
    for (int y = 0; y < timeline->height() && found.isEmpty(); y += 2) {
        for (int x = 0; x < timeline->width() && found.isEmpty(); x += 1) {
            const QString tip = view.timelineToolTipAt(QPoint(x, y));
            if (tip.contains(QLatin1String("<b>bold</b>")))
                found = tip;
        }
    }
    QVERIFY2(!found.isEmpty(), "no tooltip shows event 4");
    QVERIFY(found.contains(QStringLiteral("He said \"hi\" \\ <b>bold</b> & \U0001F600 “curly” meta=no")));
}

void TestWidgets::timelineStartsAtSubmit()
{
    RunView view;
    view.setRuns({ load("seed-run.log") });
    const auto [lower, upper] = view.visibleRange();
    // Submit is time zero and the run finished 61.763 s later; the fit adds a small margin.
    QVERIFY(lower < 0 && lower > -3);
    QVERIFY(upper > 61.763 && upper < 66);
}

void TestWidgets::utcAxesTickOnRoundUtcTimes()
{
    RunView view;
    showSample(view);
    view.setVisibleRange(0, 60);
    view.setAbsoluteTime(true);
    view.replot();

    // Submit is 02:46:42.287; over a minute the axis ticks every 10 s of UTC, so the first tick is
    // 02:46:50 at 7.713 s after submit, and the labels carry no fraction of a second.
    const QList<QPair<double, QString>> expected { { 7.713, QStringLiteral("02:46:50") },
                                                   { 17.713, QStringLiteral("02:47:00") },
                                                   { 27.713, QStringLiteral("02:47:10") } };
    for (const QList<QPair<double, QString>> &ticks : { view.timelineTicks(), view.lagChartTicks() }) {
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(qAbs(ticks[i].first - expected[i].first) < 1e-6, qPrintable(QString::number(ticks[i].first)));
            QCOMPARE(ticks[i].second, expected[i].second);
        }
    }

    view.setAbsoluteTime(false);
    view.replot();
    QCOMPARE(view.timelineTicks().first().first, 0.0);
    QCOMPARE(view.timelineTicks().first().second, QStringLiteral("0"));
}

void TestWidgets::labelsFitAtAnyWidth_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("width");
    const QStringList sample { QStringLiteral("seed-run.log") };
    const QStringList two { QStringLiteral("seed-run.log"), QStringLiteral("skewed-run.log") };
    QTest::addRow("sample, wide") << sample << 1400;
    // As in a 1300-pixel window beside the runs list and the bottleneck panel.
    QTest::addRow("sample, as in the window") << sample << 720;
    QTest::addRow("sample, narrow") << sample << 560;
    QTest::addRow("two runs, as in the window") << two << 720;
}

void TestWidgets::labelsFitAtAnyWidth()
{
    QFETCH(QStringList, files);
    QFETCH(int, width);
    QList<AnalysedRun> runs;
    for (const QString &file : std::as_const(files))
        runs.append(load(qPrintable(file)));
    RunView view;
    view.resize(width, 700);
    view.setRuns(runs);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.replot();
    const QStringList problems = view.textProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
}

// Thirty-nine stalls of two seconds, 100 events apart: far more stall labels than fit side by side.
void TestWidgets::manyStallsNeverOverlap()
{
    Synth::LogSpec spec;
    spec.events = 4000;
    spec.eventGapMs = 50;
    for (int i = 1; i <= 39; ++i)
        spec.stalls.append({ i * 100, 2000 });
    const AnalysedRun run = generated(spec);
    QVERIFY(run.run);
    QCOMPARE(run.analysis->stalls.size(), 39);

    RunView view;
    view.resize(900, 700);
    view.setRuns({ run });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.replot();
    const QStringList texts = view.timelineTexts();
    QVERIFY(texts.join(u'|').contains(QStringLiteral("stall: ")));
    const QStringList problems = view.textProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
}

// 20,000 events 5 ms apart with 20 ms lags: zoomed out, each pixel column holds dozens of them,
// and drawing each one's connector would paint the space between Platform and Client solid.
// Zoomed in to one second, the 20 ms lags slant and every connector is drawn.
void TestWidgets::denseEventsLeaveTheSpaceBetweenLanesClear()
{
    Synth::LogSpec spec;
    spec.events = 20000;
    spec.eventGapMs = 5;
    const AnalysedRun run = generated(spec);
    QVERIFY(run.run);
    QCOMPARE(run.run->events.size(), 20000);
    QCOMPARE(run.analysis->stream.medianLagMs, 20.0);

    TimelinePlot plot;
    plot.resize(1000, 500);
    plot.setRuns({ run });
    plot.fitToData();
    // The share of the row halfway between the lanes, across the events, that a connector inks.
    const auto inkBetweenLanes = [&plot](int from, int to) {
        plot.replot();
        const QImage image = plot.toPixmap().toImage();
        const std::optional<QPointF> stamp = plot.eventPosition(0, from, false);
        const std::optional<QPointF> receipt = plot.eventPosition(0, to, true);
        if (!stamp || !receipt)
            return -1.0;
        const int y = int((stamp->y() + receipt->y()) / 2);
        const int left = std::max(0, int(stamp->x())), right = std::min(image.width() - 1, int(receipt->x()));
        int ink = 0;
        for (int x = left; x <= right; ++x)
            ink += qGray(image.pixel(x, y)) < 230 ? 1 : 0; // the lanes' backgrounds are lighter
        return double(ink) / std::max(1, right - left + 1);
    };
    const double zoomedOut = inkBetweenLanes(0, 19999);
    QVERIFY2(zoomedOut >= 0 && zoomedOut < 0.05, qPrintable(QString::number(zoomedOut)));

    // One second from the middle: events 10,000 to 10,199 (stamped 5 ms apart).
    const double middle = plot.eventPosition(0, 10000, false)->x();
    plot.xAxis->setRange(plot.xAxis->pixelToCoord(middle), plot.xAxis->pixelToCoord(middle) + 1.0);
    const double zoomedIn = inkBetweenLanes(10000, 10150);
    QVERIFY2(zoomedIn > 0.3, qPrintable(QString::number(zoomedIn)));
}

// Two dozen runs compared: their legend wraps, so the view asks for no more width than a screen.
void TestWidgets::manyRunsFitOnAScreen()
{
    QList<AnalysedRun> runs;
    for (int i = 0; i < 24; ++i)
        runs.append(load(i % 2 ? "seed-run.log" : "skewed-run.log"));
    RunView view;
    view.setRuns(runs);
    QVERIFY2(view.minimumSizeHint().width() < 1000, qPrintable(QString::number(view.minimumSizeHint().width())));
}

void TestWidgets::comparisonSharesOneTimeAxis()
{
    RunView view;
    view.setRuns({ load("seed-run.log"), load("skewed-run.log") });
    const auto [lower, upper] = view.visibleRange();
    QVERIFY(upper > 61.763); // the longer of the two runs
    view.setVisibleRange(10, 20);
    QCOMPARE(view.visibleRange(), qMakePair(10.0, 20.0));
}

void TestWidgets::panelSaysWhereTheTimeWent()
{
    BottleneckPanel panel;
    panel.setRun(load("seed-run.log"), ClockView::Raw);
    const QStringList texts = panel.findingTexts();
    QCOMPARE(texts.first(),
             QStringLiteral("Bottleneck: model proxy time to first delta, 9976 ms of the 14579 ms time to first token (68.4%)."));
    QVERIFY(texts.contains(QStringLiteral("• The log's own guess agrees: model_proxy_ttft (9976 ms).")));
    panel.setRun({}, ClockView::Raw);
    QCOMPARE(panel.findingTexts().size(), 1);
}

void TestWidgets::panelTablesFitTheirWidth()
{
    BottleneckPanel panel;
    panel.resize(300, 800);
    panel.setRun(load("seed-run.log"), ClockView::Raw);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // The sample has five segments and 13 reported figures; in a narrow panel the figures' columns
    // stay whole and the names give way.
    const QList<std::pair<QString, int>> tables { { QStringLiteral("Segments of the time to first token"), 5 },
                                                  { QStringLiteral("Breakdown figures, reported and recomputed"), 13 } };
    for (const auto &[name, rows] : tables) {
        const QTableView *table = nullptr;
        for (const QTableView *candidate : panel.findChildren<QTableView *>()) {
            if (candidate->accessibleName() == name)
                table = candidate;
        }
        QVERIFY2(table, qPrintable(name));
        QCOMPARE(table->model()->rowCount(), rows);
        const QHeaderView *header = table->horizontalHeader();
        int right = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            right = std::max(right, header->sectionViewportPosition(column) + header->sectionSize(column));
            if (column > 0)
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(name));
        }
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: columns end at %2, the table shows %3")
                                .arg(name)
                                .arg(right)
                                .arg(table->viewport()->width())));
    }
}

void TestWidgets::savingNeverLeavesAHalfWrittenFile()
{
    QTemporaryDir dir;
    QImage image(100, 80, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QString error;
    const QString good = dir.filePath(QStringLiteral("ok.png"));
    QVERIFY(saveImageAtomically(image, good, &error));
    QCOMPARE(QImage(good).size(), QSize(100, 80));

    const QString bad = dir.filePath(QStringLiteral("missing-folder/out.png"));
    QVERIFY(!saveImageAtomically(image, bad, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("ok.png") });
}

void TestWidgets::keysZoomPanAndGoBack()
{
    RunView view;
    showSample(view);
    QWidget *timeline = view.timelineWidget();
    view.setVisibleRange(0, 40);

    const auto near = [&](double lower, double upper) {
        const auto [l, u] = view.visibleRange();
        return std::abs(l - lower) < 1e-9 && std::abs(u - upper) < 1e-9;
    };
    QTest::keyClick(timeline, Qt::Key_W); // half the width, around the centre: 20 s wide at 20 s
    QVERIFY(near(10, 30));
    QTest::keyClick(timeline, Qt::Key_D); // a fifth of the width later
    QVERIFY(near(14, 34));
    QTest::keyClick(timeline, Qt::Key_A);
    QVERIFY(near(10, 30));
    QTest::keyClick(timeline, Qt::Key_S); // twice the width
    QVERIFY(near(0, 40));
    QTest::keyClick(timeline, Qt::Key_Backspace); // back through the history
    QVERIFY(near(10, 30));
    QTest::keyClick(timeline, Qt::Key_Backspace);
    QVERIFY(near(14, 34));
    QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier); // and forward again
    QVERIFY(near(10, 30));
}

void TestWidgets::clickingALaneNameCollapsesIt()
{
    RunView view;
    showSample(view);
    QWidget *timeline = view.timelineWidget();
    QSignalSpy changed(&view, &RunView::laneCollapsedChanged);
    // request_dispatch_at 02:46:42.996 is 0.709 s after submit, in the chat service lane.
    const QString dispatchLabel = QStringLiteral("request dispatch  0.71 s");
    QVERIFY(view.timelineTexts().contains(dispatchLabel));
    const std::optional<QPointF> dispatch = view.milestonePosition(0, MilestoneId::RequestDispatchAt);
    QVERIFY(dispatch);

    // The lane's name is left of the plot, at the height of its markers.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(20, int(dispatch->y())));
    QVERIFY(view.isLaneCollapsed(Lane::ChatService));
    QVERIFY(!view.isLaneCollapsed(Lane::Client));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toBool(), true);
    view.replot();
    // Its markers stay, its labels and its buffer flush bar go.
    QVERIFY(view.milestonePosition(0, MilestoneId::RequestDispatchAt));
    QVERIFY(!view.timelineTexts().contains(dispatchLabel));
    QVERIFY(!view.timelineTexts().join(u'|').contains(QStringLiteral("chat service buffer flush")));

    const std::optional<QPointF> collapsed = view.milestonePosition(0, MilestoneId::RequestDispatchAt);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(20, int(collapsed->y())));
    QVERIFY(!view.isLaneCollapsed(Lane::ChatService));
    QCOMPARE(changed.size(), 2);
    view.replot();
    QVERIFY(view.timelineTexts().contains(dispatchLabel));

    // Clicking inside the plot collapses nothing.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(int(dispatch->x()) + 200, int(dispatch->y())));
    QCOMPARE(changed.size(), 2);
}

void TestWidgets::overviewFramesAndMovesTheView()
{
    RunView view;
    showSample(view);
    // The sample runs from submit (0 s) to finished_at 02:47:44.050, 61.763 s later; fitting
    // leaves 3% of that before and 6% after.
    const auto [lower, upper] = view.overviewWindow();
    QVERIFY(std::abs(lower - -0.03 * 61.763) < 1e-6);
    QVERIFY(std::abs(upper - 1.06 * 61.763) < 1e-6);

    // The 40 events, each counted once; events 6 to 8 arrived together at 02:47:15.801,
    // 33.514 s after submit, in one column of 67.32 s / 240.
    const QList<int> counts = view.overviewCounts(0);
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), 40);
    const int burstColumn = int((33.514 - lower) / ((upper - lower) / 240));
    QCOMPARE(counts.value(burstColumn), 3);

    // The frame follows the timeline.
    view.setVisibleRange(20, 30);
    QCOMPARE(view.overviewWindow(), qMakePair(20.0, 30.0));

    // A click outside the frame centres it there, keeping its width; the timeline follows.
    QWidget *strip = view.overviewWidget();
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(view.overviewX(50), strip->height() / 2));
    const auto [l, u] = view.visibleRange();
    QVERIFY2(std::abs(l - 45) < 0.5 && std::abs(u - 55) < 0.5, qPrintable(QStringLiteral("%1 to %2").arg(l).arg(u)));
    QVERIFY(std::abs((u - l) - 10) < 1e-9);

    // Dragged past the end of the runs, the frame stops at their end (1.06 x 61.763 s).
    QTest::mousePress(strip, Qt::LeftButton, {}, QPoint(view.overviewX(50), strip->height() / 2));
    QTest::mouseMove(strip, QPoint(strip->width() - 1, strip->height() / 2));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, QPoint(strip->width() - 1, strip->height() / 2));
    QVERIFY(std::abs(view.visibleRange().second - 1.06 * 61.763) < 1e-6);
    QVERIFY(std::abs(view.visibleRange().first - (1.06 * 61.763 - 10)) < 1e-6);
}

void TestWidgets::rulerMeasuresBetweenMilestones()
{
    RunView view;
    showSample(view);
    QWidget *timeline = view.timelineWidget();
    const std::optional<QPointF> submit = view.milestonePosition(0, MilestoneId::SubmittedAt);
    const std::optional<QPointF> firstToken = view.milestonePosition(0, MilestoneId::FirstTokenClientReceivedAt);
    QVERIFY(submit && firstToken);

    view.setRulerMode(true);
    // A click a few pixels off a marker still snaps to it. Submit at 02:46:42.287, first token
    // received at 02:46:56.866: 14579 ms apart.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, submit->toPoint() + QPoint(3, 2));
    QTest::mouseClick(timeline, Qt::LeftButton, {}, firstToken->toPoint() + QPoint(-2, 1));
    QCOMPARE(view.measurementTexts(), QStringList { QStringLiteral("14579 ms") });
    QCOMPARE(view.measurements().first().from, 0.0);
    QVERIFY(std::abs(view.measurements().first().to - 14.579) < 1e-9);

    QTest::keyClick(timeline, Qt::Key_Escape);
    QVERIFY(view.measurements().isEmpty());
    view.setRulerMode(false);
    QVERIFY(!view.rulerMode());
}

void TestWidgets::clickingAnEventSelectsIt()
{
    RunView view;
    showSample(view);
    QSignalSpy clicked(&view, &RunView::eventClicked);
    // The first listed event: stamped 02:47:10.401 on the platform lane.
    const std::optional<QPointF> stamp = view.eventPosition(0, 0, false);
    QVERIFY(stamp);
    QTest::mouseClick(view.timelineWidget(), Qt::LeftButton, {}, stamp->toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 0);
    QCOMPARE(clicked.first().at(1).toInt(), 0);
    QVERIFY2(view.timelineToolTipAt(stamp->toPoint())
                 .contains(QLatin1String("Event 1: chat:tokens:11 (finish)\n"
                                         "stamped 2026-02-12T02:47:10.401Z (platform clock), 28.11 s since submit\n"
                                         "received 2026-02-12T02:47:10.421Z (client clock), 28.13 s since submit\n"
                                         "lag 20 ms\ncompleted")),
             qPrintable(view.timelineToolTipAt(stamp->toPoint())));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
