#include "parser.h"
#include "runloader.h"
#include "summary.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace LagLens;

// Every file of tests/data/broken (written by make-corpus.py there) must give runs with
// line-numbered diagnostics, or one clear error; never a crash, a hang or a silently lost line.
// Beyond that, each case checks what a reader of that file would want, worked out by hand from
// how the file was made.
class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileLoadsOrSaysWhy_data();
    void everyFileLoadsOrSaysWhy();
    void expectedOutcome_data();
    void expectedOutcome();
    void markupStaysText();
    void percentSignsStayText();
    void repeatedKeysKeepTheUsableValue();
    void truncatedFilesKeepWhatTheyHold_data();
    void truncatedFilesKeepWhatTheyHold();
    void endlessTitlesStopAtTheCap();
    void endlessBenchmarkEntriesStopAtTheCap();
    void unreadableFile();
    void pipeIsRefused();

private:
    static QString corpus(const QString &name) { return QStringLiteral(LAGLENS_TEST_DATA "/broken/") + name; }
    static QList<int> lines(const Run &run, Severity severity)
    {
        QList<int> out;
        for (const Diagnostic &d : run.diagnostics) {
            if (d.severity == severity)
                out.append(d.line);
        }
        return out;
    }
};

void TestHostile::everyFileLoadsOrSaysWhy_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(LAGLENS_TEST_DATA "/broken"));
    const QStringList names = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 55, qPrintable(QString::number(names.size())));
    for (const QString &name : names) {
        if (name != u"make-corpus.py")
            QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
    }
}

void TestHostile::everyFileLoadsOrSaysWhy()
{
    QFETCH(QString, path);
    const LoadedFile file = loadAndAnalyse(path);
    QVERIFY(file.runs.isEmpty() != file.error.isEmpty());
    for (const AnalysedRun &run : file.runs) {
        for (const Diagnostic &d : run.run->diagnostics) {
            QVERIFY(!d.message.isEmpty());
            QVERIFY(d.line >= 0);
        }
        if (run.run->format == LogFormat::Benchmark)
            continue; // JSON entries have no lines
        QVERIFY(run.run->firstLine >= 1);
        QVERIFY(run.run->lastLine >= run.run->firstLine);
        // Every event a run holds comes from a line inside it.
        for (const Event &e : run.run->events)
            QVERIFY(e.line >= run.run->firstLine && e.line <= run.run->lastLine);
    }
    // The summary of it is valid JSON.
    QJsonParseError error;
    QJsonDocument::fromJson(summaryJson({ file }), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestHostile::expectedOutcome_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error"); // a part of the one error, or empty when runs are expected
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("events"); // of the first run
    QTest::addColumn<QList<int>>("warnings"); // lines of the first run's warnings, in order
    QTest::addColumn<double>("ttft"); // of the first run; NaN when it has none

    const double none = qQNaN();
    QTest::addRow("empty file") << "empty.log" << "empty" << 0 << 0 << QList<int>() << none;
    QTest::addRow("blank lines only") << "only-blank-lines.log" << "not a chat latency diagnostic log" << 0 << 0 << QList<int>() << none;
    QTest::addRow("binary bytes") << "binary-garbage.bin" << "not a chat latency diagnostic log" << 0 << 0 << QList<int>() << none;
    QTest::addRow("prose") << "not-a-log.txt" << "not a chat latency diagnostic log" << 0 << 0 << QList<int>() << none;
    QTest::addRow("a folder") << "a-directory.log" << "folder" << 0 << 0 << QList<int>() << none;
    QTest::addRow("JSON of something else") << "json-but-not-benchmark.json" << "not a TTFT benchmark result" << 0 << 0 << QList<int>() << none;
    QTest::addRow("broken JSON") << "json-broken.json" << "does not parse" << 0 << 0 << QList<int>() << none;
    QTest::addRow("only a title") << "only-title.log" << "" << 1 << 0 << QList<int>() << none;
    // 14579 ms: first_token_client_received_at - submitted_at of the sample.
    QTest::addRow("line endings mixed") << "mixed-line-endings.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("two byte-order marks") << "double-bom.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("UTF-16LE") << "utf16le.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("UTF-16BE") << "utf16be.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("UTF-16LE without mark") << "utf16le-no-bom.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("Latin-1 byte in a message") << "latin1.log" << "" << 1 << 40 << QList<int> { 53 } << 14579.0;
    QTest::addRow("NUL in a message") << "nul-bytes-in-message.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    // Control bytes inserted at line 12 split into lines 12 (0x00-0x09), 13 (VT FF, blank) and
    // 14 (0x0e-0x1f, FF FE NUL): two lines no key=value, the second also not UTF-8.
    QTest::addRow("binary inside a log") << "binary-inside-log.log" << "" << 1 << 40 << QList<int> { 12, 14, 14 } << 14579.0;
    QTest::addRow("a 300 kB event") << "huge-line.log" << "" << 1 << 41 << QList<int>() << 14579.0;
    QTest::addRow("a 200 kB unknown line") << "huge-unknown-line.log" << "" << 1 << 40 << QList<int> { 9 } << 14579.0;
    // token_events, submit_to_first_token_ms and likely_bottleneck_ms out of any range.
    QTest::addRow("gigantic numbers") << "gigantic-numbers.log" << "" << 1 << 40 << QList<int> { 8, 33, 47 } << 14579.0;
    QTest::addRow("negative count") << "negative-count.log" << "" << 1 << 40 << QList<int> { 8 } << 14579.0;
    QTest::addRow("month 13, February 30, year 0") << "dates-out-of-range.log" << "" << 1 << 40 << QList<int> { 12, 13, 14 } << none;
    // job_created_at at :60, and event 1 received at :60 (kept without its receipt).
    QTest::addRow("seconds of 60") << "seconds-of-60.log" << "" << 1 << 40 << QList<int> { 13, 51 } << 14579.0;
    QTest::addRow("offset without minutes") << "offset-without-minutes.log" << "" << 1 << 40 << QList<int> { 12 } << none;
    // A second Timestamps section (line 27) moves submit to 02:46:40.000: 56.866 - 40.000.
    QTest::addRow("a section twice") << "duplicated-sections.log" << "" << 1 << 40 << QList<int> { 27, 28 } << 16866.0;
    // submitted_at again at 41.000 (used), then unusable (ignored): 56.866 - 41.000.
    QTest::addRow("a key twice") << "duplicated-keys.log" << "" << 1 << 40 << QList<int> { 13, 14 } << 15866.0;
    QTest::addRow("an event field twice") << "duplicated-event-fields.log" << "" << 1 << 40 << QList<int> { 52, 52 } << 14579.0;
    // The sample's 90 lines, a blank line 91, the repeated heading on 92 and two more events.
    QTest::addRow("events section twice") << "duplicated-events-section.log" << "" << 1 << 42 << QList<int> { 92 } << 14579.0;
    QTest::addRow("keys before any section") << "no-sections.log" << "" << 1 << 0 << QList<int> { 2, 3 } << none;
    QTest::addRow("headings without names") << "heading-without-name.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("a level-1 heading inside") << "level-one-heading-inside.log" << "" << 1 << 40 << QList<int> { 9 } << 14579.0;
    QTest::addRow("a stray code fence inside") << "stray-fence-inside.log" << "" << 1 << 40 << QList<int> { 27 } << 14579.0;
    QTest::addRow("quoted in Markdown") << "quoted-in-markdown.md" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("a title inside a message") << "title-inside-message.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("meta that is no JSON") << "meta-not-json.log" << "" << 1 << 40 << QList<int> { 53 } << 14579.0;
    QTest::addRow("twenty thousand meta markers") << "meta-marker-many-quotes.log" << "" << 1 << 40 << QList<int> { 53 } << 14579.0;
    // Marker events at 1e300 ms and "soon" are no dispatch time; the Timestamps section says n/a.
    QTest::addRow("absurd marker stamps") << "meta-marker-absurd.log" << "" << 1 << 42 << QList<int> { 51, 52 } << 14579.0;
    QTest::addRow("events out of order") << "events-out-of-order.log" << "" << 1 << 40 << QList<int>() << 14579.0;
    QTest::addRow("event without ]") << "event-without-bracket.log" << "" << 1 << 39 << QList<int> { 53 } << 14579.0;
    QTest::addRow("event received 'yesterday'") << "event-bad-recv.log" << "" << 1 << 40 << QList<int> { 53 } << 14579.0;
    QTest::addRow("event lines with nothing after the number") << "event-number-only.log" << "" << 1 << 40 << QList<int> { 51, 52, 53 } << 14579.0;
    QTest::addRow("figures 0x5BC, nan, 1e20, nothing") << "breakdown-odd-values.log" << "" << 1 << 40 << QList<int> { 29, 30, 31, 32 } << 14579.0;
    QTest::addRow("the cut event line") << "truncated-mid-line.log" << "" << 1 << 6 << QList<int> { 56 } << 14579.0;
    QTest::addRow("two thousand logs in one file") << "many-small-logs.log" << "" << 2000 << 0 << QList<int>() << none;
    // The closing {noformat} (line 93) follows the events of an unfenced log: it is reported.
    QTest::addRow("log between {noformat} lines") << "brace-first-then-log.log" << "" << 1 << 40 << QList<int> { 93 } << 14579.0;
    // results.ivcap is no list; direct[0] has a string for a number and a negative count;
    // direct[1] is 7, no entry.
    QTest::addRow("benchmark of wrong types") << "benchmark-wrong-types.json" << "" << 1 << 0 << QList<int> { 0, 0, 0, 0 } << none;
}

void TestHostile::expectedOutcome()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(int, runs);
    QFETCH(int, events);
    QFETCH(QList<int>, warnings);
    QFETCH(double, ttft);
    const LoadedFile loaded = loadAndAnalyse(corpus(file));
    if (!error.isEmpty()) {
        QVERIFY2(loaded.error.contains(error), qPrintable(loaded.error));
        QCOMPARE(loaded.runs.size(), 0);
        return;
    }
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.runs.size(), runs);
    const AnalysedRun &first = loaded.runs.first();
    QCOMPARE(first.run->events.size(), events);
    QCOMPARE(lines(*first.run, Severity::Warning), warnings);
    if (std::isnan(ttft))
        QVERIFY(!first.analysis->ttftMs);
    else
        QCOMPARE(first.analysis->ttftMs, std::optional<double>(ttft));
}

void TestHostile::markupStaysText()
{
    const LoadedFile file = loadAndAnalyse(corpus(QStringLiteral("markup-everywhere.log")));
    const Run &run = *file.runs.first().run;
    QCOMPARE(run.status, QStringLiteral("<b>ok</b><img src=x onerror=alert(1)>"));
    QCOMPARE(run.jobId, QStringLiteral("<a href='http://evil'>job</a> &amp; more"));
}

void TestHostile::percentSignsStayText()
{
    const LoadedFile file = loadAndAnalyse(corpus(QStringLiteral("percent-placeholders.log")));
    const Run &run = *file.runs.first().run;
    QCOMPARE(run.jobId, QStringLiteral("urn:%1:%2:%3"));
    // The unknown key x%1y on line 9 is reported with its name as written.
    const auto it = std::find_if(run.diagnostics.cbegin(), run.diagnostics.cend(), [](const Diagnostic &d) { return d.line == 9; });
    QVERIFY(it != run.diagnostics.cend());
    QVERIFY2(it->message.contains(QLatin1String("'x%1y'")), qPrintable(it->message));
    const LoadedFile two = loadAndAnalyse(QStringLiteral(LAGLENS_TEST_DATA "/two-runs.log"));
    QCOMPARE(two.runs[1].run->displayName, QStringLiteral("two-runs.log #2"));
}

void TestHostile::repeatedKeysKeepTheUsableValue()
{
    const LoadedFile file = loadAndAnalyse(corpus(QStringLiteral("duplicated-keys.log")));
    const Run &run = *file.runs.first().run;
    QCOMPARE(run.milestone(MilestoneId::SubmittedAt), parseTimestamp("2026-02-12T02:46:41.000Z").time);
    QVERIFY(run.diagnostics.last().message.contains(QLatin1String("the earlier value is kept"))
            || std::any_of(run.diagnostics.cbegin(), run.diagnostics.cend(), [](const Diagnostic &d) {
                   return d.line == 14 && d.message.contains(QLatin1String("the earlier value is kept"));
               }));
}

void TestHostile::truncatedFilesKeepWhatTheyHold_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("hasTtft"); // both first-token stamps are in
    QTest::addColumn<bool>("hasBottleneck"); // the log's own guess is in
    // Cut after line N of the 90-line sample: Timestamps fill lines 12-25, the guess 45-47,
    // events 51-90.
    QTest::addRow("after the title") << "truncated-at-line-01.log" << 0 << false << false;
    QTest::addRow("after ## Run") << "truncated-at-line-03.log" << 0 << false << false;
    QTest::addRow("in Run") << "truncated-at-line-06.log" << 0 << false << false;
    QTest::addRow("after ## Timestamps") << "truncated-at-line-10.log" << 0 << false << false;
    QTest::addRow("in Timestamps") << "truncated-at-line-18.log" << 0 << false << false;
    QTest::addRow("after Timestamps") << "truncated-at-line-27.log" << 0 << true << false;
    QTest::addRow("in the breakdown") << "truncated-at-line-35.log" << 0 << true << false;
    QTest::addRow("after ## Likely Bottleneck") << "truncated-at-line-43.log" << 0 << true << false;
    QTest::addRow("in the guess") << "truncated-at-line-46.log" << 0 << true << true;
    QTest::addRow("after ## Recent Events") << "truncated-at-line-49.log" << 0 << true << true;
    QTest::addRow("after the first event") << "truncated-at-line-51.log" << 1 << true << true;
    QTest::addRow("after 20 events") << "truncated-at-line-70.log" << 20 << true << true;
    QTest::addRow("one event short") << "truncated-at-line-89.log" << 39 << true << true;
}

void TestHostile::truncatedFilesKeepWhatTheyHold()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(bool, hasTtft);
    QFETCH(bool, hasBottleneck);
    const LoadedFile loaded = loadAndAnalyse(corpus(file));
    QCOMPARE(loaded.runs.size(), 1);
    const AnalysedRun &run = loaded.runs.first();
    QCOMPARE(run.run->events.size(), events);
    QCOMPARE(run.analysis->ttftMs.has_value(), hasTtft);
    QCOMPARE(run.run->reportedBottleneck.present, hasBottleneck);
    QCOMPARE(lines(*run.run, Severity::Warning), QList<int>());
}

void TestHostile::endlessTitlesStopAtTheCap()
{
    // 10,001 titles: the 10,001st is not read, and the last run read says where reading stopped.
    const QByteArray text = QByteArray("# IVCAP Chat Latency Diagnostic Log\n").repeated(10001);
    const ParseResult result = parseLogBytes(text, QStringLiteral("titles.log"));
    QCOMPARE(result.runs.size(), 10000);
    const Diagnostic &last = result.runs.last()->diagnostics.last();
    QCOMPARE(last.line, 10001);
    QCOMPARE(last.severity, Severity::Error);
}

void TestHostile::endlessBenchmarkEntriesStopAtTheCap()
{
    const QByteArray json = "{\"results\":{\"direct\":[" + QByteArray("{},").repeated(10000) + "{}]}}";
    const ParseResult result = parseLogBytes(json, QStringLiteral("bench.json"));
    QCOMPARE(result.runs.size(), 10000);
    const auto &diagnostics = result.runs.first()->diagnostics;
    QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Severity::Error && d.message.contains(QLatin1String("results.direct[10000]"));
    }));
}

void TestHostile::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from reading, so there is nothing to test");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.log"));
    QVERIFY(QFile::copy(QStringLiteral(LAGLENS_TEST_DATA "/seed-run.log"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const LoadedFile loaded = loadAndAnalyse(path);
    QVERIFY2(loaded.error.contains(QLatin1String("cannot read")), qPrintable(loaded.error));
}

void TestHostile::pipeIsRefused()
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("fifo")));
    QCOMPARE(::mkfifo(path.constData(), 0600), 0);
    const LoadedFile loaded = loadAndAnalyse(QFile::decodeName(path)); // must not wait for a writer
    QVERIFY2(loaded.error.contains(QLatin1String("not a regular file")), qPrintable(loaded.error));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
