#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Runs the real laglens executable the way users and scripts do.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryOfTheSample();
    void summaryReportsUnreadableFilesAndGoesOn();
    void summaryComparesPlatformAndDirect();
    void tableOfAFolder();
    void summaryOfAFolder();
    void exportAlignedAtFirstToken();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void exportWritesAPngOfTheRequestedSize();
    void exportWithoutDisplay();
    void exportsVectorsAndScales();
    void writesDataExports();
    void failedExportLeavesNoFile();
    void neverReplacesWhatIsNoRegularFile();
    void writesNothingWithoutARun();
    void anEmptyFolderIsAnError();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LAGLENS_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                 process.readAllStandardError() };
    }
    static QString data(const char *name) { return QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name); }
};

void TestCommandLine::summaryOfTheSample()
{
    const Result r = run({ QStringLiteral("--summary"), data("seed-run.log") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject run = root.value(QLatin1String("runs")).toArray().first().toObject();

    QCOMPARE(run.value(QLatin1String("source")).toString(), data("seed-run.log"));
    QCOMPARE(run.value(QLatin1String("format")).toString(), QStringLiteral("ivcap"));
    QCOMPARE(run.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(run.value(QLatin1String("job_id")).toString(), QStringLiteral("urn:ivcap:job:e4c8852d-673b-4e0f-82fd-b9005cacf161"));
    QCOMPARE(run.value(QLatin1String("ttft_ms")).toDouble(), 14579.0);

    const QJsonArray segments = run.value(QLatin1String("segments")).toArray();
    QCOMPARE(segments.size(), 5);
    const QStringList names { QStringLiteral("submit_to_request_dispatch"), QStringLiteral("model_proxy_ttft"),
                              QStringLiteral("server_buffer_flush_delay"), QStringLiteral("jobevents_pipeline_delay"),
                              QStringLiteral("event_envelope_to_client_receive") };
    const QList<double> ms { 709, 9976, 1758, 2116, 20 };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(segments[i].toObject().value(QLatin1String("name")).toString(), names[i]);
        QCOMPARE(segments[i].toObject().value(QLatin1String("ms")).toDouble(), ms[i]);
    }
    QCOMPARE(segments[1].toObject().value(QLatin1String("from")).toString(), QStringLiteral("request_dispatch_at"));

    const QJsonObject bottleneck = run.value(QLatin1String("bottleneck")).toObject();
    QCOMPARE(bottleneck.value(QLatin1String("name")).toString(), QStringLiteral("model_proxy_ttft"));
    QCOMPARE(bottleneck.value(QLatin1String("ms")).toDouble(), 9976.0);
    QCOMPARE(bottleneck.value(QLatin1String("share")).toDouble(), 9976.0 / 14579.0);
    QCOMPARE(run.value(QLatin1String("reported_bottleneck")).toObject().value(QLatin1String("ms")).toDouble(), 9976.0);

    const QJsonArray events = run.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 40);
    const QJsonObject sixth = events[5].toObject();
    QCOMPARE(sixth.value(QLatin1String("index")).toInt(), 6);
    QCOMPARE(sixth.value(QLatin1String("step")).toString(), QStringLiteral("chat:tokens:14"));
    QCOMPARE(sixth.value(QLatin1String("finished")).toBool(), false);
    QCOMPARE(sixth.value(QLatin1String("seq")).toInt(), 9936);
    QCOMPARE(sixth.value(QLatin1String("emit")).toString(), QStringLiteral("2026-02-12T02:47:13.953Z"));
    QCOMPARE(sixth.value(QLatin1String("recv")).toString(), QStringLiteral("2026-02-12T02:47:15.801Z"));
    QCOMPARE(sixth.value(QLatin1String("lag_ms")).toDouble(), 1848.0);

    const QJsonObject burst = run.value(QLatin1String("bursts")).toArray().first().toObject();
    QCOMPARE(burst.value(QLatin1String("first_index")).toInt(), 6);
    QCOMPARE(burst.value(QLatin1String("last_index")).toInt(), 8);
    QCOMPARE(burst.value(QLatin1String("stall_ms")).toDouble(), 1848.0);
    const QJsonObject stall = run.value(QLatin1String("stalls")).toArray().first().toObject();
    QCOMPARE(stall.value(QLatin1String("after_index")).toInt(), 5);
    QCOMPARE(stall.value(QLatin1String("gap_ms")).toDouble(), 2767.0);

    QCOMPARE(run.value(QLatin1String("clock_offset_ms")).toDouble(), 0.0);
    QCOMPARE(run.value(QLatin1String("clock_offset_bound_ms")).toDouble(), 16.0);
    QCOMPARE(run.value(QLatin1String("breakdown")).toArray().size(), 13);
    QCOMPARE(run.value(QLatin1String("diagnostics")).toArray().size(), 0);
    QVERIFY(run.value(QLatin1String("milestones")).toObject().value(QLatin1String("upstream_accepted_at")).isNull());
}

void TestCommandLine::neverReplacesWhatIsNoRegularFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &option : { QStringLiteral("--events-csv"), QStringLiteral("--export") }) {
        const Result r = run({ option, fifo, data("seed-run.log") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a regular file"), r.err.constData());
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode)); // still the pipe, not a file renamed over it
    }
}

void TestCommandLine::writesNothingWithoutARun()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const QString table = dir.filePath(QStringLiteral("runs.csv"));
    const Result r = run({ QStringLiteral("--events-csv"), csv, data("not-a-log.txt") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not written"));
    QVERIFY(!QFile::exists(csv));
    QCOMPARE(run({ QStringLiteral("--table"), table, dir.filePath(QStringLiteral("missing.log")) }).exitCode, 1);
    QVERIFY(!QFile::exists(table));
}

void TestCommandLine::anEmptyFolderIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    const QString empty = dir.filePath(QStringLiteral("empty"));
    const Result r = run({ QStringLiteral("--summary"), empty, data("seed-run.log") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QLatin1String("runs")).toArray().size(), 1);
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(QLatin1String("source")).toString(), empty);
    QVERIFY(r.err.contains("the folder holds no files"));
}

void TestCommandLine::summaryReportsUnreadableFilesAndGoesOn()
{
    const Result r = run({ QStringLiteral("--summary"), data("not-a-log.txt"), data("skewed-run.log") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QLatin1String("runs")).toArray().size(), 1);
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(QLatin1String("source")).toString(), data("not-a-log.txt"));
    QVERIFY(r.err.contains("not-a-log.txt"));

    // The clamped figure of the skewed run is a diagnostic with its line.
    const QJsonObject skewed = root.value(QLatin1String("runs")).toArray().first().toObject();
    QCOMPARE(skewed.value(QLatin1String("clock_offset_ms")).toDouble(), -40.0);
    bool clamped = false;
    for (const QJsonValue &d : skewed.value(QLatin1String("diagnostics")).toArray())
        clamped = clamped || (d.toObject().value(QLatin1String("line")).toInt() == 31 && d.toObject().value(QLatin1String("message")).toString().contains(QLatin1String("clamped")));
    QVERIFY(clamped);
}

void TestCommandLine::summaryComparesPlatformAndDirect()
{
    const Result r = run({ QStringLiteral("--summary"), data("direct-run.log"), data("skewed-run.log") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject overhead = root.value(QLatin1String("platform_overhead")).toObject();
    QCOMPARE(overhead.value(QLatin1String("platform_run")).toString(), QStringLiteral("skewed-run.log"));
    QCOMPARE(overhead.value(QLatin1String("direct_run")).toString(), QStringLiteral("direct-run.log"));
    QCOMPARE(overhead.value(QLatin1String("overhead_ms")).toDouble(), 3400.0); // 5500 - 2100
    const QJsonObject proxy = overhead.value(QLatin1String("segments")).toArray()[1].toObject();
    QCOMPARE(proxy.value(QLatin1String("overhead_ms")).toDouble(), 1500.0);

    const QJsonObject direct = root.value(QLatin1String("runs")).toArray()[0].toObject();
    QCOMPARE(direct.value(QLatin1String("format")).toString(), QStringLiteral("direct"));
    QCOMPARE(direct.value(QLatin1String("ttft_ms")).toDouble(), 2100.0);
    QVERIFY(direct.value(QLatin1String("clock_offset_ms")).isNull()); // one clock only

    const Result alone = run({ QStringLiteral("--summary"), data("seed-run.log") });
    QVERIFY(QJsonDocument::fromJson(alone.out).object().value(QLatin1String("platform_overhead")).isNull());
}

void TestCommandLine::tableOfAFolder()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(data("seed-run.log"), dir.filePath(QStringLiteral("a.log"))));
    QVERIFY(QFile::copy(data("incident-note.md"), dir.filePath(QStringLiteral("b.md"))));
    QVERIFY(QFile::copy(data("not-a-log.txt"), dir.filePath(QStringLiteral("c.txt"))));
    const QString csv = dir.filePath(QStringLiteral("out/runs.csv"));
    QDir(dir.path()).mkpath(QStringLiteral("out"));
    const Result r = run({ QStringLiteral("--table"), csv, dir.path() });
    QCOMPARE(r.exitCode, 1); // c.txt is no log
    QVERIFY(r.err.contains("c.txt: not a chat latency diagnostic log"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header, the sample, the note's two runs
    QVERIFY(lines[1].startsWith("a.log,"));
    QVERIFY(lines[1].contains(",14579,model_proxy_ttft,709,9976,1758,2116,20,1,2767,0,40,"));
    QVERIFY(lines[3].startsWith("b.md #2,"));

    const QString jsonl = dir.filePath(QStringLiteral("out/runs.jsonl"));
    QCOMPARE(run({ QStringLiteral("--table"), jsonl, data("seed-run.log") }).exitCode, 0);
    QFile lines2(jsonl);
    QVERIFY(lines2.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(lines2.readLine()).object().value(QLatin1String("ttft_ms")).toDouble(), 14579.0);
}

void TestCommandLine::summaryOfAFolder()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(data("seed-run.log"), dir.filePath(QStringLiteral("one.log"))));
    QVERIFY(QFile::copy(data("skewed-run.log"), dir.filePath(QStringLiteral("two.log"))));
    const Result r = run({ QStringLiteral("--summary"), dir.path() });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray runs = QJsonDocument::fromJson(r.out).object().value(QLatin1String("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1].toObject().value(QLatin1String("ttft_ms")).toDouble(), 5500.0);
}

void TestCommandLine::exportAlignedAtFirstToken()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("aligned.png"));
    const Result r = run({ QStringLiteral("--export"), out, QStringLiteral("--align"), QStringLiteral("first-token"),
                           QStringLiteral("--baseline"), data("skewed-run.log"), data("seed-run.log"), data("skewed-run.log") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QImage(out).size(), QSize(1600, 900));
    // A baseline not among the files is exported with them; one that does not exist is an error.
    QFile::remove(out);
    QCOMPARE(run({ QStringLiteral("--export"), out, QStringLiteral("--baseline"), data("direct-run.log"),
                   data("seed-run.log") }).exitCode, 0);
    QVERIFY(QFile::exists(out));
    const Result missing = run({ QStringLiteral("--export"), out, QStringLiteral("--baseline"), data("no-such.log"),
                                 data("seed-run.log") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no-such.log"));
}

void TestCommandLine::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("unknown milestone") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"), QStringLiteral("--align"),
                                                        QStringLiteral("lunchtime"), data("seed-run.log") };
    QTest::addRow("align without export") << QStringList { QStringLiteral("--align"), QStringLiteral("submit"), data("seed-run.log") };
    QTest::addRow("utc without export") << QStringList { QStringLiteral("--utc"), data("seed-run.log") };
    QTest::addRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
    QTest::addRow("summary without files") << QStringList { QStringLiteral("--summary") };
    QTest::addRow("export without files") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png") };
    QTest::addRow("bad size") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"), QStringLiteral("--size"),
                                               QStringLiteral("big"), data("seed-run.log") };
    QTest::addRow("summary and export") << QStringList { QStringLiteral("--summary"), QStringLiteral("--export"),
                                                         QStringLiteral("x.png"), data("seed-run.log") };
    // 16000 pixels at scale 2 would be 32000 device pixels a side.
    QTest::addRow("size too large at its scale") << QStringList { QStringLiteral("--export"), QStringLiteral("x.png"),
                                                                  QStringLiteral("--size"), QStringLiteral("16000x900"),
                                                                  QStringLiteral("--scale"), QStringLiteral("2"),
                                                                  data("seed-run.log") };
}

void TestCommandLine::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("laglens: "));
}

void TestCommandLine::exportWritesAPngOfTheRequestedSize()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("timeline.png"));
    const Result r = run({ QStringLiteral("--export"), out, QStringLiteral("--size"), QStringLiteral("1200x700"),
                           data("seed-run.log"), data("skewed-run.log") });
    QCOMPARE(r.exitCode, 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1200, 700));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 500);

    const QString defaultSize = dir.filePath(QStringLiteral("default.png"));
    QCOMPARE(run({ QStringLiteral("--export"), defaultSize, data("seed-run.log") }).exitCode, 0);
    QCOMPARE(QImage(defaultSize).size(), QSize(1600, 900));
}

void TestCommandLine::exportWithoutDisplay()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("headless.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result r = run({ QStringLiteral("--export"), out, data("seed-run.log") }, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QImage(out).size(), QSize(1600, 900));
}

void TestCommandLine::exportsVectorsAndScales()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    const QString png = dir.filePath(QStringLiteral("t.png"));
    QCOMPARE(run({ QStringLiteral("--export"), svg, data("seed-run.log") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("--export"), pdf, data("seed-run.log") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--scale"),
                   QStringLiteral("2"), data("seed-run.log") }).exitCode, 0);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("model proxy time to first delta")); // text stays text in a vector export
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QCOMPARE(QImage(png).size(), QSize(1600, 1200)); // 800x600 at two device pixels per pixel
}

void TestCommandLine::writesDataExports()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const QString trace = dir.filePath(QStringLiteral("trace.json"));
    const QString otlp = dir.filePath(QStringLiteral("otlp.json"));
    const Result r = run({ QStringLiteral("--events-csv"), csv, QStringLiteral("--chrome-trace"), trace, QStringLiteral("--otlp"), otlp,
                           data("seed-run.log"), data("skewed-run.log") });
    QCOMPARE(r.exitCode, 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().count('\n'), 1 + 40 + 6); // header and the events of both runs
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(traceFile.readAll()).object().value(QLatin1String("traceEvents")).isArray());
    QFile otlpFile(otlp);
    QVERIFY(otlpFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(otlpFile.readAll()).object().value(QLatin1String("resourceSpans")).toArray().size(), 2);
}

void TestCommandLine::failedExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/timeline.png"));
    const Result r = run({ QStringLiteral("--export"), out, data("seed-run.log") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out));

    const QString nothing = dir.filePath(QStringLiteral("nothing.png"));
    QCOMPARE(run({ QStringLiteral("--export"), nothing, data("not-a-log.txt") }).exitCode, 1);
    QVERIFY(!QFile::exists(nothing));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
