#pragma once

#include "analysis.h"
#include "parser.h"
#include "runloader.h"

#include <QJsonObject>

#include <functional>

namespace LagLens {

QString formatName(LogFormat format); // "ivcap", "direct" or "benchmark": stable, for JSON

// The machine-readable account of one run that `laglens --summary` prints. Keys are stable;
// absent values are null. Times are UTC strings, durations milliseconds.
QJsonObject runSummary(const Run &run, const Analysis &analysis);

// {"runs":[...], "errors":[{"source":..., "error":...}], "platform_overhead":{...} or null} for
// everything loaded from some files. The overhead compares the first platform run with the first
// direct run, when there are both.
QByteArray summaryJson(const QList<LoadedFile> &files);
// The same, handed to `write` a piece at a time: the events and steps of a long log are made one
// by one rather than held as one document (a million events would take gigabytes).
void writeSummaryJson(const QList<LoadedFile> &files, const std::function<void(QByteArrayView)> &write);

} // namespace LagLens
