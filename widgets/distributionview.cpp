#include "distributionview.h"

#include "colors.h"
#include "comparison.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace LagLens {

namespace {

// A repeatable spread of points across their strip, so that equal values stay apart.
double jitter(int index)
{
    return (double((index * 2654435761u) % 1000) / 1000.0 - 0.5) * 0.6;
}

} // namespace

DistributionView::DistributionView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Distribution of the time to first token and its segments over the loaded runs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setInteractions(QCP::iSelectPlottables);
    layout->addWidget(m_plot);
    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *) {
                const QList<int> runs = m_pointRuns.value(plottable);
                if (dataIndex >= 0 && dataIndex < runs.size())
                    Q_EMIT runActivated(runs[dataIndex]);
            });
    rebuild();
}

void DistributionView::setRuns(const QList<AnalysedRun> &runs)
{
    m_runs = runs;
    rebuild();
}

void DistributionView::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->plotLayout()->clear();
    m_pointRuns.clear();
    m_summaries.clear();

    const QList<Spread> spreads = distribution(m_runs);
    int row = 0;
    auto *title = new QCPTextElement(m_plot, tr("Runs: %1. Every run is a point; lines mark the 50th, 90th and 99th percentiles").arg(m_runs.size()));
    m_plot->plotLayout()->addElement(row++, 0, title);
    for (const Spread &spread : spreads) {
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(row++, 0, rect);
        rect->axis(QCPAxis::atLeft)->setTicks(false);
        rect->axis(QCPAxis::atLeft)->setTickLabels(false);
        rect->axis(QCPAxis::atLeft)->setRange(-0.5, 0.5);
        rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
        // The name stands level in the margin: rotated, a long name ran into its neighbours.
        auto *metricName = new QCPItemText(m_plot);
        metricName->setClipToAxisRect(false);
        metricName->position->setAxisRect(rect);
        metricName->position->setType(QCPItemPosition::ptAxisRectRatio);
        metricName->position->setCoords(0, 0.5);
        metricName->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        metricName->setTextAlignment(Qt::AlignRight);
        metricName->setPadding(QMargins(0, 0, 8, 0));
        metricName->setText(tr("%1\nn=%2").arg(metricLabel(*spread.metric)).arg(spread.count));
        metricName->setColor(Colors::text());
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        x->setLabel(tr("ms"));
        rect->setMinimumMargins(QMargins(190, 4, 10, 4));
        rect->setAutoMargins(QCP::msBottom | QCP::msTop | QCP::msRight);
        rect->setMargins(QMargins(190, 0, 0, 0));

        QString summary = metricLabel(*spread.metric) + QStringLiteral(": ");
        if (spread.count == 0) {
            summary += tr("no run has it");
            m_summaries.append(summary);
            x->setRange(0, 1);
            continue;
        }
        summary += tr("p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms")
                       .arg(spread.p50, 0, 'f', 0)
                       .arg(spread.p90, 0, 'f', 0)
                       .arg(spread.p99, 0, 'f', 0)
                       .arg(spread.max, 0, 'f', 0);
        m_summaries.append(summary);

        auto *points = new QCPGraph(x, rect->axis(QCPAxis::atLeft));
        points->setLineStyle(QCPGraph::lsNone);
        points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Colors::lane(Lane::Client), 6));
        points->setSelectable(QCP::stSingleData);
        QList<int> runIndex;
        double lo = spread.points.first().first, hi = lo;
        for (int i = 0; i < spread.points.size(); ++i) {
            points->addData(spread.points[i].first, jitter(i));
            runIndex.append(spread.points[i].second);
            lo = std::min(lo, spread.points[i].first);
            hi = std::max(hi, spread.points[i].first);
        }
        // QCPGraph keeps its data sorted by key; map each sorted point back to its run.
        QList<std::pair<double, int>> sorted;
        for (int i = 0; i < spread.points.size(); ++i)
            sorted.append({ spread.points[i].first, runIndex[i] });
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        runIndex.clear();
        for (const auto &p : std::as_const(sorted))
            runIndex.append(p.second);
        m_pointRuns.insert(points, runIndex);

        const double pad = std::max((hi - lo) * 0.05, 1.0);
        x->setRange(std::min(0.0, lo - pad), hi + pad * 6);
        const std::pair<double, const char *> marks[] = { { spread.p50, "p50" }, { spread.p90, "p90" }, { spread.p99, "p99" } };
        for (const auto &[value, name] : marks) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setClipAxisRect(rect);
            line->point1->setAxes(x, rect->axis(QCPAxis::atLeft));
            line->point2->setAxes(x, rect->axis(QCPAxis::atLeft));
            line->point1->setCoords(value, -1);
            line->point2->setCoords(value, 1);
            line->setPen(QPen(QLatin1String(name) == u"p50" ? Colors::text() : Colors::bottleneck(), 1,
                              QLatin1String(name) == u"p50" ? Qt::SolidLine : Qt::DashLine));
        }
        auto *text = new QCPItemText(m_plot);
        text->setClipAxisRect(rect);
        text->setClipToAxisRect(true);
        text->position->setAxisRect(rect);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.995, 0.05);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        text->setText(tr("p50 %1 · p90 %2 · p99 %3 · max %4 ms")
                          .arg(spread.p50, 0, 'f', 0)
                          .arg(spread.p90, 0, 'f', 0)
                          .arg(spread.p99, 0, 'f', 0)
                          .arg(spread.max, 0, 'f', 0));
        text->setColor(Colors::text());
        text->setBrush(QColor(255, 255, 255, 220));
    }
    if (m_runs.isEmpty()) {
        title->setText(tr("Open several runs (a folder, for example) to see how their times spread."));
    }
    m_plot->replot();
}

QImage DistributionView::toImage(const QSize &size) const
{
    return m_plot->toPixmap(size.width(), size.height()).toImage();
}

} // namespace LagLens
