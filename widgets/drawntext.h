#pragma once

#include <QRectF>
#include <QString>

namespace LagLens {

// A text as a plot last drew it: where, in widget pixels, and what.
struct DrawnText
{
    QRectF box;
    QString text;
};

} // namespace LagLens
