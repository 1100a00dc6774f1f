#include "models.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace LagLens {

namespace {

QString msText(const std::optional<double> &ms)
{
    if (!ms)
        return QCoreApplication::translate("LagLens::Models", "n/a");
    return QString::number(*ms, 'f', std::abs(*ms - std::round(*ms)) < 1e-9 ? 0 : 1);
}

QVariant msSort(const std::optional<double> &ms)
{
    return ms ? QVariant(*ms) : QVariant(-std::numeric_limits<double>::infinity());
}

QString secondsText(double ms)
{
    return std::isnan(ms) ? QCoreApplication::translate("LagLens::Models", "n/a")
                          : QString::number(ms / 1000.0, 'f', 3);
}

} // namespace

// --- RunListModel ------------------------------------------------------------------------------

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(runColumns().size());
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalysedRun &r = m_runs.at(index.row());
    const RunColumn &column = runColumns().at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = column.value(r);
        if (value.isNull())
            return index.column() == 0 ? QVariant() : QVariant(tr("n/a"));
        // The sample that comes with LagLens is read from its resources, a path no user knows.
        if (column.id == u"source" && r.run->filePath.startsWith(QLatin1String(":/")))
            return tr("bundled sample");
        return column.numeric ? QVariant(QString::number(value.toDouble(), 'f', 0)) : value;
    }
    case SortRole: {
        const QVariant value = column.value(r);
        if (column.numeric)
            return value.isNull() ? QVariant(-std::numeric_limits<double>::infinity()) : value;
        return value.toString();
    }
    case Qt::ToolTipRole: {
        const QString ttft = r.analysis->ttftMs ? tr("%1 ms").arg(*r.analysis->ttftMs, 0, 'f', 0) : tr("n/a");
        return tr("%1\nJob: %2\nStatus: %3\nTime to first token: %4")
            .arg(r.run->filePath, r.run->jobId.isEmpty() ? tr("n/a") : r.run->jobId,
                 r.run->status.isEmpty() ? tr("n/a") : r.run->status, ttft);
    }
    case Qt::TextAlignmentRole:
        return column.numeric ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeverityRole: {
        int worst = -1;
        for (const Diagnostic &d : r.run->diagnostics)
            worst = std::max(worst, int(d.severity));
        return worst >= int(Severity::Warning) && index.column() == 0 ? QVariant(worst) : QVariant();
    }
    case RunIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= runColumns().size())
        return {};
    return runColumnHeader(runColumns().at(section));
}

void RunListModel::append(const QList<AnalysedRun> &runs)
{
    if (runs.isEmpty())
        return;
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + runs.size() - 1));
    m_runs.append(runs);
    endInsertRows();
}

void RunListModel::removeAt(int row)
{
    if (row < 0 || row >= m_runs.size())
        return;
    beginRemoveRows({}, row, row);
    m_runs.removeAt(row);
    endRemoveRows();
}

void RunListModel::replace(int first, int count, const QList<AnalysedRun> &runs)
{
    if (first < 0 || count < 0 || first + count > m_runs.size())
        return;
    const int shared = std::min(count, int(runs.size()));
    for (int i = 0; i < shared; ++i)
        m_runs[first + i] = runs[i];
    if (shared > 0)
        Q_EMIT dataChanged(index(first, 0), index(first + shared - 1, columnCount() - 1));
    if (count > shared) {
        beginRemoveRows({}, first + shared, first + count - 1);
        m_runs.remove(first + shared, count - shared);
        endRemoveRows();
    } else if (runs.size() > shared) {
        beginInsertRows({}, first + shared, first + int(runs.size()) - 1);
        for (qsizetype i = shared; i < runs.size(); ++i)
            m_runs.insert(first + i, runs[i]);
        endInsertRows();
    }
}

void RunListModel::clear()
{
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

// --- DeltaModel --------------------------------------------------------------------------------

void DeltaModel::setRuns(const QList<AnalysedRun> &runs, int baseline)
{
    beginResetModel();
    m_runs = runs;
    m_baseline = runs.isEmpty() ? 0 : std::clamp(baseline, 0, int(runs.size()) - 1);
    m_rows = deltaTable(runs, m_baseline);

    // The three largest changes against the baseline stand out, if they are more than 10%.
    QList<std::tuple<double, int, int>> changes;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int run = 0; run < m_runs.size(); ++run) {
            const std::optional<double> delta = m_rows[row].deltas[run];
            const std::optional<double> ratio = m_rows[row].ratios[run];
            if (run != m_baseline && delta && (!ratio || std::abs(*ratio - 1.0) > 0.1))
                changes.append({ std::abs(*delta), row, run });
        }
    }
    std::sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    m_largest.clear();
    for (int i = 0; i < std::min<qsizetype>(3, changes.size()); ++i)
        m_largest.append({ std::get<1>(changes[i]), std::get<2>(changes[i]) });
    endResetModel();
}

int DeltaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeltaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size()) + 1;
}

QVariant DeltaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeltaRow &row = m_rows.at(index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(metricLabel(*row.metric)) : QVariant();
    const int run = index.column() - 1;
    const std::optional<double> value = row.values[run];
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return tr("n/a");
        if (run == m_baseline || !row.deltas[run])
            return QString::number(*value, 'f', 0);
        return row.ratios[run] ? tr("%1  (%2%3, ×%4)")
                                     .arg(*value, 0, 'f', 0)
                                     .arg(*row.deltas[run] >= 0 ? QStringLiteral("+") : QString())
                                     .arg(*row.deltas[run], 0, 'f', 0)
                                     .arg(*row.ratios[run], 0, 'f', 2)
                               : tr("%1  (%2%3)")
                                     .arg(*value, 0, 'f', 0)
                                     .arg(*row.deltas[run] >= 0 ? QStringLiteral("+") : QString())
                                     .arg(*row.deltas[run], 0, 'f', 0);
    case SortRole:
        return value ? QVariant(*value) : QVariant(-std::numeric_limits<double>::infinity());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SeverityRole:
        return m_largest.contains(std::pair { index.row(), run }) ? QVariant(int(Severity::Error)) : QVariant();
    default:
        return {};
    }
}

QVariant DeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_runs.size())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Figure (ms)")) : QVariant();
    const Run &run = *m_runs.at(section - 1).run;
    if (role == Qt::DisplayRole)
        return section - 1 == m_baseline ? tr("%1 (baseline)").arg(run.displayName) : run.displayName;
    if (role == Qt::ToolTipRole)
        return run.jobId.isEmpty() ? run.filePath : tr("%1\n%2").arg(run.filePath, run.jobId);
    return {};
}

// --- SegmentModel ------------------------------------------------------------------------------

void SegmentModel::setRun(const AnalysedRun &run, ClockView view)
{
    beginResetModel();
    m_rows.clear();
    m_ttftMs = run.analysis ? run.analysis->ttftMs : std::nullopt;
    if (run.analysis) {
        const std::optional<Verdict> verdict = run.analysis->verdict(view);
        for (const Segment &s : run.analysis->segments)
            m_rows.append({ s, s.value(view), verdict && verdict->name == s.name });
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.ms.value_or(-std::numeric_limits<double>::infinity())
                > b.ms.value_or(-std::numeric_limits<double>::infinity());
        });
    }
    endResetModel();
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    std::optional<double> share;
    if (row.ms && m_ttftMs && *m_ttftMs > 0)
        share = *row.ms / *m_ttftMs;
    const QString path = QStringLiteral("%1 → %2")
                             .arg(QLatin1String(milestoneInfo(row.segment.from).key),
                                  QLatin1String(milestoneInfo(row.segment.to).key));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return segmentLabel(row.segment.name);
        case PathColumn:
            return path;
        case MsColumn:
            return msText(row.ms);
        case ShareColumn:
            return share ? QStringLiteral("%1%").arg(*share * 100.0, 0, 'f', 1) : tr("n/a");
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case MsColumn:
            return msSort(row.ms);
        case ShareColumn:
            return msSort(share);
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\n%2\nLane: %3").arg(row.segment.name, path, laneName(row.segment.lane));
        if (row.segment.crossesClocks)
            tip += u'\n' + tr("Crosses clocks: its length includes their offset.");
        if (row.ms && *row.ms < 0)
            tip += u'\n' + tr("Negative: impossible unless the clocks disagree.");
        return tip;
    } else if (role == BarRole && index.column() == ShareColumn && share) {
        return std::clamp(*share, 0.0, 1.0);
    } else if (role == SeverityRole) {
        if (row.isBottleneck)
            return int(Severity::Error);
        if (row.ms && *row.ms < 0)
            return int(Severity::Warning);
    } else if (role == Qt::TextAlignmentRole && (index.column() == MsColumn || index.column() == ShareColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Segment");
    case PathColumn:
        return tr("From → to");
    case MsColumn:
        return tr("ms");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

// --- FigureModel -------------------------------------------------------------------------------

void FigureModel::setRun(const AnalysedRun &run)
{
    beginResetModel();
    m_figures = run.analysis ? run.analysis->figures : QList<FigureCheck>();
    endResetModel();
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Match:
        return FigureModel::tr("matches");
    case FigureStatus::Clamped:
        return FigureModel::tr("clamped to 0");
    case FigureStatus::Mismatch:
        return FigureModel::tr("MISMATCH");
    case FigureStatus::NotReported:
        return FigureModel::tr("n/a in log");
    case FigureStatus::Unreadable:
        return FigureModel::tr("unreadable");
    case FigureStatus::NotComputable:
        return FigureModel::tr("stamp missing");
    case FigureStatus::NotRecomputed:
        return FigureModel::tr("not recomputed");
    }
    return {};
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FigureCheck &f = m_figures.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return f.name;
        case ReportedColumn:
            return msText(f.reported);
        case ComputedColumn:
            return msText(f.computedMs);
        case CorrectedColumn:
            return f.crossesClocks ? msText(f.correctedMs) : QString();
        case StatusColumn:
            return statusText(f.status);
        case SourceColumn:
            return f.source;
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case ReportedColumn:
            return msSort(f.reported);
        case ComputedColumn:
            return msSort(f.computedMs);
        case CorrectedColumn:
            return msSort(f.correctedMs);
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        QString tip = f.from && f.to ? tr("%1 → %2").arg(QLatin1String(milestoneInfo(*f.from).key),
                                                        QLatin1String(milestoneInfo(*f.to).key))
                                     : tr("LagLens does not know how this figure is computed.");
        if (f.crossesClocks)
            tip += u'\n' + tr("Crosses clocks: the corrected value moves the stamps onto the client clock.");
        tip += u'\n' + tr("Status: %1").arg(statusText(f.status));
        if (!f.source.isEmpty())
            tip += u'\n' + tr("Source: %1").arg(f.source);
        if (f.line > 0)
            tip += u'\n' + tr("Line %1").arg(f.line);
        return tip;
    } else if (role == SeverityRole) {
        if (f.status == FigureStatus::Mismatch)
            return int(Severity::Error);
        if (f.status == FigureStatus::Clamped)
            return int(Severity::Warning);
    } else if (role == Qt::TextAlignmentRole && index.column() >= ReportedColumn
               && index.column() <= CorrectedColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Figure");
    case ReportedColumn:
        return tr("Log says");
    case ComputedColumn:
        return tr("Stamps give");
    case CorrectedColumn:
        return tr("Corrected");
    case StatusColumn:
        return tr("Check");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

// --- DiagnosticModel ---------------------------------------------------------------------------

void DiagnosticModel::setRun(const AnalysedRun &run)
{
    beginResetModel();
    m_diagnostics.clear();
    if (run.run)
        m_diagnostics = run.run->diagnostics;
    if (run.analysis)
        m_diagnostics += run.analysis->diagnostics;
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    endResetModel();
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return d.line > 0 ? QString::number(d.line) : tr("file");
        case SeverityColumn:
            return d.severity == Severity::Info ? tr("info")
                : d.severity == Severity::Warning ? tr("warning")
                                                  : tr("error");
        case MessageColumn:
            return d.message;
        }
    } else if (role == SortRole) {
        return index.column() == LineColumn ? QVariant(d.line) : data(index, Qt::DisplayRole);
    } else if (role == SeverityRole && d.severity != Severity::Info) {
        return int(d.severity);
    }
    return {};
}

QVariant DiagnosticModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

// --- EventModel --------------------------------------------------------------------------------

void EventModel::setRun(const AnalysedRun &run, ClockView view)
{
    beginResetModel();
    m_run = run;
    m_view = view;
    m_marks = run.run ? eventMarks(*run.run, *run.analysis) : QList<EventMark>();
    rebuildRows();
    endResetModel();
}

void EventModel::setFilter(const QString &text, std::optional<double> minLagMs)
{
    beginResetModel();
    m_filterText = text.trimmed().toLower().toUtf8();
    m_minLagMs = minLagMs;
    rebuildRows();
    endResetModel();
}

void EventModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildRows();
    endResetModel();
}

namespace {

// Whether `haystack` holds `needle` (lower case), ignoring the case of ASCII letters.
bool containsFolded(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    const auto folded = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return folded(a) == b; })
        != haystack.end();
}

} // namespace

void EventModel::rebuildRows()
{
    m_rows.clear();
    m_identity = true;
    if (!m_run.run)
        return;
    const QList<Event> &events = m_run.run->events;
    const bool filtering = !m_filterText.isEmpty() || m_minLagMs.has_value();
    const bool sorting = !(m_sortColumn == IndexColumn && m_sortOrder == Qt::AscendingOrder);
    if (!filtering && !sorting)
        return;

    m_identity = false;
    m_rows.reserve(events.size());
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (!m_filterText.isEmpty() && !containsFolded(m_run.run->bytes(e.step), m_filterText)
            && !containsFolded(m_run.run->bytes(e.msg), m_filterText))
            continue;
        if (m_minLagMs && !(m_run.analysis->eventLagMs(e, m_view) >= *m_minLagMs))
            continue;
        m_rows.append(i);
    }
    if (!sorting)
        return;

    // Sort on the events' own numbers and bytes; missing values go last either way.
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    const auto number = [&](int i) -> double {
        const Event &e = events[i];
        switch (m_sortColumn) {
        case IndexColumn:
            return e.index;
        case SeqColumn:
            return e.hasSeq() ? double(e.seq) : qQNaN();
        case StampColumn:
            return a.sinceSubmitMs(Clock::Platform, e.stamp, m_view);
        case ReceiveColumn:
            return a.sinceSubmitMs(Clock::Client, e.recv, m_view);
        case LagColumn:
            return a.eventLagMs(e, m_view);
        default:
            return qQNaN();
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == StepColumn || m_sortColumn == MessageColumn) {
        const auto text = [&](int i) { return run.bytes(m_sortColumn == StepColumn ? events[i].step : events[i].msg); };
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int x, int y) {
            return ascending ? text(x) < text(y) : text(y) < text(x);
        });
    } else {
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int x, int y) {
            const double p = number(x), q = number(y);
            if (std::isnan(p) || std::isnan(q))
                return !std::isnan(p) && std::isnan(q);
            return ascending ? p < q : q < p;
        });
    }
}

int EventModel::eventAt(int row) const
{
    return m_identity ? row : m_rows.value(row, -1);
}

int EventModel::rowOf(int event) const
{
    return m_identity ? event : int(m_rows.indexOf(event));
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_run.run)
        return 0;
    return m_identity ? int(m_run.run->events.size()) : int(m_rows.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    const int position = eventAt(index.row());
    const Event &e = run.events.at(position);
    const double stamp = a.sinceSubmitMs(Clock::Platform, e.stamp, m_view);
    const double receive = a.sinceSubmitMs(Clock::Client, e.recv, m_view);
    const double lag = a.eventLagMs(e, m_view);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IndexColumn:
            return e.index;
        case StepColumn: {
            const QString step = run.string(e.step);
            return e.finished < 0 ? step : tr("%1 (%2)").arg(step, e.finished ? tr("finish") : tr("start"));
        }
        case SeqColumn:
            return e.hasSeq() ? QString::number(e.seq) : QString();
        case StampColumn:
            return secondsText(stamp);
        case ReceiveColumn:
            return secondsText(receive);
        case LagColumn:
            return std::isnan(lag) ? tr("n/a") : QString::number(lag, 'f', 0);
        case MessageColumn:
            return run.string(e.msg);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case IndexColumn:
            return e.index;
        case SeqColumn:
            return e.hasSeq() ? QVariant(e.seq) : QVariant();
        case StampColumn:
            return stamp;
        case ReceiveColumn:
            return receive;
        case LagColumn:
            return lag;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StampColumn:
            return tr("Platform stamp %1").arg(formatUtc(e.stamp));
        case ReceiveColumn:
            return tr("Client receive %1").arg(formatUtc(e.recv));
        case MessageColumn:
            return run.string(e.msg);
        default:
            return tr("Line %1").arg(e.line);
        }
    } else if (role == SeverityRole) {
        const EventMark mark = m_marks.value(position, EventMark::Normal);
        if (mark == EventMark::AfterStall)
            return int(Severity::Error);
        if (mark == EventMark::Burst)
            return int(Severity::Warning);
    } else if (role == Qt::TextAlignmentRole && index.column() != StepColumn && index.column() != MessageColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case SeqColumn:
        return tr("Sequence");
    case StampColumn:
        return tr("Stamp (s)");
    case ReceiveColumn:
        return tr("Receive (s)");
    case LagColumn:
        return tr("Lag (ms)");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

// --- StepModel ---------------------------------------------------------------------------------

void StepModel::setRun(const AnalysedRun &run)
{
    beginResetModel();
    m_run = run;
    m_steps = run.run ? pairSteps(*run.run) : QList<Step>();
    endResetModel();
}

int StepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = *m_run.run;
    const Analysis &a = *m_run.analysis;
    const Step &step = m_steps.at(index.row());
    const auto stampOf = [&](int event) {
        return event < 0 ? std::numeric_limits<double>::quiet_NaN()
                         : a.sinceSubmitMs(Clock::Platform, run.events[event].stamp, ClockView::Raw);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StepColumn:
            return run.string(step.name(run));
        case StartColumn:
            return step.start < 0 ? tr("before the log") : secondsText(stampOf(step.start));
        case FinishColumn:
            return step.finish < 0 ? tr("after the log") : secondsText(stampOf(step.finish));
        case MsColumn:
            return msText(step.ms(run));
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case StartColumn:
            return stampOf(step.start);
        case FinishColumn:
            return stampOf(step.finish);
        case MsColumn:
            return msSort(step.ms(run));
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Start and finish are the platform's stamps, in seconds since submit.");
    } else if (role == Qt::TextAlignmentRole && index.column() != StepColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant StepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StartColumn:
        return tr("Start (s)");
    case FinishColumn:
        return tr("Finish (s)");
    case MsColumn:
        return tr("Duration (ms)");
    }
    return {};
}

// --- OverheadModel -----------------------------------------------------------------------------

void OverheadModel::setOverhead(const std::optional<PlatformOverhead> &overhead)
{
    beginResetModel();
    m_parts = overhead ? overhead->parts : QList<OverheadPart>();
    m_overheadMs = overhead ? overhead->overheadMs : 0;
    endResetModel();
}

int OverheadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

int OverheadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverheadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverheadPart &part = m_parts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return segmentLabel(part.name);
        case PlatformColumn:
            return msText(part.platformMs);
        case DirectColumn:
            return msText(part.directMs);
        case OverheadColumn:
            return msText(part.overheadMs);
        }
    } else if (role == SortRole) {
        return index.column() == OverheadColumn ? msSort(part.overheadMs) : data(index, Qt::DisplayRole);
    } else if (role == BarRole && index.column() == OverheadColumn && part.overheadMs && m_overheadMs > 0) {
        return std::clamp(*part.overheadMs / m_overheadMs, 0.0, 1.0);
    } else if (role == Qt::ToolTipRole && part.name == u"model_proxy_ttft") {
        return tr("The direct call's whole time to first token stands against the model proxy's wait.");
    } else if (role == Qt::TextAlignmentRole && index.column() != NameColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OverheadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Segment");
    case PlatformColumn:
        return tr("Platform");
    case DirectColumn:
        return tr("Direct");
    case OverheadColumn:
        return tr("Overhead");
    }
    return {};
}

} // namespace LagLens
