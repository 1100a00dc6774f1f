#include "runloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LagLens;

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsResultsBackInOrder();
    void reportsAFailedFileAndLoadsTheRest();
    void cancelledJobStaysSilent();
    void loadsAFolderAndNamesWhatItSkips();
    void cancelStopsAFolderMidway();
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

void TestLoader::loadsAFolderAndNamesWhatItSkips()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("nested"));
    QVERIFY(QFile::copy(data("seed-run.log"), dir.filePath(QStringLiteral("a.log"))));
    QVERIFY(QFile::copy(data("not-a-log.txt"), dir.filePath(QStringLiteral("b-notes.txt"))));
    QVERIFY(QFile::copy(data("incident-note.md"), dir.filePath(QStringLiteral("nested/c.md"))));
    const QStringList files = expandPaths({ dir.path() });
    QCOMPARE(files.size(), 3);

    RunLoader loader;
    QSignalSpy loaded(&loader, &RunLoader::fileLoaded);
    QSignalSpy finished(&loader, &RunLoader::jobFinished);
    loader.load(files);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(loaded.size(), 3);
    int runs = 0;
    QStringList skipped;
    for (const QList<QVariant> &signal : std::as_const(loaded)) {
        const LoadedFile file = signal.at(1).value<LoadedFile>();
        runs += int(file.runs.size());
        if (!file.error.isEmpty())
            skipped.append(QFileInfo(file.path).fileName() + u':' + file.error);
    }
    QCOMPARE(runs, 3); // the sample, and the two logs in the note
    QCOMPARE(skipped.size(), 1);
    QVERIFY(skipped.first().startsWith(QLatin1String("b-notes.txt:not a chat latency diagnostic log")));
}

void TestLoader::cancelStopsAFolderMidway()
{
    // Enough files that the pool cannot have read them all when the first result arrives.
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 400; ++i) {
        const QString path = dir.filePath(QStringLiteral("run-%1.log").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(QFile::copy(data("seed-run.log"), path));
        files.append(path);
    }
    RunLoader loader;
    QSignalSpy finished(&loader, &RunLoader::jobFinished);
    int seen = 0;
    quint64 job = 0;
    connect(&loader, &RunLoader::fileLoaded, &loader, [&](quint64 id, const LoadedFile &) {
        ++seen;
        if (seen == 1)
            loader.cancel(id);
    });
    job = loader.load(files);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toULongLong(), job);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QTest::qWait(200);
    QCOMPARE(seen, 1); // nothing after the cancel
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isBusy());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
