#pragma once

#include "../models/audit/audit.h"

#include <QStyledItemDelegate>

namespace TierDesk {

// Paints the tier events table: a warning band behind rows of a duplicate
// cluster (red for conflicts), alternating per cluster so two neighbouring
// clusters stay apart; a red edge at a chain break or drift; superseded rows
// greyed and in italics.
class EventDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor bandColor(Audit::Cluster::Kind kind, int cluster);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace TierDesk
