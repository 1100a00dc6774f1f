#include "runloader.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>

namespace LagLens {

LoadedFile loadAndAnalyse(const QString &path)
{
    LoadedFile file;
    file.path = path;
    const ParseResult parsed = parseLogFile(path);
    file.error = parsed.error;
    for (const RunPtr &run : parsed.runs)
        file.runs.append({ run, QSharedPointer<const Analysis>::create(analyze(*run)) });
    if (!parsed.ok())
        qCInfo(lcLoader) << "could not load" << path << ":" << parsed.error;
    return file;
}

QStringList expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList below;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            // LagLens's own sidecars live beside the logs; they are not logs.
            if (!file.endsWith(QLatin1String(".laglens-notes.json")))
                below.append(file);
        }
        below.sort();
        files += below;
    }
    return files;
}

QList<LoadedFile> loadAll(const QStringList &paths)
{
    std::vector<LoadedFile> files(static_cast<std::size_t>(paths.size()));
    QThreadPool pool;
    std::atomic_int next = 0;
    // A few workers take files in turn; each writes only its own slots.
    const auto work = [&] {
        for (int i = next++; i < paths.size(); i = next++)
            files[std::size_t(i)] = loadAndAnalyse(paths[i]);
    };
    for (int worker = 1; worker < pool.maxThreadCount(); ++worker)
        pool.start(work);
    work();
    pool.waitForDone();
    return QList<LoadedFile>(files.begin(), files.end());
}

RunLoader::RunLoader(QObject *parent) : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("LagLens loader"));
}

RunLoader::~RunLoader()
{
    for (Job &job : m_jobs)
        job.cancelled->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

quint64 RunLoader::load(const QStringList &paths)
{
    const quint64 id = m_nextJob++;
    Job job;
    job.cancelled = std::make_shared<std::atomic_bool>(false);
    job.results.resize(paths.size());
    m_jobs.insert(id, job);

    if (paths.isEmpty()) {
        m_jobs.remove(id);
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT jobFinished(id, false); }, Qt::QueuedConnection);
        return id;
    }

    const QPointer<RunLoader> self(this);
    for (int i = 0; i < paths.size(); ++i) {
        m_pool.start([self, id, i, path = paths[i], cancelled = job.cancelled] {
            if (cancelled->load())
                return;
            LoadedFile file = loadAndAnalyse(path);
            if (cancelled->load())
                return;
            // The pool is waited for in the destructor, so `self` outlives this task.
            QMetaObject::invokeMethod(
                self.data(), [self, id, i, file = std::move(file)]() mutable {
                    if (self)
                        self->accept(id, i, std::move(file));
                },
                Qt::QueuedConnection);
        });
    }
    return id;
}

void RunLoader::cancel(quint64 job)
{
    const auto it = m_jobs.find(job);
    if (it == m_jobs.end())
        return;
    it->cancelled->store(true);
    m_jobs.erase(it);
    qCDebug(lcLoader) << "job" << job << "cancelled";
    Q_EMIT jobFinished(job, true);
}

void RunLoader::accept(quint64 jobId, int index, LoadedFile file)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end()) // cancelled meanwhile
        return;
    it->results[index] = std::move(file);
    ++it->done;

    // Hand results out in the order the paths were given, so the run list is stable. A slot may
    // start or cancel jobs, so the job is looked up again after every signal.
    while (it->nextToHandOut < it->results.size() && it->results[it->nextToHandOut]) {
        const LoadedFile ready = std::move(*it->results[it->nextToHandOut]);
        it->results[it->nextToHandOut].reset();
        ++it->nextToHandOut;
        Q_EMIT fileLoaded(jobId, ready);
        it = m_jobs.find(jobId);
        if (it == m_jobs.end())
            return;
    }

    const int total = int(it->results.size());
    const int done = it->done;
    const bool finished = it->nextToHandOut == total;
    if (finished)
        m_jobs.erase(it);
    Q_EMIT progress(jobId, done, total);
    if (finished)
        Q_EMIT jobFinished(jobId, false);
}

} // namespace LagLens
