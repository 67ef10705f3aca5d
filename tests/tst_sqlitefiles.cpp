// Nothing the agent committed is lost on SQLite: the window's file dialogs never
// open the database's files (which would drop SQLite's POSIX locks, so that the
// next program to open the database deletes its WAL), and a write whose locks
// are gone is refused before it reports success. The other programs here are
// real processes: this executable started again in a helper mode.
#include "../models/db/connection.h"
#include "../models/db/sqlitefiles.h"
#include "../widgets/filedialog.h"
#include "fixture.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace TierDesk;

namespace {

constexpr int Timeout = 20000;

// Helper mode: another program opens the database read-write, reads, and closes
// it, as `sqlite3 DB "select count(*) from ..."` does; it prints the count.
int countInAnotherProgram(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(path);
        if (!db.open())
            return 2;
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM affiliate_commissions"))
            && query.next())
            count = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    printf("%d\n", count);
    return count >= 0 ? 0 : 1;
}

int commissionsSeenByAnotherProgram(const QString &path)
{
    QProcess process;
    process.start(
        QCoreApplication::applicationFilePath(), {QStringLiteral("--count-commissions"), path});
    if (!process.waitForFinished(Timeout) || process.exitCode() != 0)
        return -1;
    return process.readAllStandardOutput().trimmed().toInt();
}

// A commission written the way every TierDesk write is: a write transaction.
Result<void> writeCommission(const Connection &c, const QString &affiliate, const char *at)
{
    Transaction transaction(c);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (!Fixture::addCommission(c, affiliate, QStringLiteral("10.00"), Fixture::utc(at)))
        return Error::internal(QStringLiteral("insert failed"));
    return transaction.commit();
}

} // namespace

class TestSqliteFiles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("demo.db"));
        auto created = Connection::open(DatabaseUrl::sqlite(m_path), Connection::Mode::Create);
        QVERIFY(created);
        QVERIFY(Schema::initialize(**created));
        m_affiliate = Fixture::addAffiliate(**created, QStringLiteral("gretaeats"));
        QVERIFY(!m_affiliate.isEmpty());
        created->reset();
        auto opened = Connection::open(DatabaseUrl::sqlite(m_path), Connection::Mode::ReadWrite);
        QVERIFY(opened);
        m_connection = std::move(*opened);
        QVERIFY(writeCommission(*m_connection, m_affiliate, "2026-01-22T14:18:32.000Z"));
        QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal")));
        const SqliteFiles::State state = SqliteFiles::state(m_path);
        QVERIFY(state.known);
        QVERIFY(state.databaseLocked);
        QVERIFY(state.sharedMemoryLocked);
        QVERIFY(!state.journalRemoved);
    }

    void cleanup()
    {
        m_connection.reset();
        m_dir.reset();
    }

    // The repro of the lost writes, with TierDesk's dialog: it lists the folder
    // (every file's type and icon gathered), another program reads the database,
    // the window writes, and a fresh program sees the write.
    void fileDialogOnTheFolderKeepsTheLocks()
    {
        const auto dialog = FileDialog::create(
            nullptr, QStringLiteral("Export as CSV"), m_dir->path(), QStringLiteral("CSV (*.csv)"));
        auto *model = dialog->findChild<QFileSystemModel *>();
        QVERIFY(model);
        dialog->show();
        // The gatherer has read what it reads of every file once each has a type.
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = m_path + QLatin1String(suffix);
            QTRY_VERIFY_WITH_TIMEOUT(!model->type(model->index(file)).isEmpty(), Timeout);
        }
        const SqliteFiles::State state = SqliteFiles::state(m_path);
        QVERIFY2(state.databaseLocked && state.sharedMemoryLocked,
            "the file dialog dropped SQLite's locks");
        // Named from its name: Qt's own provider says "SQLite3 database", from its content.
        QCOMPARE(model->type(model->index(m_path)), QStringLiteral("DB file"));
        dialog->reject();

        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 1);
        QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal")));
        auto written = writeCommission(*m_connection, m_affiliate, "2026-01-22T14:18:33.000Z");
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 2);
        // ... and after this program lets go of the database.
        m_connection.reset();
        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 2);
    }

    // What Qt's own dialog did: open and close the database to sniff it. Every
    // lock is gone; another program then removes the WAL. The write is refused,
    // says so in one sentence, and nothing of it is stored.
    void writeWithoutLocksIsRefused()
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(!SqliteFiles::state(m_path).databaseLocked);

        // Before any other program came: refused all the same, the locks are gone.
        auto early = writeCommission(*m_connection, m_affiliate, "2026-01-22T14:18:33.000Z");
        QVERIFY(!early);
        QCOMPARE(early.error().kind, Error::Kind::Connect);
        QVERIFY2(early.error().message.contains(QLatin1String("nothing was written")),
            qPrintable(early.error().message));

        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 1);
        QVERIFY(SqliteFiles::state(m_path).journalRemoved);
        auto late = writeCommission(*m_connection, m_affiliate, "2026-01-22T14:18:34.000Z");
        QVERIFY(!late);
        QCOMPARE(late.error().message,
            QStringLiteral("Another program removed the database's journal; nothing was "
                           "written. Reopen the database."));
        m_connection.reset();
        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 1);

        // Reopened, the database takes writes again.
        auto reopened = Connection::open(DatabaseUrl::sqlite(m_path), Connection::Mode::ReadWrite);
        QVERIFY(reopened);
        QVERIFY(writeCommission(**reopened, m_affiliate, "2026-01-22T14:18:35.000Z"));
        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 2);
    }

    // The check runs inside the transaction too: locks lost after BEGIN.
    void locksLostDuringTheWriteRefuseTheCommit()
    {
        Transaction transaction(*m_connection);
        QVERIFY(transaction.begin());
        QVERIFY(Fixture::addCommission(*m_connection, m_affiliate, QStringLiteral("1.00"),
            Fixture::utc("2026-01-22T14:18:36.000Z")));
        const int fd
            = ::open(QFile::encodeName(m_path + QStringLiteral("-shm")).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        ::close(fd);
        auto committed = transaction.commit();
        QVERIFY(!committed);
        QVERIFY(!transaction.isActive());
        m_connection.reset();
        QCOMPARE(commissionsSeenByAnotherProgram(m_path), 1);
    }

    // Commands that take a path refuse the database's own files, by any spelling.
    void databaseFilesAreRecognised()
    {
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, m_path));
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, m_path + QStringLiteral("-wal")));
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, m_path + QStringLiteral("-shm")));
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, m_path + QStringLiteral("-journal")));
        QVERIFY(SqliteFiles::isDatabaseFile(
            m_path, m_dir->path() + QStringLiteral("/./sub/../demo.db")));
        const QString link = m_dir->filePath(QStringLiteral("other-name.db"));
        QVERIFY(QFile::link(m_path, link));
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, link));
        const QString folderLink = m_dir->filePath(QStringLiteral("again"));
        QVERIFY(QFile::link(m_dir->path(), folderLink));
        QVERIFY(SqliteFiles::isDatabaseFile(m_path, folderLink + QStringLiteral("/demo.db-wal")));
        QVERIFY(!SqliteFiles::isDatabaseFile(m_path, m_dir->filePath(QStringLiteral("demo.csv"))));
        QVERIFY(!SqliteFiles::isDatabaseFile(m_path, m_path + QStringLiteral(".csv")));
        QVERIFY(!SqliteFiles::isDatabaseFile(QString(), m_path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_affiliate;
    std::unique_ptr<Connection> m_connection;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--count-commissions") == 0) {
        QCoreApplication app(argc, argv);
        return countInAnotherProgram(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestSqliteFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlitefiles.moc"
