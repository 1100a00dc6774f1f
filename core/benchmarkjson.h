#pragma once

#include "parser.h"

namespace LagLens {

// Reads the JSON a TTFT benchmark script writes: `results.direct[]` and `results.ivcap[]`, each
// entry a set of figures in milliseconds (values may be null). Every entry becomes a Run of
// format Benchmark, with figures but no timestamps.
// `isJson`, when given, says whether the bytes parsed as JSON at all.
ParseResult parseBenchmarkJson(const QByteArray &bytes, const QString &filePath, bool *isJson = nullptr);

} // namespace LagLens
