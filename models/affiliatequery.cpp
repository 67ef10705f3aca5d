#include "affiliatequery.h"
#include "tierpolicy.h"

#include <QSqlQuery>
#include <QUuid>

namespace TierDesk {

namespace {

// The smallest text greater than every text that starts with `prefix`.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    const QChar last = end.at(end.size() - 1);
    if (last.unicode() == 0xffff)
        return end + QChar(0xffff);
    end[end.size() - 1] = QChar(last.unicode() + 1);
    return end;
}

QString sortColumn(AffiliateQuery::SortKey key)
{
    switch (key) {
    case AffiliateQuery::SortKey::Handle:
        return QStringLiteral("handle");
    case AffiliateQuery::SortKey::Name:
        return QStringLiteral("display_name");
    case AffiliateQuery::SortKey::Email:
        return QStringLiteral("email");
    case AffiliateQuery::SortKey::Tier:
        return QStringLiteral("commission_rate");
    case AffiliateQuery::SortKey::Commissions90:
        return QStringLiteral("sum90");
    case AffiliateQuery::SortKey::Events:
        return QStringLiteral("events");
    case AffiliateQuery::SortKey::Duplicates:
        return QStringLiteral("duplicates");
    }
    return QStringLiteral("handle");
}

} // namespace

AffiliateQuery::Sql AffiliateQuery::build(const Connection &connection, bool counting) const
{
    const SqlDialect &dialect = connection.dialect();
    const QDateTime end = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    Sql sql;
    // Race duplicates (`toComparison` IS NOT DISTINCT FROM) or conflicts (IS DISTINCT FROM) of
    // one affiliate: its chain with LAG, as the audit reads it.
    const QString gap = dialect.gapWithinMs(QStringLiteral("x.created_at"), QStringLiteral("x.pa"));
    const auto chainCount = [&gap](const QString &toComparison) {
        return QStringLiteral("(SELECT COUNT(*) FROM (SELECT e.from_rate, e.to_rate, e.created_at, "
                              "LAG(e.from_rate) OVER w AS pf, LAG(e.to_rate) OVER w AS pt, "
                              "LAG(e.created_at) OVER w AS pa FROM tier_events e "
                              "WHERE e.affiliate_id = p.id AND e.status = 'active' "
                              "WINDOW w AS (ORDER BY e.created_at, e.id)) x "
                              "WHERE x.from_rate = x.pf AND x.to_rate %1 x.pt AND %2)")
            .arg(toComparison, gap);
    };
    const QString selectList = QStringLiteral(
        "SELECT p.id, p.handle, p.display_name, p.email, p.commission_rate, "
        "COALESCE((SELECT SUM(CAST(ROUND(c.commission_amount * 100) AS BIGINT)) FROM "
        "affiliate_commissions c "
        "WHERE c.affiliate_id = p.id AND c.created_at > ? AND c.created_at <= ?), 0) AS sum90, "
        "(SELECT COUNT(*) FROM tier_events e WHERE e.affiliate_id = p.id AND e.status = 'active') "
        "AS events, "
        "%1 AS duplicates, %2 AS conflicts, "
        "COALESCE((SELECT CASE WHEN e.to_rate IS DISTINCT FROM p.commission_rate THEN 1 ELSE 0 END "
        "FROM tier_events e WHERE e.affiliate_id = p.id AND e.status = 'active' "
        "ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 0) AS drift ")
                                   .arg(chainCount(QStringLiteral("IS NOT DISTINCT FROM")),
                                       chainCount(QStringLiteral("IS DISTINCT FROM")));
    const QVariantList selectValues{SqlDialect::timeValue(end.addDays(-TierPolicy::WindowDays)),
        SqlDialect::timeValue(end), qint64(windowSeconds) * 1000, qint64(windowSeconds) * 1000};

    QStringList where;
    QVariantList whereValues;
    const QString text = filter.search.trimmed();
    if (!text.isEmpty()) {
        const QUuid uuid = QUuid::fromString(text);
        if (!uuid.isNull()) {
            where << QStringLiteral("p.id = ?");
            whereValues << uuid.toString(QUuid::WithoutBraces);
        } else if (text.startsWith(QLatin1String("evt_"))) {
            where << QStringLiteral("p.id IN (SELECT affiliate_id FROM affiliate_commissions WHERE "
                                    "stripe_event_id = ?)");
            whereValues << text;
        } else {
            // The beginning of a handle, an e-mail address or a name: three index ranges
            // (schema version 3), no LIKE, so %, _ and quotes are just characters.
            const QString prefix
                = (text.startsWith(QLatin1Char('@')) && text.size() > 1 ? text.mid(1) : text)
                      .toLower();
            const QString collate = dialect.bytewiseCollation();
            QStringList ranges;
            for (const char *column : {"handle", "email", "display_name"}) {
                ranges << QStringLiteral("(lower(p.%1)%2 >= ? AND lower(p.%1)%2 < ?)")
                              .arg(QString::fromLatin1(column), collate);
                whereValues << prefix << prefixEnd(prefix);
            }
            where << QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    if (filter.rate) {
        where << QStringLiteral("p.commission_rate = ?");
        whereValues << *filter.rate;
    }
    const QString whereText = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    QStringList outer;
    if (filter.withDuplicates)
        outer << QStringLiteral("duplicates > 0");
    if (filter.withConflictsOrDrift)
        outer << QStringLiteral("(conflicts > 0 OR drift = 1)");
    const QString outerWhere = outer.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + outer.join(QStringLiteral(" AND "));

    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const bool computedFilter = filter.withDuplicates || filter.withConflictsOrDrift;
    const bool plainSort = sortKey == SortKey::Handle || sortKey == SortKey::Name
        || sortKey == SortKey::Email || sortKey == SortKey::Tier;

    if (counting && !computedFilter) {
        // Counting needs none of the per-row figures.
        sql.text = QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles p%1").arg(whereText);
        sql.values = whereValues;
    } else if (counting) {
        sql.text = QStringLiteral("SELECT COUNT(*) FROM (%1 FROM affiliate_profiles p%2) a%3")
                       .arg(selectList, whereText, outerWhere);
        sql.values = selectValues + whereValues;
    } else if (plainSort && !computedFilter) {
        // Page the plain rows first, then compute the figures for those rows only: an
        // OFFSET deep into the list must not compute them for every row it skips.
        sql.text = QStringLiteral(
            "SELECT id, handle, display_name, email, commission_rate, sum90, events, duplicates, "
            "conflicts, drift FROM (%1 FROM (SELECT * FROM affiliate_profiles p%2 ORDER BY %3 %4, "
            "id %4 LIMIT ? OFFSET ?) p) a ORDER BY %3 %4, id %4")
                       .arg(selectList, whereText, sortColumn(sortKey), direction);
        sql.values = selectValues + whereValues;
    } else {
        sql.text = QStringLiteral(
            "SELECT id, handle, display_name, email, commission_rate, sum90, events, duplicates, "
            "conflicts, drift FROM (%1 FROM affiliate_profiles p%2) a%3 ORDER BY %4 %5, id %5 "
            "LIMIT ? OFFSET ?")
                       .arg(selectList, whereText, outerWhere, sortColumn(sortKey), direction);
        sql.values = selectValues + whereValues;
    }
    return sql;
}

Result<QList<AffiliateQuery::Row>> AffiliateQuery::page(
    const Connection &connection, int offset, int limit) const
{
    const Sql sql = build(connection, false);
    auto query = connection.prepare(sql.text);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    for (const QVariant &value : sql.values)
        query->addBindValue(value);
    query->addBindValue(limit);
    query->addBindValue(offset);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Row> rows;
    while (query->next()) {
        Row row;
        row.id = query->value(0).toString();
        row.handle = query->value(1).toString();
        row.name = query->value(2).toString();
        row.email = query->value(3).toString();
        row.rate = query->value(4).toInt();
        row.commissions90Cents = query->value(5).toLongLong();
        row.events = query->value(6).toInt();
        row.duplicates = query->value(7).toInt();
        row.conflicts = query->value(8).toInt();
        row.drift = query->value(9).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Result<qint64> AffiliateQuery::count(const Connection &connection) const
{
    const Sql sql = build(connection, true);
    auto query = connection.prepare(sql.text);
    if (!query)
        return query.error();
    for (const QVariant &value : sql.values)
        query->addBindValue(value);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    const qint64 total = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return total;
}

} // namespace TierDesk
