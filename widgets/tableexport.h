#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    static void attach(QAbstractItemView *view, const QString &baseName);
    // The model columns `view` shows, in on-screen order.
    static QList<int> shownColumns(const QAbstractItemView *view);
    // Writes the CSV to `file`; false (and nothing left behind) when it cannot.
    static bool write(const QAbstractItemView *view, bool neutral, const QString &file);
};

} // namespace TierDesk
