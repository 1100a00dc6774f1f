#include "logging.h"

Q_LOGGING_CATEGORY(lcParser, "laglens.core.parser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "laglens.core.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoader, "laglens.core.loader", QtWarningMsg)
