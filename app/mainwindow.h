#pragma once

#include "models.h"

#include <QMainWindow>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace LagLens {
class BottleneckPanel;
class RunView;
class RunLoader;
} // namespace LagLens

// The LagLens window: the runs loaded on the left, the timeline and lag chart of the selected
// runs in the middle, the bottleneck panel of the current run on the right, and its events,
// diagnostics and answer text below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads files (or every file in a folder) in the background and selects their runs.
    void openPaths(const QStringList &paths);
    bool isLoading() const;

    // For tests and scripts: the views the window shows.
    LagLens::RunView *runView() const { return m_runView; }
    LagLens::BottleneckPanel *bottleneckPanel() const { return m_panel; }
    LagLens::RunListModel *runModel() const { return m_runs; }
    QStringList loadProblems() const { return m_problems; }

Q_SIGNALS:
    void loadingFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void openDialog();
    void exportDialog();
    void closeSelectedRuns();
    void showAbout();
    void setCorrected(bool corrected);
    void onFileLoaded(quint64 job, const LagLens::LoadedFile &file);
    void onJobFinished(quint64 job, bool cancelled);
    void updateViews();
    void updateCurrentRun();
    void showProblems();
    QList<LagLens::AnalysedRun> selectedRuns() const;

    LagLens::RunLoader *m_loader = nullptr;
    LagLens::RunListModel *m_runs = nullptr;
    LagLens::DiagnosticModel *m_diagnostics = nullptr;
    LagLens::StepModel *m_steps = nullptr;
    LagLens::EventModel *m_events = nullptr;
    QSortFilterProxyModel *m_eventProxy = nullptr;

    QListView *m_runList = nullptr;
    LagLens::RunView *m_runView = nullptr;
    LagLens::BottleneckPanel *m_panel = nullptr;
    QTabWidget *m_details = nullptr;
    QTableView *m_diagnosticTable = nullptr;
    QTableView *m_eventTable = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPlainTextEdit *m_problemText = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeRunAction = nullptr;
    QAction *m_correctedAction = nullptr;
    QAction *m_fitAction = nullptr;

    QSet<quint64> m_pendingJobs;
    int m_firstRowOfJob = -1;
    QStringList m_problems;
    LagLens::ClockView m_view = LagLens::ClockView::Raw;
};
