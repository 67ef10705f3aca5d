#include "tableexport.h"
#include "../models/common/csv.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
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
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(Csv::fromModel(*view->model(), shownColumns(view), neutral).toUtf8());
    return out.commit();
}

void TableExport::attach(QAbstractItemView *view, const QString &baseName)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, baseName] {
        QMenu menu(view);
        menu.addAction(tr("Export as CSV…"));
        QAction *neutral = menu.addAction(tr("Export as CSV with neutral numbers…"));
        neutral->setToolTip(tr("Times in ISO 8601 UTC, money as 1516.50: for a spreadsheet "
                               "in any language"));
        QAction *chosen = menu.exec(QCursor::pos());
        if (!chosen)
            return;
        const QString file = QFileDialog::getSaveFileName(
            view, tr("Export as CSV"), baseName + QStringLiteral(".csv"), tr("CSV (*.csv)"));
        if (file.isEmpty())
            return;
        if (!write(view, chosen == neutral, file))
            QMessageBox::warning(
                view, tr("Export as CSV"), tr("Cannot write %1; nothing was written.").arg(file));
    });
}

} // namespace TierDesk
