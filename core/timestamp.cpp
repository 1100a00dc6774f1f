#include "timestamp.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace LagLens {

namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's civil algorithm,
// re-derived here: shift the year to start in March so the leap day ends it).
constexpr qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr unsigned daysInMonth(int year, unsigned month)
{
    constexpr std::array<unsigned, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() { ++m_pos; }

    bool expect(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Reads exactly `count` decimal digits.
    bool digits(int count, int *value)
    {
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            result = result * 10 + (c - '0');
            ++m_pos;
        }
        *value = result;
        return true;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QString reason(const char *text)
{
    return QCoreApplication::translate("LagLens::Timestamp", text);
}

} // namespace

bool parseCanonicalTimestamp(QByteArrayView t, Micros *time)
{
    if (t.size() != 24 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':'
        || t[19] != '.' || t[23] != 'Z')
        return false;
    // Consecutive stamps share their date: when the ten characters of this one's are those of the
    // last, its day number is known and only the time of day is read.
    thread_local char cachedDate[10] = {};
    thread_local qint64 cachedDays = -1;
    const char *p = t.data();
    if (cachedDays < 0 || std::memcmp(p, cachedDate, 10) != 0) {
        constexpr int dateDigits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
        int d[8];
        for (int i = 0; i < 8; ++i) {
            d[i] = p[dateDigits[i]] - '0';
            if (unsigned(d[i]) > 9)
                return false;
        }
        const int year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
        const unsigned month = unsigned(d[4] * 10 + d[5]);
        const unsigned day = unsigned(d[6] * 10 + d[7]);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return false;
        cachedDays = daysFromCivil(year, month, day);
        std::memcpy(cachedDate, p, 10);
    }
    constexpr int timeDigits[] = { 11, 12, 14, 15, 17, 18, 20, 21, 22 };
    int d[9];
    for (int i = 0; i < 9; ++i) {
        d[i] = p[timeDigits[i]] - '0';
        if (unsigned(d[i]) > 9)
            return false;
    }
    const int hour = d[0] * 10 + d[1];
    const int minute = d[2] * 10 + d[3];
    const int second = d[4] * 10 + d[5];
    const int millis = d[6] * 100 + d[7] * 10 + d[8];
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    *time = ((cachedDays * 86400 + hour * 3600 + minute * 60 + second) * 1000 + millis) * 1000;
    return true;
}

TimestampParse parseTimestamp(QByteArrayView text)
{
    TimestampParse result;
    if (parseCanonicalTimestamp(text, &result.time))
        return result;
    Cursor in(text.trimmed());
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;

    if (!in.digits(4, &year) || !in.expect('-') || !in.digits(2, &month) || !in.expect('-')
        || !in.digits(2, &day)) {
        result.error = reason("not an ISO-8601 date (expected YYYY-MM-DD)");
        return result;
    }
    if (!in.expect('T') && !in.expect('t') && !in.expect(' ')) {
        result.error = reason("no time of day after the date (expected 'T')");
        return result;
    }
    if (!in.digits(2, &hour) || !in.expect(':') || !in.digits(2, &minute) || !in.expect(':')
        || !in.digits(2, &second)) {
        result.error = reason("not an ISO-8601 time of day (expected hh:mm:ss)");
        return result;
    }

    qint64 micros = 0;
    if (in.expect('.') || in.expect(',')) {
        int fractionDigits = 0;
        while (in.peek() >= '0' && in.peek() <= '9') {
            if (fractionDigits < 6)
                micros = micros * 10 + (in.peek() - '0');
            ++fractionDigits;
            in.skip();
        }
        if (fractionDigits == 0) {
            result.error = reason("no digits after the decimal point of the seconds");
            return result;
        }
        for (int i = fractionDigits; i < 6; ++i)
            micros *= 10;
    }

    int offsetMinutes = 0;
    if (in.atEnd()) {
        result.assumedUtc = true;
    } else if (in.expect('Z') || in.expect('z')) {
        // UTC
    } else if (in.peek() == '+' || in.peek() == '-') {
        const int sign = in.peek() == '-' ? -1 : 1;
        in.skip();
        int offsetHours = 0, offsetMins = 0;
        if (!in.digits(2, &offsetHours)) {
            result.error = reason("malformed UTC offset (expected +hh:mm)");
            return result;
        }
        const bool colon = in.expect(':');
        if ((colon || !in.atEnd()) && !in.digits(2, &offsetMins)) {
            result.error = reason("malformed UTC offset (expected +hh:mm)");
            return result;
        }
        if (offsetHours > 23 || offsetMins > 59) {
            result.error = reason("UTC offset out of range");
            return result;
        }
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
    }
    if (!in.atEnd()) {
        result.error = reason("unexpected text after the timestamp");
        return result;
    }

    if (month < 1 || month > 12) {
        result.error = reason("month out of range");
        return result;
    }
    if (day < 1 || static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month))) {
        result.error = reason("day out of range for its month");
        return result;
    }
    if (hour > 23 || minute > 59) {
        result.error = reason("time of day out of range");
        return result;
    }
    if (second > 59) {
        // A leap second cannot be placed on a POSIX time line without guessing.
        result.error = reason("seconds out of range (a leap second :60 is not supported)");
        return result;
    }

    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    result.time = seconds * 1000000 + micros;
    return result;
}

QString formatUtc(Micros time)
{
    if (!hasTime(time))
        return QCoreApplication::translate("LagLens::Timestamp", "n/a");

    // Floor division so instants before 1970 format correctly too.
    qint64 seconds = time / 1000000;
    qint64 micros = time % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }

    // Inverse of daysFromCivil.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    QString fraction = QString::number(micros).rightJustified(6, u'0');
    if (micros % 1000 == 0)
        fraction.truncate(3);
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay % 60, 2, 10, QLatin1Char('0'))
        .arg(fraction);
}

QString formatMs(double ms)
{
    const bool whole = ms == static_cast<double>(static_cast<qint64>(ms));
    return QCoreApplication::translate("LagLens::Timestamp", "%1 ms")
        .arg(whole ? QString::number(static_cast<qint64>(ms)) : QString::number(ms, 'f', 1));
}

} // namespace LagLens
