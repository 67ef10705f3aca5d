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
    }

private:
    QString db() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
