#pragma once

#include "runloader.h"

#include <qcustomplot.h>

namespace LagLens {

class LagPoints;

// Per-event lag, receive minus platform stamp, over the time of receipt in seconds since submit.
// Events held and delivered in a burst, and the event after a stall, stand out; the run's median
// lag and the stall threshold are drawn as lines. Several runs overlay in their own colours.
class LagChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit LagChart(QWidget *parent = nullptr);

    void setRuns(const QList<AnalysedRun> &runs);
    void setClockView(ClockView view);
    // Moves each run so that `milestone` is time zero, as TimelinePlot::setAlignment does.
    void setAlignment(MilestoneId milestone);
    QString toolTipAt(const QPointF &pos) const;
    void setSelectedEvent(int run, int event);

    // Labels the time axis with UTC times counted from `zero`, or with seconds when there is none.
    void setTimeZero(std::optional<Micros> zero);

Q_SIGNALS:
    void eventClicked(int run, int event);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rebuild();
    // A horizontal line across the chart at `lagMs`, named at its right end.
    void addLevel(double lagMs, const QString &text, const QPen &pen, Qt::Alignment side);
    void addLegendEntry(const QString &name, const QCPScatterStyle &style, bool shown);
    // Puts each stall's label on the side of its point where it fits in the chart as now zoomed.
    void placeStallLabels();

    QList<AnalysedRun> m_runs;
    ClockView m_view = ClockView::Raw;
    MilestoneId m_alignment = MilestoneId::SubmittedAt;
    QList<LagPoints *> m_points;
    QCPItemText *m_placeholder = nullptr;
    QCPLayoutGrid *m_legendRow = nullptr;
    QCPItemEllipse *m_selection = nullptr;
    struct StallLabel
    {
        QCPItemText *item;
        QStringList layouts; // the same text on one line, then on more for narrower charts
    };
    QList<StallLabel> m_stallLabels;
    QPoint m_pressPos;
    std::pair<int, int> nearestEvent(const QPointF &pos) const;
};

} // namespace LagLens
