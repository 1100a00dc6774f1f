#include "mainwindow.h"

#include "bottleneckpanel.h"
#include "exportimage.h"
#include "plaintext.h"
#include "runloader.h"
#include "runview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDirIterator>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace LagLens;

namespace {

constexpr int kMaxAutoCompared = 4;

// Files to load for a path: the file itself, or every regular file below a folder.
QStringList expandPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return { path };
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("LagLens"));
    setAcceptDrops(true);
    m_loader = new RunLoader(this);
    m_runs = new RunListModel(this);
    m_diagnostics = new DiagnosticModel(this);
    m_steps = new StepModel(this);
    m_events = new EventModel(this);
    m_eventProxy = new QSortFilterProxyModel(this);
    m_eventProxy->setSourceModel(m_events);
    m_eventProxy->setSortRole(SortRole);

    connect(m_loader, &RunLoader::fileLoaded, this, &MainWindow::onFileLoaded);
    connect(m_loader, &RunLoader::jobFinished, this, &MainWindow::onJobFinished);

    createActions();
    createLayout();
    updateViews();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("view/corrected"), false).toBool())
        m_correctedAction->setChecked(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open one or more diagnostic logs"));
    m_exportAction = file->addAction(tr("&Export PNG…"), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the timeline and lag chart of the selected runs as an image"));
    m_closeRunAction = file->addAction(tr("&Close Run"), this, &MainWindow::closeSelectedRuns);
    m_closeRunAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_correctedAction = view->addAction(tr("&Clock-Corrected Stamps"));
    m_correctedAction->setCheckable(true);
    m_correctedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_correctedAction->setToolTip(tr("Move platform and chat service stamps onto the client clock by the estimated offsets"));
    connect(m_correctedAction, &QAction::toggled, this, &MainWindow::setCorrected);
    m_fitAction = view->addAction(tr("&Fit to Runs"), this, [this] { m_runView->fitToData(); });
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LagLens"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(m_openAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_correctedAction);
    bar->addAction(m_fitAction);
}

void MainWindow::createLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    // A one-line banner for files that could not be loaded; the details are a tab away.
    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("loadProblemBanner"));
    m_banner->setStyleSheet(QStringLiteral("#loadProblemBanner { background: #fdecea; border: 1px solid #e0a49c; }"
                                           "#loadProblemBanner QLabel { color: #8a1c12; }"));
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setAccessibleName(tr("Load problems"));
    m_bannerText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *showButton = new QPushButton(tr("Show &Problems"), m_banner);
    connect(showButton, &QPushButton::clicked, this, [this] { m_details->setCurrentWidget(m_problemText); });
    bannerLayout->addWidget(showButton);
    auto *closeButton = new QPushButton(tr("&Dismiss"), m_banner);
    connect(closeButton, &QPushButton::clicked, m_banner, &QWidget::hide);
    bannerLayout->addWidget(closeButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_runView = new RunView(splitter);
    m_panel = new BottleneckPanel(splitter);
    splitter->addWidget(m_runView);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *runDock = new QDockWidget(tr("Runs"), this);
    runDock->setObjectName(QStringLiteral("runsDock"));
    m_runList = new QListView(runDock);
    m_runList->setModel(m_runs);
    m_runList->setItemDelegate(new PlainTextDelegate(m_runList));
    m_runList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runList->setAccessibleName(tr("Loaded runs; select several to compare"));
    runDock->setWidget(m_runList);
    addDockWidget(Qt::LeftDockWidgetArea, runDock);
    connect(m_runList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateViews);
    connect(m_runList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateCurrentRun);

    auto *detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new QTabWidget(detailDock);
    m_eventTable = createPlainTable(m_eventProxy, m_details);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventModel::IndexColumn, Qt::AscendingOrder);
    m_eventTable->setAccessibleName(tr("Events of the current run"));
    m_diagnosticTable = createPlainTable(m_diagnostics, m_details);
    m_diagnosticTable->setAccessibleName(tr("Diagnostics of the current run"));
    QTableView *stepTable = createPlainTable(m_steps, m_details);
    stepTable->setAccessibleName(tr("Steps of the current run"));
    auto *answerPage = new QWidget(m_details);
    auto *answerLayout = new QVBoxLayout(answerPage);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *answerNote = new QLabel(tr("Reassembled from the answer's chunks in the log. The log collapses whitespace, "
                                     "so words at chunk boundaries can run together; a log that keeps only its last "
                                     "events starts mid-answer."),
                                  answerPage);
    answerNote->setTextFormat(Qt::PlainText);
    answerNote->setWordWrap(true);
    answerLayout->addWidget(answerNote);
    m_answer = new QPlainTextEdit(answerPage);
    m_answer->setReadOnly(true);
    m_answer->setAccessibleName(tr("Streamed answer text"));
    answerLayout->addWidget(m_answer);
    m_problemText = new QPlainTextEdit(m_details);
    m_problemText->setReadOnly(true);
    m_problemText->setAccessibleName(tr("Files that could not be loaded"));
    m_details->addTab(m_eventTable, tr("&Events"));
    m_details->addTab(stepTable, tr("&Steps"));
    m_details->addTab(m_diagnosticTable, tr("&Diagnostics"));
    m_details->addTab(answerPage, tr("&Answer"));
    m_details->addTab(m_problemText, tr("&Load Problems"));
    detailDock->setWidget(m_details);
    addDockWidget(Qt::BottomDockWidgetArea, detailDock);
    resizeDocks({ runDock }, { 220 }, Qt::Horizontal);
    resizeDocks({ detailDock }, { 200 }, Qt::Vertical);
    resize(1500, 950);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths)
        files += expandPath(path);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to open: the folder holds no files."), 5000);
        return;
    }
    m_firstRowOfJob = -1;
    m_pendingJobs.insert(m_loader->load(files));
    statusBar()->showMessage(tr("Loading files: %1…").arg(files.size()));
}

bool MainWindow::isLoading() const
{
    return !m_pendingJobs.isEmpty();
}

void MainWindow::onFileLoaded(quint64 job, const LoadedFile &file)
{
    if (!m_pendingJobs.contains(job))
        return;
    if (!file.error.isEmpty()) {
        m_problems.append(tr("%1: %2").arg(QDir::toNativeSeparators(file.path), file.error));
        showProblems();
    }
    if (file.runs.isEmpty())
        return;
    const int first = m_runs->rowCount();
    m_runs->append(file.runs);
    if (m_firstRowOfJob < 0)
        m_firstRowOfJob = first;
    // The runs of this load become the selection, so opening several files compares them; past
    // kMaxAutoCompared runs a comparison is too crowded to read, so the rest wait to be picked.
    const int last = std::min(m_runs->rowCount() - 1, m_firstRowOfJob + kMaxAutoCompared - 1);
    const QItemSelection selection(m_runs->index(m_firstRowOfJob), m_runs->index(last));
    m_runList->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!m_runList->currentIndex().isValid() || m_runList->currentIndex().row() < m_firstRowOfJob)
        m_runList->selectionModel()->setCurrentIndex(m_runs->index(m_firstRowOfJob), QItemSelectionModel::NoUpdate);
}

void MainWindow::onJobFinished(quint64 job, bool cancelled)
{
    m_pendingJobs.remove(job);
    if (!cancelled) {
        QString message = tr("Runs open: %1.").arg(m_runs->rowCount());
        if (!m_problems.isEmpty())
            message += u' ' + tr("Files that could not be loaded: %1.").arg(m_problems.size());
        statusBar()->showMessage(message, 8000);
    }
    if (m_pendingJobs.isEmpty())
        Q_EMIT loadingFinished();
}

void MainWindow::showProblems()
{
    m_problemText->setPlainText(m_problems.join(u'\n'));
    const QString last = m_problems.last();
    m_bannerText->setText(m_problems.size() == 1
                              ? tr("Could not load %1").arg(last)
                              : tr("%1 files could not be loaded; the others are open. Last: %2").arg(m_problems.size()).arg(last));
    m_bannerText->setToolTip(plainToolTip(m_problems.join(u'\n')));
    m_banner->show();
}

QList<AnalysedRun> MainWindow::selectedRuns() const
{
    QModelIndexList rows = m_runList->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AnalysedRun> runs;
    for (const QModelIndex &index : std::as_const(rows))
        runs.append(m_runs->at(index.row()));
    return runs;
}

void MainWindow::updateViews()
{
    const QList<AnalysedRun> runs = selectedRuns();
    m_runView->setRuns(runs);
    m_exportAction->setEnabled(!runs.isEmpty());
    m_closeRunAction->setEnabled(!runs.isEmpty());
    updateCurrentRun();
}

void MainWindow::updateCurrentRun()
{
    const QModelIndex current = m_runList->currentIndex();
    const AnalysedRun run = current.isValid() ? m_runs->at(current.row()) : AnalysedRun {};
    m_panel->setRun(run, m_view);
    m_panel->setComparison(selectedRuns(), m_view);
    m_steps->setRun(run);
    m_diagnostics->setRun(run);
    m_events->setRun(run, m_view);
    m_answer->setPlainText(run.run ? answerText(*run.run) : QString());
    m_eventTable->resizeColumnsToContents();
    m_diagnosticTable->resizeColumnsToContents();
    setWindowTitle(run.run ? tr("%1 – LagLens").arg(run.run->displayName) : tr("LagLens"));
}

void MainWindow::setCorrected(bool corrected)
{
    m_view = corrected ? ClockView::Corrected : ClockView::Raw;
    m_runView->setClockView(m_view);
    updateCurrentRun();
    QSettings().setValue(QStringLiteral("view/corrected"), corrected);
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Diagnostic Logs"), settings.value(QStringLiteral("paths/open")).toString(),
        tr("Diagnostic logs (*.log *.txt *.md *.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/open"), QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::exportDialog()
{
    const QList<AnalysedRun> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    QSettings settings;
    const QString suggestion = QFileInfo(runs.first().run->filePath).completeBaseName() + QStringLiteral("-timeline.png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline"), QDir(settings.value(QStringLiteral("paths/export")).toString()).filePath(suggestion),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());

    ExportOptions options;
    options.view = m_view;
    options.size = settings.value(QStringLiteral("export/size"), QSize(1600, 900)).toSize();
    QString error;
    if (!saveImageAtomically(renderRunsImage(runs, options), path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::closeSelectedRuns()
{
    QModelIndexList rows = m_runList->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        m_runs->removeAt(index.row());
    updateViews();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About LagLens"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("LagLens %1\n\nShows where the time went in a streamed chat answer: it reads chat latency "
                   "diagnostic logs and draws a swimlane timeline, a per-event lag chart and a bottleneck "
                   "verdict that accounts for clock skew, clamped figures and mid-stream stalls.")
                    .arg(QCoreApplication::applicationVersion()));
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
