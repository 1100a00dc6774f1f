#pragma once

#include "runloader.h"

#include <QVariant>

namespace LagLens {

// One column of the runs table, shared by the table view, the CSV and the JSON lines exports so
// the three always agree. Values are numbers (milliseconds, counts) or text; null when unknown.
struct RunColumn
{
    QString id; // stable key for CSV headers and JSON
    const char *header; // marked for translation in the "LagLens::RunTable" context
    bool numeric;
    QVariant (*value)(const AnalysedRun &run);
};

const QList<RunColumn> &runColumns();
QString runColumnHeader(const RunColumn &column); // translated

// The runs table as CSV (RFC 4180, a header row of column ids). Text that a spreadsheet would
// take for a formula is prefixed with an apostrophe, so log text stays text.
QByteArray runsCsv(const QList<AnalysedRun> &runs);

// The runs table as JSON lines: one object per run, keyed by column id.
QByteArray runsJsonLines(const QList<AnalysedRun> &runs);

} // namespace LagLens
