#include "comparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace LagLens {

bool isPlatformRun(const Run &run)
{
    return run.format == LogFormat::Ivcap || (run.benchmark && run.benchmark->group == u"ivcap");
}

bool isDirectRun(const Run &run)
{
    return run.format == LogFormat::Direct || (run.benchmark && run.benchmark->group == u"direct");
}

std::optional<PlatformOverhead> platformOverhead(const AnalysedRun &platform, const AnalysedRun &direct,
                                                 ClockView view)
{
    if (!platform.run || !direct.run || !isPlatformRun(*platform.run) || !isDirectRun(*direct.run))
        return std::nullopt;
    const Analysis &p = *platform.analysis;
    const Analysis &d = *direct.analysis;
    if (!p.ttftMs || !d.ttftMs)
        return std::nullopt;

    PlatformOverhead o;
    o.platformRun = platform.run->displayName;
    o.directRun = direct.run->displayName;
    o.platformTtftMs = *p.ttftMs;
    o.directTtftMs = *d.ttftMs;
    o.overheadMs = *p.ttftMs - *d.ttftMs;
    for (const Segment &s : p.segments) {
        OverheadPart part;
        part.name = s.name;
        part.platformMs = s.value(view);
        part.directMs = s.name == u"model_proxy_ttft" ? *d.ttftMs : 0.0;
        if (part.platformMs)
            part.overheadMs = *part.platformMs - part.directMs;
        o.parts.append(part);
    }
    return o;
}

std::optional<PlatformOverhead> firstPlatformOverhead(const QList<AnalysedRun> &runs, ClockView view)
{
    const auto platform = std::find_if(runs.cbegin(), runs.cend(), [](const AnalysedRun &r) { return isPlatformRun(*r.run); });
    const auto direct = std::find_if(runs.cbegin(), runs.cend(), [](const AnalysedRun &r) { return isDirectRun(*r.run); });
    if (platform == runs.cend() || direct == runs.cend())
        return std::nullopt;
    return platformOverhead(*platform, *direct, view);
}

QList<MilestoneId> alignmentMilestones()
{
    return { MilestoneId::SubmittedAt,        MilestoneId::RequestDispatchAt,       MilestoneId::FirstUpstreamDeltaAt,
             MilestoneId::FirstBatchEmitAt,   MilestoneId::FirstTokenServerEventAt, MilestoneId::FirstTokenClientReceivedAt,
             MilestoneId::FirstEventAt,       MilestoneId::FinishedAt };
}

std::optional<double> alignmentOffsetMs(const AnalysedRun &run, MilestoneId id, ClockView view)
{
    if (id == MilestoneId::SubmittedAt)
        return 0.0;
    MilestoneId target = id;
    // A direct run's first token is its own milestone.
    if (run.run->format == LogFormat::Direct && id == MilestoneId::FirstTokenClientReceivedAt)
        target = MilestoneId::FirstTokenAt;
    Micros time = run.run->milestone(target);
    if (!hasTime(time) && target == MilestoneId::FirstBatchEmitAt)
        time = run.run->milestone(MilestoneId::FirstTokenServerEmitAt);
    const double ms = run.analysis->sinceSubmitMs(milestoneInfo(target).clock, time, view);
    return std::isnan(ms) ? std::nullopt : std::optional<double>(ms);
}

namespace {

std::optional<double> segmentMs(const AnalysedRun &r, QStringView name)
{
    for (const Segment &s : r.analysis->segments) {
        if (s.name == name)
            return s.ms;
    }
    return std::nullopt;
}

std::optional<double> sinceSubmit(const AnalysedRun &r, MilestoneId id)
{
    const double ms = r.analysis->sinceSubmitMs(milestoneInfo(id).clock, r.run->milestone(id), ClockView::Raw);
    return std::isnan(ms) ? std::nullopt : std::optional<double>(ms);
}

} // namespace

const QList<Metric> &comparisonMetrics()
{
    static const QList<Metric> metrics {
        { QStringLiteral("ttft_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "time to first token"),
          [](const AnalysedRun &r) { return r.analysis->ttftMs; } },
        { QStringLiteral("submit_to_request_dispatch_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "submit → request dispatch"),
          [](const AnalysedRun &r) { return segmentMs(r, u"submit_to_request_dispatch"); } },
        { QStringLiteral("model_proxy_ttft_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "model proxy time to first delta"),
          [](const AnalysedRun &r) { return segmentMs(r, u"model_proxy_ttft"); } },
        { QStringLiteral("server_buffer_flush_delay_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "chat service buffer flush"),
          [](const AnalysedRun &r) { return segmentMs(r, u"server_buffer_flush_delay"); } },
        { QStringLiteral("jobevents_pipeline_delay_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "platform event pipeline"),
          [](const AnalysedRun &r) { return segmentMs(r, u"jobevents_pipeline_delay"); } },
        { QStringLiteral("event_envelope_to_client_receive_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "event delivery to client"),
          [](const AnalysedRun &r) { return segmentMs(r, u"event_envelope_to_client_receive"); } },
        { QStringLiteral("job_created_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "submit → job created"),
          [](const AnalysedRun &r) { return sinceSubmit(r, MilestoneId::JobCreatedAt); } },
        { QStringLiteral("first_event_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "submit → first event"),
          [](const AnalysedRun &r) { return sinceSubmit(r, MilestoneId::FirstEventAt); } },
        { QStringLiteral("finished_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "submit → finished"),
          [](const AnalysedRun &r) { return sinceSubmit(r, MilestoneId::FinishedAt); } },
        { QStringLiteral("longest_stall_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "longest mid-stream stall"),
          [](const AnalysedRun &r) {
              std::optional<double> longest;
              for (const Stall &s : r.analysis->stalls)
                  longest = std::max(longest.value_or(0), s.gapMs);
              return longest;
          } },
        { QStringLiteral("median_lag_ms"), QT_TRANSLATE_NOOP("LagLens::Comparison", "median event lag"),
          [](const AnalysedRun &r) {
              return r.analysis->stream.lagCount ? std::optional<double>(r.analysis->stream.medianLagMs) : std::nullopt;
          } },
    };
    return metrics;
}

QString metricLabel(const Metric &metric)
{
    return QCoreApplication::translate("LagLens::Comparison", metric.label);
}

QList<DeltaRow> deltaTable(const QList<AnalysedRun> &runs, int baseline)
{
    QList<DeltaRow> rows;
    for (const Metric &metric : comparisonMetrics()) {
        DeltaRow row;
        row.metric = &metric;
        for (const AnalysedRun &run : runs)
            row.values.append(metric.value(run));
        const bool hasBase = baseline >= 0 && baseline < runs.size() && row.values[baseline].has_value();
        const double base = hasBase ? *row.values[baseline] : 0.0;
        for (const std::optional<double> &value : std::as_const(row.values)) {
            row.deltas.append(value && hasBase ? std::optional<double>(*value - base) : std::nullopt);
            // A ratio means something only between two durations that are both positive.
            row.ratios.append(value && hasBase && base > 0 && *value > 0 ? std::optional<double>(*value / base)
                                                                         : std::nullopt);
        }
        rows.append(row);
    }
    return rows;
}

double nearestRank(const std::vector<double> &sorted, double p)
{
    const double rank = std::ceil(p * double(sorted.size()));
    const std::size_t index = std::size_t(std::clamp(rank, 1.0, double(sorted.size()))) - 1;
    return sorted[index];
}

QList<Spread> distribution(const QList<AnalysedRun> &runs)
{
    QList<Spread> spreads;
    // The time to first token and its segments: the figures whose spread tells where the tail is.
    const QList<Metric> &metrics = comparisonMetrics();
    for (qsizetype m = 0; m < 6; ++m) {
        const Metric &metric = metrics[m]; // lives as long as the program: Spread keeps its address
        Spread spread;
        spread.metric = &metric;
        std::vector<double> values;
        for (int i = 0; i < runs.size(); ++i) {
            if (const std::optional<double> v = metric.value(runs[i])) {
                values.push_back(*v);
                spread.points.append({ *v, i });
            }
        }
        spread.count = int(values.size());
        if (!values.empty()) {
            std::sort(values.begin(), values.end());
            spread.p50 = nearestRank(values, 0.50);
            spread.p90 = nearestRank(values, 0.90);
            spread.p99 = nearestRank(values, 0.99);
            spread.max = values.back();
        }
        spreads.append(spread);
    }
    return spreads;
}

} // namespace LagLens
