#include "timeaxis.h"

#include <QDateTime>

namespace LagLens {

UtcTicker::UtcTicker(Micros zero) : m_zero(zero)
{
    // Ticks are laid at origin + k * step. With the origin on the last full UTC hour before `zero`,
    // every step that divides an hour (which all of QCustomPlot's 1-2-2.5-5 steps up to 20 minutes
    // do) lands on round UTC times.
    constexpr Micros hour = Micros(3'600'000'000);
    const Micros intoHour = ((zero % hour) + hour) % hour;
    setTickOrigin(-double(intoHour) / 1e6);
}

double UtcTicker::getTickStep(const QCPRange &range)
{
    m_step = QCPAxisTicker::getTickStep(range);
    return m_step;
}

QString UtcTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    const qint64 ms = qint64(std::llround(double(m_zero) / 1000.0 + tick * 1000.0));
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return time.toString(m_step < 1 ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

void setTimeAxisZero(QCPAxis *axis, std::optional<Micros> zero)
{
    if (zero)
        axis->setTicker(QSharedPointer<UtcTicker>::create(*zero));
    else if (dynamic_cast<UtcTicker *>(axis->ticker().data()))
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
}

} // namespace LagLens
