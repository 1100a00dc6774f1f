#pragma once

#include "analysis.h"
#include "parser.h"

#include <QJsonObject>

namespace LagLens {

QString formatName(LogFormat format); // "ivcap", "direct" or "benchmark": stable, for JSON

// The machine-readable account of one run that `laglens --summary` prints. Keys are stable;
// absent values are null. Times are UTC strings, durations milliseconds.
QJsonObject runSummary(const Run &run, const Analysis &analysis);

// {"runs":[...], "errors":[{"source":..., "error":...}]} for everything loaded from some files.
QByteArray summaryJson(const QList<ParseResult> &results);

} // namespace LagLens
