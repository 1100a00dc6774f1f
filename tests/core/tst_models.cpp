#include "models.h"
#include "parser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace LagLens;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runListModel();
    void segmentModelSortsLargestFirst();
    void figureModelMarksClampedFigures();
    void diagnosticModelOrdersByLine();
    void eventModelMarksBurstsAndStalls();
    void stepModelPairsStartAndFinish();
    void overheadModelSplitsTheDifference();
    void deltaModelMarksTheLargestChanges();
    void modelsStayConsistentAcrossRuns();

private:
    static AnalysedRun load(const char *name)
    {
        const LoadedFile file = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name));
        return file.runs.value(0);
    }
};

void TestModels::runListModel()
{
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({ load("seed-run.log"), load("skewed-run.log") });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("skewed-run.log"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("14579 ms")));
    model.removeAt(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("skewed-run.log"));

    // A reloaded file: one run becomes the two of a note, then the one again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<AnalysedRun> note = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/incident-note.md")).runs;
    QCOMPARE(note.size(), 2);
    model.replace(0, 1, note);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.at(0).run->displayName, note[0].run->displayName);
    QCOMPARE(model.at(1).run->displayName, note[1].run->displayName);
    model.replace(0, 2, { load("seed-run.log") });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("seed-run.log"));
    model.replace(0, 2, { load("skewed-run.log") }); // more rows than there are: refused
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("seed-run.log"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    // The sample the window opens by itself is read from the application's resources; the File
    // column names it for what it is, not by its resource path.
    QFile sample(QStringLiteral(LAGLENS_TEST_DATA "/seed-run.log"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const RunPtr bundled = parseLogBytes(sample.readAll(), QStringLiteral(":/samples/seed-run.log")).runs.value(0);
    QVERIFY(bundled);
    model.append({ { bundled, QSharedPointer<const Analysis>::create(analyze(*bundled)) } });
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("File"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("bundled sample"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("seed-run.log"));
}

void TestModels::segmentModelSortsLargestFirst()
{
    SegmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(load("seed-run.log"), ClockView::Raw);
    QCOMPARE(model.rowCount(), 5);
    // 9976, 2116, 1758, 709, 20 ms.
    const QStringList expected { QStringLiteral("9976"), QStringLiteral("2116"), QStringLiteral("1758"),
                                 QStringLiteral("709"), QStringLiteral("20") };
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.index(row, SegmentModel::MsColumn).data().toString(), expected[row]);
    QCOMPARE(model.index(0, SegmentModel::ShareColumn).data().toString(), QStringLiteral("68.4%"));
    QCOMPARE(model.index(0, SegmentModel::NameColumn).data(SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(!model.index(1, SegmentModel::NameColumn).data(SeverityRole).isValid());
}

void TestModels::figureModelMarksClampedFigures()
{
    FigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(load("skewed-run.log"));
    QCOMPARE(model.rowCount(), 13);
    // Row 8 is event_envelope_to_client_receive_ms, the ninth figure of the log.
    QCOMPARE(model.index(8, FigureModel::NameColumn).data().toString(), QStringLiteral("event_envelope_to_client_receive_ms"));
    QCOMPARE(model.index(8, FigureModel::ReportedColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(8, FigureModel::ComputedColumn).data().toString(), QStringLiteral("-27"));
    QCOMPARE(model.index(8, FigureModel::CorrectedColumn).data().toString(), QStringLiteral("13"));
    QCOMPARE(model.index(8, FigureModel::StatusColumn).data(SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(model.index(0, FigureModel::CorrectedColumn).data().toString(), QString()); // one clock only
}

void TestModels::diagnosticModelOrdersByLine()
{
    DiagnosticModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(load("broken-lines.log"));
    QCOMPARE(model.rowCount(), 16); // the 16 lines tst_parser lists for this file
    int previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int line = model.index(row, DiagnosticModel::LineColumn).data(SortRole).toInt();
        QVERIFY(line >= previous);
        previous = line;
    }
    QCOMPARE(model.index(0, DiagnosticModel::LineColumn).data().toString(), QStringLiteral("4"));
}

void TestModels::eventModelMarksBurstsAndStalls()
{
    EventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(load("seed-run.log"), ClockView::Raw);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.index(5, EventModel::LagColumn).data().toString(), QStringLiteral("1848"));
    QCOMPARE(model.index(5, EventModel::IndexColumn).data(SeverityRole).toInt(), int(Severity::Error)); // after the stall
    QCOMPARE(model.index(6, EventModel::IndexColumn).data(SeverityRole).toInt(), int(Severity::Warning)); // in the burst
    QVERIFY(!model.index(0, EventModel::IndexColumn).data(SeverityRole).isValid());
    // Event 1 was stamped 28.114 s after submit (02:47:10.401 - 02:46:42.287).
    QCOMPARE(model.index(0, EventModel::StampColumn).data().toString(), QStringLiteral("28.114"));
    QCOMPARE(model.index(1, EventModel::StepColumn).data().toString(), QStringLiteral("chat:tokens:12 (start)"));
}

void TestModels::stepModelPairsStartAndFinish()
{
    StepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(load("skewed-run.log"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, StepModel::StepColumn).data().toString(), QStringLiteral("chat:tokens:1"));
    QCOMPARE(model.index(0, StepModel::StartColumn).data().toString(), QStringLiteral("6.000")); // 10:00:06.000
    QCOMPARE(model.index(0, StepModel::FinishColumn).data().toString(), QStringLiteral("6.500"));
    QCOMPARE(model.index(2, StepModel::MsColumn).data().toString(), QStringLiteral("400")); // 08.400 - 08.000
    model.setRun(load("seed-run.log"));
    QCOMPARE(model.index(0, StepModel::StartColumn).data().toString(), QStringLiteral("before the log"));
}

void TestModels::overheadModelSplitsTheDifference()
{
    const LoadedFile note = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/incident-note.md"));
    OverheadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOverhead(platformOverhead(note.runs[0], note.runs[1], ClockView::Raw));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(1, OverheadModel::PlatformColumn).data().toString(), QStringLiteral("3600"));
    QCOMPARE(model.index(1, OverheadModel::DirectColumn).data().toString(), QStringLiteral("2100"));
    QCOMPARE(model.index(1, OverheadModel::OverheadColumn).data().toString(), QStringLiteral("1500"));
    QCOMPARE(model.index(1, OverheadModel::OverheadColumn).data(BarRole).toDouble(), 1500.0 / 3400.0);
    model.setOverhead(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::deltaModelMarksTheLargestChanges()
{
    DeltaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({ load("skewed-run.log"), load("seed-run.log") }, 0);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("skewed-run.log (baseline)"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("time to first token"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("5500"));
    // 14579 against 5500: +9079, 2.65 times.
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("14579  (+9079, ×2.65)"));
    // The largest changes: first token (+9079), model proxy (+6376) and finished (+52763).
    QCOMPARE(model.index(0, 2).data(SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(model.index(2, 2).data(SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(!model.index(1, 2).data(SeverityRole).isValid()); // dispatch: +309
    QVERIFY(!model.index(0, 1).data(SeverityRole).isValid()); // the baseline itself
    model.setRuns({}, 0);
    QCOMPARE(model.columnCount(), 1);
}

void TestModels::modelsStayConsistentAcrossRuns()
{
    EventModel events;
    SegmentModel segments;
    QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester segmentTester(&segments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *name : { "seed-run.log", "direct-run.log", "events-na.log", "skewed-run.log" }) {
        events.setRun(load(name), ClockView::Corrected);
        segments.setRun(load(name), ClockView::Corrected);
    }
    events.setRun({}, ClockView::Raw);
    segments.setRun({}, ClockView::Raw);
    QCOMPARE(events.rowCount(), 0);
    QCOMPARE(segments.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
