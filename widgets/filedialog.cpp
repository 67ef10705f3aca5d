#include "filedialog.h"
#include "../models/db/sqlitefiles.h"
#include "notice.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QMessageBox>
#include <QStyle>
#include <QTemporaryDir>

namespace TierDesk {

namespace {

// Icons and type names from what stat() says and the file's name: Qt's default
// provider asks QMimeDatabase, which opens a file whose name has no known
// extension (demo.db, demo.db-wal) to look at its first bytes.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        return QFileIconProvider::icon(File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return FileDialog::tr("Folder");
        const QString suffix = info.suffix();
        if (suffix.isEmpty())
            return FileDialog::tr("File");
        return FileDialog::tr("%1 file").arg(suffix.toUpper());
    }
};

// Sizes and times in the language the window speaks: QFileSystemModel writes them
// in the system's locale, so a German session on an English desktop read "4 Dec".
class LocalizedFileModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case SizeColumn:
            return files->isDir(source)
                ? QIdentityProxyModel::data(index, role)
                : QVariant(QLocale().formattedDataSize(files->size(source)));
        case DateColumn:
            return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }

private:
    // QFileSystemModel's columns: name, size, type, date modified.
    static constexpr int SizeColumn = 1;
    static constexpr int DateColumn = 3;
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QString &protectedDatabase()
{
    static QString path;
    return path;
}

QString &lastFolder()
{
    static QString folder;
    return folder;
}

QString startFolder()
{
    const QString last = lastFolder();
    return !last.isEmpty() && QDir(last).exists() ? last : QDir::currentPath();
}

} // namespace

void FileDialog::protectDatabase(const QString &path)
{
    protectedDatabase() = path;
}

std::unique_ptr<QFileDialog> FileDialog::create(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    // QFileDialog lists the folder it is constructed with at once, with Qt's own
    // icon provider: construct it on an empty folder, and only show the real one
    // once the provider is ours.
    const QTemporaryDir empty;
    auto dialog = std::make_unique<QFileDialog>(
        parent, caption, empty.isValid() ? empty.path() : QDir::rootPath(), filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&iconProvider());
    dialog->setProxyModel(new LocalizedFileModel(dialog.get()));
    dialog->setDirectory(folder);
    return dialog;
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    const auto dialog = create(parent, caption, startFolder(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggestedName);
    for (;;) {
        if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
            return {};
        const QString file = dialog->selectedFiles().constFirst();
        lastFolder() = QFileInfo(file).absolutePath();
        if (!SqliteFiles::isDatabaseFile(protectedDatabase(), file))
            return file;
        Notice::warning(dialog.get(), caption,
            tr("%1 is the open database or one of its journal files; choose another name.")
                .arg(QDir::toNativeSeparators(file)));
    }
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const auto dialog = create(parent, caption, startFolder(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    const QString file = dialog->selectedFiles().constFirst();
    lastFolder() = QFileInfo(file).absolutePath();
    return file;
}

} // namespace TierDesk
