#include "logging.h"

Q_LOGGING_CATEGORY(lcTimeline, "laglens.widgets.timeline", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "laglens.widgets.export", QtWarningMsg)
