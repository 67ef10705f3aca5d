#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

namespace TierDesk {

// The files of a SQLite database (the database, its WAL, its shared memory, a
// rollback journal) and the locks this process holds on them.
//
// SQLite's locks are POSIX record locks, and closing *any* descriptor of a file
// drops every lock the process holds on it: something else in the process that
// opens and closes the database to look at it (a file dialog sniffing a MIME
// type, a QFile) leaves TierDesk's connections without locks. The next program
// that opens the database then believes it is alone, checkpoints and deletes the
// WAL, and what TierDesk commits afterwards goes into a deleted file and is gone.
//
// So nothing in TierDesk opens these files (isDatabaseFile() lets a command that
// takes a path refuse one of them), and every write checks, just before it
// commits, that the locks are still held and the WAL still linked
// (checkIntact()). On systems without /proc the check has nothing to read and
// passes.
class SqliteFiles final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::SqliteFiles)

public:
    // Whether `path` is the database at `databasePath` or one of the files SQLite
    // keeps beside it, by device and inode where they exist (so a link or another
    // spelling of the path is recognised), else by name. Neither file is opened.
    static bool isDatabaseFile(const QString &databasePath, const QString &path);

    // What this process holds of the database at `databasePath` in WAL mode: the
    // files it has open (the journal removed or replaced under it?) and the POSIX
    // locks of its connections. An Error (Connect) with one sentence when a commit
    // would not be durable; nothing to say otherwise.
    static Result<void> checkIntact(const QString &databasePath);

    // The same facts for tests and diagnostics.
    struct State
    {
        bool known = false; // /proc could be read
        bool databaseLocked = false; // a lock of this process on the database file
        bool sharedMemoryLocked = false; // ... and on its -shm file
        bool journalRemoved = false; // an open -wal or -shm is no longer the linked file
    };
    static State state(const QString &databasePath);
};

} // namespace TierDesk
