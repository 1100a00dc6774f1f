#pragma once

#include "parser.h"

namespace LagLens {

// Reads the JSON a TTFT benchmark script writes: `results.direct[]` and `results.ivcap[]`, each
// entry a set of figures in milliseconds (values may be null). Every entry becomes a Run of
// format Benchmark, with figures but no timestamps.
ParseResult parseBenchmarkJson(const QByteArray &bytes, const QString &filePath);

} // namespace LagLens
