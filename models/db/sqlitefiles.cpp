#include "sqlitefiles.h"
#include "../common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <optional>

namespace TierDesk {

namespace {

// Where SQLite's unix VFS puts its locks: the database's SHARED lock lives in a
// range above PENDING_BYTE (1 GiB); the shared memory's "dead man switch", held
// by every connection for as long as it is open, is byte 128 of the -shm file.
constexpr quint64 ShmDeadManSwitch = 128;

const char *const Companions[] = {"-wal", "-shm", "-journal"};

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

std::optional<FileId> idOf(const QByteArray &path)
{
    struct stat st;
    if (::stat(path.constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// The kernel's spelling of a file in /proc/locks: "fe:00:10952974".
QByteArray lockKey(const FileId &id)
{
    return QByteArray::number(major(id.device), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(id.device), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(quint64(id.inode));
}

// The kernel merges adjacent ranges of one kind: a read mark on byte 127 and the
// dead man switch show as one line "127 128"; "EOF" is the end of the file.
bool covers(const QByteArray &start, const QByteArray &end, quint64 byte)
{
    return start.toULongLong() <= byte && (end == "EOF" || end.toULongLong() >= byte);
}

} // namespace

bool SqliteFiles::isDatabaseFile(const QString &databasePath, const QString &path)
{
    if (databasePath.isEmpty() || path.isEmpty())
        return false;
    const QFileInfo database(databasePath);
    const QFileInfo candidate(path);
    const QByteArray candidatePath = QFile::encodeName(candidate.absoluteFilePath());
    const std::optional<FileId> candidateId = idOf(candidatePath);
    QStringList names{database.absoluteFilePath()};
    for (const char *suffix : Companions)
        names << database.absoluteFilePath() + QLatin1String(suffix);
    for (const QString &name : std::as_const(names)) {
        if (QDir::cleanPath(name) == QDir::cleanPath(candidate.absoluteFilePath()))
            return true;
        if (candidateId && idOf(QFile::encodeName(name)) == candidateId)
            return true;
    }
    // Another spelling of a companion that does not exist yet (a link to the folder).
    const QString canonicalFolder = QFileInfo(candidate.absolutePath()).canonicalFilePath();
    const QString canonicalDatabase = database.canonicalFilePath();
    if (!canonicalFolder.isEmpty() && !canonicalDatabase.isEmpty()) {
        const QString spelled = canonicalFolder + QLatin1Char('/') + candidate.fileName();
        if (spelled == canonicalDatabase)
            return true;
        for (const char *suffix : Companions) {
            if (spelled == canonicalDatabase + QLatin1String(suffix))
                return true;
        }
    }
    return false;
}

SqliteFiles::State SqliteFiles::state(const QString &databasePath)
{
    State state;
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    if (canonical.isEmpty())
        return state;
    const std::optional<FileId> database = idOf(QFile::encodeName(canonical));
    const std::optional<FileId> sharedMemory
        = idOf(QFile::encodeName(canonical + QLatin1String("-shm")));
    if (!database)
        return state;

    // The descriptors SQLite holds: /proc/self/fd/N names the file it is open on
    // (" (deleted)" once unlinked), and stat() through it describes that very file.
    // Neither opens it.
    DIR *descriptors = ::opendir("/proc/self/fd");
    if (!descriptors)
        return state;
    const QStringList watched{
        canonical + QLatin1String("-wal"), canonical + QLatin1String("-shm"), canonical};
    const QString deleted = QStringLiteral(" (deleted)");
    while (const dirent *entry = ::readdir(descriptors)) {
        if (entry->d_name[0] == '.')
            continue;
        const QByteArray link = QByteArray("/proc/self/fd/") + entry->d_name;
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        QString name = QFile::decodeName(QByteArray(target, length));
        const bool unlinked = name.endsWith(deleted);
        if (unlinked)
            name.chop(deleted.size());
        if (!watched.contains(name))
            continue;
        struct stat open;
        if (::stat(link.constData(), &open) != 0)
            continue; // closed meanwhile
        const std::optional<FileId> linked = idOf(QFile::encodeName(name));
        if (unlinked || open.st_nlink == 0 || !linked
            || !(*linked == FileId{open.st_dev, open.st_ino})) {
            qCWarning(lcDb) << "an open file of the database is no longer linked:" << name;
            state.journalRemoved = true;
        }
    }
    ::closedir(descriptors);

    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return state;
    state.known = true;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray databaseKey = lockKey(*database);
    const QByteArray sharedMemoryKey = sharedMemory ? lockKey(*sharedMemory) : QByteArray();
    // "1: POSIX  ADVISORY  READ 3309 fe:00:10952976 128 128"; blocked waiters
    // ("1: -> POSIX ...") hold nothing.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) == "->" || fields.at(1) != "POSIX"
            || fields.at(4) != pid)
            continue;
        if (fields.at(5) == databaseKey)
            state.databaseLocked = true;
        else if (!sharedMemoryKey.isEmpty() && fields.at(5) == sharedMemoryKey
            && covers(fields.at(6), fields.at(7), ShmDeadManSwitch))
            state.sharedMemoryLocked = true;
    }
    return state;
}

Result<void> SqliteFiles::checkIntact(const QString &databasePath)
{
    State now = state(databasePath);
    // /proc/locks is read a page at a time while other connections of this process
    // take and drop their WAL locks, so a line can slip past between two pages, and
    // the kernel replaces a lock's line when it changes it. A lost lock stays lost;
    // a missed line is back on the next read.
    for (int again = 0; again < 4 && now.known && !(now.databaseLocked && now.sharedMemoryLocked);
         ++again)
        now = state(databasePath);
    if (now.journalRemoved)
        return Error::connect(tr("Another program removed the database's journal; nothing was "
                                 "written. Reopen the database."));
    if (now.known && !(now.databaseLocked && now.sharedMemoryLocked))
        return Error::connect(
            tr("TierDesk no longer holds its locks on the database (one of its files was "
               "closed behind SQLite's back), so another program may remove the journal; "
               "nothing was written. Reopen the database."));
    return {};
}

} // namespace TierDesk
