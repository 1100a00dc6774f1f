// libFuzzer target: any bytes through the log parser, the analysis and the summary, as a file
// dropped on the window would go. Crashes, hangs, leaks and sanitizer reports are findings.
//
// It also checks that the parser's two readers of event lines agree. Most lines have one exact
// shape that a shortcut reads; one more space after an event's number sends the line to the
// general reader instead. Both versions of the input must give the same events and diagnostics,
// or the target aborts.
#include "analysis.h"
#include "parser.h"
#include "summary.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace LagLens;

// `bytes` with a space added after "N. " at the start of every line that begins so.
QByteArray throughTheGeneralReader(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 32);
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const bool lineStart = i == 0 || bytes[i - 1] == '\n' || bytes[i - 1] == '\r';
        qsizetype digits = i;
        while (lineStart && digits < size && digits - i < 9 && bytes[digits] >= '0' && bytes[digits] <= '9')
            ++digits;
        if (digits > i && QByteArrayView(bytes).sliced(digits).startsWith(". [")) {
            out += QByteArrayView(bytes).sliced(i, digits - i + 2);
            out += ' ';
            i = digits + 2;
        } else {
            out += bytes[i];
            ++i;
        }
    }
    return out;
}

[[noreturn]] void disagree(const char *what, int line)
{
    std::fprintf(stderr, "the event readers disagree on %s (line %d)\n", what, line);
    std::abort();
}

void compare(const ParseResult &shortcut, const ParseResult &general)
{
    if (shortcut.runs.size() != general.runs.size())
        disagree("the number of runs", 0);
    for (qsizetype r = 0; r < shortcut.runs.size(); ++r) {
        const Run &a = *shortcut.runs[r];
        const Run &b = *general.runs[r];
        if (a.events.size() != b.events.size())
            disagree("the number of events", a.firstLine);
        for (qsizetype i = 0; i < a.events.size(); ++i) {
            const Event &x = a.events[i];
            const Event &y = b.events[i];
            if (x.index != y.index || x.line != y.line || x.stamp != y.stamp || x.recv != y.recv
                || x.finished != y.finished || x.seq != y.seq || x.tokenStep != y.tokenStep
                || x.asciiMessage != y.asciiMessage || x.lagImplausible != y.lagImplausible
                || a.bytes(x.step) != b.bytes(y.step) || a.bytes(x.msg) != b.bytes(y.msg))
                disagree("an event", x.line);
        }
        if (a.diagnostics.size() != b.diagnostics.size())
            disagree("the number of diagnostics", a.firstLine);
        for (qsizetype i = 0; i < a.diagnostics.size(); ++i) {
            const Diagnostic &x = a.diagnostics[i];
            const Diagnostic &y = b.diagnostics[i];
            if (x.line != y.line || x.severity != y.severity || x.message != y.message)
                disagree("a diagnostic", x.line);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult result = parseLogBytes(bytes, QStringLiteral("fuzz.log"));
    for (const RunPtr &run : result.runs) {
        const Analysis analysis = analyze(*run);
        (void)runSummary(*run, analysis);
        (void)findings(*run, analysis, ClockView::Corrected);
        (void)pairSteps(*run);
        (void)answerText(*run);
    }
    // UTF-16 text is converted before it is read; a byte added to it would garble it.
    if (!bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        compare(result, parseLogBytes(throughTheGeneralReader(bytes), QStringLiteral("fuzz.log")));
    return 0;
}
