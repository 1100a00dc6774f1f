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

} // namespace LagLens
