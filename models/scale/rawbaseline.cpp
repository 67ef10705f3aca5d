#include "rawbaseline.h"
#include "../policy/tierpolicy.h"
#include "../schema/schema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TierDesk {

namespace {

// Runs `sql` as a statement prepared once and reused, as TierDesk's own list and
// search queries are, and reads every value of every row.
Result<qint64> readAll(
    const Connection &connection, const QString &sql, const QVariantList &values = {})
{
    auto prepared = connection.cached(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &query = **prepared;
    query.setForwardOnly(true);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (auto done = Connection::exec(query); !done)
        return done.error();
    qint64 rows = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int i = 0; i < columns; ++i)
            query.value(i);
        ++rows;
    }
    query.finish();
    return rows;
}

Result<QVariant> first(
    const Connection &connection, const QString &sql, const QVariantList &values = {})
{
    auto query = connection.run(sql, values);
    if (!query)
        return query.error();
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

// A page's or a search's columns, and the join that brings the figures.
QString selectList(RawBaseline::Columns columns)
{
    return columns != RawBaseline::Columns::ProfileOnly
        ? QStringLiteral("p.id, p.handle, p.display_name, p.email, p.commission_rate, "
                         "s.commissions_90d_cents, s.events, s.duplicates, s.conflicts, s.drift")
        : QStringLiteral("p.id, p.handle, p.display_name, p.email, p.commission_rate");
}

QString figuresJoin(RawBaseline::Columns columns)
{
    return columns != RawBaseline::Columns::ProfileOnly
        ? QStringLiteral(" LEFT JOIN tierdesk_affiliate_stats s ON s.affiliate_id = p.id")
        : QString();
}

Result<void> toVoid(const Result<qint64> &rows)
{
    return rows ? Result<void>() : Result<void>(rows.error());
}

} // namespace

Result<qint64> RawBaseline::affiliateCount(const Connection &connection)
{
    auto value = first(connection, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<void> RawBaseline::settle(const Connection &connection)
{
    if (!connection.dialect().isPostgres())
        return connection.exec(QStringLiteral("ANALYZE"));
    for (const char *table : {"tier_events", "affiliate_profiles", "affiliate_commissions",
             "tierdesk_affiliate_stats"}) {
        if (auto done = connection.exec(
                QStringLiteral("VACUUM (ANALYZE) %1").arg(QString::fromLatin1(table)));
            !done)
            return done;
    }
    return {};
}

Result<RawBaseline::Facts> RawBaseline::facts(const Connection &connection, int replayTargets)
{
    Facts facts;
    const auto number = [&](const char *sql, qint64 &out) -> Result<void> {
        auto value = first(connection, QString::fromLatin1(sql));
        if (!value)
            return value.error();
        out = value->toLongLong();
        return {};
    };
    const auto text
        = [&](const QString &sql, const QVariantList &values, QString &out) -> Result<void> {
        auto value = first(connection, sql, values);
        if (!value)
            return value.error();
        out = value->toString();
        return {};
    };
    for (auto result : {number("SELECT COUNT(*) FROM affiliate_profiles", facts.affiliates),
             number("SELECT COUNT(*) FROM affiliate_commissions", facts.commissions),
             number("SELECT COUNT(*) FROM tier_events", facts.events)})
        if (!result)
            return result.error();
    for (auto result :
        {text(QStringLiteral(
                  "SELECT handle FROM affiliate_profiles ORDER BY handle LIMIT 1 OFFSET ?"),
             {facts.affiliates / 2}, facts.middleHandle),
            text(QStringLiteral(
                     "SELECT email FROM affiliate_profiles ORDER BY handle LIMIT 1 OFFSET ?"),
                {facts.affiliates / 3}, facts.someEmail),
            text(QStringLiteral("SELECT display_name FROM affiliate_profiles ORDER BY handle "
                                "LIMIT 1 OFFSET ?"),
                {facts.affiliates / 2}, facts.someSurname),
            text(QStringLiteral("SELECT stripe_event_id FROM affiliate_commissions ORDER BY id "
                                "LIMIT 1 OFFSET ?"),
                {facts.commissions / 2}, facts.someStripeEvent),
            text(QStringLiteral(
                     "SELECT affiliate_id FROM affiliate_commissions GROUP BY affiliate_id "
                     "ORDER BY COUNT(*) DESC LIMIT 1"),
                {}, facts.busiestAffiliate)})
        if (!result)
            return result.error();

    auto targets = connection.prepare(
        QStringLiteral("SELECT id FROM affiliate_profiles ORDER BY id LIMIT ?"));
    if (!targets)
        return targets.error();
    targets->setForwardOnly(true);
    targets->addBindValue(replayTargets);
    if (auto done = Connection::exec(*targets); !done)
        return done.error();
    while (targets->next())
        facts.replayTargets << targets->value(0).toString();
    targets->finish();

    // LargeData's truth table exists only in large sandboxes.
    auto truth = connection.prepare(
        QStringLiteral("SELECT event_id FROM tierdesk_bench_truth WHERE kind = 'redundant'"));
    if (truth) {
        truth->setForwardOnly(true);
        if (Connection::exec(*truth)) {
            while (truth->next())
                facts.injectedRedundant.insert(truth->value(0).toLongLong());
        }
        truth->finish();
    }
    return facts;
}

Result<void> RawBaseline::incidentMinuteQuery(const Connection &connection)
{
    // The incident's DATE_TRUNC('minute'); SQLite's date function for it is strftime.
    const QString minute = connection.dialect().isPostgres()
        ? QStringLiteral("date_trunc('minute', created_at)")
        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:00Z', created_at)");
    return toVoid(readAll(connection,
        QStringLiteral(
            "SELECT affiliate_id, from_rate, to_rate, %1 AS minute, COUNT(*) FROM tier_events "
            "WHERE status = 'active' GROUP BY affiliate_id, from_rate, to_rate, minute "
            "HAVING COUNT(*) > 1")
            .arg(minute)));
}

Result<void> RawBaseline::plainLagQuery(const Connection &connection)
{
    return toVoid(readAll(connection,
        QStringLiteral(
            "SELECT * FROM (SELECT affiliate_id, id, from_rate, to_rate, created_at, "
            "LAG(from_rate) OVER w AS pf, LAG(to_rate) OVER w AS pt, LAG(created_at) OVER w AS pa "
            "FROM tier_events WHERE status = 'active' WINDOW w AS (PARTITION BY affiliate_id "
            "ORDER BY created_at, id)) x WHERE from_rate = pf AND to_rate = pt")));
}

Result<void> RawBaseline::listPage(
    const Connection &connection, ListColumn column, int offset, Columns columns)
{
    QString figure;
    switch (column) {
    case ListColumn::Handle:
    case ListColumn::Name:
    case ListColumn::Tier: {
        // Handles are unique: the index alone orders them.
        const QString order = column == ListColumn::Handle ? QStringLiteral("p.handle")
            : column == ListColumn::Name                   ? QStringLiteral("p.display_name, p.id")
                                         : QStringLiteral("p.commission_rate, p.id");
        if (columns == Columns::AsShownPagedFirst)
            return toVoid(readAll(connection,
                QStringLiteral("SELECT %1 FROM (SELECT %2 FROM affiliate_profiles p ORDER BY %3 "
                               "LIMIT 100 OFFSET ?) p%4 ORDER BY %3")
                    .arg(selectList(Columns::AsShown), selectList(Columns::ProfileOnly), order,
                        figuresJoin(Columns::AsShown)),
                {offset}));
        return toVoid(readAll(connection,
            QStringLiteral("SELECT %1 FROM affiliate_profiles p%2 ORDER BY %3 LIMIT 100 OFFSET ?")
                .arg(selectList(columns), figuresJoin(columns), order),
            {offset}));
    }
    case ListColumn::Commissions90:
        figure = QStringLiteral("commissions_90d_cents");
        break;
    case ListColumn::Events:
        figure = QStringLiteral("events");
        break;
    case ListColumn::Duplicates:
        figure = QStringLiteral("duplicates");
        break;
    }
    return toVoid(readAll(connection,
        QStringLiteral("SELECT %1 FROM tierdesk_affiliate_stats s JOIN affiliate_profiles p "
                       "ON p.id = s.affiliate_id ORDER BY s.%2 DESC, s.affiliate_id DESC "
                       "LIMIT 100 OFFSET ?")
            .arg(columns == Columns::AsShown
                    ? selectList(columns)
                    : selectList(columns) + QStringLiteral(", s.") + figure,
                figure),
        {offset}));
}

Result<void> RawBaseline::substringLookup(
    const Connection &connection, const QString &word, Columns columns)
{
    if (connection.dialect().isPostgres())
        return toVoid(readAll(connection,
            QStringLiteral("SELECT %1 FROM affiliate_profiles p%2 WHERE %3 LIKE ? "
                           "ORDER BY p.handle LIMIT 100")
                .arg(
                    selectList(columns), figuresJoin(columns), Schema::substringSearchExpression()),
            {QStringLiteral("%%1%").arg(word.toLower())}));
    return toVoid(readAll(connection,
        QStringLiteral("SELECT %1 FROM affiliate_profiles p%2 WHERE p.rowid IN (SELECT rowid FROM "
                       "tierdesk_affiliate_search WHERE tierdesk_affiliate_search MATCH ?) "
                       "ORDER BY p.handle LIMIT 100")
            .arg(selectList(columns), figuresJoin(columns)),
        {QStringLiteral("\"%1\"").arg(word)}));
}

Result<void> RawBaseline::stripeEventLookup(
    const Connection &connection, const QString &eventId, Columns columns)
{
    return toVoid(readAll(connection,
        QStringLiteral("SELECT %1 FROM affiliate_commissions c JOIN affiliate_profiles p "
                       "ON p.id = c.affiliate_id%2 WHERE lower(c.stripe_event_id)%3 = ?")
            .arg(selectList(columns), figuresJoin(columns),
                connection.dialect().bytewiseCollation()),
        {eventId.toLower()}));
}

Result<void> RawBaseline::openAffiliate(const Connection &connection, const QString &affiliateId)
{
    // What the detail view shows: the profile, every tier event, the newest page of
    // commissions and each day's total for the chart.
    const SqlDialect &d = connection.dialect();
    for (const QString &sql :
        {QStringLiteral("SELECT id, handle, display_name, email, commission_rate, created_at "
                        "FROM affiliate_profiles WHERE id = ?"),
            QStringLiteral("SELECT id, from_rate, to_rate, created_at, status, superseded_by "
                           "FROM tier_events WHERE affiliate_id = ? ORDER BY created_at, id"),
            QStringLiteral("SELECT id, stripe_event_id, commission_amount, created_at FROM "
                           "affiliate_commissions WHERE affiliate_id = ? "
                           "ORDER BY created_at DESC, id DESC LIMIT 200"),
            QStringLiteral("SELECT %1, SUM(commission_amount) FROM affiliate_commissions "
                           "WHERE affiliate_id = ? GROUP BY %1")
                .arg(d.utcDay(QStringLiteral("created_at")))}) {
        if (auto rows = readAll(connection, sql, {affiliateId}); !rows)
            return rows.error();
    }
    return {};
}

Result<double> RawBaseline::replayInvoices(
    const Connection &connection, const QList<Invoice> &invoices)
{
    const SqlDialect &d = connection.dialect();
    auto rate = connection.prepare(
        QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"));
    auto insert = connection.prepare(
        QStringLiteral("INSERT INTO affiliate_commissions (affiliate_id, stripe_event_id, "
                       "commission_amount, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    auto sum = connection.prepare(
        QStringLiteral("SELECT COALESCE(%1, 0) FROM affiliate_commissions WHERE affiliate_id = ? "
                       "AND created_at > ? AND created_at <= ?")
            .arg(d.sumCents(QStringLiteral("commission_amount"))));
    for (auto *prepared : {&rate, &insert, &sum}) {
        if (!*prepared)
            return prepared->error();
    }
    QElapsedTimer timer;
    timer.start();
    for (const Invoice &invoice : invoices) {
        rate->bindValue(0, invoice.affiliateId);
        if (auto done = Connection::exec(*rate); !done)
            return done.error();
        const int percent = rate->next() ? rate->value(0).toInt() : 0;
        rate->finish();
        insert->bindValue(0, invoice.affiliateId);
        insert->bindValue(1, invoice.eventId);
        insert->bindValue(2, SqlDialect::moneyText((invoice.amountCents * percent + 50) / 100));
        insert->bindValue(3, SqlDialect::timeValue(invoice.at));
        if (auto done = Connection::exec(*insert); !done)
            return done.error();
        insert->finish();
        sum->bindValue(0, invoice.affiliateId);
        sum->bindValue(1, SqlDialect::timeValue(invoice.at.addDays(-TierPolicy::WindowDays)));
        sum->bindValue(2, SqlDialect::timeValue(invoice.at));
        if (auto done = Connection::exec(*sum); !done)
            return done.error();
        if (!sum->next())
            return Error::refused(QStringLiteral("The 90-day sum returned no row."));
        sum->finish();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

Result<void> RawBaseline::supersedeInOneUpdate(
    const Connection &connection, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    auto update = connection.prepare(
        QStringLiteral("UPDATE tier_events SET status = 'superseded', superseded_at = ?, "
                       "backfill_batch_id = 0 WHERE id IN (%1) AND status = 'active'")
            .arg(SqlDialect::placeholders(ids.size())));
    if (!update)
        return update.error();
    update->addBindValue(SqlDialect::timeValue(QDateTime::currentDateTimeUtc()));
    for (qint64 id : ids)
        update->addBindValue(id);
    return Connection::exec(*update);
}

Result<QList<qint64>> RawBaseline::addEvents(const Connection &connection, int count)
{
    auto picked = connection.run(
        QStringLiteral("SELECT id FROM affiliate_profiles ORDER BY random() LIMIT %1").arg(count));
    if (!picked)
        return picked.error();
    QStringList affiliates;
    while (picked->next())
        affiliates << picked->value(0).toString();
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto insert = connection.prepare(
        QStringLiteral("INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, "
                       "status) VALUES (?, 20, 25, ?, 'active') RETURNING id"));
    if (!insert)
        return insert.error();
    const QVariant now = SqlDialect::timeValue(QDateTime::currentDateTimeUtc());
    QList<qint64> ids;
    for (const QString &affiliate : std::as_const(affiliates)) {
        insert->bindValue(0, affiliate);
        insert->bindValue(1, now);
        if (auto done = Connection::exec(*insert); !done)
            return done.error();
        if (insert->next())
            ids << insert->value(0).toLongLong();
        insert->finish();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Result<void> RawBaseline::removeEvents(const Connection &connection, const QList<qint64> &ids)
{
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto remove = connection.prepare(QStringLiteral("DELETE FROM tier_events WHERE id = ?"));
    if (!remove)
        return remove.error();
    for (qint64 id : ids) {
        remove->bindValue(0, id);
        if (auto done = Connection::exec(*remove); !done)
            return done.error();
    }
    return transaction.commit();
}

} // namespace TierDesk
