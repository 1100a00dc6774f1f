#include "commandline.h"

#include "comparison.h"
#include "dataexport.h"
#include "exportimage.h"
#include "parser.h"
#include "runloader.h"
#include "runtable.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <cstdio>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace {

// --align accepts a milestone's key (first_token_client_received_at) or one of these names.
std::optional<LagLens::MilestoneId> alignmentByName(const QString &name)
{
    using LagLens::MilestoneId;
    static const QHash<QString, MilestoneId> names {
        { QStringLiteral("submit"), MilestoneId::SubmittedAt },
        { QStringLiteral("dispatch"), MilestoneId::RequestDispatchAt },
        { QStringLiteral("first-delta"), MilestoneId::FirstUpstreamDeltaAt },
        { QStringLiteral("first-batch"), MilestoneId::FirstBatchEmitAt },
        { QStringLiteral("first-token-event"), MilestoneId::FirstTokenServerEventAt },
        { QStringLiteral("first-token"), MilestoneId::FirstTokenClientReceivedAt },
        { QStringLiteral("first-event"), MilestoneId::FirstEventAt },
        { QStringLiteral("finished"), MilestoneId::FinishedAt },
    };
    if (const auto it = names.constFind(name); it != names.cend())
        return *it;
    const auto id = LagLens::milestoneByKey(name.toUtf8());
    if (id && LagLens::alignmentMilestones().contains(*id))
        return id;
    return std::nullopt;
}


void complain(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: %1").arg(message)));
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine command;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("LagLens shows where the time went in a streamed chat answer: it reads chat latency "
                 "diagnostic logs and draws a swimlane timeline, a lag chart and a bottleneck verdict. "
                 "FILE may be a folder: every file below it is read."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, Text::tr("Show the version."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Text::tr("Write the timeline of FILE (several runs: their comparison) to "
                                                   "OUT.png without opening a window; OUT.svg and OUT.pdf write "
                                                   "vectors."),
                                          Text::tr("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), Text::tr("Size of the exported image (default 1600x900)."),
                                  Text::tr("WxH"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     Text::tr("Print what LagLens finds in each FILE as JSON on standard output."));
    const QCommandLineOption table(QStringLiteral("table"),
                                   Text::tr("Write the runs table (one row per run) as CSV, or as JSON lines when "
                                            "OUT ends in .jsonl, without opening a window."),
                                   Text::tr("OUT"));
    const QCommandLineOption eventsCsv(QStringLiteral("events-csv"),
                                       Text::tr("Write the events of every run as CSV without opening a window."),
                                       Text::tr("OUT.csv"));
    const QCommandLineOption chromeTrace(QStringLiteral("chrome-trace"),
                                         Text::tr("Write the runs as Chrome Trace Event JSON (for Perfetto and "
                                                  "chrome://tracing) without opening a window."),
                                         Text::tr("OUT.json"));
    const QCommandLineOption otlp(QStringLiteral("otlp"),
                                  Text::tr("Write the runs as OpenTelemetry OTLP/JSON spans without opening a window."),
                                  Text::tr("OUT.json"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   Text::tr("Device pixels per pixel of an exported PNG, for slides and high-DPI "
                                            "screens: 0.25 to 8 (default 1)."),
                                   Text::tr("N"));
    const QCommandLineOption align(QStringLiteral("align"),
                                   Text::tr("Align the exported runs at this milestone: submit, dispatch, first-delta, "
                                            "first-batch, first-token-event, first-token, first-event or finished."),
                                   Text::tr("MILESTONE"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      Text::tr("Measure the exported comparison against the run from this file."),
                                      Text::tr("FILE"));
    const QCommandLineOption corrected(QStringLiteral("corrected"),
                                       Text::tr("Export the clock-corrected view instead of the raw stamps."));
    const QCommandLineOption utc(QStringLiteral("utc"),
                                 Text::tr("Label the exported time axes with UTC times of day instead of seconds."));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Use this language (for example de)."),
                                  Text::tr("CODE"));
    parser.addOptions({ help, version, exportOption, size, scale, summary, table, eventsCsv, chromeTrace, otlp, align,
                        baseline, corrected, utc, lang });
    parser.addPositionalArgument(QStringLiteral("files"), Text::tr("Diagnostic logs, or folders of them, to open."),
                                 Text::tr("[FILE...]"));
    // Without an application object the parser cannot know the program's name.
    command.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("laglens"));

    const auto usageError = [&](const QString &error) {
        command.action = CommandLine::Action::UsageError;
        command.error = error;
        return command;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    command.files = parser.positionalArguments();
    command.language = parser.value(lang);
    command.corrected = parser.isSet(corrected);
    command.utc = parser.isSet(utc);
    command.baseline = parser.value(baseline);
    // The baseline is exported with the rest, whether or not it is named among the files too.
    if (!command.baseline.isEmpty()) {
        const QString wanted = QFileInfo(command.baseline).absoluteFilePath();
        const bool listed = std::any_of(command.files.cbegin(), command.files.cend(), [&](const QString &file) {
            return QFileInfo(file).absoluteFilePath() == wanted;
        });
        if (!listed && QFileInfo(command.baseline).isFile())
            command.files.prepend(command.baseline);
    }
    if (parser.isSet(help)) {
        command.action = CommandLine::Action::ShowHelp;
        return command;
    }
    if (parser.isSet(version)) {
        command.action = CommandLine::Action::ShowVersion;
        return command;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
        // Below 800x600 the header, the lanes and the lag chart no longer fit legibly.
        if (w < 800 || h < 600 || w > 16000 || h > 16000)
            return usageError(Text::tr("--size wants WIDTHxHEIGHT between 800x600 and 16000x16000, not '%1'")
                                  .arg(parser.value(size)));
        command.exportSize = QSize(w, h);
    }
    if (parser.isSet(align)) {
        const auto milestone = alignmentByName(parser.value(align));
        if (!milestone)
            return usageError(Text::tr("--align does not know the milestone '%1'").arg(parser.value(align)));
        command.alignment = *milestone;
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        command.scale = parser.value(scale).toDouble(&ok);
        if (!ok || command.scale < 0.25 || command.scale > 8)
            return usageError(Text::tr("--scale wants a number from 0.25 to 8, not '%1'").arg(parser.value(scale)));
    }
    // A raster image of more than 16000 pixels a side at the chosen scale cannot be painted.
    const QString exportSuffix = QFileInfo(parser.value(exportOption)).suffix().toLower();
    if (exportSuffix != u"svg" && exportSuffix != u"pdf"
        && std::max(command.exportSize.width(), command.exportSize.height()) * command.scale > 16000)
        return usageError(Text::tr("--size %1x%2 at --scale %3 makes an image over 16000 pixels a side")
                              .arg(command.exportSize.width())
                              .arg(command.exportSize.height())
                              .arg(command.scale));
    command.summary = parser.isSet(summary);
    command.exportPath = parser.value(exportOption);
    command.tablePath = parser.value(table);
    command.eventsCsvPath = parser.value(eventsCsv);
    command.chromeTracePath = parser.value(chromeTrace);
    command.otlpPath = parser.value(otlp);
    const QList<const QCommandLineOption *> writers { &exportOption, &table, &eventsCsv, &chromeTrace, &otlp };
    const auto writerSet = std::find_if(writers.cbegin(), writers.cend(), [&](const QCommandLineOption *o) { return parser.isSet(*o); });
    if (command.summary && writerSet != writers.cend())
        return usageError(Text::tr("--summary prints to standard output and cannot be combined with %1")
                              .arg(QStringLiteral("--") + (*writerSet)->names().first()));
    if (command.summary || writerSet != writers.cend()) {
        if (command.files.isEmpty())
            return usageError(Text::tr("%1 needs at least one FILE")
                                  .arg(command.summary ? QStringLiteral("--summary") : QStringLiteral("--") + (*writerSet)->names().first()));
        command.action = CommandLine::Action::Headless;
    } else if (parser.isSet(align) || parser.isSet(baseline) || parser.isSet(size) || parser.isSet(corrected)
               || parser.isSet(scale) || parser.isSet(utc)) {
        return usageError(Text::tr("--align, --baseline, --size, --scale, --corrected and --utc only take effect with an export"));
    }
    return command;
}

int runHeadless(const CommandLine &command)
{
    QList<LagLens::LoadedFile> files = LagLens::loadAll(LagLens::expandPaths(command.files));
    for (const QString &path : command.files) {
        if (QFileInfo(path).isDir() && LagLens::expandPaths({ path }).isEmpty())
            files.append({ path, {}, Text::tr("the folder holds no files") });
    }
    bool allLoaded = true;
    QList<LagLens::AnalysedRun> runs;
    for (const LagLens::LoadedFile &file : files) {
        if (!file.error.isEmpty()) {
            allLoaded = false;
            complain(Text::tr("%1: %2").arg(file.path, file.error));
        }
        runs += file.runs;
    }

    if (command.summary) {
        LagLens::writeSummaryJson(files, [](QByteArrayView piece) {
            std::fwrite(piece.data(), 1, size_t(piece.size()), stdout);
        });
        std::fflush(stdout);
        return allLoaded ? 0 : 1;
    }

    bool written = true;
    QString error;
    const LagLens::ClockView view = command.corrected ? LagLens::ClockView::Corrected : LagLens::ClockView::Raw;
    // Nothing is written without a run: an empty table would pass for a finding.
    const auto writeData = [&](const QString &path, const auto &bytes) {
        if (path.isEmpty())
            return;
        if (runs.isEmpty()) {
            complain(Text::tr("no run to export; %1 not written").arg(path));
            written = false;
        } else if (!LagLens::writeFileAtomically(path, bytes(), &error)) {
            complain(Text::tr("cannot write %1: %2").arg(path, error));
            written = false;
        }
    };
    writeData(command.eventsCsvPath, [&] { return LagLens::eventsCsv(runs, view); });
    writeData(command.chromeTracePath, [&] { return LagLens::chromeTrace(runs, view); });
    writeData(command.otlpPath, [&] { return LagLens::otlpJson(runs, view); });
    const bool jsonLines = command.tablePath.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    writeData(command.tablePath, [&] { return jsonLines ? LagLens::runsJsonLines(runs) : LagLens::runsCsv(runs); });
    if (!command.exportPath.isEmpty()) {
        LagLens::ExportOptions options;
        options.size = command.exportSize;
        options.scale = command.scale;
        options.view = view;
        options.alignment = command.alignment;
        options.absoluteTime = command.utc;
        if (!command.baseline.isEmpty()) {
            const QString wanted = QFileInfo(command.baseline).absoluteFilePath();
            const auto it = std::find_if(runs.cbegin(), runs.cend(), [&](const LagLens::AnalysedRun &r) {
                return QFileInfo(r.run->filePath).absoluteFilePath() == wanted || r.run->displayName == command.baseline;
            });
            if (it == runs.cend()) {
                complain(Text::tr("--baseline %1 is none of the runs exported").arg(command.baseline));
                return 2;
            }
            options.baseline = int(it - runs.cbegin());
        }
        if (runs.isEmpty()) {
            complain(Text::tr("no run to export; %1 not written").arg(command.exportPath));
            written = false;
        } else if (!LagLens::exportRuns(runs, options, command.exportPath, &error)) {
            complain(Text::tr("cannot write %1: %2").arg(command.exportPath, error));
            written = false;
        }
    }
    return allLoaded && written ? 0 : 1;
}

void installTranslator(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("laglens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
        // English is built in; any other language asked for by name deserves a word.
        if (!language.isEmpty() && locale.language() != QLocale::English)
            std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: no translation for '%1'; using English").arg(language)));
    }
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
}

QString bundledSamplePath()
{
    return QStringLiteral(":/samples/seed-run.log");
}
