#include "tableexport.h"
#include "../models/common/csv.h"
#include "filedialog.h"
#include "notice.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace TierDesk {

namespace {

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// The views whose rows come a page at a time, and where all of them come from.
QHash<const QAbstractItemView *, TableExport::AllRows> &sources()
{
    static QHash<const QAbstractItemView *, TableExport::AllRows> map;
    return map;
}

bool writeModel(
    const QAbstractItemModel &model, const QList<int> &columns, bool neutral, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    if (neutral) {
        // For programs and a spreadsheet in any language: commas, UTF-8 as it is.
        out.write(Csv::fromModel(model, columns, true).toUtf8());
    } else {
        // As shown, for a spreadsheet in the UI's language: its separator (a semicolon
        // where the decimal point is a comma) and a BOM, so it opens by double click
        // with the umlauts and the euro sign intact.
        out.write("\xEF\xBB\xBF");
        out.write(Csv::fromModel(model, columns, false, Csv::separatorFor(QLocale())).toUtf8());
    }
    return out.commit();
}

} // namespace

QList<int> TableExport::shownColumns(const QAbstractItemView *view)
{
    QList<int> columns;
    const QHeaderView *header = headerOf(view);
    if (!view->model())
        return columns;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (!header || !header->isSectionHidden(column))
            columns << column;
    }
    if (header)
        std::sort(columns.begin(), columns.end(),
            [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    return columns;
}

bool TableExport::write(const QAbstractItemView *view, bool neutral, const QString &file)
{
    if (!view->model())
        return false;
    return writeModel(*view->model(), shownColumns(view), neutral, file);
}

void TableExport::writeAll(const QAbstractItemView *view, bool neutral, const QString &file,
    const std::function<void(const QString &error)> &done)
{
    const QString cannot = tr("Cannot write %1; nothing was written.").arg(file);
    const AllRows source = sources().value(view);
    if (!source) {
        done(write(view, neutral, file) ? QString() : cannot);
        return;
    }
    const QList<int> columns = shownColumns(view);
    source([columns, neutral, file, cannot, done](
               const QAbstractItemModel *all, const QString &error) {
        if (!all)
            done(error);
        else
            done(writeModel(*all, columns, neutral, file) ? QString() : cannot);
    });
}

void TableExport::attach(QAbstractItemView *view, const QString &baseName, AllRows allRows)
{
    if (allRows) {
        sources().insert(view, allRows);
        QObject::connect(view, &QObject::destroyed, [view] { sources().remove(view); });
    }
    // Every table of the window comes through here: its tooltips carry data.
    Notice::plainToolTips(view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Shift+F10 as well as the Menu key and the right button; by keyboard the menu opens
    // at the current row, not wherever the mouse happens to be.
    auto *keyboard = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), view);
    keyboard->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(keyboard, &QShortcut::activated, view, [view] {
        const QModelIndex current = view->currentIndex();
        emit view->customContextMenuRequested(
            current.isValid() ? view->visualRect(current).center() : QPoint(4, 4));
    });
    QObject::connect(
        view, &QWidget::customContextMenuRequested, view, [view, baseName](const QPoint &at) {
            QMenu menu(view);
            menu.setObjectName(QStringLiteral("tableContextMenu"));
            menu.addAction(tr("Export as CSV…"));
            QAction *neutral = menu.addAction(tr("Export as CSV with neutral numbers…"));
            neutral->setToolTip(tr("Times in ISO 8601 UTC, money as 1516.50: for a spreadsheet "
                                   "in any language"));
            // At the row or the click, inside this table: never over another widget.
            QPoint where = at;
            if (!view->viewport()->rect().contains(where))
                where = QPoint(4, 4);
            QAction *chosen = menu.exec(view->viewport()->mapToGlobal(where));
            if (!chosen)
                return;
            const QString file = FileDialog::saveFileName(
                view, tr("Export as CSV"), baseName + QStringLiteral(".csv"), tr("CSV (*.csv)"));
            if (file.isEmpty())
                return;
            QPointer<QAbstractItemView> guard(view);
            writeAll(view, chosen == neutral, file, [guard, file](const QString &error) {
                if (!guard)
                    return;
                if (!error.isEmpty()) {
                    Notice::warning(guard, tr("Export as CSV"), error);
                    return;
                }
                // Where it went, said where the person looks: the window's status bar.
                if (auto *window = qobject_cast<QMainWindow *>(guard->window()))
                    window->statusBar()->showMessage(
                        tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 10000);
            });
        });
}

} // namespace TierDesk
