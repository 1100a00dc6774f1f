// libFuzzer target: the ISO-8601 reader, and formatting what it reads back.
#include "timestamp.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const LagLens::TimestampParse parsed = LagLens::parseTimestamp(text);
    if (parsed.error.isEmpty()) {
        // What was read must read back to the same instant.
        const QByteArray again = LagLens::formatUtc(parsed.time).toLatin1();
        if (LagLens::parseTimestamp(again).time != parsed.time)
            __builtin_trap();
    }
    return 0;
}
