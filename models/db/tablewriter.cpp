#include "tablewriter.h"
#include "bulkinserter.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace TierDesk {

namespace {

class InsertWriter final : public TableWriter
{
public:
    InsertWriter(const Connection &connection, const QString &table, const QStringList &columns)
        : m_inserter(connection, table, columns, qMax(1, 30000 / int(columns.size()) / 10))
    {
    }
    Result<void> add(const QVariantList &row) override { return m_inserter.add(row); }
    Result<void> finish() override { return m_inserter.flush(); }

private:
    BulkInserter m_inserter;
};

class CopyWriter final : public TableWriter
{
public:
    explicit CopyWriter(PGconn *connection)
        : m_connection(connection)
    {
        m_buffer.reserve(BufferSize + 4096);
    }
    ~CopyWriter() override
    {
        if (m_open)
            PQputCopyEnd(m_connection, "abandoned");
    }

    Result<void> begin(const QString &table, const QStringList &columns)
    {
        const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                   .arg(table, columns.join(QLatin1Char(',')))
                                   .toUtf8();
        PGresult *result = PQexec(m_connection, sql.constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ok)
            return failure();
        m_open = true;
        return {};
    }

    Result<void> add(const QVariantList &row) override
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                m_buffer += '\t';
            const QVariant &value = row.at(i);
            if (value.isNull())
                m_buffer += "\\N";
            else
                m_buffer += escaped(value.toString().toUtf8());
        }
        m_buffer += '\n';
        if (m_buffer.size() >= BufferSize)
            return send();
        return {};
    }

    Result<void> finish() override
    {
        if (auto sent = send(); !sent)
            return sent;
        m_open = false;
        if (PQputCopyEnd(m_connection, nullptr) != 1)
            return failure();
        PGresult *result = PQgetResult(m_connection);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        while (PGresult *rest = PQgetResult(m_connection))
            PQclear(rest);
        return ok ? Result<void>() : failure();
    }

private:
    static constexpr qsizetype BufferSize = 1 << 20;

    // COPY's text format: backslash, tab and newline are escaped.
    static QByteArray escaped(QByteArray text)
    {
        if (!text.contains('\\') && !text.contains('\t') && !text.contains('\n')
            && !text.contains('\r'))
            return text;
        return text.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r");
    }

    Result<void> send()
    {
        if (m_buffer.isEmpty())
            return {};
        if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
            return failure();
        m_buffer.clear();
        return {};
    }

    Error failure() const
    {
        return Error::internal(
            QCoreApplication::translate("TierDesk::TableWriter", "COPY failed: %1")
                .arg(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()));
    }

    PGconn *m_connection;
    QByteArray m_buffer;
    bool m_open = false;
};

} // namespace

Result<std::unique_ptr<TableWriter>> TableWriter::create(
    const Connection &connection, const QString &table, const QStringList &columns)
{
    if (connection.dialect().isSqlite())
        return std::unique_ptr<TableWriter>(
            std::make_unique<InsertWriter>(connection, table, columns));
    // The libpq connection under Qt's: Qt documents driver()->handle() for exactly this.
    const QVariant handle = connection.database().driver()->handle();
    // Qt registers it as PGconn* or under libpq's struct name, pg_conn*.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error::internal(QCoreApplication::translate(
            "TierDesk::TableWriter", "The PostgreSQL driver gave no libpq handle for COPY."));
    auto writer = std::make_unique<CopyWriter>(*static_cast<PGconn *const *>(handle.constData()));
    if (auto begun = writer->begin(table, columns); !begun)
        return begun.error();
    return std::unique_ptr<TableWriter>(std::move(writer));
}

} // namespace TierDesk
