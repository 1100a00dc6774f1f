#pragma once

#include "comparison.h"
#include "runloader.h"
#include "runtable.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace LagLens {

// Custom roles shared by LagLens's item models. Views use SortRole to sort numerically and
// SeverityRole to colour rows; neither needs QtGui in core.
enum ModelRole {
    SortRole = Qt::UserRole + 1,
    SeverityRole, // LagLens::Severity as int, for rows that deserve attention
    RunIndexRole, // row of the run in RunListModel
    BarRole, // a fraction 0..1 that views may draw as a bar behind the cell
};

// The runs the window has loaded, in the order they were opened, one row each with the columns
// of runColumns(): name, file, job, status, format, time to first token, segments, stalls...
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const QList<AnalysedRun> &runs);
    void removeAt(int row);
    // Puts `runs` in place of the `count` rows from `first`: the rows both share change in place,
    // so a selection on them stays, and the rest are removed or inserted after them.
    void replace(int first, int count, const QList<AnalysedRun> &runs);
    void clear();
    const AnalysedRun &at(int row) const { return m_runs.at(row); }
    const QList<AnalysedRun> &runs() const { return m_runs; }

private:
    QList<AnalysedRun> m_runs;
};

// Each comparison metric for each run against a baseline run.
class DeltaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const QList<AnalysedRun> &runs, int baseline);
    int baseline() const { return m_baseline; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AnalysedRun> m_runs;
    QList<DeltaRow> m_rows;
    int m_baseline = 0;
    QList<std::pair<int, int>> m_largest; // (row, run) of the largest changes
};

// The segments of the time to first token, largest first.
class SegmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MsColumn, ShareColumn, PathColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const AnalysedRun &run, ClockView view);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Segment segment;
        std::optional<double> ms;
        bool isBottleneck = false;
    };
    QList<Row> m_rows;
    std::optional<double> m_ttftMs;
};

// Every breakdown figure the log reports beside the same figure recomputed from its timestamps.
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ReportedColumn, ComputedColumn, CorrectedColumn, StatusColumn, SourceColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const AnalysedRun &run);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FigureCheck> m_figures;
};

// What the parser and the analysis report for one run, by line.
class DiagnosticModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, SeverityColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const AnalysedRun &run);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Diagnostic> m_diagnostics;
};

// The events of one run. Rows are produced on demand from the run's compact events, so the
// model costs next to nothing per event; it sorts and filters itself, on the events' own
// numbers rather than through QVariants, because a log can hold a million of them.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        StepColumn,
        SeqColumn,
        StampColumn,
        ReceiveColumn,
        LagColumn,
        MessageColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const AnalysedRun &run, ClockView view);
    // Keeps only events whose step or message holds `text` (ignoring case) and, when given,
    // whose lag is at least `minLagMs`.
    void setFilter(const QString &text, std::optional<double> minLagMs);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The position in Run::events of a row, and the row of a position (-1 when filtered out).
    int eventAt(int row) const;
    int rowOf(int event) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuildRows();

    AnalysedRun m_run;
    ClockView m_view = ClockView::Raw;
    QList<EventMark> m_marks; // shared with the run's analysis
    QList<int> m_rows; // event positions in view order; empty with m_identity for all in order
    bool m_identity = true;
    QByteArray m_filterText; // lower-case UTF-8
    std::optional<double> m_minLagMs;
    int m_sortColumn = IndexColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// The steps of a run, each start paired with its finish.
class StepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, StartColumn, FinishColumn, MsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const AnalysedRun &run);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AnalysedRun m_run;
    QList<Step> m_steps;
};

// A platform run's segments against a direct run's time to first token.
class OverheadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PlatformColumn, DirectColumn, OverheadColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOverhead(const std::optional<PlatformOverhead> &overhead);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OverheadPart> m_parts;
    double m_overheadMs = 0;
};

} // namespace LagLens
