#include "mainwindow.h"

#include "bottleneckpanel.h"
#include "dataexport.h"
#include "exportdialog.h"
#include "distributionview.h"
#include "exportimage.h"
#include "plaintext.h"
#include "runloader.h"
#include "runview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace LagLens;

namespace {

// Past this many runs a comparison is too crowded to read, so a load selects no more.
constexpr int kMaxAutoCompared = 4;
// The answer tab shows this much of the reassembled answer.
constexpr qsizetype kMaxAnswerShown = 50000;
// File > Open Recent keeps this many files and folders.
constexpr qsizetype kMaxRecent = 10;
// A changed log is read again once it has been quiet for this long.
constexpr int kReloadDelayMs = 300;


} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("LagLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/laglens.svg")));
    setAcceptDrops(true);
    m_loader = new RunLoader(this);
    m_runs = new RunListModel(this);
    m_runProxy = new QSortFilterProxyModel(this);
    m_runProxy->setSourceModel(m_runs);
    m_runProxy->setSortRole(SortRole);
    m_runProxy->setFilterKeyColumn(-1);
    m_runProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_diagnostics = new DiagnosticModel(this);
    m_steps = new StepModel(this);
    m_events = new EventModel(this);
    m_deltas = new DeltaModel(this);

    connect(m_loader, &RunLoader::fileLoaded, this, &MainWindow::onFileLoaded);
    connect(m_loader, &RunLoader::progress, this, &MainWindow::onProgress);
    connect(m_loader, &RunLoader::jobFinished, this, &MainWindow::onJobFinished);

    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_changedFiles.insert(path);
        m_reloadTimer->start();
    });
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadChangedFiles);

    createActions();
    createLayout();
    // The timeline's own context menu switches these too; the menu follows.
    connect(m_runView, &RunView::rulerModeChanged, m_rulerAction, &QAction::setChecked);
    connect(m_runView, &RunView::legendVisibleChanged, m_legendAction, &QAction::setChecked);
    connect(m_runView, &RunView::laneCollapsedChanged, this, [this](Lane lane, bool collapsed) {
        m_laneActions[int(lane)]->setChecked(!collapsed);
        QSettings().setValue(QStringLiteral("view/collapsedLanes"), int(m_runView->collapsedLanes().bits));
    });
    updateViews();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("view/corrected"), false).toBool())
        m_correctedAction->setChecked(true);
    m_utcAction->setChecked(settings.value(QStringLiteral("view/utc"), false).toBool());
    LaneSet collapsed;
    collapsed.bits = quint8(settings.value(QStringLiteral("view/collapsedLanes"), 0).toUInt());
    for (Lane lane : { Lane::Client, Lane::Platform, Lane::ChatService, Lane::ModelProxy })
        m_runView->setLaneCollapsed(lane, collapsed.contains(lane));
    m_alignment->setCurrentIndex(std::max(0, m_alignment->findData(settings.value(QStringLiteral("view/alignment"), 0))));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open one or more diagnostic logs"));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Picture…"), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the timeline and lag chart of the selected runs as PNG, SVG or PDF"));
    QMenu *dataMenu = file->addMenu(tr("Export Da&ta"));
    dataMenu->addAction(tr("&Events as CSV…"), this, [this] { exportDataDialog(DataExport::EventsCsv); });
    dataMenu->addAction(tr("&Chrome Trace (Perfetto)…"), this, [this] { exportDataDialog(DataExport::ChromeTrace); });
    dataMenu->addAction(tr("&OpenTelemetry Spans (OTLP JSON)…"), this, [this] { exportDataDialog(DataExport::Otlp); });
    file->addAction(tr("Export Runs &Table…"), this, &MainWindow::exportTableDialog);
    file->addAction(tr("Export &Distribution PNG…"), this, &MainWindow::exportDistributionDialog);
    file->addSeparator();
    m_closeRunAction = file->addAction(tr("&Close Run"), this, &MainWindow::closeSelectedRuns);
    m_closeRunAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Picture"), this, &MainWindow::copyImage);
    copy->setShortcut(QKeySequence::Copy);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_correctedAction = view->addAction(tr("&Clock-Corrected Stamps"));
    m_correctedAction->setCheckable(true);
    m_correctedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_correctedAction->setToolTip(tr("Move platform and chat service stamps onto the client clock by the estimated offsets"));
    connect(m_correctedAction, &QAction::toggled, this, &MainWindow::setCorrected);
    m_utcAction = view->addAction(tr("Absolute &UTC Time"));
    m_utcAction->setCheckable(true);
    m_utcAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_utcAction->setToolTip(tr("Label the time axes with UTC times of day instead of seconds since submit"));
    connect(m_utcAction, &QAction::toggled, this, [this](bool on) {
        m_runView->setAbsoluteTime(on);
        QSettings().setValue(QStringLiteral("view/utc"), on);
    });
    QAction *fit = view->addAction(tr("&Fit to Runs"), this, [this] { m_runView->fitToData(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    // The keys of the trace viewers people know: W/S zoom, A/D pan.
    view->addAction(tr("Zoom &In"), QKeySequence(Qt::Key_W), this, [this] { m_runView->zoomBy(0.5); });
    view->addAction(tr("Zoom &Out"), QKeySequence(Qt::Key_S), this, [this] { m_runView->zoomBy(2.0); });
    view->addAction(tr("Pan &Left"), QKeySequence(Qt::Key_A), this, [this] { m_runView->panBy(-0.2); });
    view->addAction(tr("Pan &Right"), QKeySequence(Qt::Key_D), this, [this] { m_runView->panBy(0.2); });
    QAction *back = view->addAction(tr("&Back"), this, [this] { m_runView->back(); });
    back->setShortcuts({ QKeySequence::Back, QKeySequence(Qt::Key_Backspace) });
    view->addAction(tr("For&ward"), QKeySequence::Forward, this, [this] { m_runView->forward(); });
    view->addSeparator();
    m_rulerAction = view->addAction(tr("&Measure with the Ruler"));
    m_rulerAction->setCheckable(true);
    m_rulerAction->setShortcut(QKeySequence(Qt::Key_M));
    m_rulerAction->setToolTip(tr("Click a marker, then another: the time between them stays on screen and in exports"));
    connect(m_rulerAction, &QAction::toggled, this, [this](bool on) { m_runView->setRulerMode(on); });
    view->addAction(tr("C&lear Measurements"), this, [this] { m_runView->clearMeasurements(); });
    m_legendAction = view->addAction(tr("Le&gend"));
    m_legendAction->setCheckable(true);
    m_legendAction->setShortcut(QKeySequence(Qt::Key_L));
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) { m_runView->setLegendVisible(on); });
    // Checked lanes are expanded; clicking a lane's name in the timeline does the same.
    QMenu *lanes = view->addMenu(tr("La&nes"));
    const std::pair<Lane, QString> laneItems[] = { { Lane::Client, tr("&Client") },
                                                   { Lane::Platform, tr("&Platform") },
                                                   { Lane::ChatService, tr("C&hat Service") },
                                                   { Lane::ModelProxy, tr("&Model Proxy") } };
    for (const auto &[lane, text] : laneItems) {
        QAction *action = lanes->addAction(text);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
                [this, lane = lane](bool on) { m_runView->setLaneCollapsed(lane, !on); });
        m_laneActions[int(lane)] = action;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcuts({ QKeySequence::HelpContents, QKeySequence(Qt::Key_Question) });
    help->addAction(tr("&About LagLens"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(open);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_correctedAction);
    bar->addAction(fit);
    bar->addSeparator();
    auto *alignLabel = new QLabel(tr("Al&ign at:"), bar);
    m_alignment = new QComboBox(bar);
    alignLabel->setBuddy(m_alignment);
    m_alignment->setAccessibleName(tr("Milestone the compared runs are aligned at"));
    for (MilestoneId id : alignmentMilestones())
        m_alignment->addItem(id == MilestoneId::SubmittedAt ? tr("submit") : milestoneLabel(id), int(id));
    connect(m_alignment, &QComboBox::currentIndexChanged, this, &MainWindow::setAlignment);
    bar->addWidget(alignLabel);
    bar->addWidget(m_alignment);
}

QWidget *MainWindow::createRunsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_runFilter = new QLineEdit(pane);
    m_runFilter->setPlaceholderText(tr("Filter runs (file, job, status, bottleneck…)"));
    m_runFilter->setClearButtonEnabled(true);
    m_runFilter->setAccessibleName(tr("Filter the runs table"));
    connect(m_runFilter, &QLineEdit::textChanged, m_runProxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_runFilter);

    m_runTable = createPlainTable(m_runProxy, pane);
    m_runTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runTable->setSortingEnabled(true);
    m_runTable->horizontalHeader()->setStretchLastSection(false);
    m_runTable->setAccessibleName(tr("Loaded runs; select several to compare"));
    layout->addWidget(m_runTable);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateViews);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateCurrentRun);
    return pane;
}

QWidget *MainWindow::createComparePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Baseline:"), pane);
    m_baseline = new QComboBox(pane);
    m_baseline->setAccessibleName(tr("Baseline run of the comparison"));
    label->setBuddy(m_baseline);
    row->addWidget(label);
    row->addWidget(m_baseline, 1);
    layout->addLayout(row);
    QTableView *table = createPlainTable(m_deltas, pane);
    table->setAccessibleName(tr("Figures of the selected runs against the baseline"));
    // A few dozen rows: every column can afford to fit its figures, whatever runs come and go.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(table);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_deltas->setRuns(selectedRuns(), index);
    });
    return pane;
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
    bannerLayout->addWidget(showButton);
    auto *closeButton = new QPushButton(tr("Dis&miss"), m_banner);
    connect(closeButton, &QPushButton::clicked, m_banner, &QWidget::hide);
    bannerLayout->addWidget(closeButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_centre = new QTabWidget(splitter);
    m_runView = new RunView(m_centre);
    m_distribution = new DistributionView(m_centre);
    m_centre->addTab(m_runView, tr("&Timeline"));
    m_centre->addTab(m_distribution, tr("&Distribution"));
    connect(m_runView, &RunView::eventClicked, this, &MainWindow::onEventClicked);
    connect(m_runView, &RunView::noteRequested, this, &MainWindow::pinNote);
    connect(m_distribution, &DistributionView::runActivated, this, [this](int run) {
        selectRun(run);
        m_centre->setCurrentWidget(m_runView);
    });
    m_panel = new BottleneckPanel(splitter);
    splitter->addWidget(m_centre);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The panel's tables of figures want about a third of the width (a saved state overrides).
    splitter->setSizes({ 640, 360 });
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *runDock = new QDockWidget(tr("Runs"), this);
    runDock->setObjectName(QStringLiteral("runsDock"));
    runDock->setWidget(createRunsPane());
    addDockWidget(Qt::LeftDockWidgetArea, runDock);

    auto *detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new QTabWidget(detailDock);
    // A table keeps 8 bytes a row (its vertical header), a tree view 64: a log can hold a
    // million events.
    m_eventTable = createPlainTable(m_events, m_details);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventModel::IndexColumn, Qt::AscendingOrder);
    m_eventTable->setAccessibleName(tr("Events of the current run"));
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventPage = new QWidget(m_details);
    auto *eventPage = m_eventPage;
    auto *eventLayout = new QVBoxLayout(eventPage);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_eventFilter = new QLineEdit(eventPage);
    m_eventFilter->setPlaceholderText(tr("Find in step or message"));
    m_eventFilter->setClearButtonEnabled(true);
    m_eventFilter->setObjectName(QStringLiteral("eventFilter"));
    m_eventFilter->setAccessibleName(tr("Filter events by step or message"));
    m_minLag = new QSpinBox(eventPage);
    m_minLag->setRange(-1, 10000000);
    m_minLag->setSpecialValueText(tr("any lag"));
    m_minLag->setValue(-1);
    m_minLag->setSuffix(tr(" ms"));
    m_minLag->setPrefix(tr("lag ≥ "));
    m_minLag->setAccessibleName(tr("Show only events with at least this lag"));
    filterRow->addWidget(m_eventFilter, 1);
    filterRow->addWidget(m_minLag);
    eventLayout->addLayout(filterRow);
    auto *eventSplit = new QSplitter(Qt::Horizontal, eventPage);
    eventSplit->addWidget(m_eventTable);
    m_eventDetails = new QPlainTextEdit(eventSplit);
    m_eventDetails->setReadOnly(true);
    m_eventDetails->setObjectName(QStringLiteral("eventDetails"));
    m_eventDetails->setPlaceholderText(tr("Click an event here or in the timeline to see all of it."));
    m_eventDetails->setAccessibleName(tr("Details of the selected event"));
    eventSplit->addWidget(m_eventDetails);
    eventSplit->setStretchFactor(0, 3);
    eventSplit->setStretchFactor(1, 1);
    eventLayout->addWidget(eventSplit);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onEventRowChanged);
    const auto applyFilter = [this] {
        m_events->setFilter(m_eventFilter->text(),
                            m_minLag->value() < 0 ? std::nullopt : std::optional<double>(m_minLag->value()));
    };
    connect(m_eventFilter, &QLineEdit::textChanged, this, applyFilter);
    connect(m_minLag, &QSpinBox::valueChanged, this, applyFilter);
    m_stepTable = createPlainTable(m_steps, m_details);
    m_stepTable->setAccessibleName(tr("Steps of the current run"));
    m_diagnosticTable = createPlainTable(m_diagnostics, m_details);
    m_diagnosticTable->setAccessibleName(tr("Diagnostics of the current run"));

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
    connect(showButton, &QPushButton::clicked, this, [this] { m_details->setCurrentWidget(m_problemText); });

    m_details->addTab(eventPage, tr("&Events"));
    m_details->addTab(m_stepTable, tr("&Steps"));
    m_details->addTab(m_diagnosticTable, tr("Dia&gnostics"));
    m_details->addTab(answerPage, tr("&Answer"));
    m_details->addTab(createComparePane(), tr("&Compare"));
    m_details->addTab(m_problemText, tr("&Load Problems"));
    detailDock->setWidget(m_details);
    connect(m_details, &QTabWidget::currentChanged, this, [this] {
        const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
        const bool shown = m_details->currentWidget() == m_stepTable && current.isValid();
        m_steps->setRun(shown ? m_runs->at(current.row()) : AnalysedRun {});
        m_stepTable->resizeColumnsToContents();
    });
    addDockWidget(Qt::BottomDockWidgetArea, detailDock);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    resizeDocks({ runDock }, { 300 }, Qt::Horizontal);
    resizeDocks({ detailDock }, { 200 }, Qt::Vertical);
    resize(1500, 950);
}

void MainWindow::openPaths(const QStringList &paths)
{
    const QStringList files = expandPaths(paths);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to open: the folder holds no files."), 5000);
        return;
    }
    rememberRecent(paths);
    m_firstRowOfJob = -1;
    m_pendingJobs.insert(m_loader->load(files));
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Files to load: %1…").arg(files.size()));
}

bool MainWindow::isLoading() const
{
    return !m_pendingJobs.isEmpty();
}

void MainWindow::cancelLoading()
{
    const QSet<quint64> jobs = m_pendingJobs;
    for (quint64 job : jobs)
        m_loader->cancel(job);
}

void MainWindow::onFileLoaded(quint64 job, const LoadedFile &file)
{
    if (m_reloadJobs.contains(job)) {
        onFileReloaded(file);
        return;
    }
    if (!m_pendingJobs.contains(job))
        return;
    if (!file.error.isEmpty()) {
        m_problems.append(tr("%1: %2").arg(QDir::toNativeSeparators(file.path), file.error));
        showProblems();
    }
    if (file.runs.isEmpty())
        return;
    watch(file.path);
    addToSelection(file);
}

// The runs of one load become the selection, so opening a few files compares them.
void MainWindow::addToSelection(const LoadedFile &file)
{
    const int first = m_runs->rowCount();
    m_runs->append(file.runs);
    if (m_firstRowOfJob < 0)
        m_firstRowOfJob = first;
    if (first - m_firstRowOfJob >= kMaxAutoCompared)
        return;

    QItemSelection selection;
    const int last = std::min(m_runs->rowCount() - 1, m_firstRowOfJob + kMaxAutoCompared - 1);
    for (int row = m_firstRowOfJob; row <= last; ++row) {
        const QModelIndex index = m_runProxy->mapFromSource(m_runs->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_runTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
    if (!current.isValid() || current.row() < m_firstRowOfJob) {
        m_runTable->selectionModel()->setCurrentIndex(m_runProxy->mapFromSource(m_runs->index(m_firstRowOfJob, 0)),
                                                      QItemSelectionModel::NoUpdate);
    }
}

// Logs on disk are watched so that a rewritten or appended log is shown as it is now. The
// bundled sample lives in the resources and never changes.
void MainWindow::watch(const QString &path)
{
    if (!path.startsWith(u':') && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void MainWindow::reloadChangedFiles()
{
    QStringList reload;
    for (const QString &path : std::as_const(m_changedFiles)) {
        if (QFileInfo::exists(path)) {
            reload.append(path);
            continue;
        }
        m_watcher->removePath(path);
        m_problems.append(tr("%1: the file was deleted or moved; its runs stay open as last read.")
                              .arg(QDir::toNativeSeparators(path)));
        showProblems();
    }
    m_changedFiles.clear();
    if (!reload.isEmpty())
        m_reloadJobs.insert(m_loader->load(reload));
}

// Puts the runs of a reloaded file where its old runs were, keeping the zoom, the selection and
// the notes (which belong to the file, not to its runs).
void MainWindow::onFileReloaded(const LoadedFile &file)
{
    watch(file.path); // an editor that saves by renaming replaces the file the watch was on
    if (file.runs.isEmpty()) {
        m_problems.append(tr("%1: %2").arg(QDir::toNativeSeparators(file.path),
                                           tr("reloading failed (%1); its runs stay open as last read.").arg(file.error)));
        showProblems();
        return;
    }

    const QPair<double, double> range = m_runView->visibleRange();
    const bool shown = std::any_of(m_runView->runs().cbegin(), m_runView->runs().cend(),
                                   [&](const AnalysedRun &run) { return run.run->filePath == file.path; });
    for (int row = 0; row < m_runs->rowCount();) {
        if (m_runs->at(row).run->filePath != file.path) {
            ++row;
            continue;
        }
        int count = 0;
        while (row + count < m_runs->rowCount() && m_runs->at(row + count).run->filePath == file.path)
            ++count;
        m_runs->replace(row, count, file.runs);
        row += int(file.runs.size());
    }
    m_distribution->setRuns(m_runs->runs());
    updateViews();
    if (shown)
        m_runView->setVisibleRange(range.first, range.second);
    statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(file.path)), 5000);
}

QStringList MainWindow::recentPaths()
{
    return QSettings().value(QStringLiteral("recent/paths")).toStringList();
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QStringList recent = recentPaths();
    for (const QString &path : paths) {
        if (path.startsWith(u':'))
            continue;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    QSettings().setValue(QStringLiteral("recent/paths"), recent.mid(0, kMaxRecent));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentPaths();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        // Numbered for the keyboard; an ampersand in a file name must not become a mnemonic.
        const QString label = tr("&%1 %2").arg(QString::number((i + 1) % 10),
                                              QDir::toNativeSeparators(path).replace(u'&', QLatin1String("&&")));
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openPaths({ path }); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(QStringLiteral("recent/paths")); })
        ->setEnabled(!recent.isEmpty());
}

void MainWindow::onProgress(quint64 job, int done, int total)
{
    if (!m_pendingJobs.contains(job))
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void MainWindow::onJobFinished(quint64 job, bool cancelled)
{
    if (m_reloadJobs.remove(job))
        return;
    m_pendingJobs.remove(job);
    QString message = cancelled ? tr("Loading cancelled. Runs open: %1.").arg(m_runs->rowCount())
                                : tr("Runs open: %1.").arg(m_runs->rowCount());
    if (!m_problems.isEmpty())
        message += u' ' + tr("Files that could not be loaded: %1.").arg(m_problems.size());
    statusBar()->showMessage(message, 8000);
    if (m_pendingJobs.isEmpty()) {
        m_progress->hide();
        m_cancel->hide();
        m_distribution->setRuns(m_runs->runs());
        m_runTable->resizeColumnsToContents();
#ifdef __GLIBC__
        // Loading leaves freed blocks in the loader threads' heaps; give them back, as a
        // million-event log frees hundreds of megabytes of scratch memory.
        malloc_trim(0);
#endif
        Q_EMIT loadingFinished();
    }
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

QList<int> MainWindow::selectedSourceRows() const
{
    // In the order the table shows them, so sorting the table orders the comparison.
    QModelIndexList rows = m_runTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> source;
    for (const QModelIndex &index : std::as_const(rows))
        source.append(m_runProxy->mapToSource(index).row());
    return source;
}

QList<AnalysedRun> MainWindow::selectedRuns() const
{
    QList<AnalysedRun> runs;
    for (int row : selectedSourceRows())
        runs.append(m_runs->at(row));
    return runs;
}

void MainWindow::selectRun(int sourceRow)
{
    const QModelIndex index = m_runProxy->mapFromSource(m_runs->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_runTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_runTable->scrollTo(index);
}

void MainWindow::updateViews()
{
    const QList<AnalysedRun> runs = selectedRuns();
    m_runView->setRuns(runs);
    showNotes();
    m_exportAction->setEnabled(!runs.isEmpty());
    m_closeRunAction->setEnabled(!runs.isEmpty());
    updateComparison();
    updateCurrentRun();
}

void MainWindow::updateComparison()
{
    const QList<AnalysedRun> runs = selectedRuns();
    const QSignalBlocker blocker(m_baseline);
    const QString previous = m_baseline->currentText();
    m_baseline->clear();
    for (const AnalysedRun &run : runs)
        m_baseline->addItem(run.run->displayName);
    const int keep = m_baseline->findText(previous);
    m_baseline->setCurrentIndex(keep >= 0 ? keep : 0);
    m_deltas->setRuns(runs, std::max(0, m_baseline->currentIndex()));
}

void MainWindow::updateCurrentRun()
{
    const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
    const AnalysedRun run = current.isValid() ? m_runs->at(current.row()) : AnalysedRun {};
    m_panel->setRun(run, m_view);
    m_panel->setComparison(selectedRuns(), m_view);
    // The steps are paired only while their tab is open: a long stream has hundreds of thousands.
    m_steps->setRun(m_details->currentWidget() == m_stepTable ? run : AnalysedRun {});
    m_diagnostics->setRun(run);
    m_events->setRun(run, m_view);
    // A long stream's answer is shown in part: a text view of tens of megabytes would hold the
    // window's memory many times over.
    QString answer = run.run ? answerText(*run.run) : QString();
    if (answer.size() > kMaxAnswerShown) {
        const qsizetype rest = answer.size() - kMaxAnswerShown;
        answer.truncate(kMaxAnswerShown);
        answer += u'\n' + tr("[… %1 more characters not shown]").arg(rest);
    }
    m_answer->setPlainText(answer);
    for (int column = 0; column < EventModel::MessageColumn; ++column)
        m_eventTable->resizeColumnToContents(column);
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

void MainWindow::setAlignment(int comboIndex)
{
    m_alignedAt = MilestoneId(m_alignment->itemData(comboIndex).toInt());
    m_runView->setAlignment(m_alignedAt);
    QSettings().setValue(QStringLiteral("view/alignment"), int(m_alignedAt));
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

void MainWindow::openFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Logs"),
                                                             settings.value(QStringLiteral("paths/open")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/open"), folder);
    openPaths({ folder });
}

void MainWindow::exportDialog()
{
    const QList<AnalysedRun> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    ExportDialog ask(this);
    if (ask.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    const QString suggestion = QFileInfo(runs.first().run->filePath).completeBaseName() + QStringLiteral("-timeline.png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline"), QDir(settings.value(QStringLiteral("paths/export")).toString()).filePath(suggestion),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());

    QString error;
    if (!exportRuns(runs, currentExportOptions(ask.imageSize(), ask.scale(), ask.currentViewOnly()), path, &error)) {
        showPlainWarning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

ExportOptions MainWindow::currentExportOptions(const QSize &size, qreal scale, bool currentView) const
{
    ExportOptions options;
    options.view = m_view;
    options.alignment = m_alignedAt;
    options.size = size;
    options.scale = scale;
    if (currentView)
        options.range = m_runView->visibleRange();
    options.measurements = m_runView->measurements();
    options.absoluteTime = m_runView->absoluteTime();
    options.collapsedLanes = m_runView->collapsedLanes();
    const QList<AnalysedRun> runs = selectedRuns();
    const QString baseline = m_baseline->currentText();
    for (int i = 0; i < runs.size(); ++i) {
        if (runs[i].run->displayName == baseline)
            options.baseline = i;
    }
    return options;
}

void MainWindow::copyImage()
{
    const QList<AnalysedRun> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    const QSize size = QSettings().value(QStringLiteral("export/size"), QSize(1600, 900)).toSize().expandedTo(QSize(800, 600));
    QGuiApplication::clipboard()->setImage(renderRunsImage(runs, currentExportOptions(size, 1, true)));
    statusBar()->showMessage(tr("The picture of the time on screen is on the clipboard."), 5000);
}

void MainWindow::exportDataDialog(DataExport kind)
{
    const QList<AnalysedRun> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    QSettings settings;
    const QString base = QFileInfo(runs.first().run->filePath).completeBaseName();
    const QString suggestion = kind == DataExport::EventsCsv ? base + QStringLiteral("-events.csv")
        : kind == DataExport::ChromeTrace                     ? base + QStringLiteral("-trace.json")
                                                              : base + QStringLiteral("-otlp.json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data"), QDir(settings.value(QStringLiteral("paths/export")).toString()).filePath(suggestion),
        kind == DataExport::EventsCsv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    const QByteArray bytes = kind == DataExport::EventsCsv ? eventsCsv(runs, m_view)
        : kind == DataExport::ChromeTrace                  ? chromeTrace(runs, m_view)
                                                           : otlpJson(runs, m_view);
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        showPlainWarning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportTableDialog()
{
    QSettings settings;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Runs Table"), QDir(settings.value(QStringLiteral("paths/export")).toString()).filePath(QStringLiteral("runs.csv")),
        tr("CSV (*.csv);;JSON lines (*.jsonl)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    const bool jsonLines = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && filter.contains(QLatin1String("jsonl")));
    QString error;
    const QList<AnalysedRun> &runs = m_runs->runs();
    if (!writeFileAtomically(path, jsonLines ? runsJsonLines(runs) : runsCsv(runs), &error)) {
        showPlainWarning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportDistributionDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Distribution"),
        QDir(settings.value(QStringLiteral("paths/export")).toString()).filePath(QStringLiteral("distribution.png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    QString error;
    const QSize size = settings.value(QStringLiteral("export/size"), QSize(1600, 900)).toSize();
    if (!saveImageAtomically(m_distribution->toImage(size), path, &error)) {
        showPlainWarning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::closeSelectedRuns()
{
    QList<int> rows = selectedSourceRows();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_runs->removeAt(row);
    QSet<QString> stillOpen;
    for (const AnalysedRun &run : m_runs->runs())
        stillOpen.insert(run.run->filePath);
    for (const QString &path : m_watcher->files()) {
        if (!stillOpen.contains(path))
            m_watcher->removePath(path);
    }
    m_distribution->setRuns(m_runs->runs());
    updateViews();
}

void MainWindow::showShortcuts()
{
    showPlainTextDialog(this, tr("Keyboard Shortcuts"),
                        tr("Timeline\n"
                           "  W / S                   zoom in / out\n"
                           "  A / D                   pan earlier / later\n"
                           "  Shift+drag              zoom into a stretch of time\n"
                           "  drag, wheel             pan, zoom around the pointer\n"
                           "  Backspace, Alt+Left     back to the previous zoom\n"
                           "  Alt+Right               forward again\n"
                           "  Ctrl+0                  fit to the runs\n"
                           "  M                       ruler: click a marker, then another\n"
                           "  Esc                     clear the measurements\n"
                           "  L                       legend\n"
                           "  right click             pin a note, ruler, legend\n"
                           "  click an event          select it in the lag chart and the events table\n"
                           "\n"
                           "Window\n"
                           "  Ctrl+O / Ctrl+Shift+O   open logs / a folder\n"
                           "  Ctrl+E                  export the picture (PNG, SVG, PDF)\n"
                           "  Ctrl+C                  copy the picture\n"
                           "  Ctrl+K                  clock-corrected stamps\n"
                           "  Ctrl+U                  UTC times on the time axes\n"
                           "  F1 or ?                 this help"));
}

void MainWindow::onEventClicked(int shownRun, int event)
{
    const QList<int> rows = selectedSourceRows();
    if (shownRun < 0 || shownRun >= rows.size())
        return;
    const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
    if (!current.isValid() || current.row() != rows[shownRun]) {
        // Make the clicked run the current one without changing which runs are compared.
        m_runTable->selectionModel()->setCurrentIndex(m_runProxy->mapFromSource(m_runs->index(rows[shownRun], 0)),
                                                      QItemSelectionModel::NoUpdate);
    }
    const int row = m_events->rowOf(event);
    if (row >= 0) {
        const QSignalBlocker blocker(m_eventTable->selectionModel());
        m_eventTable->selectRow(row);
        m_eventTable->scrollTo(m_events->index(row, 0));
    }
    showEventDetails(event);
    m_details->setCurrentWidget(m_eventPage);
}

void MainWindow::onEventRowChanged()
{
    const QModelIndexList rows = m_eventTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int event = m_events->eventAt(rows.first().row());
    const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
    const int shownRun = int(selectedSourceRows().indexOf(current.row()));
    m_runView->setSelectedEvent(shownRun, event);
    showEventDetails(event);
}

void MainWindow::showEventDetails(int event)
{
    const QModelIndex current = m_runProxy->mapToSource(m_runTable->currentIndex());
    if (!current.isValid() || event < 0) {
        m_eventDetails->clear();
        return;
    }
    const AnalysedRun &r = m_runs->at(current.row());
    const Run &run = *r.run;
    if (event >= run.events.size())
        return;
    const Event &e = run.events[event];
    const double lag = r.analysis->eventLagMs(e, m_view);
    QString text = tr("Event %1, line %2\nstep: %3%4\nseq: %5\nstamped:  %6 (platform clock)\nreceived: %7 (client clock)\nlag: %8\n\n%9")
                       .arg(QString::number(e.index), QString::number(e.line), run.string(e.step),
                            e.finished < 0 ? QString() : e.finished ? tr(" (finish)") : tr(" (start)"),
                            e.hasSeq() ? QString::number(e.seq) : tr("n/a"), formatUtc(e.stamp), formatUtc(e.recv),
                            std::isnan(lag) ? tr("n/a") : formatMs(lag), run.string(e.msg));
    if (const EventExtra *extra = run.extraFor(event)) {
        if (!extra->meta.isEmpty())
            text += u'\n' + tr("meta: %1").arg(run.string(extra->meta));
        if (!extra->unknownFields.isEmpty())
            text += u'\n' + tr("other fields: %1").arg(run.string(extra->unknownFields));
    }
    m_eventDetails->setPlainText(text);
}

QList<Note> &MainWindow::notesOf(const QString &path)
{
    auto it = m_notes.find(path);
    if (it == m_notes.end()) {
        QString error;
        it = m_notes.insert(path, loadNotes(path, &error));
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The notes beside %1 could not be read: %2").arg(path, error), 8000);
    }
    return *it;
}

void MainWindow::showNotes()
{
    const QList<AnalysedRun> runs = selectedRuns();
    for (int i = 0; i < runs.size(); ++i) {
        QList<Note> mine;
        for (const Note &note : notesOf(runs[i].run->filePath)) {
            if (note.run == runs[i].run->positionInFile)
                mine.append(note);
        }
        m_runView->setNotes(i, mine);
    }
}

void MainWindow::pinNote(int shownRun, double atMs, Lane lane)
{
    const QList<AnalysedRun> runs = selectedRuns();
    if (shownRun < 0 || shownRun >= runs.size())
        return;
    const Run &run = *runs[shownRun].run;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Pin a Note"),
                                               tr("Note at %1 s in the %2 lane of %3:")
                                                   .arg(QString::number(atMs / 1000.0, 'f', 3), laneName(lane), run.displayName),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QList<Note> &notes = notesOf(run.filePath);
    notes.append({ run.positionInFile, atMs, lane, text.trimmed() });
    QString error;
    if (!saveNotes(run.filePath, notes, &error))
        showPlainWarning(this, tr("Note not saved"), tr("Could not write %1: %2").arg(notesPath(run.filePath), error));
    showNotes();
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
