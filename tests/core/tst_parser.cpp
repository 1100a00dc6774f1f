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

void TestParser::readsABigLogWhateverItsLineEnds_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addRow("LF") << QByteArray("\n");
    QTest::addRow("CRLF") << QByteArray("\r\n");
    QTest::addRow("CR only") << QByteArray("\r");
}

// Over 4 MB of events, so that they are read in parts on several threads, with one line that is
// no event in the middle of them.
void TestParser::readsABigLogWhateverItsLineEnds()
{
    QFETCH(QByteArray, lineEnd);
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
                    "step=chat:tokens:" + QByteArray::number(i) + " finished=false msg=\"chunk\"\n";
    }
    QVERIFY(text.size() > 4 << 20);
    text.replace("\n", lineEnd);

    const ParseResult result = parseLogBytes(text, QStringLiteral("big.log"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Run &run = *result.runs.first();
    QCOMPARE(run.events.size(), kEvents - 1);
    QCOMPARE(linesWith(run, Severity::Warning), QList<int>({ kBadLine }));
    QCOMPARE(run.events.first().line, kFirstEventLine);
    QCOMPARE(run.events.last().line, kFirstEventLine + kEvents - 1);
    QCOMPARE(run.string(run.events.last().step), QStringLiteral("chat:tokens:60000"));
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
