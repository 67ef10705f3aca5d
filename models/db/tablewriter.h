#pragma once

#include "connection.h"

#include <QByteArray>
#include <QVariantList>

#include <memory>

namespace TierDesk {

// Writes many rows into one table as fast as the engine allows: COPY FROM
// STDIN on PostgreSQL (through the libpq handle of the Qt connection, inside
// its transaction), multi-row prepared INSERTs on SQLite.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Result<void> add(const QVariantList &row) = 0;
    // Sends what is buffered and ends the COPY; call before committing.
    virtual Result<void> finish() = 0;

    static Result<std::unique_ptr<TableWriter>> create(
        const Connection &connection, const QString &table, const QStringList &columns);
};

} // namespace TierDesk
