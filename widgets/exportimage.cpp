#include "exportimage.h"

#include "colors.h"
#include "comparison.h"
#include "dataexport.h"
#include "lagchart.h"
#include "logging.h"
#include "timelineplot.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace LagLens {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LagLens::Export)
};

constexpr qsizetype kMaxHeaderRuns = 8;
constexpr qsizetype kMaxExportedRuns = 12;

// Whether any run has an event with both a platform stamp and a receipt: without one there is no
// lag chart to draw. The analysis has counted them already.
bool anyRunHasLags(const QList<AnalysedRun> &runs)
{
    return std::any_of(runs.cbegin(), runs.cend(), [](const AnalysedRun &r) { return r.analysis->stream.lagCount > 0; });
}

} // namespace

QStringList exportHeaderLines(const QList<AnalysedRun> &runs, const ExportOptions &options)
{
    const ClockView view = options.view;
    // Log text of any length must not push the timeline off the picture.
    const auto brief = [](const QString &text) { return text.size() > 80 ? text.left(79) + QChar(0x2026) : text; };
    QStringList lines;
    for (const AnalysedRun &r : runs.first(std::min<qsizetype>(runs.size(), kMaxHeaderRuns))) {
        const Run &run = *r.run;
        const Analysis &a = *r.analysis;
        QStringList identity { brief(run.displayName) };
        if (!run.jobId.isEmpty())
            identity.append(brief(run.jobId));
        identity.append(Text::tr("status %1").arg(run.status.isEmpty() ? Text::tr("n/a") : brief(run.status)));
        QStringList verdict;
        if (a.ttftMs)
            verdict.append(Text::tr("first token after %1 ms").arg(*a.ttftMs, 0, 'f', 0));
        if (const auto v = a.verdict(view))
            verdict.append(Text::tr("bottleneck: %1, %2 ms (%3%)")
                               .arg(segmentLabel(v->name))
                               .arg(v->ms, 0, 'f', 0)
                               .arg(v->share * 100.0, 0, 'f', 0));
        if (run.reportedBottleneck.present && !run.reportedBottleneck.name.isEmpty())
            verdict.append(Text::tr("the log guesses %1").arg(brief(run.reportedBottleneck.name)));
        if (!a.stalls.isEmpty()) {
            double longest = 0;
            for (const Stall &s : a.stalls)
                longest = std::max(longest, s.gapMs);
            verdict.append(Text::tr("mid-stream stalls: %1, the longest %2 ms").arg(a.stalls.size()).arg(longest, 0, 'f', 0));
        }
        // One run gets two lines; in a comparison each run gets one, so the lanes keep their room.
        if (runs.size() == 1) {
            if (hasTime(run.milestone(MilestoneId::SubmittedAt)))
                identity.append(Text::tr("submitted %1").arg(formatUtc(run.milestone(MilestoneId::SubmittedAt))));
            lines.append(identity.join(QStringLiteral("  ·  ")));
            if (!verdict.isEmpty())
                lines.append(QStringLiteral("    ") + verdict.join(QStringLiteral("  ·  ")));
        } else {
            lines.append((identity + verdict).join(QStringLiteral("  ·  ")));
        }
    }
    if (runs.size() > kMaxHeaderRuns)
        lines.append(Text::tr("… runs not named here: %1").arg(runs.size() - kMaxHeaderRuns));
    // The comparison's key rows: each run against the baseline, first token and segments.
    if (runs.size() > 1 && runs.size() <= kMaxHeaderRuns) {
        const int baseline = std::clamp(options.baseline, 0, int(runs.size()) - 1);
        const QList<DeltaRow> rows = deltaTable(runs, baseline);
        for (int r = 0; r < runs.size(); ++r) {
            if (r == baseline)
                continue;
            QStringList parts;
            for (const DeltaRow &row : rows.first(6)) {
                if (!row.deltas[r])
                    continue;
                parts.append(Text::tr("%1 %2%3 ms").arg(metricLabel(*row.metric), *row.deltas[r] >= 0 ? QStringLiteral("+") : QString())
                                 .arg(*row.deltas[r], 0, 'f', 0)
                             + (row.ratios[r] ? Text::tr(" (×%1)").arg(*row.ratios[r], 0, 'f', 2) : QString()));
            }
            if (!parts.isEmpty())
                lines.append(Text::tr("%1 against %2: %3").arg(brief(runs[r].run->displayName), brief(runs[baseline].run->displayName),
                                                               parts.join(QStringLiteral(", "))));
        }
    }
    QString clocks = view == ClockView::Raw ? Text::tr("Clocks: stamps as logged, not corrected.")
                                            : Text::tr("Clocks: platform and chat service stamps corrected onto the client clock.");
    for (const AnalysedRun &r : runs) {
        if (r.analysis->platformClock.skewProven || r.analysis->serviceClock.skewProven)
            clocks += u' ' + Text::tr("Clock skew is proven in %1.").arg(brief(r.run->displayName));
    }
    const auto anyOf = [&runs](LogFormat format) {
        return std::any_of(runs.cbegin(), runs.cend(), [format](const AnalysedRun &r) { return r.run->format == format; });
    };
    const bool anyLag = anyRunHasLags(runs);
    if (anyOf(LogFormat::Ivcap)) {
        lines.append(clocks + u' '
                     + Text::tr("Bars: segments of the time to first token (vermilion: the bottleneck). Lines "
                                "from Platform to Client: an event from its platform stamp to its client receive "
                                "(orange: delivered in a burst, red: first after a stall).")
                     + (anyLag ? QString()
                               : u' ' + Text::tr("No event has both a platform stamp and a receipt, so there is "
                                                 "no lag to chart.")));
    } else if (!anyOf(LogFormat::Direct)) {
        lines.append(Text::tr("Benchmark entries hold figures only: a bar for each entry's time to first token, "
                              "no timeline."));
    } else {
        lines.append(Text::tr("Direct calls have the client's clock only: one lane, with the answer's chunks "
                              "as ticks where they were received, and bars for the time to response headers "
                              "and to the first token."));
    }
    return lines;
}

namespace {

// Paints the whole picture at options.size, in logical pixels, on any device: raster, SVG or PDF.
void paintRuns(QCPPainter &painter, const QList<AnalysedRun> &allRuns, const ExportOptions &options)
{
    const QSize size = options.size;
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);

    QFont font;
    font.setPixelSize(std::clamp(size.height() / 64, 11, 18));
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(font.pixelSize() + 3);
    const QFontMetrics fm(font);
    const QFontMetrics tfm(titleFont);
    const int pad = 10;
    const int textWidth = size.width() - 2 * pad;

    // As many runs as the picture has room for: every lane keeps a row of labels above its
    // markers, and the lag chart keeps room to be read. The header says how many were left out.
    QList<AnalysedRun> runs;
    QStringList lines;
    QList<QRect> lineRects;
    int headerHeight = 0;
    int minLag = 0;
    // A row of labels over the marker line, and the segment bar and its text under it.
    const int laneMinimum = fm.height() * 2 + 14;
    for (qsizetype count = std::min<qsizetype>(allRuns.size(), kMaxExportedRuns); count >= 1; --count) {
        runs = allRuns.first(count);
        lines = exportHeaderLines(runs, options);
        if (allRuns.size() > runs.size())
            lines.prepend(Text::tr("The first %1 of %2 runs are drawn; a taller picture has room for more.")
                              .arg(runs.size())
                              .arg(allRuns.size()));
        lineRects.clear();
        int y = pad + tfm.height() + 2;
        for (const QString &line : std::as_const(lines)) {
            const QRect bounds = fm.boundingRect(QRect(pad, y, textWidth, 10000), Qt::TextWordWrap, line);
            lineRects.append(QRect(pad, y, textWidth, bounds.height()));
            y += bounds.height() + 2;
        }
        headerHeight = y + pad;
        const int remaining = std::max(100, size.height() - headerHeight);
        minLag = std::min(remaining / 4, 200);
        int needed = 40; // the time axis
        for (const AnalysedRun &r : std::as_const(runs))
            needed += (r.run->format == LogFormat::Ivcap ? 4 : 1) * laneMinimum + (count > 1 ? laneMinimum / 2 : 0);
        if (needed <= remaining - minLag)
            break;
    }

    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(titleFont);
    painter.setPen(Colors::text());
    const QString title = runs.size() == 1
        ? Text::tr("LagLens: where the time went")
        : Text::tr("LagLens: %1 runs compared, aligned at %2")
              .arg(runs.size())
              .arg(options.alignment == MilestoneId::SubmittedAt ? Text::tr("submit") : milestoneLabel(options.alignment));
    painter.drawText(QRect(pad, pad, textWidth, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font);
    for (int i = 0; i < lines.size(); ++i) {
        painter.setPen(i == lines.size() - 1 ? Colors::mutedText() : Colors::text());
        painter.drawText(lineRects[i], Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
    }

    TimelinePlot timeline;
    timeline.setInteractive(false);
    for (Lane lane : { Lane::Client, Lane::Platform, Lane::ChatService, Lane::ModelProxy })
        timeline.setLaneCollapsed(lane, options.collapsedLanes.contains(lane));
    timeline.setFont(font);
    timeline.xAxis->setLabelFont(font);
    timeline.xAxis->setTickLabelFont(font);
    timeline.yAxis->setTickLabelFont(font);
    timeline.setClockView(options.view);
    timeline.setAlignment(options.alignment);
    timeline.setRuns(runs);

    // The timeline takes what its lanes need, between 55% and all but a minimal lag chart.
    // Runs without a single lag (direct calls, benchmark entries) get no lag chart, and their
    // few lanes the height they need and a row to spare: the rest of the picture stays blank.
    const bool anyLag = anyRunHasLags(runs);
    const int remaining = std::max(100, size.height() - headerHeight);
    const int timelineHeight = anyLag
        ? std::clamp(timeline.preferredHeight(), int(remaining * 0.55), remaining - minLag)
        : std::min(remaining, timeline.preferredHeight() + fm.height() * 2);
    const int lagHeight = anyLag ? remaining - timelineHeight : 0;
    timeline.resize(size.width(), timelineHeight);
    timeline.setViewport(timeline.rect()); // a hidden widget gets no resize event to do it

    LagChart lag;
    lag.setFont(font);
    for (QCPAxis *axis : { lag.xAxis, lag.yAxis }) {
        axis->setLabelFont(font);
        axis->setTickLabelFont(font);
    }
    lag.legend->setFont(font);
    lag.resize(size.width(), lagHeight);
    if (lagHeight > 0)
        lag.setViewport(lag.rect());
    lag.setClockView(options.view);
    lag.setAlignment(options.alignment);
    lag.setRuns(runs);
    if (options.range)
        timeline.xAxis->setRange(options.range->first, options.range->second);
    timeline.setMeasurements(options.measurements);
    if (options.absoluteTime) {
        timeline.setAbsoluteTime(true);
        lag.setTimeZero(timeline.zeroUtc());
    }
    lag.xAxis->setRange(timeline.xAxis->range());
    alignSideMargins({ &timeline, &lag });
    // A lane far taller than its labels need leaves its markers in a strip at its foot.
    timeline.limitLaneHeight(fm.height() * 7);
    timeline.replot();

    // The plots draw themselves on the same painter, so vector output stays vector.
    painter.save();
    painter.translate(0, headerHeight);
    timeline.toPainter(&painter, size.width(), timelineHeight);
    painter.translate(0, timelineHeight);
    if (lagHeight > 0)
        lag.toPainter(&painter, size.width(), lagHeight);
    painter.restore();
    qCDebug(lcExport) << "painted" << runs.size() << "runs at" << size;
}

// Writes through a QSaveFile so that a failed export leaves the old file, or none.
bool commitOrCancel(QSaveFile &file, bool painted, QString *error)
{
    if (!painted) {
        *error = Text::tr("could not draw the picture");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QImage renderRunsImage(const QList<AnalysedRun> &runs, const ExportOptions &options)
{
    const qreal scale = std::clamp(options.scale, 0.25, 8.0);
    QImage image(options.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    paintRuns(painter, runs, options);
    painter.end();
    return image;
}

bool exportRuns(const QList<AnalysedRun> &runs, const ExportOptions &options, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"svg" && suffix != u"pdf")
        return saveImageAtomically(renderRunsImage(runs, options), path, error);

    QSaveFile file(path);
    if (!openAtomically(&file, error))
        return false;
    bool painted = false;
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setTitle(Text::tr("LagLens timeline"));
        QCPPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paintRuns(painter, runs, options);
            painted = painter.end();
        }
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(72); // a logical pixel is a point
        pdf.setPageSize(QPageSize(QSizeF(options.size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setTitle(Text::tr("LagLens timeline"));
        pdf.setCreator(QStringLiteral("LagLens"));
        QCPPainter painter;
        painted = painter.begin(&pdf);
        if (painted) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            paintRuns(painter, runs, options);
            painted = painter.end();
        }
    }
    return commitOrCancel(file, painted, error);
}



bool saveImageAtomically(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!openAtomically(&file, error))
        return false;
    QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (format.isEmpty())
        format = "png";
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace LagLens
