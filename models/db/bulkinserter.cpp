#include "bulkinserter.h"

namespace TierDesk {

BulkInserter::BulkInserter(const Connection &connection, const QString &table,
    const QStringList &columns, int rowsPerStatement)
    : m_connection(connection)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
{
}

QString BulkInserter::statementFor(int rows) const
{
    const QString tuple
        = QLatin1Char('(') + SqlDialect::placeholders(m_columns.size()) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')),
            QStringList(rows, tuple).join(QLatin1Char(',')));
}

Result<void> BulkInserter::write(int rows)
{
    QSqlQuery *query = nullptr;
    std::optional<QSqlQuery> partial;
    if (rows == m_rowsPerStatement) {
        if (!m_fullBatch) {
            auto prepared = m_connection.prepare(statementFor(rows));
            if (!prepared)
                return prepared.error();
            m_fullBatch = std::move(*prepared);
        }
        query = &*m_fullBatch;
    } else {
        auto prepared = m_connection.prepare(statementFor(rows));
        if (!prepared)
            return prepared.error();
        partial = std::move(*prepared);
        query = &*partial;
    }
    for (int i = 0; i < rows * m_columns.size(); ++i)
        query->bindValue(i, m_pending.at(i));
    if (auto done = Connection::exec(*query); !done)
        return done;
    m_written += rows;
    m_pending.clear();
    return {};
}

Result<void> BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() == m_rowsPerStatement * m_columns.size())
        return write(m_rowsPerStatement);
    return {};
}

Result<void> BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return {};
    return write(int(m_pending.size() / m_columns.size()));
}

} // namespace TierDesk
