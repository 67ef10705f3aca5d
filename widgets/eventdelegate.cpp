#include "eventdelegate.h"
#include "../models/audit/findingkind.h"
#include "../models/itemmodels/tiereventmodel.h"
#include "tierchart.h"

#include <QPainter>

namespace TierDesk {

QColor EventDelegate::bandColor(Audit::Cluster::Kind kind, int cluster)
{
    QColor color = QColor::fromRgb(
        FindingKind::of(kind == Audit::Cluster::Kind::Conflict ? FindingKind::Id::Conflict
                                                               : FindingKind::Id::Duplicate)
            .rgb);
    color.setAlpha(cluster % 2 == 0 ? 70 : 45); // translucent: works on light and dark bases
    return color;
}

void EventDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TierEventModel::SupersededRole).toBool()) {
        // Italic and muted, but readable in both themes: half way between text and base.
        option->font.setItalic(true);
        const QColor text = option->palette.color(QPalette::Text);
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(QPalette::Text,
            QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                (text.blue() * 3 + base.blue() * 2) / 5));
    }
}

void EventDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int cluster = index.data(TierEventModel::ClusterRole).toInt();
    if (cluster >= 0) {
        const QColor band = bandColor(
            index.data(TierEventModel::ClusterKindRole).value<Audit::Cluster::Kind>(), cluster);
        painter->fillRect(option.rect, band);
        if (index.column() == 0) {
            QColor edge = band;
            edge.setAlpha(255);
            painter->fillRect(
                QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), edge);
        }
    }
    // A chain break or drift: a red edge on the row's first cell, the note says which.
    if (cluster < 0 && index.column() == 0
        && !index.data(TierEventModel::FindingRole).toString().isEmpty())
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
            QColor(0xd3, 0x2f, 0x2f));
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace TierDesk
