// How long a replot of the timeline and the lag chart takes with a million events, with the
// whole run in view and deep in a zoom. Run it directly (it is not a CTest test: its input takes
// seconds to make): build/dev/tests/bench_draw [-iterations N]
#include "runview.h"
#include "synthlog.h"

#include <QTest>

using namespace LagLens;

class BenchDraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replot_data();
    void replot();

private:
    AnalysedRun m_run;
};

void BenchDraw::initTestCase()
{
    Synth::LogSpec spec;
    spec.events = qEnvironmentVariableIntValue("LAGLENS_BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("LAGLENS_BENCH_EVENTS")
                                                                            : 1000000;
    spec.eventGapMs = 5;
    spec.stalls = { { spec.events / 3, 2500 }, { 2 * spec.events / 3, 900 } };
    const RunPtr run = parseLogBytes(Synth::generateLog(spec), QStringLiteral("bench.log")).runs.value(0);
    QVERIFY(run);
    m_run = { run, QSharedPointer<const Analysis>::create(analyze(*run)) };
    qInfo("%lld events", qint64(run->events.size()));
}

void BenchDraw::replot_data()
{
    QTest::addColumn<double>("fraction"); // of the run in view; 1 is all of it
    QTest::addRow("full view") << 1.0;
    QTest::addRow("a tenth") << 0.1;
    QTest::addRow("deep zoom (one second)") << -1.0;
}

void BenchDraw::replot()
{
    QFETCH(double, fraction);
    RunView view;
    view.resize(1600, 900);
    view.setRuns({ m_run });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto [lower, upper] = view.visibleRange();
    const double middle = (lower + upper) / 2;
    const double half = fraction > 0 ? (upper - lower) * fraction / 2 : 0.5;
    view.setVisibleRange(middle - half, middle + half);
    QBENCHMARK {
        view.replot();
    }
}

QTEST_MAIN(BenchDraw)
#include "bench_draw.moc"
