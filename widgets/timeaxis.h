#pragma once

#include "timestamp.h"

#include <qcustomplot.h>

#include <optional>

namespace LagLens {

// Labels a time axis whose coordinates are seconds after `zero` with the UTC time of day, to the
// millisecond when the ticks are closer than a second apart. Ticks fall on round UTC times (whole
// seconds, tens of seconds, ...), not on round offsets from `zero`, so that each label is exact.
class UtcTicker : public QCPAxisTicker
{
public:
    explicit UtcTicker(Micros zero);

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    Micros m_zero;
    double m_step = 1;
};

// Gives `axis` UTC labels counted from `zero`, or plain seconds when there is none.
void setTimeAxisZero(QCPAxis *axis, std::optional<Micros> zero);

} // namespace LagLens
