#pragma once

#include <QLoggingCategory>

// One category per area of core. Debug output is off by default; enable it with
// QT_LOGGING_RULES="laglens.core.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcParser)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
