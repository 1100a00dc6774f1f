#include "commandline.h"

#include "exportimage.h"
#include "parser.h"
#include "runloader.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine command;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("LagLens shows where the time went in a streamed chat answer: it reads chat latency "
                 "diagnostic logs and draws a swimlane timeline, a lag chart and a bottleneck verdict."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     Text::tr("Show the version."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Text::tr("Write the timeline of FILE (several files: their comparison) "
                                                   "to OUT.png without opening a window."),
                                          Text::tr("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), Text::tr("Size of the exported image (default 1600x900)."),
                                  Text::tr("WxH"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     Text::tr("Print what LagLens finds in each FILE as JSON on standard output."));
    const QCommandLineOption corrected(QStringLiteral("corrected"),
                                       Text::tr("Export the clock-corrected view instead of the raw stamps."));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Use this language (for example de)."),
                                  Text::tr("CODE"));
    parser.addOptions({ help, version, exportOption, size, summary, corrected, lang });
    parser.addPositionalArgument(QStringLiteral("files"), Text::tr("Diagnostic logs to open."),
                                 Text::tr("[FILE...]"));
    // Without an application object the parser cannot know the program's name.
    command.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("laglens"));

    if (!parser.parse(arguments)) {
        command.action = CommandLine::Action::UsageError;
        command.error = parser.errorText();
        return command;
    }
    command.files = parser.positionalArguments();
    command.language = parser.value(lang);
    command.corrected = parser.isSet(corrected);
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
        if (w < 200 || h < 150 || w > 16000 || h > 16000) {
            command.action = CommandLine::Action::UsageError;
            command.error = Text::tr("--size wants WIDTHxHEIGHT between 200x150 and 16000x16000, not '%1'")
                                .arg(parser.value(size));
            return command;
        }
        command.exportSize = QSize(w, h);
    }
    if (parser.isSet(summary) && parser.isSet(exportOption)) {
        command.action = CommandLine::Action::UsageError;
        command.error = Text::tr("--summary and --export cannot be combined");
        return command;
    }
    if (parser.isSet(summary) || parser.isSet(exportOption)) {
        if (command.files.isEmpty()) {
            command.action = CommandLine::Action::UsageError;
            command.error = Text::tr("%1 needs at least one FILE").arg(parser.isSet(summary) ? QStringLiteral("--summary")
                                                                                            : QStringLiteral("--export"));
            return command;
        }
        command.action = parser.isSet(summary) ? CommandLine::Action::Summary : CommandLine::Action::Export;
        command.exportPath = parser.value(exportOption);
    }
    return command;
}

int runSummary(const CommandLine &command)
{
    QList<LagLens::ParseResult> results;
    bool allLoaded = true;
    for (const QString &file : command.files) {
        results.append(LagLens::parseLogFile(file));
        allLoaded = allLoaded && results.last().ok();
    }
    const QByteArray json = LagLens::summaryJson(results);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    for (const LagLens::ParseResult &r : std::as_const(results)) {
        if (!r.ok())
            std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: %1: %2").arg(r.filePath, r.error)));
    }
    return allLoaded ? 0 : 1;
}

int runExport(const CommandLine &command)
{
    QList<LagLens::AnalysedRun> runs;
    bool allLoaded = true;
    for (const QString &path : command.files) {
        const LagLens::LoadedFile file = LagLens::loadAndAnalyse(path);
        if (!file.error.isEmpty()) {
            allLoaded = false;
            std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: %1: %2").arg(path, file.error)));
        }
        runs += file.runs;
    }
    if (runs.isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: no run to export; %1 not written").arg(command.exportPath)));
        return 1;
    }

    LagLens::ExportOptions options;
    options.size = command.exportSize;
    options.view = command.corrected ? LagLens::ClockView::Corrected : LagLens::ClockView::Raw;
    QString error;
    if (!LagLens::saveImageAtomically(LagLens::renderRunsImage(runs, options), command.exportPath, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("laglens: cannot write %1: %2").arg(command.exportPath, error)));
        return 1;
    }
    return allLoaded ? 0 : 1;
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
