#pragma once

#include "model.h"

#include <QColor>

namespace LagLens::Colors {

// A colour-blind safe palette (Okabe and Ito). Every colour keeps at least 3:1 contrast on the
// white background exports use, and on the dark window background where it is drawn as text.
QColor lane(Lane lane);
QColor laneBand(Lane lane, bool alternate); // pale background of a lane's band
QColor bottleneck();
QColor burst();
QColor stall();
QColor connector();
QColor text();
QColor mutedText();
QColor run(int index); // colour of the n-th run in overlays

} // namespace LagLens::Colors
