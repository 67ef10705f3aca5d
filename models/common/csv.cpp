#include "csv.h"
#include "format.h"

#include <functional>

namespace TierDesk {

QString Csv::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString Csv::fromModel(const QAbstractItemModel &model, const QList<int> &columns, bool neutral)
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QStringList header;
    for (int column : columns)
        header << model.headerData(column, Qt::Horizontal).toString();
    line(header);
    const std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            QStringList cells;
            for (int column : columns) {
                const QModelIndex index = model.index(row, column, parent);
                const QVariant value = neutral ? index.data(Format::NeutralRole) : QVariant();
                cells << (value.isValid() ? value.toString() : index.data().toString());
            }
            line(cells);
            const QModelIndex first = model.index(row, 0, parent);
            if (model.hasChildren(first))
                rows(first);
        }
    };
    rows({});
    return out;
}

QList<QStringList> Csv::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace TierDesk
