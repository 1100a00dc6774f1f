#pragma once

#include "measurement.h"
#include "runloader.h"

#include <QImage>

namespace LagLens {

struct ExportOptions
{
    QSize size { 1600, 900 };
    ClockView view = ClockView::Raw;
    MilestoneId alignment = MilestoneId::SubmittedAt; // time zero of every run
    int baseline = 0; // in a comparison, the run the others are measured against
    qreal scale = 1; // device pixels per logical pixel of a raster image, for slides and high DPI
    std::optional<std::pair<double, double>> range; // seconds shown; empty: the whole runs
    QList<Measurement> measurements; // ruler measurements to draw
    bool absoluteTime = false; // time axes in UTC time of day instead of seconds
    LaneSet collapsedLanes; // drawn as strips of markers, as in the window
};

// The picture an incident review needs, as one image: a header that names each run (file, job,
// status, start time, time to first token, LagLens's verdict, which clocks are shown), the
// swimlane timeline of the runs on one time axis, and their lag chart.
QImage renderRunsImage(const QList<AnalysedRun> &runs, const ExportOptions &options);

// The header lines of renderRunsImage: who each run is and what LagLens finds, the key rows of
// the comparison against the baseline, and what the marks mean.
QStringList exportHeaderLines(const QList<AnalysedRun> &runs, const ExportOptions &options);

// Writes the picture of renderRunsImage to `path`: PNG (or another raster format) by default,
// SVG or PDF as vectors when the name ends in .svg or .pdf. Atomic, as saveImageAtomically.
bool exportRuns(const QList<AnalysedRun> &runs, const ExportOptions &options, const QString &path, QString *error);

// Writes an image so that the file is either complete or untouched: a temporary file is
// written and renamed into place. The format follows the file name's extension.
bool saveImageAtomically(const QImage &image, const QString &path, QString *error);

} // namespace LagLens
