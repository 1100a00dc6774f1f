#include "timestamp.h"

#include <QTest>

using namespace LagLens;

// Expected instants are microseconds since the epoch, worked out from the calendar:
// 2026-02-12 is day 20496 after 1970-01-01 (56 years, 14 of them leap, plus 42 days).
class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void formatsUtc();
};

static constexpr qint64 kDay20496 = qint64(20496) * 86400 * 1000000;

void TestTimestamp::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("assumedUtc");

    const qint64 at024642 = kDay20496 + qint64(2 * 3600 + 46 * 60 + 42) * 1000000;
    QTest::addRow("milliseconds and Z") << QByteArray("2026-02-12T02:46:42.287Z") << at024642 + 287000 << false;
    QTest::addRow("no fraction") << QByteArray("2026-02-12T02:46:42Z") << at024642 << false;
    QTest::addRow("one digit") << QByteArray("2026-02-12T02:46:42.5Z") << at024642 + 500000 << false;
    QTest::addRow("microseconds") << QByteArray("2026-02-12T02:46:42.123456Z") << at024642 + 123456 << false;
    QTest::addRow("nanoseconds are cut to microseconds") << QByteArray("2026-02-12T02:46:42.123456789Z")
                                                         << at024642 + 123456 << false;
    QTest::addRow("offset +10:00") << QByteArray("2026-02-12T12:46:42.287+10:00") << at024642 + 287000 << false;
    QTest::addRow("offset -0330") << QByteArray("2026-02-11T23:16:42.287-0330") << at024642 + 287000 << false;
    QTest::addRow("offset crossing midnight") << QByteArray("2026-02-12T00:46:42.287-02:00") << at024642 + 287000 << false;
    QTest::addRow("no zone is read as UTC") << QByteArray("2026-02-12T02:46:42.287") << at024642 + 287000 << true;
    QTest::addRow("space separator") << QByteArray("2026-02-12 02:46:42.287Z") << at024642 + 287000 << false;
    QTest::addRow("surrounding blanks") << QByteArray("  2026-02-12T02:46:42.287Z ") << at024642 + 287000 << false;
    QTest::addRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0) << false;
    QTest::addRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(19782) * 86400 * 1000000 << false;
    QTest::addRow("before the epoch") << QByteArray("1969-12-31T23:59:59.5Z") << qint64(-500000) << false;
}

void TestTimestamp::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QFETCH(bool, assumedUtc);
    const TimestampParse result = parseTimestamp(text);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.time, expected);
    QCOMPARE(result.assumedUtc, assumedUtc);
}

void TestTimestamp::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("empty") << QByteArray("");
    QTest::addRow("n/a") << QByteArray("n/a");
    QTest::addRow("words") << QByteArray("not a time");
    QTest::addRow("February 30") << QByteArray("2026-02-30T10:00:00Z");
    QTest::addRow("February 29 of a common year") << QByteArray("2026-02-29T10:00:00Z");
    QTest::addRow("month 13") << QByteArray("2026-13-01T10:00:00Z");
    QTest::addRow("hour 24") << QByteArray("2026-03-01T24:00:00Z");
    QTest::addRow("leap second") << QByteArray("2026-03-01T10:00:60Z");
    QTest::addRow("minute 60") << QByteArray("2026-03-01T10:60:00Z");
    QTest::addRow("dot without digits") << QByteArray("2026-03-01T10:00:00.Z");
    QTest::addRow("trailing text") << QByteArray("2026-03-01T10:00:00Zjunk");
    QTest::addRow("offset hours 24") << QByteArray("2026-03-01T10:00:00+24:00");
    QTest::addRow("five-digit year") << QByteArray("20260-03-01T10:00:00Z");
    QTest::addRow("date only") << QByteArray("2026-03-01");
}

void TestTimestamp::rejects()
{
    QFETCH(QByteArray, text);
    const TimestampParse result = parseTimestamp(text);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!hasTime(result.time));
}

void TestTimestamp::formatsUtc()
{
    const qint64 at = kDay20496 + qint64(2 * 3600 + 46 * 60 + 42) * 1000000 + 287000;
    QCOMPARE(formatUtc(at), QStringLiteral("2026-02-12T02:46:42.287Z"));
    QCOMPARE(formatUtc(at + 1), QStringLiteral("2026-02-12T02:46:42.287001Z"));
    QCOMPARE(formatUtc(-500000), QStringLiteral("1969-12-31T23:59:59.500Z"));
    QCOMPARE(formatUtc(kNoTime), QStringLiteral("n/a"));
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
