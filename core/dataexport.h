#pragma once

#include "runloader.h"

#include <QByteArray>

class QSaveFile;

namespace LagLens {

// The events of runs as CSV (RFC 4180, a header row of column names): run, index, line, step,
// finished, seq, stamp and receipt in UTC and in seconds since submit, lag, message. Text a
// spreadsheet would take for a formula is prefixed with an apostrophe.
QByteArray eventsCsv(const QList<AnalysedRun> &runs, ClockView view);

// Runs in the Chrome Trace Event format (JSON object form), as Perfetto and chrome://tracing
// open it: a process per run and a track per lane; milestones as instant events, segments of the
// time to first token and steps as complete events, and each event as an instant at its stamp
// and at its receipt joined by a flow arrow. Times are microseconds since the run's submit.
QByteArray chromeTrace(const QList<AnalysedRun> &runs, ClockView view);

// Runs as OpenTelemetry OTLP/JSON trace data: per run a root span from submit to finish with the
// segments of the time to first token and the steps as child spans, stalls and bursts as span
// events. Trace and span ids are derived from the run, so exporting twice gives the same ids.
QByteArray otlpJson(const QList<AnalysedRun> &runs, ClockView view);

// Writes a file so that it is either complete or untouched: a temporary file is written and
// renamed into place. On failure `error` says why.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// Opens `file` to write it atomically. Refuses a target that exists and is no regular file (a
// device, a pipe, a folder): renaming over it would replace it.
bool openAtomically(QSaveFile *file, QString *error);

// Shared by the CSV exports: a field as RFC 4180 wants it, with formula-like text defused.
QString csvText(const QString &text);

} // namespace LagLens
