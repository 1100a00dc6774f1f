#include "parser.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace LagLens;

// Every expected value below was read off the test file by eye; line numbers count from 1.
class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRealSample();
    void readsEveryLayout_data();
    void readsEveryLayout();
    void readsABigLogWhateverItsLineEnds_data();
    void readsABigLogWhateverItsLineEnds();
    void readsLogsPastedIntoANote();
    void readsSeveralLogsInOneFile();
    void reportsEveryUnusableLine();
    void keepsUnknownSectionsAndKeys();
    void readsTrickyMessagesAndMarkers();
    void readsNotAvailableEverywhere();
    void readsTheDirectFormat();
    void readsBenchmarkJson();
    void reportsInvalidUtf8AndKeepsTheLine();
    void readsALogWithoutItsTitle();
    void refusesWhatIsNotALog_data();
    void refusesWhatIsNotALog();
    void reportsRepeatedSections();
    void quotesAHugeValueBriefly();
    void reportsBrokenUtf16();
    void saysWhenAnEventNumberIsOutOfRange();
    void saysWhyNoBenchmarkEntryIsUsable();
    void readsEveryShapeOfEventLine_data();
    void readsEveryShapeOfEventLine();
    void countsTheBadLinesItDoesNotList();
    void readsQuotedLogsPastTheirEvents();
    void readsManySmallLogsBeforeABigOne();
    void readsLogsGluedWithTheirByteOrderMarks();

private:
    static ParseResult load(const char *name) { return parseLogFile(QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name)); }
    static Micros utc(const char *text) { return parseTimestamp(QByteArrayView(text)).time; }
    static QList<int> linesWith(const Run &run, Severity severity)
    {
        QList<int> lines;
        for (const Diagnostic &d : run.diagnostics) {
            if (d.severity == severity)
                lines.append(d.line);
        }
        return lines;
    }
};

void TestParser::readsTheRealSample()
{
    const ParseResult result = load("seed-run.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 1);
    const Run &run = *result.runs.first();

    QCOMPARE(run.format, LogFormat::Ivcap);
    QCOMPARE(run.displayName, QStringLiteral("seed-run.log"));
    QCOMPARE(run.status, QStringLiteral("success"));
    QCOMPARE(run.jobId, QStringLiteral("urn:ivcap:job:e4c8852d-673b-4e0f-82fd-b9005cacf161"));
    QCOMPARE(run.eventsConnectionStatus, QStringLiteral("connected"));
    QCOMPARE(run.tokenEvents, std::optional<qint64>(28));

    QCOMPARE(run.milestone(MilestoneId::SubmittedAt), utc("2026-02-12T02:46:42.287Z"));
    QCOMPARE(run.milestone(MilestoneId::RequestDispatchAt), utc("2026-02-12T02:46:42.996Z"));
    QCOMPARE(run.milestone(MilestoneId::FinishedAt), utc("2026-02-12T02:47:44.050Z"));
    QVERIFY(!run.milestones[int(MilestoneId::UpstreamAcceptedAt)].isSet()); // n/a in the log
    QCOMPARE(run.milestones[int(MilestoneId::SubmittedAt)].line, 12);

    QCOMPARE(run.breakdown.size(), 13);
    const BreakdownEntry *ttft = run.findBreakdown(u"model_proxy_ttft_ms");
    QVERIFY(ttft);
    QCOMPARE(ttft->reportedMs, std::optional<qint64>(9976));
    QCOMPARE(ttft->source, QStringLiteral("backend_marker"));
    QCOMPARE(ttft->line, 39);

    QVERIFY(run.reportedBottleneck.present);
    QCOMPARE(run.reportedBottleneck.name, QStringLiteral("model_proxy_ttft"));
    QCOMPARE(run.reportedBottleneck.note, QStringLiteral("Model/proxy TTFT appears dominant"));
    QCOMPARE(run.reportedBottleneck.ms, std::optional<qint64>(9976));

    QCOMPARE(run.events.size(), 40);
    const Event &third = run.events[2];
    QCOMPARE(third.index, 3);
    QCOMPARE(third.line, 53);
    QCOMPARE(run.string(third.step), QStringLiteral("chat:tokens:12"));
    QCOMPARE(third.finished, qint8(1));
    QCOMPARE(third.seq, quint32(9933));
    QCOMPARE(third.stamp, utc("2026-02-12T02:47:11.582Z"));
    QCOMPARE(third.recv, utc("2026-02-12T02:47:11.601Z"));
    QCOMPARE(run.string(third.msg), QStringLiteral("completed"));
    QCOMPARE(run.string(run.events[13].msg),
             QStringLiteral("of truth (who owns the data/state). - Minimize coupling: producers shouldn’t rely on consumers"));
    QCOMPARE(run.string(run.events[39].step), QStringLiteral("job:status"));

    QCOMPARE(linesWith(run, Severity::Warning), QList<int>());
    QCOMPARE(linesWith(run, Severity::Error), QList<int>());
}

void TestParser::readsEveryLayout_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("infoNotes");
    QTest::addRow("LF, no blank lines") << QStringLiteral("skewed-run.log") << 0;
    QTest::addRow("CRLF") << QStringLiteral("crlf.log") << 0;
    QTest::addRow("CR only") << QStringLiteral("cr-only.log") << 0;
    QTest::addRow("byte-order mark, no final newline") << QStringLiteral("bom-no-final-newline.log") << 0;
    QTest::addRow("UTF-16LE with byte-order mark") << QStringLiteral("utf16le.log") << 1;
}

void TestParser::readsEveryLayout()
{
    QFETCH(QString, file);
    QFETCH(int, infoNotes);
    const ParseResult result = parseLogFile(QStringLiteral(LAGLENS_TEST_DATA "/") + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 1);
    const Run &run = *result.runs.first();
    QCOMPARE(run.title, QStringLiteral("# IVCAP Chat Latency Diagnostic Log"));
    QCOMPARE(run.jobId, QStringLiteral("urn:ivcap:job:11111111-2222-4333-8444-555555555555"));
    QCOMPARE(run.milestone(MilestoneId::FirstTokenServerEventAt), utc("2026-03-01T10:00:05.527Z"));
    QCOMPARE(run.breakdown.size(), 13);
    QCOMPARE(run.events.size(), 6);
    QCOMPARE(run.string(run.events[0].msg), QStringLiteral("Hello"));
    QCOMPARE(run.string(run.events[2].msg), QStringLiteral(" wor"));
    QCOMPARE(run.events[5].line, 46);
    QCOMPARE(run.string(run.events[5].msg), QStringLiteral("completed"));
    QCOMPARE(run.lastLine, 46);
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>());
    QCOMPARE(linesWith(run, Severity::Info).size(), infoNotes);
}

// A megabyte where a timestamp belongs: the diagnostic on its line shows the start of it and
// its size, not another megabyte.
void TestParser::quotesAHugeValueBriefly()
{
    const QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Timestamps\nsubmitted_at="
        + QByteArray(1000000, 'x') + '\n';
    const ParseResult result = parseLogBytes(text, QStringLiteral("huge.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 3 }));
    const QString message = run.diagnostics.first().message;
    QVERIFY2(message.size() < 400, qPrintable(message.left(400)));
    QVERIFY2(message.contains(QStringLiteral("1000000 bytes in all")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("submitted_at")));
}

// UTF-16LE with a high surrogate that has no low one after it (in event 1's message) and one
// byte too many at the end.
void TestParser::reportsBrokenUtf16()
{
    const QString text = QStringLiteral("# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n"
                                        "1. [2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z "
                                        "step=chat:tokens:1 finished=true msg=\"")
        + QChar(0xD800) + QStringLiteral("completed\"\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    bytes.append('A');
    const ParseResult result = parseLogBytes(bytes, QStringLiteral("utf16.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 1);
    QCOMPARE(run.string(run.events.first().msg), QString(QChar::ReplacementCharacter) + QStringLiteral("completed"));
    QStringList warnings;
    for (const Diagnostic &d : run.diagnostics) {
        if (d.severity == Severity::Warning)
            warnings.append(d.message);
    }
    const QStringList expected { QStringLiteral("unpaired surrogates in the UTF-16 text, each replaced by U+FFFD: 1"),
                                 QStringLiteral("the UTF-16 text ends in a lone byte, which was dropped") };
    QCOMPARE(warnings, expected);
}

void TestParser::saysWhenAnEventNumberIsOutOfRange()
{
    const QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n"
                            "99999999999. [2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z step=s finished=true "
                            "msg=\"completed\"\n"
                            "2. [2026-03-01T10:00:02.000Z] recv=2026-03-01T10:00:02.020Z step=s finished=true "
                            "msg=\"completed\"\n";
    const ParseResult result = parseLogBytes(text, QStringLiteral("numbers.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 1);
    QCOMPARE(run.events.first().index, 2);
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 3 }));
    QCOMPARE(run.diagnostics.first().message,
             QStringLiteral("event number 99999999999 is out of range (at most 2147483647)"));
}

void TestParser::saysWhyNoBenchmarkEntryIsUsable()
{
    const ParseResult result = parseLogBytes(R"({"results": {"direct": [7, "fast"]}})", QStringLiteral("bench.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("the benchmark result holds no usable entry: results.direct[0] is not an "
                                          "object, ignored; results.direct[1] is not an object, ignored"));
}

// Most event lines have one exact shape and are read by a shortcut; lines that differ from it in
// any way are read by the general reader. Both must give the same event, so each row gives the
// values a reader of the line sees, whichever reader takes it.
void TestParser::readsEveryShapeOfEventLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("stamp"); // empty: none
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<int>("finished");
    QTest::addColumn<qint64>("seq"); // -1: none
    QTest::addColumn<QString>("msg");
    QTest::addColumn<bool>("tokenStep");
    QTest::addColumn<bool>("ascii");
    QTest::addColumn<int>("warnings");

    const QByteArray stamp = "2026-03-01T10:00:01.250Z";
    QTest::addRow("the usual shape")
        << QByteArray("12. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:7 finished=false "
                      "seq=00000042 msg=\"Hello\"")
        << 12 << stamp << QByteArray("chat:tokens:7") << 0 << qint64(42) << QStringLiteral("Hello") << true << true << 0;
    QTest::addRow("two spaces between fields")
        << QByteArray("12.  [2026-03-01T10:00:01.250Z]  recv=2026-03-01T10:00:01.270Z  step=chat:tokens:7  "
                      "finished=false  seq=00000042  msg=\"Hello\"")
        << 12 << stamp << QByteArray("chat:tokens:7") << 0 << qint64(42) << QStringLiteral("Hello") << true << true << 0;
    QTest::addRow("indented")
        << QByteArray("  12. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:7 "
                      "finished=false seq=00000042 msg=\"Hello\"")
        << 12 << stamp << QByteArray("chat:tokens:7") << 0 << qint64(42) << QStringLiteral("Hello") << true << true << 0;
    QTest::addRow("no seq, a marker step")
        << QByteArray("3. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:latency:first-batch "
                      "finished=true msg=\"completed\"")
        << 3 << stamp << QByteArray("chat:latency:first-batch") << 1 << qint64(-1) << QStringLiteral("completed")
        << false << true << 0;
    QTest::addRow("text beyond ASCII")
        << QByteArray("4. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:1 finished=false "
                      "seq=7 msg=\"na\xC3\xAFve \xF0\x9F\x98\x80\"")
        << 4 << stamp << QByteArray("chat:tokens:1") << 0 << qint64(7) << QStringLiteral("na\u00EFve \U0001F600")
        << true << false << 0;
    QTest::addRow("empty message")
        << QByteArray("5. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "msg=\"\"")
        << 5 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QString() << true << true << 0;
    QTest::addRow("quotes inside the message")
        << QByteArray("6. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "msg=\"say \"x\" now\"")
        << 6 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("say \"x\" now") << true
        << true << 0;
    QTest::addRow("a space after the closing quote")
        << QByteArray("6. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "msg=\"a\" ")
        << 6 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("a") << true << true << 0;
    QTest::addRow("text after the closing quote")
        << QByteArray("6. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "msg=\"a\" x")
        << 6 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("a") << true << true << 1;
    QTest::addRow("meta after the message")
        << QByteArray("7. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 "
                      "finished=false msg=\"completed\" meta={\"a\":1}")
        << 7 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("completed") << true << true
        << 0;
    QTest::addRow("ten-digit event number")
        << QByteArray("1234567890. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 "
                      "finished=false msg=\"a\"")
        << 1234567890 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("a") << true
        << true << 0;
    QTest::addRow("ten-digit seq")
        << QByteArray("8. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "seq=4294967294 msg=\"a\"")
        << 8 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(4294967294) << QStringLiteral("a") << true
        << true << 0;
    QTest::addRow("stamp with a zone offset")
        << QByteArray("9. [2026-03-01T20:00:01.250+10:00] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 "
                      "finished=false msg=\"a\"")
        << 9 << stamp << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("a") << true << true << 0;
    QTest::addRow("month 13")
        << QByteArray("9. [2026-13-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:2 finished=false "
                      "msg=\"a\"")
        << 9 << QByteArray() << QByteArray("chat:tokens:2") << 0 << qint64(-1) << QStringLiteral("a") << true << true
        << 1;
    QTest::addRow("the bare token prefix")
        << QByteArray("10. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens: finished=false "
                      "msg=\"a\"")
        << 10 << stamp << QByteArray("chat:tokens:") << 0 << qint64(-1) << QStringLiteral("a") << true << true << 0;
    QTest::addRow("shorter than the token prefix")
        << QByteArray("10. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tok finished=false "
                      "msg=\"a\"")
        << 10 << stamp << QByteArray("chat:tok") << 0 << qint64(-1) << QStringLiteral("a") << false << true << 0;
    QTest::addRow("finished neither true nor false")
        << QByteArray("11. [2026-03-01T10:00:01.250Z] recv=2026-03-01T10:00:01.270Z step=chat:tokens:3 finished=maybe "
                      "msg=\"a\"")
        << 11 << stamp << QByteArray("chat:tokens:3") << -1 << qint64(-1) << QStringLiteral("a") << true << true << 1;
    QTest::addRow("fields in another order")
        << QByteArray("13. [2026-03-01T10:00:01.250Z] step=chat:tokens:3 recv=2026-03-01T10:00:01.270Z finished=false "
                      "msg=\"a\"")
        << 13 << stamp << QByteArray("chat:tokens:3") << 0 << qint64(-1) << QStringLiteral("a") << true << true << 0;
}

void TestParser::readsEveryShapeOfEventLine()
{
    QFETCH(QByteArray, line);
    const QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n" + line + '\n';
    const ParseResult result = parseLogBytes(text, QStringLiteral("shapes.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 1);
    const Event &e = run.events.first();
    QFETCH(int, index);
    QFETCH(QByteArray, stamp);
    QFETCH(QByteArray, step);
    QFETCH(int, finished);
    QFETCH(qint64, seq);
    QFETCH(QString, msg);
    QFETCH(bool, tokenStep);
    QFETCH(bool, ascii);
    QFETCH(int, warnings);
    QCOMPARE(e.index, index);
    QCOMPARE(e.line, 3);
    QCOMPARE(e.stamp, stamp.isEmpty() ? kNoTime : utc(stamp.constData()));
    QCOMPARE(e.recv, utc("2026-03-01T10:00:01.270Z"));
    QCOMPARE(run.bytes(e.step).toByteArray(), step);
    QCOMPARE(int(e.finished), finished);
    QCOMPARE(e.hasSeq() ? qint64(e.seq) : qint64(-1), seq);
    QCOMPARE(run.string(e.msg), msg);
    QCOMPARE(e.tokenStep, tokenStep);
    QCOMPARE(e.asciiMessage, ascii);
    QCOMPARE(linesWith(run, Severity::Warning).size(), warnings);
}

// Two million bad event lines, over 4 MB, so read in parts on several threads: the first 10,000
// problems are listed, the rest counted in one line, and the parts keep no message for them.
void TestParser::countsTheBadLinesItDoesNotList()
{
    QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n";
    constexpr int kBad = 2000000;
    text += QByteArray("1x\n").repeated(kBad);
    QVERIFY(text.size() > 4 << 20);
    const ParseResult result = parseLogBytes(text, QStringLiteral("garbage.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 0);
    // Lines 3 to 10002 are listed; lines 10003 to 2000002 are counted.
    QCOMPARE(run.diagnostics.size(), 10001);
    QCOMPARE(run.diagnostics[0].line, 3);
    QCOMPARE(run.diagnostics[9999].line, 10002);
    QCOMPARE(run.diagnostics.last().line, 10003);
    QCOMPARE(run.diagnostics.last().message,
             QStringLiteral("problems on lines 10003-2000002 not listed one by one: 1990000"));
}

// In a Markdown quote, the events section ends at a heading; reading goes on with that heading's
// line as quoted, not as a line that left the quote.
void TestParser::readsQuotedLogsPastTheirEvents()
{
    const QByteArray event = "[2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z step=chat:tokens:1 finished=false";
    const QByteArray text = "> # IVCAP Chat Latency Diagnostic Log\n"
                            "> ## Recent Events (up to last 40)\n"
                            "> 1. " + event + " msg=\"a\"\n"
                            "> ## Run\n"
                            "> status=success\n"
                            ">\n"
                            "> # IVCAP Chat Latency Diagnostic Log\n"
                            "> ## Run\n"
                            "> status=error\n"
                            "> ## Recent Events (up to last 40)\n"
                            "> 1. " + event + " msg=\"b\"\n"
                            "> 2. " + event + " msg=\"c\"\n";
    const ParseResult result = parseLogBytes(text, QStringLiteral("note.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 2);
    const Run &first = *result.runs[0];
    QCOMPARE(first.status, QStringLiteral("success"));
    QCOMPARE(first.events.size(), 1);
    QCOMPARE(first.string(first.events[0].msg), QStringLiteral("a"));
    QCOMPARE(linesWith(first, Severity::Warning), QList<int>());
    const Run &second = *result.runs[1];
    QCOMPARE(second.status, QStringLiteral("error"));
    QCOMPARE(second.events.size(), 2);
    QCOMPARE(second.events[1].line, 12);
    QCOMPARE(linesWith(second, Severity::Warning), QList<int>());
}

// Small logs before a big one: each small log's events are read alone, not in parts that would
// read on into the big one, and none keeps room for the rest of the file.
void TestParser::readsManySmallLogsBeforeABigOne()
{
    const QByteArray title = "# IVCAP Chat Latency Diagnostic Log\n## Recent Events (up to last 40)\n";
    const QByteArray event = ". [2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z step=chat:tokens:1 "
                             "finished=false msg=\"chunk\"\n";
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += title + "1" + event + "2" + event;
    text += title;
    constexpr int kBigEvents = 60000;
    for (int i = 1; i <= kBigEvents; ++i)
        text += QByteArray::number(i) + event;
    QVERIFY(text.size() > 4 << 20);

    const ParseResult result = parseLogBytes(text, QStringLiteral("many.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 301);
    for (int i = 0; i < 300; ++i) {
        const Run &run = *result.runs[i];
        QCOMPARE(run.events.size(), 2);
        QCOMPARE(run.events[1].line, 4 * i + 4); // four lines per small log
        QVERIFY(run.events.capacity() <= 2 * run.events.size() + 1024);
    }
    const Run &big = *result.runs.last();
    QCOMPARE(big.events.size(), kBigEvents);
    QCOMPARE(big.events.first().line, 1203);
    QCOMPARE(big.events.last().line, 1202 + kBigEvents);
    QCOMPARE(big.events.last().index, kBigEvents);
}

// Two files glued together, each with its UTF-8 byte-order mark: two logs, not one.
void TestParser::readsLogsGluedWithTheirByteOrderMarks()
{
    const QByteArray log = "# IVCAP Chat Latency Diagnostic Log\n## Run\nstatus=%1\n## Recent Events (up to last 40)\n"
                           "1. [2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z step=chat:tokens:1 "
                           "finished=false msg=\"a\"\n";
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray text = bom + QByteArray(log).replace("%1", "success") + bom + QByteArray(log).replace("%1", "error");
    const ParseResult result = parseLogBytes(text, QStringLiteral("glued.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 2);
    QCOMPARE(result.runs[0]->status, QStringLiteral("success"));
    QCOMPARE(result.runs[0]->events.size(), 1);
    QCOMPARE(result.runs[1]->status, QStringLiteral("error"));
    QCOMPARE(result.runs[1]->firstLine, 6);
    QCOMPARE(result.runs[1]->events.size(), 1);
    QVERIFY(result.runs[0]->diagnostics.isEmpty());
    QVERIFY(result.runs[1]->diagnostics.isEmpty());
}

void TestParser::readsABigLogWhateverItsLineEnds_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<QByteArray>("lateLineEnd"); // of one event line near the end
    QTest::addRow("LF") << QByteArray("\n") << QByteArray("\n");
    QTest::addRow("CRLF") << QByteArray("\r\n") << QByteArray("\r\n");
    QTest::addRow("CR only") << QByteArray("\r") << QByteArray("\r");
    QTest::addRow("LF, and one CR near the end") << QByteArray("\n") << QByteArray("\r");
}

// Over 4 MB of events, so that they are read in parts on several threads, with one line that is
// no event in the middle of them.
void TestParser::readsABigLogWhateverItsLineEnds()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(QByteArray, lateLineEnd);
    const QByteArray head = "# IVCAP Chat Latency Diagnostic Log\n## Run\nstatus=success\n## Timestamps\n"
                            "submitted_at=2026-03-01T10:00:00.000Z\n## Recent Events (up to last 40)\n";
    constexpr int kEvents = 60000;
    constexpr int kFirstEventLine = 7; // the six lines of `head` come first
    constexpr int kBadLine = kFirstEventLine + 30000;
    QByteArray text = head;
    for (int i = 1; i <= kEvents; ++i) {
        if (kFirstEventLine + i - 1 == kBadLine)
            text += "this line is no event\n";
        else
            text += QByteArray::number(i) + ". [2026-03-01T10:00:01.000Z] recv=2026-03-01T10:00:01.020Z "
                    "step=chat:tokens:" + QByteArray::number(i) + " finished=false msg=\"chunk\""
                    + (i == kEvents - 10 ? "\x01" : "\n");
    }
    QVERIFY(text.size() > 4 << 20);
    text.replace("\n", lineEnd);
    text.replace("\x01", lateLineEnd);

    // From memory, and from a file, which is read in parts that look for CRs as they go.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.log")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    for (const ParseResult &result : { parseLogBytes(text, QStringLiteral("big.log")), parseLogFile(file.fileName()) }) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Run &run = *result.runs.first();
        QCOMPARE(run.events.size(), kEvents - 1);
        QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ kBadLine }));
        QCOMPARE(run.events.first().line, kFirstEventLine);
        QCOMPARE(run.events.last().line, kFirstEventLine + kEvents - 1);
        QCOMPARE(run.string(run.events.last().step), QStringLiteral("chat:tokens:60000"));
        // The line that ends in lateLineEnd; the bad line took the place of one event before it.
        const Event &late = run.events[kEvents - 12];
        QCOMPARE(late.index, kEvents - 10);
        QCOMPARE(run.string(late.msg), QStringLiteral("chunk"));
    }
}

void TestParser::readsLogsPastedIntoANote()
{
    const ParseResult result = load("incident-note.md");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 2);
    const Run &platform = *result.runs[0];
    const Run &direct = *result.runs[1];

    QCOMPARE(platform.displayName, QStringLiteral("incident-note.md #1"));
    QCOMPARE(direct.displayName, QStringLiteral("incident-note.md #2"));
    QCOMPARE(platform.format, LogFormat::Ivcap);
    QCOMPARE(direct.format, LogFormat::Direct);
    QCOMPARE(platform.firstLine, 9);
    QCOMPARE(platform.events.size(), 6);
    QCOMPARE(platform.milestone(MilestoneId::SubmittedAt), utc("2026-03-01T10:00:00.000Z"));
    QCOMPARE(direct.firstLine, 71);
    QCOMPARE(direct.events.size(), 5);

    // The prose around the logs is reported, by line, on the run it stands next to.
    QCOMPARE(linesWith(platform, Severity::Info), QList<int>({ 1 }));
    QVERIFY(platform.diagnostics.first().message.contains(QLatin1String("lines 1-6")));
    QCOMPARE(linesWith(direct, Severity::Info), QList<int>({ 68, 103 }));
    QCOMPARE(linesWith(platform, Severity::Warning), QList<int>());
    QCOMPARE(linesWith(direct, Severity::Warning), QList<int>());
}

void TestParser::readsSeveralLogsInOneFile()
{
    const ParseResult result = load("two-runs.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 2);
    QCOMPARE(result.runs[0]->events.size(), 40);
    QCOMPARE(result.runs[0]->lastLine, 90);
    QCOMPARE(result.runs[1]->firstLine, 91);
    QCOMPARE(result.runs[1]->events.size(), 6);
    QCOMPARE(result.runs[1]->positionInFile, 2);
    QCOMPARE(result.runs[1]->displayName, QStringLiteral("two-runs.log #2"));
}

void TestParser::reportsEveryUnusableLine()
{
    const ParseResult result = load("broken-lines.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();

    // 4 no '=', 5 bad count, 7 February 30, 8 second 60, 9 words for a time, 10 repeated key,
    // 13 number too large, 14 not a number, 20 bad stamp, 21 no dot, 22 three problems.
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 4, 5, 7, 8, 9, 10, 13, 14, 20, 21, 22, 22, 22 }));
    // 11 unknown timestamp key, 15 unknown section, 23 unknown event field.
    QCOMPARE(linesWith(run, Severity::Info), QList<int>({ 11, 15, 23 }));

    QCOMPARE(run.status, QStringLiteral("error"));
    QVERIFY(!run.tokenEvents);
    QCOMPARE(run.milestone(MilestoneId::SubmittedAt), utc("2026-03-01T10:00:00.000Z")); // the later line 10
    QVERIFY(!run.milestones[int(MilestoneId::JobCreatedAt)].isSet());
    QVERIFY(!run.findBreakdown(u"model_proxy_ttft_ms")->reportedMs);

    // Event 2 keeps everything but its unreadable stamp; line 21 is no event at all.
    QCOMPARE(run.events.size(), 4);
    QCOMPARE(run.events[0].index, 1);
    QCOMPARE(run.events[1].index, 2);
    QVERIFY(!hasTime(run.events[1].stamp));
    QCOMPARE(run.events[1].recv, utc("2026-03-01T10:00:06.020Z"));
    QCOMPARE(run.string(run.events[1].step), QStringLiteral("chat:tokens:1"));
    QCOMPARE(run.events[2].index, 4);
    QCOMPARE(run.events[2].finished, qint8(-1));
    QVERIFY(!run.events[2].hasSeq());
    QCOMPARE(run.string(run.events[2].msg), QStringLiteral("unterminated"));
    QCOMPARE(run.events[3].index, 5);
    QCOMPARE(run.string(run.events[3].msg), QStringLiteral("completed"));
    const EventExtra *extra = run.extraFor(3);
    QVERIFY(extra);
    QCOMPARE(run.string(extra->unknownFields), QStringLiteral("color=red"));
}

void TestParser::keepsUnknownSectionsAndKeys()
{
    const ParseResult result = load("broken-lines.log");
    const Run &run = *result.runs.first();
    QStringList kept;
    for (const ExtraField &f : run.extraFields)
        kept.append(QStringLiteral("%1|%2|%3|%4").arg(f.section, f.key, f.value).arg(f.line));
    QVERIFY2(kept.contains(QStringLiteral("Timestamps|brand_new_milestone_at|2026-03-01T10:00:00.100Z|11")), qPrintable(kept.join(u'\n')));
    QVERIFY(kept.contains(QStringLiteral("Shiny New Section|colour|blue|16")));
    QVERIFY(kept.contains(QStringLiteral("Shiny New Section||free text in an unknown section|17")));
    // A value that could not be read is kept too, so nothing the file holds is lost.
    QVERIFY(kept.contains(QStringLiteral("Timestamps|first_token_client_received_at|not a time|9")));
}

void TestParser::readsTrickyMessagesAndMarkers()
{
    const ParseResult result = load("messages.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 7);
    QVERIFY(run.jobId.isEmpty()); // n/a

    // +10:00 and a one-digit fraction.
    QCOMPARE(run.milestone(MilestoneId::SubmittedAt), utc("2026-03-01T00:00:00.000Z"));
    QCOMPARE(run.milestone(MilestoneId::FirstTokenClientReceivedAt), utc("2026-03-01T00:00:02.500Z"));

    // The Timestamps section says n/a; the marker events' server_emit_ts_ms stand in.
    QCOMPARE(run.milestone(MilestoneId::RequestDispatchAt), utc("2026-03-01T00:00:00.250Z"));
    QCOMPARE(run.milestones[int(MilestoneId::RequestDispatchAt)].origin, MilestoneOrigin::MarkerEvent);
    QCOMPARE(run.milestones[int(MilestoneId::RequestDispatchAt)].line, 14);
    QCOMPARE(run.milestone(MilestoneId::FirstUpstreamDeltaAt), utc("2026-03-01T00:00:01.250Z"));
    QCOMPARE(run.milestone(MilestoneId::FirstBatchEmitAt), utc("2026-03-01T00:00:02.000Z"));
    QCOMPARE(run.milestone(MilestoneId::FirstTokenServerEmitAt), utc("2026-03-01T00:00:02.000Z"));

    QCOMPARE(run.string(run.events[0].msg), QStringLiteral("completed"));
    QVERIFY(!run.events[2].hasSeq());
    QCOMPARE(run.string(run.events[3].msg),
             QStringLiteral("He said \"hi\" \\ <b>bold</b> & \U0001F600 “curly” meta=no"));
    QCOMPARE(run.string(run.events[5].msg), QStringLiteral("a \" meta={not json} end"));
    const EventExtra *marker = run.extraFor(0);
    QVERIFY(marker);
    QCOMPARE(run.string(marker->meta), QStringLiteral("{\"label\":\"request-dispatch\",\"server_emit_ts_ms\":1772323200250}"));
    QVERIFY(!run.extraFor(3));
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>());
}

void TestParser::readsNotAvailableEverywhere()
{
    const ParseResult result = load("events-na.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), 0);
    QVERIFY(!run.tokenEvents);
    QVERIFY(run.eventsConnectionStatus.isEmpty());
    QCOMPARE(run.milestone(MilestoneId::SubmittedAt), utc("2026-03-01T10:00:00.000Z"));
    for (const MilestoneInfo &info : milestoneTable()) {
        if (info.id != MilestoneId::SubmittedAt)
            QVERIFY2(!run.milestones[int(info.id)].isSet(), info.key);
    }
    QCOMPARE(run.breakdown.size(), 3);
    QVERIFY(!run.breakdown[0].reportedMs);
    QCOMPARE(run.breakdown[0].source, QStringLiteral("client"));
    QVERIFY(!run.reportedBottleneck.present);
    QVERIFY(run.diagnostics.isEmpty());
}

void TestParser::readsTheDirectFormat()
{
    const ParseResult result = load("direct-run.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.format, LogFormat::Direct);
    QCOMPARE(run.mode, QStringLiteral("direct"));
    QCOMPARE(run.tokenCount, std::optional<qint64>(5));
    QCOMPARE(run.milestone(MilestoneId::ResponseHeadersAt), utc("2026-03-01T10:05:00.350Z"));
    QCOMPARE(run.milestone(MilestoneId::FirstTokenAt), utc("2026-03-01T10:05:02.100Z"));
    const BreakdownEntry *tps = run.findBreakdown(u"tokens_per_second");
    QVERIFY(tps);
    QCOMPARE(tps->decimal, std::optional<double>(5.56));
    QVERIFY(tps->source.isEmpty());
    QCOMPARE(run.eventsSectionTitle, QStringLiteral("Recent SSE Chunks (up to last 40)"));
    QCOMPARE(run.events.size(), 5);
    QVERIFY(!hasTime(run.events[0].stamp));
    QCOMPARE(run.events[4].recv, utc("2026-03-01T10:05:02.900Z"));
    QCOMPARE(run.string(run.events[1].msg), QStringLiteral("lo "));
    QVERIFY(run.diagnostics.isEmpty());
}

void TestParser::readsBenchmarkJson()
{
    const ParseResult result = load("benchmark-ttft.json");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.runs.size(), 3);
    const Run &ivcap = *result.runs[0];
    QCOMPARE(ivcap.format, LogFormat::Benchmark);
    QCOMPARE(ivcap.displayName, QStringLiteral("benchmark-ttft.json ivcap #1"));
    QVERIFY(ivcap.benchmark);
    QCOMPARE(ivcap.benchmark->submitToFirstTokenMs, std::optional<double>(14579));
    QCOMPARE(ivcap.benchmark->modelProxyTtftMs, std::optional<double>(9976));
    QCOMPARE(ivcap.tokenCount, std::optional<qint64>(28));
    QCOMPARE(ivcap.status, QStringLiteral("success"));

    const Run &failed = *result.runs[2];
    QCOMPARE(failed.displayName, QStringLiteral("benchmark-ttft.json direct #2"));
    QCOMPARE(failed.status, QStringLiteral("error"));
    QCOMPARE(failed.benchmark->error, QStringLiteral("timeout after 60 s"));
    QVERIFY(!failed.benchmark->submitToFirstTokenMs);
}

void TestParser::reportsInvalidUtf8AndKeepsTheLine()
{
    const ParseResult result = load("invalid-utf8.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 43 }));
    QCOMPARE(run.events.size(), 6);
    QCOMPARE(run.string(run.events[2].msg), QStringLiteral(" w\uFFFD\uFFFDr"));
}

void TestParser::readsALogWithoutItsTitle()
{
    const ParseResult result = load("no-title.log");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 1 }));
    QCOMPARE(run.format, LogFormat::Ivcap);
    QCOMPARE(run.events.size(), 6);
    QCOMPARE(run.status, QStringLiteral("success"));
}

void TestParser::refusesWhatIsNotALog_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::addRow("prose") << QStringLiteral(LAGLENS_TEST_DATA "/not-a-log.txt")
                           << QStringLiteral("not a chat latency diagnostic log");
    QTest::addRow("empty file") << QStringLiteral(LAGLENS_TEST_DATA "/empty.log") << QStringLiteral("empty");
    QTest::addRow("a folder") << QStringLiteral(LAGLENS_TEST_DATA) << QStringLiteral("folder");
    QTest::addRow("missing file") << QStringLiteral(LAGLENS_TEST_DATA "/no-such-file.log")
                                  << QStringLiteral("does not exist");
}

void TestParser::refusesWhatIsNotALog()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const ParseResult result = parseLogFile(path);
    QVERIFY(!result.ok());
    QVERIFY(result.runs.isEmpty());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestParser::reportsRepeatedSections()
{
    const QByteArray text = "# IVCAP Chat Latency Diagnostic Log\n"
                            "## Run\n"
                            "status=error\n"
                            "## Run\n"
                            "status=success\n";
    const ParseResult result = parseLogBytes(text, QStringLiteral("inline.log"));
    QVERIFY(result.ok());
    const Run &run = *result.runs.first();
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ 4, 5 }));
    QCOMPARE(run.status, QStringLiteral("success"));
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
