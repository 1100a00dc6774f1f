#pragma once

#include <QSize>
#include <QStringList>

// What the command line asks LagLens to do.
struct CommandLine
{
    enum class Action { OpenWindow, Summary, Export, ShowHelp, ShowVersion, UsageError };

    Action action = Action::OpenWindow;
    QStringList files;
    QString exportPath;
    QSize exportSize { 1600, 900 };
    bool corrected = false;
    QString language;
    QString error; // for UsageError
    QString helpText;
};

// Reads the arguments (argv[0] first). Needs no QCoreApplication, so the caller can pick the
// kind of application from the result.
CommandLine parseCommandLine(const QStringList &arguments);

// Exit codes: 0 everything loaded, 1 some input could not be read, 2 usage error.
int runSummary(const CommandLine &command);
int runExport(const CommandLine &command);

// Loads LagLens's translation for `language` (a code such as "de"), or for the system's locale
// when it is empty. English needs none.
void installTranslator(const QString &language);

// The real log LagLens opens when it starts with no file.
QString bundledSamplePath();
