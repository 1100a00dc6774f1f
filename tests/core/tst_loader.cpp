#include "runloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace LagLens;

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsResultsBackInOrder();
    void reportsAFailedFileAndLoadsTheRest();
    void cancelledJobStaysSilent();
};

static QString data(const char *name)
{
    return QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name);
}

void TestLoader::handsResultsBackInOrder()
{
    RunLoader loader;
    QSignalSpy loaded(&loader, &RunLoader::fileLoaded);
    QSignalSpy finished(&loader, &RunLoader::jobFinished);
    const quint64 job = loader.load({ data("seed-run.log"), data("incident-note.md"), data("direct-run.log") });
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toULongLong(), job);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded[0].at(1).value<LoadedFile>().path, data("seed-run.log"));
    QCOMPARE(loaded[1].at(1).value<LoadedFile>().runs.size(), 2);
    QCOMPARE(loaded[2].at(1).value<LoadedFile>().path, data("direct-run.log"));
    QCOMPARE(loaded[0].at(1).value<LoadedFile>().runs.first().analysis->ttftMs, std::optional<double>(14579));
    QVERIFY(!loader.isBusy());
}

void TestLoader::reportsAFailedFileAndLoadsTheRest()
{
    RunLoader loader;
    QSignalSpy loaded(&loader, &RunLoader::fileLoaded);
    QSignalSpy finished(&loader, &RunLoader::jobFinished);
    loader.load({ data("not-a-log.txt"), data("skewed-run.log") });
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loaded.size(), 2);
    const LoadedFile broken = loaded[0].at(1).value<LoadedFile>();
    QVERIFY(broken.runs.isEmpty());
    QVERIFY(broken.error.contains(QLatin1String("not a chat latency diagnostic log")));
    QCOMPARE(loaded[1].at(1).value<LoadedFile>().runs.size(), 1);
}

void TestLoader::cancelledJobStaysSilent()
{
    RunLoader loader;
    QSignalSpy loaded(&loader, &RunLoader::fileLoaded);
    QSignalSpy finished(&loader, &RunLoader::jobFinished);
    const quint64 job = loader.load({ data("seed-run.log"), data("skewed-run.log") });
    loader.cancel(job);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), true);
    // The tasks may still finish on the pool; nothing of the cancelled job may reach the listener.
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isBusy());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
