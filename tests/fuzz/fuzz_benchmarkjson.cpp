// libFuzzer target: the benchmark JSON reader and the analysis of its entries.
#include "analysis.h"
#include "benchmarkjson.h"
#include "summary.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LagLens::ParseResult result = LagLens::parseBenchmarkJson(bytes, QStringLiteral("fuzz.json"));
    for (const LagLens::RunPtr &run : result.runs)
        (void)LagLens::runSummary(*run, LagLens::analyze(*run));
    return 0;
}
