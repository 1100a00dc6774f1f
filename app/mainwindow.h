#pragma once

#include "exportimage.h"
#include "models.h"
#include "notes.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace LagLens {
class BottleneckPanel;
class DistributionView;
class RunView;
class RunLoader;
} // namespace LagLens

// The LagLens window: the runs table on the left (select several to compare them), the timeline
// and lag chart of the selected runs or the distribution over all runs in the middle, the
// bottleneck panel of the current run on the right, and its events, steps, diagnostics, answer
// and the comparison table below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads files (and every file below a folder) in the background and selects their runs.
    void openPaths(const QStringList &paths);
    bool isLoading() const;

    // For tests and scripts: what the window shows.
    LagLens::RunView *runView() const { return m_runView; }
    LagLens::BottleneckPanel *bottleneckPanel() const { return m_panel; }
    LagLens::RunListModel *runModel() const { return m_runs; }
    QStringList loadProblems() const { return m_problems; }
    // The files and folders opened lately, newest first, as File > Open Recent lists them.
    static QStringList recentPaths();

Q_SIGNALS:
    void loadingFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    QWidget *createRunsPane();
    QWidget *createComparePane();
    void openDialog();
    void openFolderDialog();
    void exportDialog();
    void exportTableDialog();
    enum class DataExport { EventsCsv, ChromeTrace, Otlp };
    void exportDataDialog(DataExport kind);
    void copyImage();
    LagLens::ExportOptions currentExportOptions(const QSize &size, qreal scale, bool currentView) const;
    void exportDistributionDialog();
    void closeSelectedRuns();
    void cancelLoading();
    void showAbout();
    void showShortcuts();
    void onEventClicked(int shownRun, int event);
    void onEventRowChanged();
    void showEventDetails(int event);
    QList<LagLens::Note> &notesOf(const QString &path);
    void showNotes();
    void pinNote(int shownRun, double atMs, LagLens::Lane lane);
    void setCorrected(bool corrected);
    void setAlignment(int comboIndex);
    void onFileLoaded(quint64 job, const LagLens::LoadedFile &file);
    void addToSelection(const LagLens::LoadedFile &file);
    void watch(const QString &path);
    void reloadChangedFiles();
    void onFileReloaded(const LagLens::LoadedFile &file);
    static void rememberRecent(const QStringList &paths);
    void fillRecentMenu();
    void onProgress(quint64 job, int done, int total);
    void onJobFinished(quint64 job, bool cancelled);
    void updateViews();
    void updateCurrentRun();
    void updateComparison();
    void showProblems();
    void selectRun(int sourceRow);
    QList<int> selectedSourceRows() const;
    QList<LagLens::AnalysedRun> selectedRuns() const;

    LagLens::RunLoader *m_loader = nullptr;
    LagLens::RunListModel *m_runs = nullptr;
    QSortFilterProxyModel *m_runProxy = nullptr;
    LagLens::DiagnosticModel *m_diagnostics = nullptr;
    LagLens::StepModel *m_steps = nullptr;
    LagLens::EventModel *m_events = nullptr;
    LagLens::DeltaModel *m_deltas = nullptr;

    QTableView *m_runTable = nullptr;
    QLineEdit *m_runFilter = nullptr;
    QTabWidget *m_centre = nullptr;
    LagLens::RunView *m_runView = nullptr;
    LagLens::DistributionView *m_distribution = nullptr;
    LagLens::BottleneckPanel *m_panel = nullptr;
    QTabWidget *m_details = nullptr;
    QTableView *m_diagnosticTable = nullptr;
    QTableView *m_stepTable = nullptr;
    QTableView *m_eventTable = nullptr;
    QLineEdit *m_eventFilter = nullptr;
    QSpinBox *m_minLag = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPlainTextEdit *m_eventDetails = nullptr;
    QWidget *m_eventPage = nullptr;
    QPlainTextEdit *m_problemText = nullptr;
    QComboBox *m_baseline = nullptr;
    QComboBox *m_alignment = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;

    QAction *m_exportAction = nullptr;
    QAction *m_closeRunAction = nullptr;
    QAction *m_correctedAction = nullptr;
    QAction *m_legendAction = nullptr;
    std::array<QAction *, LagLens::kLaneCount> m_laneActions {}; // checked while the lane is expanded
    QAction *m_utcAction = nullptr;
    QAction *m_rulerAction = nullptr;
    QHash<QString, QList<LagLens::Note>> m_notes; // by log file

    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; // editors write in bursts: reload once they are done
    QSet<QString> m_changedFiles;

    QSet<quint64> m_pendingJobs;
    QSet<quint64> m_reloadJobs; // reloads of changed files: no progress bar, runs replaced in place
    int m_firstRowOfJob = -1;
    QStringList m_problems;
    LagLens::ClockView m_view = LagLens::ClockView::Raw;
    LagLens::MilestoneId m_alignedAt = LagLens::MilestoneId::SubmittedAt;
};
