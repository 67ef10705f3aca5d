#include "../models/db/databaseurl.h"

#include <QTest>

using TierDesk::DatabaseUrl;
using TierDesk::Error;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqliteForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("path");
        QTest::newRow("scheme") << "sqlite:/tmp/a.db"
                                << "/tmp/a.db";
        QTest::newRow("scheme-relative") << "sqlite:data/a.sqlite3"
                                         << "data/a.sqlite3";
        QTest::newRow("scheme-slashes") << "sqlite:///tmp/a.db"
                                        << "/tmp/a.db";
        QTest::newRow("bare-db") << "/var/lib/x/demo.db"
                                 << "/var/lib/x/demo.db";
        QTest::newRow("bare-sqlite") << "demo.SQLITE"
                                     << "demo.SQLITE";
        QTest::newRow("spaces-trimmed") << "  sqlite:/tmp/with space.db "
                                        << "/tmp/with space.db";
    }
    void sqliteForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, path);
        auto url = DatabaseUrl::parse(input);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QVERIFY(url->isSqlite());
        QCOMPARE(url->filePath(), path);
    }

    void postgresFullUri()
    {
        auto url
            = DatabaseUrl::parse(QStringLiteral("postgresql://support:s%40cret@db.example.com:6543/"
                                                "affiliates?sslmode=require&connect_timeout=7"));
        QVERIFY(url.ok());
        QVERIFY(url->isPostgres());
        QCOMPARE(url->host(), QStringLiteral("db.example.com"));
        QCOMPARE(url->port(), 6543);
        QCOMPARE(url->databaseName(), QStringLiteral("affiliates"));
        QCOMPARE(url->userName(), QStringLiteral("support"));
        QCOMPARE(url->password(), QStringLiteral("s@cret"));
        QCOMPARE(url->option(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(url->connectTimeoutSeconds(), 7);
        // Secrets never leave memory.
        QVERIFY(!url->toDisplayString().contains(QLatin1String("cret")));
        QVERIFY(!url->toStorableString().contains(QLatin1String("cret")));
        QVERIFY(url->toStorableString().contains(QLatin1String("sslmode=require")));
    }

    void postgresSocketAndService()
    {
        auto socket
            = DatabaseUrl::parse(QStringLiteral("postgresql:///tierdesk?host=/tmp&port=55432"));
        QVERIFY(socket.ok());
        QCOMPARE(socket->host(), QStringLiteral("/tmp"));
        QCOMPARE(socket->port(), 55432);
        QCOMPARE(socket->databaseName(), QStringLiteral("tierdesk"));
        QCOMPARE(socket->connectTimeoutSeconds(), 5); // the default

        auto service = DatabaseUrl::parse(QStringLiteral("postgres://?service=support_ro"));
        QVERIFY(service.ok());
        QCOMPARE(service->option(QStringLiteral("service")), QStringLiteral("support_ro"));
        QVERIFY(service->databaseName().isEmpty());
        QVERIFY(service->toDisplayString().contains(QLatin1String("support_ro")));
    }

    void storableRoundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("tcp")
            << "postgresql://me:pw@h.example:5433/db?sslmode=verify-full&application_name=td";
        QTest::newRow("socket") << "postgresql:///db?host=/run/postgresql&port=5432&user=me";
        QTest::newRow("service") << "postgresql://?service=prod";
        QTest::newRow("sqlite") << "sqlite:/tmp/x.db";
    }
    void storableRoundTrip()
    {
        QFETCH(QString, input);
        auto first = DatabaseUrl::parse(input);
        QVERIFY(first.ok());
        auto second = DatabaseUrl::parse(first->toStorableString());
        QVERIFY2(second.ok(), qPrintable(first->toStorableString()));
        QCOMPARE(second->host(), first->host());
        QCOMPARE(second->port(), first->port());
        QCOMPARE(second->databaseName(), first->databaseName());
        QCOMPARE(second->userName(), first->userName());
        QCOMPARE(
            second->option(QStringLiteral("sslmode")), first->option(QStringLiteral("sslmode")));
        QVERIFY(second->password().isEmpty());
    }

    void libpqOptionsAreQuoted()
    {
        auto url = DatabaseUrl::parse(QStringLiteral(
            "postgresql://h/db?sslrootcert=/etc/my%20certs/ca'1.pem&application_name=x"));
        QVERIFY(url.ok());
        const auto options = url->libpqOptions();
        bool found = false;
        for (const auto &[key, value] : options) {
            if (key == QLatin1String("sslrootcert")) {
                QCOMPARE(value, QStringLiteral("'/etc/my certs/ca\\'1.pem'"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "No database";
        QTest::newRow("unknown-scheme") << "mysql://root@localhost/db"
                                        << "mysql";
        QTest::newRow("not-a-url") << "affiliates"
                                   << "affiliates";
        QTest::newRow("bad-port") << "postgresql:///db?port=99999"
                                  << "99999";
        QTest::newRow("bad-port-word") << "postgresql:///db?port=abc"
                                       << "abc";
        QTest::newRow("bad-sslmode") << "postgresql://h/db?sslmode=maybe"
                                     << "maybe";
        QTest::newRow("unknown-param") << "postgresql://h/db?sslmdoe=require"
                                       << "sslmdoe";
        QTest::newRow("bad-timeout") << "postgresql://h/db?connect_timeout=soon"
                                     << "soon";
        QTest::newRow("several-hosts") << "postgresql://a,b/db"
                                       << "malformed";
        QTest::newRow("sqlite-no-file") << "sqlite:"
                                        << "no file";
        QTest::newRow("nothing-to-connect-to") << "postgresql://h"
                                               << "names no database";
    }
    void badInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        auto url = DatabaseUrl::parse(input);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, Error::Kind::Usage);
        QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
        // One sentence: no line breaks.
        QVERIFY(!url.error().message.contains(QLatin1Char('\n')));
    }

    // No message ever echoes a password, however the input is broken.
    void passwordsAreNeverEchoed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("bad-port") << "postgresql://support:S3cretPW@db.example.com:99999/app";
        QTest::newRow("bad-host") << "postgresql://support:S3cretPW@[::1/app";
        QTest::newRow("parameter") << "postgresql://u@h/app?password=S3cretPW&sslmode=bogus";
        QTest::newRow("unknown-key") << "postgresql://support:S3cretPW@h/app?bogus=S3cretPW";
        QTest::newRow("no-scheme") << "support:S3cretPW@db.example.com";
    }
    void passwordsAreNeverEchoed()
    {
        QFETCH(QString, input);
        auto url = DatabaseUrl::parse(input);
        QVERIFY(!url);
        QVERIFY2(!url.error().message.contains(QLatin1String("S3cretPW")),
            qPrintable(url.error().message));
        QVERIFY(!url.error().message.contains(QLatin1Char('\n')));
    }

    // A database and the hot standby to read from, as every way in gives them (the
    // CLI's --read-db, the window's --read-db, the connection dialog, a recent
    // database): one parse, one sentence for a bad standby, never its password.
    void databaseAndStandby()
    {
        const QString primary = QStringLiteral("postgresql:///app?host=/run/pg&port=5432");
        auto none = DatabaseUrl::parse(primary, QStringLiteral("  "));
        QVERIFY(none);
        QVERIFY(!none->standby());

        auto both = DatabaseUrl::parse(
            primary, QStringLiteral(" postgresql:///app?host=/run/standby&port=5433 "));
        QVERIFY(both);
        QVERIFY(both->standby());
        QCOMPARE(both->standby()->port(), 5433);
        QCOMPARE(both->port(), 5432);

        auto bad = DatabaseUrl::parse(
            primary, QStringLiteral("postgresql://u:S3cretPW@standby/app?sslmode=maybe"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Usage);
        QVERIFY2(bad.error().message.startsWith(QLatin1String("The standby to read from: "))
                && bad.error().message.contains(QLatin1String("maybe")),
            qPrintable(bad.error().message));
        QVERIFY(!bad.error().message.contains(QLatin1String("S3cretPW")));
        QVERIFY(!bad.error().message.contains(QLatin1Char('\n')));

        // A bad database is reported as itself, whatever the standby.
        auto badPrimary = DatabaseUrl::parse(QStringLiteral("mysql://h/db"), primary);
        QVERIFY(!badPrimary);
        QVERIFY(badPrimary.error().message.contains(QLatin1String("mysql")));
        QVERIFY(!badPrimary.error().message.startsWith(QLatin1String("The standby")));

        // SQLite has no standby.
        auto sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/a.db"), primary);
        QVERIFY(!sqlite);
        QVERIFY2(sqlite.error().message.contains(QLatin1String("Only a PostgreSQL database")),
            qPrintable(sqlite.error().message));
    }

    void redacted()
    {
        QCOMPARE(DatabaseUrl::redacted(QStringLiteral("postgresql://a:b@h/db")),
            QStringLiteral("postgresql://a:***@h/db"));
        QCOMPARE(DatabaseUrl::redacted(QStringLiteral("host=h password='x y' user=u")),
            QStringLiteral("host=h password=*** user=u"));
        QCOMPARE(DatabaseUrl::redacted(QStringLiteral("?PASSWORD=x&sslmode=require")),
            QStringLiteral("?PASSWORD=***&sslmode=require"));
        QCOMPARE(DatabaseUrl::redacted(QStringLiteral("sqlite:/tmp/a.db")),
            QStringLiteral("sqlite:/tmp/a.db"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
