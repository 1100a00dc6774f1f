#pragma once

#include <QByteArrayView>
#include <QString>

#include <limits>

namespace LagLens {

// Instants are microseconds since the Unix epoch on the clock that stamped them. Logs carry
// milliseconds; microseconds keep longer fractions exact enough without floating point.
using Micros = qint64;
inline constexpr Micros kNoTime = std::numeric_limits<qint64>::min();

inline constexpr bool hasTime(Micros t) { return t != kNoTime; }

// Result of reading one ISO-8601 timestamp.
struct TimestampParse
{
    Micros time = kNoTime;
    // Empty when the text was understood; otherwise a plain, translatable reason.
    QString error;
    // True when the text had no zone designator and was read as UTC.
    bool assumedUtc = false;
};

// Reads `2026-02-12T02:46:42.287Z` and its relatives: any fraction length (digits past
// microseconds are dropped), no fraction, `Z`, `+10:00`, `-0330`, or no zone (read as UTC).
// `n/a` is not handled here; callers decide what a missing value means.
TimestampParse parseTimestamp(QByteArrayView text);

// Reads only the shape nearly every stamp of a log has, `2026-02-12T02:46:42.287Z`, faster than
// parseTimestamp. Returns false for anything else, valid or not, and leaves `time` alone.
bool parseCanonicalTimestamp(QByteArrayView text, Micros *time);

// Formats an instant as UTC with milliseconds, `2026-02-12T02:46:42.287Z`; microseconds are
// appended when the instant has them.
QString formatUtc(Micros time);

// Formats a duration in milliseconds: `14579 ms`, or `20.5 ms` when it has a fraction.
QString formatMs(double ms);

} // namespace LagLens
