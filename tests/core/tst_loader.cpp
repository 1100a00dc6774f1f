#include "notes.h"
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
    void notesSurviveASaveAndALoad();
    void notesThatCannotBeReadAreReported();
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
    QFile sidecar(dir.filePath(QStringLiteral("a.log.laglens-notes.json")));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(R"({"notes": []})");
    sidecar.close();
    const QStringList files = expandPaths({ dir.path() });
    QCOMPARE(files.size(), 3); // the notes beside a.log are not a log

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

void TestLoader::notesSurviveASaveAndALoad()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("run.log"));
    QVERIFY(QFile::copy(data("seed-run.log"), log));
    const QList<Note> notes { { 1, 14579, Lane::Client, QStringLiteral("first token <b>late</b> & \"slow\"") },
                              { 2, -250.5, Lane::ModelProxy, QStringLiteral("two\nlines") } };
    QString error;
    QVERIFY2(saveNotes(log, notes, &error), qPrintable(error));
    QCOMPARE(notesPath(log), log + QStringLiteral(".laglens-notes.json"));
    QVERIFY(QFile::exists(notesPath(log)));

    const QList<Note> back = loadNotes(log, &error);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].run, 1);
    QCOMPARE(back[0].atMs, 14579.0);
    QCOMPARE(back[0].lane, Lane::Client);
    QCOMPARE(back[0].text, QStringLiteral("first token <b>late</b> & \"slow\""));
    QCOMPARE(back[1].run, 2);
    QCOMPARE(back[1].atMs, -250.5);
    QCOMPARE(back[1].lane, Lane::ModelProxy);
    QCOMPARE(back[1].text, QStringLiteral("two\nlines"));

    // The log itself is never touched, and removing every note removes the sidecar.
    QFile original(data("seed-run.log")), copy(log);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    QVERIFY(saveNotes(log, {}, &error));
    QVERIFY(!QFile::exists(notesPath(log)));
    QVERIFY(loadNotes(log, &error).isEmpty());
}

void TestLoader::notesThatCannotBeReadAreReported()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("run.log"));
    const auto writeSidecar = [&](const QByteArray &bytes) {
        QFile file(notesPath(log));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    QString error;
    writeSidecar("{\"notes\": [");
    QVERIFY(loadNotes(log, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    error.clear();
    writeSidecar("[1, 2]");
    QVERIFY(loadNotes(log, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    // Two usable notes and two that are not: the usable ones load, the others are counted.
    error.clear();
    writeSidecar(R"({"notes": [{"at_ms": 5, "text": "a"}, {"text": "no time"}, {"at_ms": 7, "text": ""},
                               {"at_ms": 9, "lane": "platform", "text": "b"}]})");
    const QList<Note> notes = loadNotes(log, &error);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].lane, Lane::Client); // no lane given
    QCOMPARE(notes[1].lane, Lane::Platform);
    QVERIFY2(error.endsWith(QLatin1String(": 2")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
