#pragma once

#include "model.h"

#include <QSize>
#include <QStringList>

// What the command line asks LagLens to do.
struct CommandLine
{
    enum class Action { OpenWindow, Headless, ShowHelp, ShowVersion, UsageError };

    Action action = Action::OpenWindow;
    QStringList files; // as given: files and folders
    bool summary = false;
    QString exportPath; // empty: no image
    QString tablePath; // empty: no runs table
    QString eventsCsvPath; // empty: no events CSV
    QString chromeTracePath; // empty: no Chrome trace
    QString otlpPath; // empty: no OTLP JSON
    qreal scale = 1; // of a raster export
    QSize exportSize { 1600, 900 };
    bool corrected = false;
    bool utc = false; // exported time axes in UTC
    LagLens::MilestoneId alignment = LagLens::MilestoneId::SubmittedAt;
    QString baseline; // a file name or run name; empty: the first run
    QString language;
    QString error; // for UsageError
    QString helpText;
};

// Reads the arguments (argv[0] first). Needs no QCoreApplication, so the caller can pick the
// kind of application from the result.
CommandLine parseCommandLine(const QStringList &arguments);

// Does what a headless command line asks: --summary, --export, --table and the data exports.
// Exit codes: 0 when every
// file loaded, 1 when some could not be read (the rest are still processed) or an output could
// not be written.
int runHeadless(const CommandLine &command);

// Loads LagLens's translation for `language` (a code such as "de"), or for the system's locale
// when it is empty. English needs none.
void installTranslator(const QString &language);

// The real log LagLens opens when it starts with no file.
QString bundledSamplePath();
