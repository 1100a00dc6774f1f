#include "comparison.h"

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

} // namespace LagLens
