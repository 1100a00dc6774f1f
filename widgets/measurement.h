#pragma once

#include <QList>

namespace LagLens {

// A ruler measurement on the timeline: a span of the time axis, drawn at a height the user chose.
struct Measurement
{
    double from = 0, to = 0; // seconds on the time axis
    double row = 0.02; // where it is drawn: a fraction of the timeline's height, from the top
    friend bool operator==(const Measurement &, const Measurement &) = default;
};

} // namespace LagLens
