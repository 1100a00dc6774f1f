#include "colors.h"

#include <array>
#include <cmath>

namespace LagLens::Colors {

QColor lane(Lane lane)
{
    switch (lane) {
    case Lane::Client:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Lane::Platform:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Lane::ChatService:
        return QColor(0x8A, 0x6A, 0x00); // dark yellow, readable as text on white
    case Lane::ModelProxy:
        return QColor(0xAA, 0x4F, 0x8A); // reddish purple
    }
    return Qt::black;
}

QColor laneBand(Lane l, bool alternate)
{
    // The lane's colour faded into white, opaque: a full-width band is filled, not blended, on
    // every replot.
    const QColor c = lane(l);
    const double a = alternate ? 22.0 / 255.0 : 14.0 / 255.0;
    const auto mix = [a](int channel) { return int(std::lround(255.0 * (1.0 - a) + channel * a)); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor bottleneck()
{
    return QColor(0xD5, 0x5E, 0x00); // vermilion
}

QColor burst()
{
    return QColor(0xE6, 0x9F, 0x00); // orange
}

QColor stall()
{
    return QColor(0xC0, 0x39, 0x2B);
}

QColor connector()
{
    return QColor(0x70, 0x70, 0x70, 110);
}

QColor text()
{
    return QColor(0x20, 0x20, 0x20);
}

QColor mutedText()
{
    return QColor(0x55, 0x55, 0x55);
}

QColor run(int index)
{
    // No orange or red: those mark bursts and stalls.
    static const std::array<QColor, 6> colors { QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73),
                                                QColor(0xAA, 0x4F, 0x8A), QColor(0x56, 0xB4, 0xE9),
                                                QColor(0x8A, 0x6A, 0x00), QColor(0x33, 0x33, 0x33) };
    return colors[std::size_t(index) % colors.size()];
}

} // namespace LagLens::Colors
