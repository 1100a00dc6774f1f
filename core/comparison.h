#pragma once

#include "runloader.h"

namespace LagLens {

// One segment of a platform run's time to first token set against a direct call to the model
// proxy. Only the model proxy's own wait has a counterpart in a direct run (its whole time to
// first token); every other segment is overhead the platform adds.
struct OverheadPart
{
    QString name; // segment name
    std::optional<double> platformMs;
    double directMs = 0;
    std::optional<double> overheadMs;
};

// How much slower the first token was through the platform than straight from the model proxy,
// and where the difference went. The parts add up to the overhead when every segment is known.
struct PlatformOverhead
{
    QString platformRun;
    QString directRun;
    double platformTtftMs = 0;
    double directTtftMs = 0;
    double overheadMs = 0;
    QList<OverheadPart> parts;
};

bool isPlatformRun(const Run &run);
bool isDirectRun(const Run &run);

// Empty unless `platform` is a platform run and `direct` a direct one, both with a time to
// first token.
std::optional<PlatformOverhead> platformOverhead(const AnalysedRun &platform, const AnalysedRun &direct,
                                                 ClockView view);

// The overhead of the first platform run against the first direct run among `runs`, if any.
std::optional<PlatformOverhead> firstPlatformOverhead(const QList<AnalysedRun> &runs, ClockView view);

// --- Aligning runs ------------------------------------------------------------------------------

// The milestones a comparison can be aligned at, submit first.
QList<MilestoneId> alignmentMilestones();

// Milliseconds from a run's submit to `id` in `view`: how far to move the run so that `id` is
// time zero. Empty when the run lacks the milestone.
std::optional<double> alignmentOffsetMs(const AnalysedRun &run, MilestoneId id, ClockView view);

// --- Comparing figures ---------------------------------------------------------------------------

// A figure every run can be measured by, for the delta table and the distribution view.
struct Metric
{
    QString id; // stable, e.g. "ttft_ms"
    const char *label; // in the "LagLens::Comparison" translation context
    std::optional<double> (*value)(const AnalysedRun &run);
};
const QList<Metric> &comparisonMetrics();
QString metricLabel(const Metric &metric); // translated

// Each metric for each run, set against a baseline run: difference and ratio.
struct DeltaRow
{
    const Metric *metric = nullptr;
    QList<std::optional<double>> values; // one per run
    QList<std::optional<double>> deltas; // value - baseline
    QList<std::optional<double>> ratios; // value / baseline
};
QList<DeltaRow> deltaTable(const QList<AnalysedRun> &runs, int baseline);

// The nearest-rank percentile: the smallest value with at least `p` of the values at or below it.
// `sorted` must be in ascending order and not empty.
double nearestRank(const std::vector<double> &sorted, double p);

// How one metric spreads over many runs.
struct Spread
{
    const Metric *metric = nullptr;
    int count = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
    QList<std::pair<double, int>> points; // (value, run index) of every run that has the metric
};
QList<Spread> distribution(const QList<AnalysedRun> &runs);

} // namespace LagLens
