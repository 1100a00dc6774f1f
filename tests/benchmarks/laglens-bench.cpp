// Times what opening logs costs LagLens: read, parse and analyse, the same work the window's
// loader does off the GUI thread. Prints one JSON object per file (or, with --folder, one for
// the whole folder): wall-clock milliseconds (best of --repeat; for single files also split into
// reading and parsing, and analysing), CPU milliseconds for folders, events, and the resident
// memory the loaded runs hold.
#include "analysis.h"
#include "parser.h"
#include "runloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <sys/resource.h>

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times reading, parsing and analysing logs."));
    parser.addHelpOption();
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per file; the best counts."),
                                    QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(repeat);
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Time loading every file below each FILE at once, as File > Open Folder does."));
    parser.addOption(folder);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Logs to time."));
    parser.process(app);

    const int runs = std::max(1, parser.value(repeat).toInt());
    if (parser.isSet(folder)) {
        for (const QString &path : parser.positionalArguments()) {
            double best = 1e300, bestCpu = 0;
            qint64 files = 0, loaded = 0, events = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                const double cpuBefore = cpuMs();
                const QList<LagLens::LoadedFile> result = LagLens::loadAll(LagLens::expandPaths({ path }));
                const double ms = timer.nsecsElapsed() / 1e6;
                if (ms < best) {
                    best = ms;
                    bestCpu = cpuMs() - cpuBefore;
                }
                files = result.size();
                loaded = events = 0;
                for (const LagLens::LoadedFile &file : result) {
                    loaded += file.runs.size();
                    for (const LagLens::AnalysedRun &run : file.runs)
                        events += run.run->events.size();
                }
            }
            const QJsonObject line { { QStringLiteral("folder"), path },       { QStringLiteral("ms"), best },
                                     { QStringLiteral("cpu_ms"), bestCpu },    { QStringLiteral("files"), files },
                                     { QStringLiteral("runs"), loaded },       { QStringLiteral("events"), events } };
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        }
        return 0;
    }
    for (const QString &path : parser.positionalArguments()) {
        double best = 1e300, bestParse = 0;
        qint64 events = 0;
        qint64 heldKiB = 0;
        for (int i = 0; i < runs; ++i) {
            const qint64 before = residentKiB();
            QElapsedTimer timer;
            timer.start();
            const LagLens::ParseResult result = LagLens::parseLogFile(path);
            const double parsed = timer.nsecsElapsed() / 1e6;
            QList<LagLens::Analysis> analyses;
            for (const LagLens::RunPtr &run : result.runs)
                analyses.append(LagLens::analyze(*run));
            if (const double ms = timer.nsecsElapsed() / 1e6; ms < best) {
                best = ms;
                bestParse = parsed;
            }
            events = 0;
            for (const LagLens::RunPtr &run : result.runs)
                events += run->events.size();
            // Measured on the first run only: later runs reuse memory the allocator kept.
            if (i == 0)
                heldKiB = residentKiB() - before;
        }
        const QJsonObject line { { QStringLiteral("file"), path },
                                 { QStringLiteral("ms"), best },
                                 { QStringLiteral("parse_ms"), bestParse },
                                 { QStringLiteral("analyse_ms"), best - bestParse },
                                 { QStringLiteral("events"), events },
                                 { QStringLiteral("held_kib"), heldKiB } };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
