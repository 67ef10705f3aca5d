#pragma once

#include "connection.h"

#include <QVariantList>

namespace TierDesk {

// Inserts many rows with multi-row prepared INSERTs (one round trip per
// RowsPerStatement rows). Call flush() before committing.
class BulkInserter final
{
public:
    BulkInserter(const Connection &connection, const QString &table, const QStringList &columns,
        int rowsPerStatement = 200);

    Result<void> add(const QVariantList &row);
    Result<void> flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QString statementFor(int rows) const;
    Result<void> write(int rows);

    const Connection &m_connection;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_fullBatch;
    qint64 m_written = 0;
};

} // namespace TierDesk
