// Runs the tierdesk GUI with --screenshot on a demo database, in English and German.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void germanCatalogueIsComplete()
    {
        QFile ts(QStringLiteral(TIERDESK_SOURCE_DIR "/translations/tierdesk_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 50);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"obsolete\""), 0);
        QCOMPARE(text.count("type=\"vanished\""), 0);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess init;
        init.start(QStringLiteral(TIERDESK_CLI_PATH), {"init", "--db", db(), "--demo"});
        QVERIFY(init.waitForFinished(120000));
        QCOMPARE(init.exitCode(), 0);
    }

    void writesPng_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("extra");
        for (const char *lang : {"en", "de"}) {
            QTest::addRow("%s-affiliates", lang) << lang << QStringList{"--affiliate", "gretaeats"};
            QTest::addRow("%s-audit", lang) << lang << QStringList{"--view", "audit"};
            QTest::addRow("%s-beacons", lang) << lang << QStringList{"--view", "beacons"};
        }
    }
    void writesPng()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess gui;
        gui.start(QStringLiteral(TIERDESK_GUI_PATH),
            QStringList{"--db", db(), "--screenshot", png, "--lang", lang, "--size", "1000x640"}
                + extra);
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 640));
        // Not a blank window: the table drew rows of text.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    // --help and --version print and exit 0 on a machine without a display,
    // in the language asked for.
    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("says");
        QTest::newRow("version") << QStringList{"--version"} << "C.UTF-8"
                                 << "TierDesk 0.1";
        QTest::newRow("help") << QStringList{"--help"} << "C.UTF-8"
                              << "--screenshot <file>";
        QTest::newRow("help-lang-de") << QStringList{"--help", "--lang", "de"} << "C.UTF-8"
                                      << "Fenster als PNG speichern";
        QTest::newRow("help-LANG-de") << QStringList{"-h"} << "de_DE.UTF-8"
                                      << "Optionen:";
    }
    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QString, says);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
            {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(TIERDESK_GUI_PATH), arguments);
        QVERIFY(gui.waitForFinished(60000));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(out.contains(says), qPrintable(out));
        QVERIFY2(gui.readAllStandardError().isEmpty(), "stderr stays empty");
    }

    void refusesBadInput()
    {
        QTemporaryDir dir;
        // A database that cannot be opened: one sentence, exit 4, no PNG.
        const QString nothing = dir.filePath(QStringLiteral("none.png"));
        QProcess bad;
        bad.start(QStringLiteral(TIERDESK_GUI_PATH),
            {"--db", dir.filePath("missing.db"), "--screenshot", nothing});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 4);
        QVERIFY(!QFile::exists(nothing));

        QProcess unknown;
        unknown.start(QStringLiteral(TIERDESK_GUI_PATH),
            {"--db", db(), "--screenshot", nothing, "--affiliate", "nobody-has-this-handle"});
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 3);
        QVERIFY(!QFile::exists(nothing));

        QProcess badView;
        badView.start(QStringLiteral(TIERDESK_GUI_PATH),
            {"--db", db(), "--screenshot", nothing, "--view", "sideways"});
        QVERIFY(badView.waitForFinished(60000));
        QCOMPARE(badView.exitCode(), 2);

        // A size no screen has is a usage error, not thousands of painter warnings.
        QProcess huge;
        huge.start(QStringLiteral(TIERDESK_GUI_PATH),
            {"--db", db(), "--screenshot", nothing, "--size", "100000x100000"});
        QVERIFY(huge.waitForFinished(60000));
        QCOMPARE(huge.exitCode(), 2);
        QVERIFY(!QFile::exists(nothing));
    }

    // --measure ends with the backfill's refusal when the backfill cannot commit,
    // instead of waiting for a batch that never comes.
    void measureEndsWhenTheBackfillFails()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("measure.db"));
        QVERIFY(QFile::copy(db(), copy));
        {
            QSqlDatabase sandbox = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "measure");
            sandbox.setDatabaseName(copy);
            QVERIFY(sandbox.open());
            QSqlQuery trigger(sandbox);
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE TRIGGER boom BEFORE UPDATE OF status ON tier_events "
                               "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")));
            sandbox.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("measure"));
        QProcess measure;
        measure.start(QStringLiteral(TIERDESK_GUI_PATH), {"--db", copy, "--measure"});
        QVERIFY(measure.waitForFinished(120000));
        QCOMPARE(measure.exitCode(), 3);
        const QString out = QString::fromUtf8(measure.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("did not commit"))
                && out.contains(QLatin1String("test trigger")),
            qPrintable(out));
    }

private:
    QString db() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
