#include "bottleneckpanel.h"

#include "colors.h"
#include "plaintext.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace LagLens {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(parent);
    label->setText(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

BottleneckPanel::BottleneckPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Bottleneck panel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);

    m_title = heading(QString(), content);
    layout->addWidget(m_title);
    m_verdict = plainLabel(content);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict);

    m_findings = new QVBoxLayout;
    layout->addLayout(m_findings);

    layout->addWidget(heading(tr("Time to first token, by segment"), content));
    m_segmentTable = makeTable(&m_segments);
    m_segmentTable->setAccessibleName(tr("Segments of the time to first token"));
    // The milestones a segment runs between are in its tooltip: a column of them would push
    // the figures out of a panel this narrow.
    m_segmentTable->setColumnHidden(SegmentModel::PathColumn, true);
    fitColumnsToWidth(m_segmentTable, SegmentModel::NameColumn);
    layout->addWidget(m_segmentTable);

    m_overheadHeading = heading(tr("Platform overhead"), content);
    layout->addWidget(m_overheadHeading);
    m_overheadText = plainLabel(content);
    layout->addWidget(m_overheadText);
    m_overheadTable = makeTable(&m_overhead);
    m_overheadTable->setAccessibleName(tr("Platform overhead by segment"));
    fitColumnsToWidth(m_overheadTable, OverheadModel::NameColumn);
    layout->addWidget(m_overheadTable);
    setComparison({}, ClockView::Raw);

    layout->addWidget(heading(tr("Clocks"), content));
    m_clocks = plainLabel(content);
    layout->addWidget(m_clocks);

    layout->addWidget(heading(tr("Stream"), content));
    m_stream = plainLabel(content);
    layout->addWidget(m_stream);

    layout->addWidget(heading(tr("Reported figures against the timestamps"), content));
    m_figureTable = makeTable(&m_figures);
    m_figureTable->setAccessibleName(tr("Breakdown figures, reported and recomputed"));
    // A figure's status and where it comes from are in its tooltip, its colour and, for a clamped
    // or mismatched figure, in the findings above; the figures themselves must stay whole.
    m_figureTable->setColumnHidden(FigureModel::StatusColumn, true);
    m_figureTable->setColumnHidden(FigureModel::SourceColumn, true);
    fitColumnsToWidth(m_figureTable, FigureModel::NameColumn);
    layout->addWidget(m_figureTable);
    layout->addStretch(1);
}

QTableView *BottleneckPanel::makeTable(QAbstractItemModel *model)
{
    QTableView *table = createPlainTable(model, this);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideMiddle);
    return table;
}

// Keeps every column of a table in view at any panel width: the figures take the room they
// need and the name column takes the rest, its text elided when short of room.
void BottleneckPanel::fitColumnsToWidth(QTableView *table, int nameColumn)
{
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(nameColumn, QHeaderView::Stretch);
    table->setTextElideMode(Qt::ElideRight);
}

void BottleneckPanel::fitTableHeight(QTableView *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        height += table->rowHeight(row);
    if (table->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void BottleneckPanel::setRun(const AnalysedRun &run, ClockView view)
{
    for (QLabel *label : std::as_const(m_findingLabels))
        delete label;
    m_findingLabels.clear();
    m_current = run;
    m_segments.setRun(run, view);
    m_figures.setRun(run);

    if (!run.run) {
        m_title->setText(tr("No run selected"));
        m_verdict->setText(tr("Open a diagnostic log to see where the time went."));
        m_clocks->clear();
        m_stream->clear();
        fitTableHeight(m_segmentTable);
        fitTableHeight(m_figureTable);
        return;
    }
    const Run &r = *run.run;
    const Analysis &a = *run.analysis;
    m_title->setText(view == ClockView::Raw ? tr("Where the time went: %1 (stamps as logged)").arg(r.displayName)
                                            : tr("Where the time went: %1 (clock-corrected)").arg(r.displayName));

    const QList<Finding> all = findings(r, a, view);
    m_verdict->setText(all.isEmpty() ? QString() : all.first().text);
    for (int i = 1; i < all.size(); ++i) {
        QLabel *label = plainLabel(this);
        label->setText(QStringLiteral("• ") + all[i].text);
        if (all[i].severity != Severity::Info) {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, all[i].severity == Severity::Error ? Colors::stall() : Colors::burst().darker(150));
            label->setPalette(p);
        }
        m_findings->addWidget(label);
        m_findingLabels.append(label);
    }

    QStringList clocks;
    if (r.format == LogFormat::Ivcap) {
        clocks.append(tr("Platform: %1").arg(a.platformClock.method));
        clocks.append(tr("Chat service: %1").arg(a.serviceClock.method));
    } else if (r.format == LogFormat::Direct) {
        clocks.append(tr("A direct run has one clock, the client's: nothing to correct."));
    } else {
        clocks.append(tr("A benchmark entry has figures only; there are no stamps to compare."));
    }
    m_clocks->setText(clocks.join(u'\n'));

    const StreamStats &s = a.stream;
    QStringList stream;
    if (s.lagCount > 0)
        stream.append(tr("Lag (events: %1): median %2 ms, 90th percentile %3 ms, largest %4 ms.")
                          .arg(s.lagCount)
                          .arg(s.medianLagMs, 0, 'f', 0)
                          .arg(s.p90LagMs, 0, 'f', 0)
                          .arg(s.maxLagMs, 0, 'f', 0));
    if (s.tokenBatches > 0) {
        stream.append((r.format == LogFormat::Direct ? tr("SSE chunks in the log: %1; answer characters: %2%3.")
                                                     : tr("Token batches in the log: %1; answer characters: %2%3."))
                          .arg(s.tokenBatches)
                          .arg(s.answerChars)
                          .arg(s.answerPartial ? tr(" (the log starts mid-answer)") : QString()));
    }
    if (s.charsPerSecond)
        stream.append(tr("Throughput: %1 characters/s, %2 batches/s.")
                          .arg(*s.charsPerSecond, 0, 'f', 1)
                          .arg(s.batchesPerSecond.value_or(0), 0, 'f', 2));
    if (s.meanEmitGapMs && s.meanRecvGapMs)
        stream.append(tr("Between batches: %1 ms as stamped, %2 ms as received, jitter %3 ms.")
                          .arg(*s.meanEmitGapMs, 0, 'f', 0)
                          .arg(*s.meanRecvGapMs, 0, 'f', 0)
                          .arg(s.jitterMs.value_or(0), 0, 'f', 0));
    else if (s.meanRecvGapMs)
        stream.append(tr("Between chunks: %1 ms as received.").arg(*s.meanRecvGapMs, 0, 'f', 0));
    if (stream.isEmpty())
        stream.append(tr("No stream events in this log."));
    m_stream->setText(stream.join(u'\n'));

    fitTableHeight(m_segmentTable);
    fitTableHeight(m_figureTable);
}

void BottleneckPanel::setComparison(const QList<AnalysedRun> &runs, ClockView view)
{
    // The current run leads when it is a platform run, so its overhead is the one shown.
    QList<AnalysedRun> ordered = runs;
    if (m_current.run) {
        ordered.removeIf([this](const AnalysedRun &r) { return r.run == m_current.run; });
        ordered.prepend(m_current);
    }
    const std::optional<PlatformOverhead> overhead = firstPlatformOverhead(ordered, view);
    m_overhead.setOverhead(overhead);
    m_overheadHeading->setVisible(overhead.has_value());
    m_overheadText->setVisible(overhead.has_value());
    m_overheadTable->setVisible(overhead.has_value());
    if (!overhead)
        return;
    m_overheadText->setText(tr("%1 reached its first token %2 ms later than the direct call %3 (%4 ms against %5 ms).")
                                .arg(overhead->platformRun, QString::number(overhead->overheadMs, 'f', 0),
                                     overhead->directRun, QString::number(overhead->platformTtftMs, 'f', 0),
                                     QString::number(overhead->directTtftMs, 'f', 0)));
    fitTableHeight(m_overheadTable);
}

QStringList BottleneckPanel::findingTexts() const
{
    QStringList texts { m_verdict->text() };
    for (const QLabel *label : m_findingLabels)
        texts.append(label->text());
    return texts;
}

} // namespace LagLens
