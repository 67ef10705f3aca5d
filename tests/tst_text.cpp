// Text from outside on its way to a person, without a database: sentences that
// never read a value as a pattern, terminal and letter text without control
// codes, isolated bidirectional text, elided labels, lookalike handles, and CSV
// cells that a spreadsheet cannot run as formulas but TierDesk reads back exactly,
// JSON written as it goes that is byte for byte QJsonDocument's, and times in
// the reports' form.
#include "../models/common/csv.h"
#include "../models/common/jsonwriter.h"
#include "../models/common/text.h"
#include "../models/db/sqldialect.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace TierDesk;

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreNeverPatterns()
    {
        const QString agent = QStringLiteral("Undo Agent %1 %2");
        QCOMPARE(QStringLiteral("Batch %1 by %2: undo of batch %3.")
                     .arg(Text::of(7), agent, Text::of(5)),
            QStringLiteral("Batch 7 by Undo Agent %1 %2: undo of batch 5."));
        // What chained arg() did with the same values.
        QCOMPARE(QStringLiteral("Batch %1 by %2: undo of batch %3.").arg(7).arg(agent).arg(5),
            QStringLiteral("Batch 7 by Undo Agent 5 %2: undo of batch %3."));
        QCOMPARE(Text::of(qint64(-42)), QStringLiteral("-42"));
    }

    // Whatever a name holds, the streamed JSON is QJsonDocument's compact form of it.
    void jsonWriterIsQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("gretaeats");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a\"b\\c\\\"");
        QTest::newRow("control codes") << QStringLiteral("bell\a esc\x1b[31m nul") + QChar(0)
                + QStringLiteral("\b\f\n\r\t\x1f\x7f");
        QTest::newRow("letters beyond ASCII") << QStringLiteral("Müller Yılmaz 東京 🍕 \u202eevil");
        QTest::newRow("escapes after letters beyond ASCII")
            << QStringLiteral("Groß\"\\\n") + QChar(0x1b) + QStringLiteral("[0m é");
        QTest::newRow("lone surrogate")
            << QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
        QTest::newRow("lone surrogate after letters beyond ASCII")
            << QStringLiteral("a\"ü") + QChar(0xdc00);
        QTest::newRow("empty") << QString();
    }
    void jsonWriterIsQJsonDocument()
    {
        QFETCH(QString, text);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            JsonWriter json(&buffer);
            json.beginObject();
            json.key(QLatin1StringView("a"));
            json.value(text);
            json.key(QLatin1StringView("b"));
            json.beginArray();
            json.value(qint64(9007199254740993)); // past a double's exact integers
            json.value(-1);
            json.value(std::optional<int>());
            json.value(std::optional<int>(25));
            json.value(true);
            json.beginObject();
            json.endObject();
            json.beginArray();
            json.endArray();
            json.endArray();
            json.key(QLatin1StringView("c"));
            json.raw(QByteArrayLiteral("{\"x\":1}"));
            json.endObject();
            QVERIFY(json.finish());
        }
        const QJsonObject expected{{QStringLiteral("a"), text},
            {QStringLiteral("b"),
                QJsonArray{qint64(9007199254740993), -1, QJsonValue(QJsonValue::Null), 25, true,
                    QJsonObject(), QJsonArray()}},
            {QStringLiteral("c"), QJsonObject{{QStringLiteral("x"), 1}}}};
        QCOMPARE(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(buffer.data()).object().value("a").toString(), text);
    }

    // Times as the reports write them are Qt's ISO form in UTC, whatever the day.
    void timeTextIsQtsIsoDate()
    {
        QList<QDateTime> times{QDateTime(), QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(-1, QTimeZone::utc()),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(0, 12, 31), QTime(12, 0), QTimeZone::utc()),
            QDateTime(QDate(-44, 3, 15), QTime(12, 0), QTimeZone::utc()),
            QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(3600 * 14)),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 7), QTimeZone(-3600 * 9 - 1800))};
        // A fixed seed: the same instants on every run, spread over years 1-9999.
        QRandomGenerator random(20261207);
        const qint64 first
            = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc())
                                .toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i)
            times.append(QDateTime::fromMSecsSinceEpoch(
                first + qint64(random.bounded(double(last - first))), QTimeZone::utc()));
        for (const QDateTime &time : std::as_const(times))
            QCOMPARE(SqlDialect::timeText(time), time.toUTC().toString(Qt::ISODateWithMs));
    }

    void printableForTerminals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("gretaeats") << QStringLiteral("gretaeats");
        QTest::newRow("newline makes a fake line")
            << QStringLiteral("x\n2026-01-22 batch 9 committed")
            << QStringLiteral("x\\n2026-01-22 batch 9 committed");
        QTest::newRow("ANSI colour")
            << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("\\u001b[31mred\\u001b[0m");
        QTest::newRow("carriage return")
            << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\rFAKE");
        QTest::newRow("NUL and BEL") << QString(QStringLiteral("a") + QChar(0) + QChar(7))
                                     << QStringLiteral("a\\u0000\\u0007");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) << QStringLiteral("\\u009b");
        QTest::newRow("right-to-left override")
            << QString(QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("txt.exe"))
            << QStringLiteral("evil\\u202etxt.exe");
        QTest::newRow("zero width joiner")
            << QString(QStringLiteral("greta") + QChar(0x200d) + QStringLiteral("eats"))
            << QStringLiteral("greta\\u200deats");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
        QTest::newRow("German and Turkish letters stay") << QStringLiteral(
            "Bahar Aydın, Jürgen Groß") << QStringLiteral("Bahar Aydın, Jürgen Groß");
        QTest::newRow("emoji stays") << QStringLiteral("🍜 ramen") << QStringLiteral("🍜 ramen");
    }

    void printableForTerminals()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Text::printable(input), expected);
    }

    void lettersKeepTheirOwnLines()
    {
        QCOMPARE(Text::printable(QStringLiteral("Dear Greta,\n\x1b]0;x\x07"), true),
            QStringLiteral("Dear Greta,\n\\u001b]0;x\\u0007"));
    }

    void isolatedForTheWindow()
    {
        const QString name
            = QStringLiteral("@bad") + QChar(0x202e) + QStringLiteral("stae") + QChar(0);
        const QString shown = Text::isolated(name);
        QCOMPARE(shown.front(), QChar(0x2068));
        QCOMPARE(shown.back(), QChar(0x2069));
        QVERIFY(shown.contains(QChar(0x202e))); // closed by the isolate, not lost
        QVERIFY(!shown.contains(QChar(0)));
        QVERIFY(shown.contains(QLatin1String("\\u0000")));
    }

    void elided()
    {
        const QString longName(10000, QLatin1Char('W'));
        const QString cut = Text::elided(longName, 80);
        QCOMPARE(cut.size(), 80);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(Text::elided(QStringLiteral("Greta"), 80), QStringLiteral("Greta"));
        // A surrogate pair is never cut in half.
        QString emoji;
        for (int i = 0; i < 50; ++i)
            emoji += QStringLiteral("🍜");
        const QString emojiCut = Text::elided(emoji, 10);
        QVERIFY(!emojiCut.at(emojiCut.size() - 2).isHighSurrogate());
    }

    void lookalikes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("flagged");
        QTest::newRow("plain") << QStringLiteral("gretaeats") << QStringList();
        QTest::newRow("Turkish dotless i is Latin")
            << QStringLiteral("bahar.aydın") << QStringList();
        QTest::newRow("Cyrillic e among Latin")
            << QString(QStringLiteral("gr") + QChar(0x0435) + QStringLiteral("taeats"))
            << QStringList{QStringLiteral("U+0435")};
        QTest::newRow("zero width joiner")
            << QString(QStringLiteral("greta") + QChar(0x200d) + QStringLiteral("eats"))
            << QStringList{QStringLiteral("U+200D")};
        QTest::newRow("zero width space")
            << QString(QStringLiteral("greta") + QChar(0x200b) + QStringLiteral("eats"))
            << QStringList{QStringLiteral("U+200B")};
        QTest::newRow("override") << QString(QChar(0x202e) + QStringLiteral("stae"))
                                  << QStringList{QStringLiteral("U+202E")};
        QTest::newRow("all Cyrillic is one script") << QStringLiteral("гретаитс") << QStringList();
    }

    void lookalikes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, flagged);
        QCOMPARE(Text::suspiciousCodePoints(text), flagged);
    }

    void csvCellsAreNeverFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("neutralised");
        QTest::newRow("=HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x\",\"click\")") << true;
        QTest::newRow("+1+1") << QStringLiteral("+1+1") << true;
        QTest::newRow("-2+3") << QStringLiteral("-2+3") << true;
        QTest::newRow("@SUM") << QStringLiteral("@SUM(1,1)") << true;
        QTest::newRow("handle") << QStringLiteral("@gretaeats") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << true;
        QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << true;
        QTest::newRow("full-width equals")
            << QString(QChar(0xff1d) + QStringLiteral("1+1")) << true;
        QTest::newRow("apostrophe") << QStringLiteral("'quoted'") << true;
        QTest::newRow("negative money") << QStringLiteral("-1516.50") << false;
        QTest::newRow("negative German") << QStringLiteral("-1.516,50") << false;
        QTest::newRow("name") << QStringLiteral("Greta Brandt") << false;
        QTest::newRow("comma") << QStringLiteral("a,b") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void csvCellsAreNeverFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(bool, neutralised);
        const QString written = Csv::field(cell);
        // What a spreadsheet sees once the quotes are taken off: never a formula lead.
        QString seen = written;
        if (seen.startsWith(QLatin1Char('"')))
            seen = seen.mid(1).chopped(1);
        const bool formula = !seen.isEmpty() && QStringLiteral("=+-@\t\r").contains(seen.front())
            && seen != QStringLiteral("-1516.50") && seen != QStringLiteral("-1.516,50");
        QVERIFY2(!formula, qPrintable(written));
        QCOMPARE(written.startsWith(QStringLiteral("\"'")), neutralised);
        // TierDesk's own reader gets the text back exactly, in a row of several cells.
        const QString line
            = Csv::field(cell) + QLatin1Char(',') + Csv::field(cell) + QStringLiteral("\r\n");
        QCOMPARE(Csv::parse(line), (QList<QStringList>{{cell, cell}}));
        // The same with the semicolon a German spreadsheet splits on.
        const QString semicolons = Csv::field(cell, QLatin1Char(';')) + QLatin1Char(';')
            + Csv::field(cell + QStringLiteral(";x"), QLatin1Char(';')) + QStringLiteral("\r\n");
        QCOMPARE(Csv::parse(semicolons, QLatin1Char(';')),
            (QList<QStringList>{{cell, cell + QStringLiteral(";x")}}));
        QCOMPARE(Csv::separatorFor(QLocale(QLocale::German)), QLatin1Char(';'));
        QCOMPARE(Csv::separatorFor(QLocale(QLocale::English)), QLatin1Char(','));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
