#pragma once

#include "analysis.h"
#include "parser.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace LagLens {

// A run with its analysis, computed once when loaded.
struct AnalysedRun
{
    RunPtr run;
    QSharedPointer<const Analysis> analysis;
};

// The outcome of loading one file: its runs, or the reason it has none.
struct LoadedFile
{
    QString path;
    QList<AnalysedRun> runs;
    QString error;
};

LoadedFile loadAndAnalyse(const QString &path);

// The files to load for some paths: each file itself, and every file below each folder
// (recursively, in name order) except LagLens's own note sidecars. Paths that do not exist are
// kept, so loading reports them.
QStringList expandPaths(const QStringList &paths);

// Loads and analyses files on the thread pool and waits for all of them; results are in the
// order of `paths`.
QList<LoadedFile> loadAll(const QStringList &paths);

// Reads and analyses files on a thread pool, off the GUI thread. Each call to load() is a job;
// results are handed back in the order the paths were given, on the loader's own thread.
class RunLoader : public QObject
{
    Q_OBJECT

public:
    explicit RunLoader(QObject *parent = nullptr);
    ~RunLoader() override;

    quint64 load(const QStringList &paths);
    void cancel(quint64 job);
    bool isBusy() const { return !m_jobs.isEmpty(); }

Q_SIGNALS:
    void fileLoaded(quint64 job, const LagLens::LoadedFile &file);
    void progress(quint64 job, int filesDone, int filesTotal);
    void jobFinished(quint64 job, bool cancelled);

private:
    struct Job
    {
        std::shared_ptr<std::atomic_bool> cancelled;
        QList<std::optional<LoadedFile>> results;
        int nextToHandOut = 0;
        int done = 0;
    };

    void accept(quint64 job, int index, LoadedFile file);

    QThreadPool m_pool;
    QHash<quint64, Job> m_jobs;
    quint64 m_nextJob = 1;
};

} // namespace LagLens

Q_DECLARE_METATYPE(LagLens::LoadedFile)
