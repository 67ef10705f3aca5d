#pragma once

#include <QList>
#include <QStringList>

// The tables TierDesk reads and writes and the columns it needs of each: what
// Schema checks a database against, and whose locks a lock timeout names
// (Connection::lockHolders). One list; a new table or column goes here.
namespace TierDesk::Tables {

struct RequiredTable
{
    const char *name;
    QList<const char *> columns;
};

// The production system's own tables, as far as TierDesk uses them.
const QList<RequiredTable> &productionTables();
// What TierDesk adds (columns of a production table included).
const QList<RequiredTable> &tierDeskTables();
// Every table of both lists, and tierdesk_meta, once each.
QStringList names();

} // namespace TierDesk::Tables
