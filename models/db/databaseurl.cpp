#include "databaseurl.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace TierDesk {

namespace {

constexpr int DefaultConnectTimeout = 5;

// libpq keywords we pass through; anything else in a URI is a typo we name.
const QStringList &passThroughKeys()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("service"),
        QStringLiteral("application_name"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("options"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
        QStringLiteral("passfile"),
    };
    return keys;
}

bool looksLikeSqliteFile(const QString &text)
{
    const QString lower = text.toLower();
    return lower.endsWith(QLatin1String(".db")) || lower.endsWith(QLatin1String(".sqlite"))
        || lower.endsWith(QLatin1String(".sqlite3"));
}

QString quoteLibpqValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_engine = Engine::Sqlite;
    url.m_path = path;
    return url;
}

QString DatabaseUrl::redacted(const QString &text)
{
    // user:PASSWORD@host, with or without a scheme in front.
    static const QRegularExpression userinfo(
        QStringLiteral("((?:://|^|[\\s\"])[^:/@\\s\"]*):[^@\\s\"/]*@"));
    static const QRegularExpression quotedUserinfo(
        QStringLiteral("(userinfo\\s*=\\s*\"[^:\"]*):[^\"]*\""));
    static const QRegularExpression parameter(
        QStringLiteral("(password\\s*=\\s*)('[^']*'|[^&\\s\";]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userinfo, QStringLiteral("\\1:***@"));
    out.replace(quotedUserinfo, QStringLiteral("\\1:***\""));
    out.replace(parameter, QStringLiteral("\\1***"));
    return out;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    auto parsed = parseUnredacted(input);
    if (!parsed)
        return Error{parsed.error().kind, redacted(parsed.error().message), parsed.error().reason};
    return parsed;
}

Result<DatabaseUrl> DatabaseUrl::parseUnredacted(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::usage(tr("No database given: use sqlite:PATH or a postgresql:// URI."));

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return Error::usage(
                tr("The SQLite URL \"%1\" names no file.").arg(Error::quoted(text)));
        return sqlite(path);
    }

    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const bool hasScheme = colon > 1 && text.indexOf(QLatin1Char('/')) > colon;
    if (!hasScheme) {
        if (looksLikeSqliteFile(text))
            return sqlite(text);
        return Error::usage(
            tr("\"%1\" is not a database URL: use sqlite:PATH, a path ending in .db, or a "
               "postgresql:// URI.")
                .arg(Error::quoted(text)));
    }

    const QString scheme = text.left(colon).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return Error::usage(tr("Unknown database URL scheme \"%1\": use sqlite: or postgresql://.")
                                .arg(Error::quoted(text.left(colon))));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's own message quotes the whole input, password included: name the
        // part that is wrong instead.
        QString what = url.errorString();
        const qsizetype source = what.indexOf(QLatin1String("; source was"));
        if (source >= 0)
            what.truncate(source);
        return Error::usage(tr("The PostgreSQL URI is malformed: %1.").arg(what));
    }

    DatabaseUrl result;
    result.m_engine = Engine::Postgres;
    result.m_host = url.host(QUrl::FullyDecoded);
    if (result.m_host.contains(QLatin1Char(',')))
        return Error::usage(tr("TierDesk connects to one PostgreSQL host; the URI names several."));
    result.m_port = url.port(0);
    result.m_user = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    result.m_database = path;

    const QUrlQuery query(url);
    for (const auto &[rawKey, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.toLower();
        if (key == QLatin1String("host")) {
            result.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return Error::usage(
                    tr("The port \"%1\" is not a number between 1 and 65535.").arg(value));
            result.m_port = port;
        } else if (key == QLatin1String("dbname")) {
            result.m_database = value;
        } else if (key == QLatin1String("user")) {
            result.m_user = value;
        } else if (key == QLatin1String("password")) {
            result.m_password = value;
        } else if (passThroughKeys().contains(key)) {
            if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 0)
                    return Error::usage(
                        tr("connect_timeout \"%1\" is not a number of seconds.").arg(value));
            }
            if (key == QLatin1String("sslmode")) {
                static const QStringList modes = {QStringLiteral("disable"),
                    QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!modes.contains(value))
                    return Error::usage(tr("sslmode \"%1\" is not one of disable, allow, prefer, "
                                           "require, verify-ca, verify-full.")
                                            .arg(value));
            }
            result.m_options.append({key, value});
        } else {
            return Error::usage(
                tr("Unknown connection parameter \"%1\" in the PostgreSQL URI.").arg(rawKey));
        }
    }
    if (url.port(0) != 0 && (url.port() < 1 || url.port() > 65535))
        return Error::usage(tr("The port in the URI is not between 1 and 65535."));
    if (result.m_database.isEmpty() && result.option(QStringLiteral("service")).isEmpty()
        && result.m_user.isEmpty())
        return Error::usage(tr("The PostgreSQL URI names no database, user or service."));
    return result;
}

int DatabaseUrl::connectTimeoutSeconds() const
{
    const QString value = option(QStringLiteral("connect_timeout"));
    return value.isEmpty() ? DefaultConnectTimeout : value.toInt();
}

QString DatabaseUrl::option(const QString &key) const
{
    for (const auto &[k, v] : m_options) {
        if (k == key)
            return v;
    }
    return {};
}

QList<QPair<QString, QString>> DatabaseUrl::libpqOptions() const
{
    QList<QPair<QString, QString>> options = m_options;
    if (option(QStringLiteral("connect_timeout")).isEmpty())
        options.append({QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeout)});
    for (auto &[key, value] : options)
        value = quoteLibpqValue(value);
    return options;
}

QString DatabaseUrl::toDisplayString() const
{
    if (isSqlite())
        return tr("SQLite %1").arg(QFileInfo(m_path).absoluteFilePath());
    const QString service = option(QStringLiteral("service"));
    QString where = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port)
        where += QLatin1Char(':') + QString::number(m_port);
    const QString db = m_database.isEmpty() ? (service.isEmpty() ? m_user : service) : m_database;
    if (!service.isEmpty() && m_host.isEmpty())
        return tr("PostgreSQL %1 (service %2)").arg(db, service);
    return tr("PostgreSQL %1 on %2").arg(db, where);
}

QString DatabaseUrl::toStorableString() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + QFileInfo(m_path).absoluteFilePath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const bool socketHost = m_host.startsWith(QLatin1Char('/'));
    if (!m_host.isEmpty() && !socketHost)
        url.setHost(m_host);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    if (m_port && !socketHost)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (socketHost) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    }
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QString &standbyText)
{
    auto url = parse(text);
    if (!url || standbyText.trimmed().isEmpty())
        return url;
    auto standby = parse(standbyText.trimmed());
    if (!standby)
        //: %1 is the parser's own sentence about the standby's URL
        return Error::usage(tr("The standby to read from: %1").arg(standby.error().message));
    return url->withStandby(*standby);
}

Result<DatabaseUrl> DatabaseUrl::withStandby(const DatabaseUrl &standby) const
{
    if (!isPostgres() || !standby.isPostgres())
        return Error::usage(tr("Only a PostgreSQL database can be read from a standby; name a "
                               "postgresql:// URI for both the database and its standby."));
    DatabaseUrl both = *this;
    DatabaseUrl readFrom = standby;
    readFrom.m_standby.reset();
    both.m_standby = std::make_shared<const DatabaseUrl>(std::move(readFrom));
    return both;
}

QString DatabaseUrl::shortName() const
{
    if (isSqlite())
        return QFileInfo(m_path).fileName();
    return m_database.isEmpty() ? option(QStringLiteral("service")) : m_database;
}

} // namespace TierDesk
