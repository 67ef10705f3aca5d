#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

namespace TierDesk {

// The window's file dialogs. Qt's own (the static QFileDialog helpers) sniff the
// content of every file in the folder they show to name its type, and opening and
// closing the SQLite database, its -wal or its -shm file drops the POSIX locks that
// SQLite's connections in this process hold (see SqliteFiles). These dialogs name
// a file's type from its name alone, are Qt's widget dialog in every desktop
// environment (a native one runs in this process too), and refuse to save over
// the open database's files.
class FileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::FileDialog)

public:
    // The SQLite file whose files no save dialog may choose (empty: none).
    static void protectDatabase(const QString &path);

    // A file to write, starting in the last folder used (else the working folder)
    // with `suggestedName` selected; empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption,
        const QString &suggestedName, const QString &filter);
    // An existing file to open; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);

    // The dialog both use, showing `folder`, not yet shown.
    static std::unique_ptr<QFileDialog> create(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
};

} // namespace TierDesk
