#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

namespace TierDesk {

// "Export as CSV…" on a table's context menu (right click, the Menu key or
// Shift+F10): the columns as shown, in their on-screen order, in the UI
// language's numbers or in neutral ones (ISO times, 1516.50), as the person picks.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::TableExport)

public:
    // Where a view that loads its rows page by page gets all of them for an export:
    // it calls `ready` with a model of every row (same columns), or nullptr and why.
    using Ready = std::function<void(const QAbstractItemModel *all, const QString &error)>;
    using AllRows = std::function<void(Ready ready)>;

    static void attach(QAbstractItemView *view, const QString &baseName, AllRows allRows = {});
    // The model columns `view` shows, in on-screen order.
    static QList<int> shownColumns(const QAbstractItemView *view);
    // Writes the CSV to `file`; false (and nothing left behind) when it cannot.
    static bool write(const QAbstractItemView *view, bool neutral, const QString &file);
    // The same for every row of `view`: through its AllRows where it has one. `done`
    // gets an empty text, or the one sentence that says why nothing was written.
    static void writeAll(const QAbstractItemView *view, bool neutral, const QString &file,
        const std::function<void(const QString &error)> &done);
};

} // namespace TierDesk
