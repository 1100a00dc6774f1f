#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every .ts file in translations/ is complete and keeps what the program fills in, and the
// German one is what a German user sees.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void noMessageIsMissingFromTheFiles_data();
    void noMessageIsMissingFromTheFiles();
    void germanIsUsedWhenAskedFor_data();
    void germanIsUsedWhenAskedFor();
};

static QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

static int accelerators(const QString &text)
{
    return int(QString(text).remove(QStringLiteral("&&")).count(u'&'));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(LAGLENS_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") });
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context, source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString where = context + QStringLiteral(": ") + source.left(60);
            if (type == u"unfinished" || text.isEmpty())
                problems.append(QStringLiteral("unfinished: ") + where);
            else if (type != u"vanished" && type != u"obsolete" && placeholders(text) != placeholders(source))
                problems.append(QStringLiteral("placeholders differ: ") + where);
            else if (type != u"vanished" && type != u"obsolete" && accelerators(text) != accelerators(source))
                problems.append(QStringLiteral("accelerators differ: ") + where);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems, first: ")
                                            + problems.value(0)));
}

void TestTranslations::noMessageIsMissingFromTheFiles_data()
{
    everyMessageIsTranslated_data();
}

// A message added to the sources but never brought into a .ts file would show in English: run
// lupdate on a copy of each file and expect nothing new to translate.
void TestTranslations::noMessageIsMissingFromTheFiles()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    QProcess lupdate;
    const QString root = QStringLiteral(LAGLENS_SOURCE_DIR);
    lupdate.start(QStringLiteral(LAGLENS_LUPDATE),
                  { root + QStringLiteral("/core"), root + QStringLiteral("/widgets"), root + QStringLiteral("/app"),
                    QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-ts"), copy });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile ts(copy);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"translation"
                 && xml.attributes().value(QLatin1String("type")) == u"unfinished")
            missing.append(source.left(60));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QString::number(missing.size())
                        + QStringLiteral(" messages not in the file (cmake --build --preset dev --target "
                                         "update_translations, then translate them); first: ")
                        + missing.value(0)));
}

void TestTranslations::germanIsUsedWhenAskedFor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale"); // LC_ALL for the process
    const QString log = QStringLiteral(LAGLENS_TEST_DATA "/broken-lines.log");
    QTest::addRow("--lang de") << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--summary"), log }
                               << QStringLiteral("C.UTF-8");
    QTest::addRow("German system language") << QStringList { QStringLiteral("--summary"), log } << QStringLiteral("de_DE.UTF-8");
}

void TestTranslations::germanIsUsedWhenAskedFor()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LAGLENS_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    // The diagnostic of line 4 ("not a key=value line, ignored") is in German, not English.
    QVERIFY(!out.contains(QLatin1String("not a key=value line, ignored")));
    QVERIFY2(out.contains(QStringLiteral("keine key=value-Zeile, ignoriert")), qPrintable(out.left(400)));
    QVERIFY2(out.contains(QLatin1String("\"line\": 4")), qPrintable(out.left(400)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
