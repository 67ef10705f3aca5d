// Runs the tierdesk GUI with --screenshot on a demo database, in English and German.
#include <QFile>
#include <QImage>
#include <QProcess>
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

    void writesPng_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }
    void writesPng()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        QProcess init;
        init.start(QStringLiteral(TIERDESK_CLI_PATH), {"init", "--db", db, "--demo"});
        QVERIFY(init.waitForFinished(120000));
        QCOMPARE(init.exitCode(), 0);

        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess gui;
        gui.start(QStringLiteral(TIERDESK_GUI_PATH),
                  {"--db", db, "--screenshot", png, "--lang", lang, "--size", "1000x640"});
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

        // A database that cannot be opened: one sentence, exit 4, no PNG.
        const QString nothing = dir.filePath(QStringLiteral("none.png"));
        QProcess bad;
        bad.start(QStringLiteral(TIERDESK_GUI_PATH), {"--db", dir.filePath("missing.db"), "--screenshot", nothing});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 4);
        QVERIFY(!QFile::exists(nothing));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
