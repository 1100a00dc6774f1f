// libFuzzer target: any bytes through the log parser, the analysis and the summary, as a file
// dropped on the window would go. Crashes, hangs, leaks and sanitizer reports are findings.
#include "analysis.h"
#include "parser.h"
#include "summary.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LagLens::ParseResult result = LagLens::parseLogBytes(bytes, QStringLiteral("fuzz.log"));
    for (const LagLens::RunPtr &run : result.runs) {
        const LagLens::Analysis analysis = LagLens::analyze(*run);
        (void)LagLens::runSummary(*run, analysis);
        (void)LagLens::findings(*run, analysis, LagLens::ClockView::Corrected);
        (void)LagLens::pairSteps(*run);
        (void)LagLens::answerText(*run);
    }
    return 0;
}
