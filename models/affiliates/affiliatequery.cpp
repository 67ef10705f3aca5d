#include "affiliatequery.h"
#include "../audit/audit.h"
#include "../figures/affiliatestats.h"
#include "../lookup/affiliatelookup.h"
#include "../schema/schema.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

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

// The words of a search, a handle's leading @ dropped.
QStringList searchWords(const QString &text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.startsWith(QLatin1Char('@')) && word.size() > 1)
            word.remove(0, 1);
    }
    return words;
}

// Whether some write was recorded under this ticket reference.
bool isTicket(const Connection &connection, const QString &text)
{
    auto query = connection.cached(
        QStringLiteral("SELECT 1 FROM tierdesk_audit_log WHERE ticket = ? LIMIT 1"));
    if (!query)
        return false;
    QSqlQuery &q = **query;
    q.bindValue(0, text);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
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

QString summaryColumn(AffiliateQuery::SortKey key)
{
    switch (key) {
    case AffiliateQuery::SortKey::Commissions90:
        return QStringLiteral("commissions_90d_cents");
    case AffiliateQuery::SortKey::Events:
        return QStringLiteral("events");
    case AffiliateQuery::SortKey::Duplicates:
        return QStringLiteral("duplicates");
    default:
        return QStringLiteral("affiliate_id");
    }
}

// Whether walking the sort's index to the page's end (`rows`) reads fewer rows than
// reading what the trigram search finds for `phrase` (`found` rows, when known) and
// sorting it.
Result<bool> walkPays(
    const Connection &connection, const QString &phrase, std::optional<qint64> found, int rows)
{
    // The walk reads about rows × profiles / found index entries; the other way reads
    // the found rows, each about twice as dear (measured at a million profiles). So
    // the walk pays once found² exceeds 2 × rows × profiles. The largest rowid stands
    // in for the profiles, and the count stops at that bound.
    auto top = connection.cached(QStringLiteral("SELECT MAX(rowid) FROM affiliate_profiles"));
    if (!top)
        return top.error();
    if (auto done = Connection::exec(**top); !done)
        return done.error();
    const double profiles = (*top)->next() ? (*top)->value(0).toDouble() : 0;
    (*top)->finish();
    const qint64 bound = qint64(std::ceil(std::sqrt(2.0 * std::max(rows, 1) * profiles)));
    if (bound <= 0)
        return false;
    if (found)
        return *found >= bound;
    auto count = connection.cached(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM tierdesk_affiliate_search "
                       "WHERE tierdesk_affiliate_search MATCH ? LIMIT ?)"));
    if (!count)
        return count.error();
    (*count)->bindValue(0, phrase);
    (*count)->bindValue(1, bound);
    if (auto done = Connection::exec(**count); !done)
        return done.error();
    const qint64 counted = (*count)->next() ? (*count)->value(0).toLongLong() : 0;
    (*count)->finish();
    return counted >= bound;
}

} // namespace

AffiliateQuery::Match AffiliateQuery::matchFor(const QString &search, bool substringSearch)
{
    const QString text = search.trimmed();
    if (!AffiliateLookup::exactId(text).isEmpty())
        return Match::Id;
    if (text.startsWith(QLatin1String("evt_"), Qt::CaseInsensitive) && !text.contains(u' '))
        return Match::StripeEvent;
    if (!substringSearch)
        return Match::Prefix;
    // A trigram index finds words of three letters or more.
    const QStringList words = searchWords(text);
    const bool allLong = !words.isEmpty()
        && std::all_of(
            words.cbegin(), words.cend(), [](const QString &word) { return word.size() >= 3; });
    return allLong ? Match::Substring : Match::Prefix;
}

// What the search box asks for, as conditions on the profile `p`: a ticket's
// affiliates, an id, a Stripe event's, every word anywhere (trigrams), or the
// beginning of a handle, an e-mail address or a name.
QString AffiliateQuery::searchCondition(
    const Connection &connection, QStringList &where, QVariantList &whereValues, bool walk) const
{
    const SqlDialect &dialect = connection.dialect();
    const QString text = filter.search.trimmed();
    if (text.isEmpty())
        return {};
    Match match = matchFor(text, true);
    // A ticket reference lists the affiliates the work under that ticket touched
    // (schema version 6's index on the audit log's ticket; one probe to know).
    if ((match == Match::Substring || match == Match::Prefix) && isTicket(connection, text))
        match = Match::Ticket;
    // Only a search that would use the trigram index asks whether there is one.
    if (match == Match::Substring
        && !(substringSearch ? *substringSearch : Schema::hasSubstringSearch(connection)))
        match = matchFor(text, false);
    if (match == Match::Ticket) {
        where << QStringLiteral("p.id IN (SELECT affiliate_id FROM tierdesk_audit_log WHERE "
                                "ticket = ? AND affiliate_id IS NOT NULL)");
        whereValues << text;
    } else if (match == Match::Id) {
        where << QStringLiteral("p.id = ?");
        whereValues << AffiliateLookup::exactId(text);
    } else if (match == Match::StripeEvent) {
        // In any case the agent typed it (schema version 5's index on the lower case).
        where << QStringLiteral("p.id IN (SELECT affiliate_id FROM affiliate_commissions WHERE "
                                "lower(stripe_event_id)%1 = ?)")
                     .arg(dialect.bytewiseCollation());
        whereValues << text.toLower();
    } else if (match == Match::Substring) {
        // Every word somewhere in handle, name or e-mail, in any order and case: a
        // trigram index lookup per word. Bound values, so %, _, quotes and the like
        // are plain characters (LIKE's own are escaped).
        const QStringList words = searchWords(text);
        if (dialect.isPostgres()) {
            for (const QString &word : words) {
                where << QStringLiteral("%1 LIKE ? ESCAPE '\\'")
                             .arg(Schema::substringSearchExpression());
                whereValues << SqlDialect::containsPattern(word.toLower());
            }
        } else {
            QStringList phrases;
            for (const QString &word : words)
                phrases << QLatin1Char('"')
                        + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                        + QLatin1Char('"');
            // A unary + keeps SQLite from driving the plan by rowid lookups, so it walks
            // the sort's index and probes the search's rows (built once) instead.
            where << (walk ? QStringLiteral("+p.rowid IN (SELECT rowid FROM "
                                            "tierdesk_affiliate_search WHERE "
                                            "tierdesk_affiliate_search MATCH ?)")
                           : QStringLiteral("p.rowid IN (SELECT rowid FROM "
                                            "tierdesk_affiliate_search WHERE "
                                            "tierdesk_affiliate_search MATCH ?)"));
            const QString phrase = phrases.join(QLatin1Char(' '));
            whereValues << phrase;
            return phrase;
        }
    } else {
        // The beginning of a handle, an e-mail address or a name: three index ranges
        // (schema version 3), no LIKE, so %, _ and quotes are just characters.
        const QString prefix
            = (text.startsWith(QLatin1Char('@')) && text.size() > 1 ? text.mid(1) : text).toLower();
        // Written out, not formatted: a search runs in microseconds and building
        // its text was a tenth of that.
        where << (dialect.isPostgres()
                ? QStringLiteral("((lower(p.handle) COLLATE \"C\" >= ? AND lower(p.handle) "
                                 "COLLATE \"C\" < ?)"
                                 " OR (lower(p.email) COLLATE \"C\" >= ? AND lower(p.email) "
                                 "COLLATE \"C\" < ?)"
                                 " OR (lower(p.display_name) COLLATE \"C\" >= ? AND "
                                 "lower(p.display_name) COLLATE \"C\" < ?))")
                : QStringLiteral(
                    "((lower(p.handle) >= ? AND lower(p.handle) < ?)"
                    " OR (lower(p.email) >= ? AND lower(p.email) < ?)"
                    " OR (lower(p.display_name) >= ? AND lower(p.display_name) < ?))"));
        const QString end = prefixEnd(prefix);
        whereValues << prefix << end << prefix << end << prefix << end;
    }
    return {};
}

AffiliateQuery::Sql AffiliateQuery::build(
    const Connection &connection, bool counting, bool walk) const
{
    const SqlDialect &dialect = connection.dialect();
    const bool summary = useSummary && windowSeconds == Audit::DefaultWindowSeconds;
    Sql sql;
    // The live figures' SQL only where it is used: building it is a fifth of a search.
    const AffiliateStats::LiveSql live = summary
        ? AffiliateStats::LiveSql()
        : AffiliateStats::liveFigures(
            dialect, asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc(), windowSeconds);
    const QString selectList = summary
        ? QStringLiteral("SELECT p.id, p.handle, p.display_name, p.email, p.commission_rate, "
                         "s.commissions_90d_cents AS sum90, s.events AS events, "
                         "s.duplicates AS duplicates, s.conflicts AS conflicts, s.drift AS drift ")
        : QStringLiteral("SELECT p.id, p.handle, p.display_name, p.email, p.commission_rate, %1 ")
              .arg(live.items);
    const QVariantList selectValues = summary ? QVariantList() : live.values;
    const QString from = summary
        ? QStringLiteral("affiliate_profiles p JOIN tierdesk_affiliate_stats s "
                         "ON s.affiliate_id = p.id")
        : QStringLiteral("affiliate_profiles p");

    QStringList where;
    QVariantList whereValues;
    const QString phrase = searchCondition(connection, where, whereValues, walk);
    if (filter.rate) {
        where << QStringLiteral("p.commission_rate = ?");
        whereValues << *filter.rate;
    }
    if (summary && filter.withDuplicates)
        where << QStringLiteral("s.duplicates > 0");
    if (summary && filter.withConflictsOrDrift)
        where << QStringLiteral("(s.conflicts > 0 OR s.drift = 1)");
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
    const bool computedFilter = !summary && (filter.withDuplicates || filter.withConflictsOrDrift);
    const bool plainSort = sortKey == SortKey::Handle || sortKey == SortKey::Name
        || sortKey == SortKey::Email || sortKey == SortKey::Tier;
    // The trigram search alone: its index knows how many it finds, and the page of a
    // plain sort may walk that sort's index.
    const bool searchAlone = !phrase.isEmpty() && where.size() == 1 && !filter.withDuplicates
        && !filter.withConflictsOrDrift;
    if (searchAlone && plainSort)
        sql.walkablePhrase = phrase;
    if (searchAlone && counting) {
        // Every profile has its row in the search table (triggers keep it), so the
        // search's own count is the count: no lookup of each profile it found.
        sql.text = QStringLiteral("SELECT COUNT(*) FROM tierdesk_affiliate_search WHERE "
                                  "tierdesk_affiliate_search MATCH ?");
        sql.values = {phrase};
        return sql;
    }

    if (summary) {
        // The figures are columns of the summary, each sort an index walk.
        const bool summaryFilter = filter.withDuplicates || filter.withConflictsOrDrift;
        // Handles are unique, so they need no tie-break (which costs SQLite a sort).
        const QString order = sortKey == SortKey::Handle
            ? QStringLiteral("p.handle %1").arg(direction)
            : plainSort
            ? QStringLiteral("p.%1 %2, p.id %2").arg(sortColumn(sortKey), direction)
            : QStringLiteral("s.%1 %2, s.affiliate_id %2").arg(summaryColumn(sortKey), direction);
        if (counting)
            sql.text = QStringLiteral("SELECT COUNT(*) FROM %1%2")
                           .arg(summaryFilter ? from : QStringLiteral("affiliate_profiles p"),
                               whereText);
        else if (plainSort && !summaryFilter)
            // The page of profiles first, then their summary rows: the join never
            // runs for the rows a sort or an OFFSET passes over. (LEFT: SQLite
            // otherwise plans the inner join of a sorted subquery three times slower.)
            sql.text = QStringLiteral("%1FROM (SELECT p.id, p.handle, p.display_name, p.email, "
                                      "p.commission_rate FROM affiliate_profiles p%2 ORDER BY %3 "
                                      "LIMIT ? OFFSET ?) p LEFT JOIN tierdesk_affiliate_stats s "
                                      "ON s.affiliate_id = p.id ORDER BY %3")
                           .arg(selectList, whereText, order);
        else
            sql.text = QStringLiteral("%1FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                           .arg(selectList, from, whereText, order);
        sql.values = whereValues;
    } else if (counting && !computedFilter) {
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

Result<bool> AffiliateQuery::walksIndex(const Connection &connection, int rows) const
{
    const QString phrase = build(connection, false).walkablePhrase;
    if (phrase.isEmpty())
        return false;
    return indexWalk ? *indexWalk : walkPays(connection, phrase, counted, rows);
}

Result<QList<AffiliateQuery::Row>> AffiliateQuery::page(
    const Connection &connection, int offset, int limit) const
{
    Sql sql = build(connection, false);
    if (!sql.walkablePhrase.isEmpty()) {
        auto walk = indexWalk ? Result<bool>(*indexWalk)
                              : walkPays(connection, sql.walkablePhrase, counted, offset + limit);
        if (!walk)
            return walk.error();
        if (*walk)
            sql = build(connection, false, true);
    }
    // An affiliate id or a Stripe event id finds one affiliate: its page's bounds are
    // written into the text, so PostgreSQL settles on one plan for it after five runs.
    // Bound, they keep it planning every such search afresh (0.3 ms of planning for a
    // 0.05 ms read); a search of words keeps them bound, its plan made for its words.
    const Match match = matchFor(filter.search, true);
    const bool boundsWritten = match == Match::Id || match == Match::StripeEvent;
    if (boundsWritten)
        sql.text.replace(QLatin1String("LIMIT ? OFFSET ?"),
            QStringLiteral("LIMIT %1 OFFSET %2")
                .arg(QString::number(limit), QString::number(offset)));
    auto prepared = connection.cached(sql.text);
    if (!prepared)
        return prepared.error();
    QSqlQuery &query = **prepared;
    query.setForwardOnly(true);
    int position = 0;
    for (const QVariant &value : sql.values)
        query.bindValue(position++, value);
    if (!boundsWritten) {
        query.bindValue(position++, limit);
        query.bindValue(position++, offset);
    }
    if (auto done = Connection::exec(query); !done)
        return done.error();
    QList<Row> rows;
    rows.reserve(limit);
    while (query.next()) {
        Row row;
        row.id = query.value(0).toString();
        row.handle = query.value(1).toString();
        row.name = query.value(2).toString();
        row.email = query.value(3).toString();
        row.rate = query.value(4).toInt();
        row.commissions90Cents = query.value(5).toLongLong();
        row.events = query.value(6).toInt();
        row.duplicates = query.value(7).toInt();
        row.conflicts = query.value(8).toInt();
        row.drift = query.value(9).toInt() != 0;
        rows.append(row);
    }
    query.finish();
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
