#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace TierDesk {

// A parsed database argument: `sqlite:PATH`, a bare `*.db`/`*.sqlite` path, or a
// libpq `postgresql://` URI (including `?host=/socket/dir`, `?service=NAME`,
// `sslmode`, `connect_timeout`). The password, if the URI carried one, lives only
// in memory: toDisplayString() and toStorableString() never contain it.
class DatabaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::DatabaseUrl)

public:
    enum class Engine { Sqlite, Postgres };

    static Result<DatabaseUrl> parse(const QString &text);
    // `text` reading from the hot standby `standbyText` (--read-db, the connection
    // dialog's field, a recent database's last standby); an empty `standbyText` is
    // none. A bad standby is refused in one sentence that names it as the standby.
    static Result<DatabaseUrl> parse(const QString &text, const QString &standbyText);
    // `text` with URI passwords (user:PASSWORD@) and password= parameters
    // replaced by ***: for every message that may echo what a person typed.
    static QString redacted(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::Sqlite; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // SQLite
    QString filePath() const { return m_path; }

    // PostgreSQL (empty / 0 where libpq's defaults apply)
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    int connectTimeoutSeconds() const;
    QString option(const QString &key) const;
    // libpq keyword=value options other than host/port/dbname/user/password,
    // with connect_timeout defaulted to 5 seconds.
    QList<QPair<QString, QString>> libpqOptions() const;

    // "PostgreSQL db on host:port" / "SQLite /path/file.db" without secrets.
    QString toDisplayString() const;
    // A string parse() accepts again, never with a password (for recent lists).
    QString toStorableString() const;
    // Short name for a status bar: the file name or the database name.
    QString shortName() const;

    // A hot standby of this database to read from (--read-db): Connection::Mode::Browse
    // sessions (browsing, search, the audit, reports) go there; previews, re-checks
    // and every write stay on this URL, the primary. Null when there is none.
    const DatabaseUrl *standby() const { return m_standby.get(); }
    // This URL reading from `standby`; refused unless both are PostgreSQL.
    Result<DatabaseUrl> withStandby(const DatabaseUrl &standby) const;

private:
    static Result<DatabaseUrl> parseUnredacted(const QString &text);
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
    std::shared_ptr<const DatabaseUrl> m_standby;
};

} // namespace TierDesk
