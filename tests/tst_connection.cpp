#include "../models/db/connection.h"
#include "../models/db/databaseworker.h"
#include "../models/db/freshanswers.h"
#include "../models/schema/schema.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace TierDesk;

namespace {

qint64 countRows(const Connection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// A TCP port on 127.0.0.1 that completes handshakes but never answers: libpq
// waits there until connect_timeout.
class SilentListener
{
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 16);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyRefusesWrites_data() { TestDatabase::addEngines(); }
    void readOnlyRefusesWrites()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        {
            auto writer = Connection::open(db.url(), Connection::Mode::Create);
            QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error().message));
            QVERIFY(Schema::initialize(**writer).ok());
        }
        auto reader = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QVERIFY(!(*reader)->isWritable());
        auto insert = (*reader)->prepare(QStringLiteral(
            "INSERT INTO affiliate_profiles (id, handle, commission_rate) VALUES (?, ?, 20)"));
        QVERIFY(insert.ok());
        insert->addBindValue(QStringLiteral("7d0e4a3c-8a3b-4a56-9d55-5e1d2f7c9a01"));
        insert->addBindValue(QStringLiteral("sneaky"));
        auto result = Connection::exec(*insert);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY2(result.error().message.contains(QLatin1String("read-only")),
            qPrintable(result.error().message));
        QCOMPARE(countRows(**reader, QStringLiteral("affiliate_profiles")), 0);
        // DDL is refused too.
        QVERIFY(!(*reader)->exec(QStringLiteral("CREATE TABLE sneaky (x INTEGER)")).ok());
    }

    // A kept statement is the same one on the next call with the same text, and stays
    // usable while its caller holds it, even when the connection lets its kept
    // statements go (a search typed letter by letter makes many new texts).
    void keptStatementsOutliveTheirTurn_data() { TestDatabase::addEngines(); }
    void keptStatementsOutliveTheirTurn()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Connection::open(db.url(), Connection::Mode::Create);
        QVERIFY(c);
        const QString text = QStringLiteral("SELECT CAST(? AS INTEGER) + 1");
        auto held = (*c)->cached(text);
        QVERIFY(held);
        auto again = (*c)->cached(text);
        QVERIFY(again);
        QCOMPARE(again->get(), held->get());
        for (int i = 0; i < 100; ++i) {
            auto other = (*c)->cached(QStringLiteral("SELECT %1 + CAST(? AS INTEGER)").arg(i));
            QVERIFY(other);
            (*other)->bindValue(0, i);
            QVERIFY(Connection::exec(**other));
            QVERIFY((*other)->next());
            QCOMPARE((*other)->value(0).toInt(), 2 * i);
            (*other)->finish();
        }
        QSqlQuery &query = **held;
        query.bindValue(0, 41);
        QVERIFY(Connection::exec(query));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 42);
        query.finish();
    }

    void readWriteWrites_data() { TestDatabase::addEngines(); }
    void readWriteWrites()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto writer = Connection::open(db.url(), Connection::Mode::Create);
        QVERIFY(writer.ok());
        QVERIFY(Schema::initialize(**writer).ok());
        QVERIFY((*writer)
                    ->exec(QStringLiteral(
                        "INSERT INTO affiliate_profiles (id, handle, commission_rate) VALUES "
                        "('7d0e4a3c-8a3b-4a56-9d55-5e1d2f7c9a01', 'ok', 20)"))
                    .ok());
        QCOMPARE(countRows(**writer, QStringLiteral("affiliate_profiles")), 1);
        if (engine == QLatin1String("sqlite")) {
            QSqlQuery mode((*writer)->database());
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
            // A commit that reported success survives a power cut: WAL's NORMAL
            // (1) would let the last commits roll back; FULL (2) syncs each one.
            QVERIFY(mode.exec(QStringLiteral("PRAGMA synchronous")) && mode.next());
            QCOMPARE(mode.value(0).toInt(), 2);
        }
    }

    void missingSqliteFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.db"));
        for (auto mode : {Connection::Mode::ReadOnly, Connection::Mode::ReadWrite}) {
            auto connection = Connection::open(DatabaseUrl::sqlite(path), mode);
            QVERIFY(!connection.ok());
            QCOMPARE(connection.error().kind, Error::Kind::Connect);
            QVERIFY2(connection.error().message.contains(QLatin1String("does not exist")),
                qPrintable(connection.error().message));
            QVERIFY(!QFile::exists(path));
        }
    }

    void corruptSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is a spreadsheet, not a database\n").repeated(200);
        file.write(junk);
        file.close();
        for (auto mode : {Connection::Mode::ReadOnly, Connection::Mode::ReadWrite}) {
            auto connection = Connection::open(DatabaseUrl::sqlite(path), mode);
            QVERIFY(!connection.ok());
            QCOMPARE(connection.error().kind, Error::Kind::Connect);
            QVERIFY2(connection.error().message.contains(QLatin1String("not a SQLite database")),
                qPrintable(connection.error().message));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk); // untouched
    }

    // The window's readers cancel a runaway statement with a sentence (exit 4 kind),
    // and a lost backend is named as a lost connection, not as a refused query.
    // A hot standby (scripts/test streams one from the test cluster): it reads what the
    // primary committed, and a session that would write is refused with one sentence
    // before anything is tried.
    void standbyReadsButRefusesWrites()
    {
        TD_REQUIRE_STANDBY();
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        {
            auto c = Connection::open(db.url(), Connection::Mode::Create);
            QVERIFY(c);
            QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE seen (n INTEGER)")));
            QVERIFY((*c)->exec(QStringLiteral("INSERT INTO seen VALUES (42)")));
        }
        // The same database on the standby, once it has replayed what the primary wrote.
        const QString caughtUp = TestDatabase::waitForStandby();
        QVERIFY2(caughtUp.isEmpty(), qPrintable(caughtUp));
        auto standbyUrl = DatabaseUrl::parse(db.standbyUrlString());
        QVERIFY(standbyUrl);
        {
            auto r = Connection::open(*standbyUrl, Connection::Mode::ReadOnly);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QSqlQuery q((*r)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT n FROM seen")) && q.next());
            QCOMPARE(q.value(0).toInt(), 42);
        }

        for (Connection::Mode mode : {Connection::Mode::ReadWrite, Connection::Mode::Create}) {
            auto w = Connection::open(*standbyUrl, mode);
            QVERIFY(!w);
            QCOMPARE(w.error().kind, Error::Kind::Connect);
            QVERIFY2(w.error().message.contains(QLatin1String("standby server"))
                    && w.error().message.contains(QLatin1String("primary")),
                qPrintable(w.error().message));
        }
    }

    void statementTimeoutAndLostConnection()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(c);
        QVERIFY((*c)->limitStatements(200));
        auto slow = (*c)->exec(QStringLiteral("SELECT pg_sleep(5)"));
        QVERIFY(!slow);
        QCOMPARE(slow.error().kind, Error::Kind::Connect);
        QVERIFY2(slow.error().message.contains(QLatin1String("statement timeout")),
            qPrintable(slow.error().message));

        QSqlQuery pid((*c)->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const int backend = pid.value(0).toInt();
        pid.finish();
        auto admin = Connection::open(db.url(), Connection::Mode::ReadWrite);
        QVERIFY(admin);
        QSqlQuery kill((*admin)->database());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        auto lost = (*c)->exec(QStringLiteral("SELECT 1"));
        QVERIFY(!lost);
        QCOMPARE(lost.error().kind, Error::Kind::Connect);
        QVERIFY2(
            lost.error().message.contains(QLatin1String("connection to the database was lost")),
            qPrintable(lost.error().message));
    }

    // A lock timeout names who holds the lock, for the window as for the CLI.
    void lockTimeoutNamesTheHolder()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto holder = Connection::open(db.url(), Connection::Mode::Create);
        QVERIFY(holder);
        QVERIFY(Schema::initialize(**holder));
        QVERIFY((*holder)->exec(QStringLiteral("BEGIN")));
        QVERIFY((*holder)->exec(QStringLiteral("LOCK TABLE tier_events IN ACCESS EXCLUSIVE MODE")));
        auto waiter = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(waiter);
        QVERIFY((*waiter)->exec(QStringLiteral("SET lock_timeout = 300")));
        auto blocked = (*waiter)->exec(QStringLiteral("SELECT COUNT(*) FROM tier_events"));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().reason, Error::Reason::LockTimeout);
        const Error named = Connection::withLockHolders(db.url(), blocked.error());
        QCOMPARE(named.kind, Error::Kind::Connect);
        QVERIFY2(named.message.contains(QLatin1String("Held: tier_events by process"))
                && named.message.contains(QLatin1String("AccessExclusiveLock")),
            qPrintable(named.message));
        QVERIFY((*holder)->exec(QStringLiteral("ROLLBACK")));
    }

    void refusedPort()
    {
        int port = 0;
        {
            SilentListener listener; // take a free port, then free it again
            port = listener.port();
        }
        auto url
            = DatabaseUrl::parse(QStringLiteral("postgresql://tierdesk@127.0.0.1:%1/db").arg(port));
        QVERIFY(url.ok());
        auto connection = Connection::open(*url, Connection::Mode::ReadOnly);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().kind, Error::Kind::Connect);
        QVERIFY(connection.error().message.startsWith(
            QLatin1String("Cannot connect to PostgreSQL db")));
        QVERIFY(!connection.error().message.contains(QLatin1Char('\n')));
    }

    void unresponsiveServerTimesOut()
    {
        SilentListener listener;
        auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://tierdesk@127.0.0.1:%1/db?connect_timeout=2")
                .arg(listener.port()));
        QVERIFY(url.ok());
        QElapsedTimer timer;
        timer.start();
        auto connection = Connection::open(*url, Connection::Mode::ReadOnly);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().kind, Error::Kind::Connect);
        // Gives up at the timeout, not at the OS's TCP timeout minutes later. libpq counts
        // connect_timeout in whole seconds of the wall clock, so 2 s may end after just
        // over one (seen: 1,002 ms).
        QVERIFY2(elapsed >= 900 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    void oneConnectionPerThread_data() { TestDatabase::addEngines(); }
    void oneConnectionPerThread()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        {
            auto writer = Connection::open(db.url(), Connection::Mode::Create);
            QVERIFY(writer.ok());
            QVERIFY(Schema::initialize(**writer).ok());
        }
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const DatabaseUrl url = db.url();
        QList<int> inputs;
        for (int i = 0; i < 32; ++i)
            inputs << i;
        // Each task opens, uses and closes its own connection on its own thread.
        const QList<int> results = QtConcurrent::blockingMapped(&pool, inputs, [url](int i) {
            auto connection = Connection::open(url, Connection::Mode::ReadOnly);
            if (!connection)
                return -1;
            QSqlQuery query((*connection)->database());
            if (!query.exec(QStringLiteral("SELECT %1 + COUNT(*) FROM tier_policy").arg(i))
                || !query.next())
                return -2;
            return query.value(0).toInt();
        });
        for (int i = 0; i < 32; ++i)
            QCOMPARE(results.at(i), i + 2); // Bronze and Gold
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("tierdesk-")),
                qPrintable(name + QStringLiteral(" leaked")));
    }

    // A worker's answer to a question that changed since is dropped; the newest
    // question's answer arrives. No sleeps: the worker runs jobs in order, and the
    // first answer is queued before the second question is even asked.
    void staleAnswersDropped_data() { TestDatabase::addEngines(); }
    void staleAnswersDropped()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        {
            auto writer = Connection::open(db.url(), Connection::Mode::Create);
            QVERIFY(writer);
            QVERIFY(Schema::initialize(**writer));
        }
        DatabaseWorker worker(db.url(), Connection::Mode::ReadOnly);
        FreshAnswers answers;
        QObject context;
        QList<int> delivered;
        const auto ask = [&](int question) {
            worker.run(
                &context,
                [question](const Connection &c) -> Result<int> {
                    QSqlQuery query(c.database());
                    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM tier_policy"))
                        || !query.next())
                        return Error::internal(QStringLiteral("no answer"));
                    return question * 10 + query.value(0).toInt();
                },
                answers.latest([&](Result<int> answer) {
                    QVERIFY(answer);
                    delivered << *answer;
                }));
        };
        ask(1);
        ask(2);
        ask(3);
        QTRY_COMPARE(delivered, (QList<int>{32}));
        // An invalidation without a new question drops the one in flight too. keep()
        // does not invalidate: both answers after it arrive, in order, and the worker's
        // order means question 4 was answered (and dropped) before them.
        ask(4);
        answers.invalidate();
        for (int value : {6, 7})
            worker.run(
                &context, [value](const Connection &) -> Result<int> { return value; },
                answers.keep([&](Result<int> answer) { delivered << *answer; }));
        QTRY_COMPARE(delivered, (QList<int>{32, 6, 7}));
        ask(5);
        QTRY_COMPARE(delivered, (QList<int>{32, 6, 7, 52}));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
