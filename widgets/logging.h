#pragma once

#include <QLoggingCategory>

// Categories of the views. Debug output is opt-in: QT_LOGGING_RULES="laglens.widgets.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTimeline)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
