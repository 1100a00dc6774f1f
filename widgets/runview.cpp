#include "runview.h"

#include "comparison.h"
#include "lagchart.h"
#include "overviewstrip.h"
#include "timelineplot.h"

#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace LagLens {

RunView::RunView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("runViewSplitter"));
    // Many runs need more height than the window has: the timeline then scrolls vertically.
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_timelineScroll = new QScrollArea(top);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setFrameShape(QFrame::NoFrame);
    m_timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline = new TimelinePlot(m_timelineScroll);
    m_timelineScroll->setWidget(m_timeline);
    topLayout->addWidget(m_timelineScroll, 1);
    m_overview = new OverviewStrip(top);
    topLayout->addWidget(m_overview);
    m_lag = new LagChart(m_splitter);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_lag);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter);

    // Keep both time axes in step; the guard stops the two from echoing each other.
    const auto follow = [this](QCustomPlot *other) {
        return [this, other](const QCPRange &range) {
            if (m_syncing)
                return;
            m_syncing = true;
            other->xAxis->setRange(range);
            other->replot(QCustomPlot::rpQueuedReplot);
            m_syncing = false;
            Q_EMIT visibleRangeChanged(range.lower, range.upper);
        };
    };
    connect(m_timeline->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, follow(m_lag));
    connect(m_timeline->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), m_overview,
            &OverviewStrip::setWindow);
    connect(m_overview, &OverviewStrip::windowRequested, this, [this](double lower, double upper) {
        m_timeline->xAxis->setRange(lower, upper);
        m_timeline->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_timeline, &TimelinePlot::laneCollapsedChanged, this, [this](Lane lane, bool collapsed) {
        m_timeline->setMinimumHeight(m_timeline->preferredHeight());
        Q_EMIT laneCollapsedChanged(lane, collapsed);
    });
    connect(m_timeline, &TimelinePlot::eventClicked, this, [this](int run, int event) {
        m_lag->setSelectedEvent(run, event);
        Q_EMIT eventClicked(run, event);
    });
    connect(m_lag, &LagChart::eventClicked, this, [this](int run, int event) {
        m_timeline->setSelectedEvent(run, event);
        Q_EMIT eventClicked(run, event);
    });
    connect(m_timeline, &TimelinePlot::noteRequested, this, &RunView::noteRequested);
    connect(m_timeline, &TimelinePlot::measurementsChanged, this, &RunView::measurementsChanged);
    connect(m_timeline, &TimelinePlot::rulerModeChanged, this, &RunView::rulerModeChanged);
    connect(m_timeline, &TimelinePlot::legendVisibleChanged, this, &RunView::legendVisibleChanged);
    connect(m_lag->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, follow(m_timeline));
}

void RunView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    // The timeline carries most of the story; give it two thirds to start with.
    m_sized = true;
    const int total = m_splitter->height();
    m_splitter->setSizes({ total * 2 / 3, total - total * 2 / 3 });
}

void RunView::setRuns(const QList<AnalysedRun> &runs)
{
    m_runs = runs;
    m_lag->setRuns(runs);
    m_timeline->setRuns(runs); // fits the time axis, which the lag chart follows
    m_timeline->setMinimumHeight(m_timeline->preferredHeight());
    updateOverview();
    alignSideMargins({ m_timeline, m_lag, m_overview });
    syncTimeAxes();
}

void RunView::updateOverview()
{
    QList<double> shifts;
    for (const AnalysedRun &run : std::as_const(m_runs))
        shifts.append(alignmentOffsetMs(run, m_timeline->alignment(), m_view).value_or(0.0));
    m_overview->setRuns(m_runs.mid(0, kMaxDrawnRuns), m_view, shifts, m_timeline->fitRange());
    m_overview->setWindow(m_timeline->xAxis->range());
}

void RunView::setLaneCollapsed(Lane lane, bool collapsed)
{
    m_timeline->setLaneCollapsed(lane, collapsed);
}

bool RunView::isLaneCollapsed(Lane lane) const
{
    return m_timeline->isLaneCollapsed(lane);
}

LaneSet RunView::collapsedLanes() const
{
    return m_timeline->collapsedLanes();
}

QStringList RunView::timelineTexts() const
{
    QStringList texts;
    for (const DrawnText &t : m_timeline->drawnTexts())
        texts.append(t.text);
    return texts;
}

QWidget *RunView::overviewWidget() const
{
    return m_overview;
}

QPair<double, double> RunView::overviewWindow() const
{
    return { m_overview->window().lower, m_overview->window().upper };
}

int RunView::overviewX(double seconds) const
{
    return qRound(m_overview->xAxis->coordToPixel(seconds));
}

QList<int> RunView::overviewCounts(int run) const
{
    return m_overview->counts().value(run);
}

void RunView::setClockView(ClockView view)
{
    m_view = view;
    const QPair<double, double> keep = visibleRange();
    m_timeline->setClockView(view);
    m_lag->setClockView(view);
    updateOverview();
    syncTimeAxes();
    setVisibleRange(keep.first, keep.second);
}

void RunView::setAlignment(MilestoneId milestone)
{
    m_lag->setAlignment(milestone);
    m_timeline->setAlignment(milestone); // refits the time axis, which the lag chart follows
    updateOverview();
    syncTimeAxes();
}

void RunView::setAbsoluteTime(bool on)
{
    m_timeline->setAbsoluteTime(on);
    syncTimeAxes();
}

bool RunView::absoluteTime() const
{
    return m_timeline->absoluteTime();
}

// Both axes count from the same moment; the timeline knows which it is.
void RunView::syncTimeAxes()
{
    m_timeline->setAbsoluteTime(m_timeline->absoluteTime()); // the zero moves with runs and alignment
    m_lag->setTimeZero(m_timeline->absoluteTime() ? m_timeline->zeroUtc() : std::nullopt);
}

void RunView::fitToData()
{
    m_timeline->fitToData();
}

QPair<double, double> RunView::visibleRange() const
{
    return { m_timeline->xAxis->range().lower, m_timeline->xAxis->range().upper };
}

void RunView::setVisibleRange(double lower, double upper)
{
    m_timeline->xAxis->setRange(lower, upper);
    m_timeline->replot();
    m_lag->replot();
}

void RunView::replot()
{
    m_timeline->replot(QCustomPlot::rpImmediateRefresh);
    m_lag->replot(QCustomPlot::rpImmediateRefresh);
}

void RunView::setSelectedEvent(int run, int event)
{
    m_timeline->setSelectedEvent(run, event);
    m_lag->setSelectedEvent(run, event);
}

void RunView::zoomBy(double factor)
{
    m_timeline->zoomBy(factor);
}

void RunView::panBy(double fraction)
{
    m_timeline->panBy(fraction);
}

bool RunView::back()
{
    return m_timeline->back();
}

bool RunView::forward()
{
    return m_timeline->forward();
}

std::pair<int, int> RunView::selectedEvent() const
{
    return m_timeline->selectedEvent();
}

void RunView::setRulerMode(bool on)
{
    m_timeline->setRulerMode(on);
}

bool RunView::rulerMode() const
{
    return m_timeline->rulerMode();
}

QList<Measurement> RunView::measurements() const
{
    return m_timeline->measurements();
}

QStringList RunView::measurementTexts() const
{
    QStringList out;
    for (const Measurement &m : m_timeline->measurements())
        out.append(TimelinePlot::measurementText(m));
    return out;
}

void RunView::clearMeasurements()
{
    m_timeline->clearMeasurements();
}

void RunView::setNotes(int run, const QList<Note> &notes)
{
    m_timeline->setNotes(run, notes);
}

void RunView::setLegendVisible(bool visible)
{
    m_timeline->setLegendVisible(visible);
}

std::optional<QPointF> RunView::milestonePosition(int run, MilestoneId id) const
{
    return m_timeline->milestonePosition(run, id);
}

std::optional<QPointF> RunView::eventPosition(int run, int event, bool receipt) const
{
    return m_timeline->eventPosition(run, event, receipt);
}

QWidget *RunView::timelineWidget() const
{
    return m_timeline;
}

QWidget *RunView::lagChartWidget() const
{
    return m_lag;
}

QString RunView::timelineToolTipAt(const QPoint &pos) const
{
    return m_timeline->toolTipAt(pos);
}

static QList<QPair<double, QString>> ticksOf(const QCPAxis *axis)
{
    const QVector<double> at = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    QList<QPair<double, QString>> ticks;
    for (qsizetype i = 0; i < at.size() && i < labels.size(); ++i)
        ticks.append({ at[i], labels[i] });
    return ticks;
}

static void collectClippedTexts(const QCustomPlot *plot, QStringList *clipped)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto *text = qobject_cast<const QCPItemText *>(plot->item(i));
        if (!text || !text->visible() || text->text().isEmpty())
            continue;
        const QRect area = text->clipToAxisRect() && text->clipAxisRect() ? text->clipAxisRect()->rect()
                                                                          : plot->viewport();
        const QMargins padding = text->padding();
        QRectF box(QPointF(0, 0), QFontMetricsF(text->font()).size(0, text->text()).grownBy(
                                      QMarginsF(0, 0, padding.left() + padding.right(), padding.top() + padding.bottom())));
        const QPointF at = text->position->pixelPosition();
        const Qt::Alignment align = text->positionAlignment();
        const double left = align & Qt::AlignRight     ? at.x() - box.width()
                            : align & Qt::AlignHCenter ? at.x() - box.width() / 2
                                                       : at.x();
        const double top = align & Qt::AlignBottom     ? at.y() - box.height()
                           : align & Qt::AlignVCenter ? at.y() - box.height() / 2
                                                      : at.y();
        box.moveTo(left, top);
        // Half a pixel of rounding either way is not a cut a reader would see.
        if (!QRectF(area).adjusted(-1, -1, 1, 1).contains(box))
            clipped->append(text->text());
    }
}

QStringList RunView::textProblems() const
{
    QStringList problems;
    QStringList clipped;
    collectClippedTexts(m_timeline, &clipped);
    collectClippedTexts(m_lag, &clipped);
    const QList<DrawnText> texts = m_timeline->drawnTexts();
    const QRectF area = QRectF(m_timeline->drawingArea()).adjusted(-1, -1, 1, 1);
    for (const DrawnText &t : texts) {
        if (!area.contains(t.box))
            clipped.append(t.text);
    }
    for (const QString &text : std::as_const(clipped))
        problems.append(QStringLiteral("cut off: ") + text);
    // A pixel of shared edge is not an overlap a reader would see.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            if (texts[i].box.adjusted(1, 1, -1, -1).intersects(texts[j].box.adjusted(1, 1, -1, -1)))
                problems.append(QStringLiteral("overlap: ") + texts[i].text + QStringLiteral(" | ") + texts[j].text);
        }
    }
    return problems;
}

QList<QPair<double, QString>> RunView::timelineTicks() const
{
    return ticksOf(m_timeline->xAxis);
}

QList<QPair<double, QString>> RunView::lagChartTicks() const
{
    return ticksOf(m_lag->xAxis);
}

} // namespace LagLens
