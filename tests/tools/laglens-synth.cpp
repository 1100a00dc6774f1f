// Writes a synthetic chat latency diagnostic log with the events, skew, stalls and bottleneck
// asked for; the benchmarks make their inputs with it.
#include "synthlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic chat latency diagnostic log."));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Number of events."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption skew(QStringLiteral("platform-skew-ms"), QStringLiteral("Platform clock minus client clock."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption serviceSkew(QStringLiteral("service-skew-ms"), QStringLiteral("Chat service clock minus client clock."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption stall(QStringLiteral("stall"), QStringLiteral("Hold the events after event N for MS (repeatable)."), QStringLiteral("N:MS"));
    const QCommandLineOption proxy(QStringLiteral("proxy-ttft-ms"), QStringLiteral("Model proxy time to first delta."), QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption flush(QStringLiteral("flush-ms"), QStringLiteral("Chat service buffer flush delay."), QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption pipeline(QStringLiteral("pipeline-ms"), QStringLiteral("Platform event pipeline delay."), QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption gap(QStringLiteral("gap-ms"), QStringLiteral("Time between events."), QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption message(QStringLiteral("message"), QStringLiteral("Message of every token batch."), QStringLiteral("TEXT"),
                                     QStringLiteral("-once) and implement compensating measures: idempotent handlers, deduplication, and id"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Write N logs into --output-dir instead, each with its own model proxy "
                                                  "wait, skew and, for every seventh, a stall."),
                                   QStringLiteral("N"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"), QStringLiteral("Folder for --count."), QStringLiteral("DIR"));
    parser.addOptions({ events, skew, serviceSkew, stall, proxy, flush, pipeline, gap, message, output, count, outputDir });
    parser.process(app);

    LagLens::Synth::LogSpec spec;
    spec.events = parser.value(events).toInt();
    spec.platformSkewMs = parser.value(skew).toDouble();
    spec.serviceSkewMs = parser.value(serviceSkew).toDouble();
    spec.proxyTtftMs = parser.value(proxy).toDouble();
    spec.flushMs = parser.value(flush).toDouble();
    spec.pipelineMs = parser.value(pipeline).toDouble();
    spec.eventGapMs = parser.value(gap).toDouble();
    spec.message = parser.value(message);
    for (const QString &value : parser.values(stall)) {
        const QStringList parts = value.split(u':');
        if (parts.size() != 2) {
            std::fprintf(stderr, "--stall wants N:MS\n");
            return 2;
        }
        spec.stalls.append({ parts[0].toInt(), parts[1].toDouble() });
    }
    if (parser.isSet(count)) {
        // Many logs with parameters that vary deterministically, for the folder benchmark.
        const int n = parser.value(count).toInt();
        const QDir dir(parser.value(outputDir));
        if (n <= 0 || !parser.isSet(outputDir) || !QDir().mkpath(dir.path())) {
            std::fprintf(stderr, "--count wants N > 0 and a writable --output-dir\n");
            return 2;
        }
        for (int i = 0; i < n; ++i) {
            LagLens::Synth::LogSpec one = spec;
            one.submitUnixMs += qint64(i) * 60000;
            one.proxyTtftMs = 800 + (i * 7919) % 12000;
            one.flushMs = 200 + (i * 104729) % 2500;
            one.platformSkewMs = (i % 5 == 0) ? 45 : 0;
            if (i % 7 == 0)
                one.stalls = { { one.events / 2, 1500.0 + (i % 3) * 700.0 } };
            QSaveFile file(dir.filePath(QStringLiteral("run-%1.log").arg(i, 6, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(LagLens::Synth::generateLog(one)) < 0 || !file.commit()) {
                std::fprintf(stderr, "cannot write %s\n", qUtf8Printable(file.fileName()));
                return 1;
            }
        }
        return 0;
    }
    if (!parser.isSet(output)) {
        std::fprintf(stderr, "--output is required\n");
        return 2;
    }

    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(LagLens::Synth::generateLog(spec)) < 0 || !file.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qUtf8Printable(parser.value(output)), qUtf8Printable(file.errorString()));
        return 1;
    }
    return 0;
}
