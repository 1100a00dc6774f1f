#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LagLens"));
    QCoreApplication::setApplicationName(QStringLiteral("LagLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAGLENS_VERSION));
}

// The value of --lang, read without the parser, which may have refused the rest.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}

// Qt warns on every start when XDG_RUNTIME_DIR is unset (as for root in a container) and then
// uses /tmp/runtime-$USER. Exports run in scripts, so make that choice explicitly and quietly.
void useQuietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + qEnvironmentVariable("USER", QStringLiteral("laglens"));
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine command = parseCommandLine(arguments);
    describeApplication();

    if (command.action == CommandLine::Action::UsageError || command.action == CommandLine::Action::ShowHelp) {
        // Help and usage errors are printed in the user's language: read the arguments again
        // once a translator is installed.
        QCoreApplication app(argc, argv);
        installTranslator(languageArgument(arguments));
        command = parseCommandLine(arguments);
    }

    switch (command.action) {
    case CommandLine::Action::UsageError: {
        // The one line that says what is wrong, not buried under the whole help.
        const QString hint = QCoreApplication::translate("CommandLine", "Try 'laglens --help' for the options.");
        std::fprintf(stderr, "laglens: %s\n%s\n", qUtf8Printable(command.error), qUtf8Printable(hint));
        return 2;
    }
    case CommandLine::Action::ShowHelp:
        std::printf("%s", qUtf8Printable(command.helpText));
        return 0;
    case CommandLine::Action::ShowVersion:
        std::printf("laglens %s\n", LAGLENS_VERSION);
        return 0;
    case CommandLine::Action::Headless: {
        if (!command.exportPath.isEmpty()) {
            // Images need no display: draw offscreen unless the user chose a platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            useQuietRuntimeDir();
            QApplication app(argc, argv);
            installTranslator(command.language);
            return runHeadless(command);
        }
        QCoreApplication app(argc, argv);
        installTranslator(command.language);
        return runHeadless(command);
    }
    case CommandLine::Action::OpenWindow:
        break;
    }

    QApplication app(argc, argv);
    installTranslator(command.language);
    MainWindow window;
    window.show();
    const QStringList files = command.files.isEmpty() ? QStringList { bundledSamplePath() } : command.files;
    QTimer::singleShot(0, &window, [&window, files] { window.openPaths(files); });
    return app.exec();
}
