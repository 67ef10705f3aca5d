#include "demodata.h"
#include "../common/logging.h"
#include "../db/tablewriter.h"
#include "../figures/affiliatestats.h"
#include "../schema/schema.h"
#include "demostory.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <vector>

namespace TierDesk {

using namespace DemoStory;

namespace {

QVariant timeAt(qint64 ms)
{
    return SqlDialect::timeValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// The story's rows, table by table, inside the caller's transaction.
Result<void> writeRows(const Connection &connection, const Generator &generator)
{
    const auto &affiliates = generator.affiliates;
    auto profiles = TableWriter::create(connection, QStringLiteral("affiliate_profiles"),
        {QStringLiteral("id"), QStringLiteral("handle"), QStringLiteral("display_name"),
            QStringLiteral("email"), QStringLiteral("commission_rate"),
            QStringLiteral("created_at")});
    if (!profiles)
        return profiles.error();
    for (const Affiliate &a : affiliates) {
        if (auto done
            = (*profiles)->add({a.id, a.handle, a.name, a.email, a.rate, timeAt(a.createdAt)});
            !done)
            return done;
    }
    if (auto done = (*profiles)->finish(); !done)
        return done;

    auto commissions = TableWriter::create(connection, QStringLiteral("affiliate_commissions"),
        {QStringLiteral("affiliate_id"), QStringLiteral("stripe_event_id"),
            QStringLiteral("commission_amount"), QStringLiteral("created_at")});
    if (!commissions)
        return commissions.error();
    for (const Commission &c : generator.commissions) {
        if (auto done = (*commissions)
                            ->add({affiliates[c.affiliate].id, c.eventId,
                                SqlDialect::moneyText(c.cents), timeAt(c.at)});
            !done)
            return done;
    }
    if (auto done = (*commissions)->finish(); !done)
        return done;

    auto events = TableWriter::create(connection, QStringLiteral("tier_events"),
        {QStringLiteral("affiliate_id"), QStringLiteral("from_rate"), QStringLiteral("to_rate"),
            QStringLiteral("created_at"), QStringLiteral("status")});
    if (!events)
        return events.error();
    for (const TierEvent &e : generator.events) {
        if (auto done = (*events)->add(
                {affiliates[e.affiliate].id, e.from, e.to, timeAt(e.at), QStringLiteral("active")});
            !done)
            return done;
    }
    if (auto done = (*events)->finish(); !done)
        return done;

    auto beacons = TableWriter::create(connection, QStringLiteral("tier_beacons"),
        {QStringLiteral("at"), QStringLiteral("name"), QStringLiteral("affiliate_id"),
            QStringLiteral("details")});
    if (!beacons)
        return beacons.error();
    for (const Beacon &b : generator.beacons) {
        const QJsonObject details{{QStringLiteral("affiliate_id"), affiliates[b.affiliate].id},
            {QStringLiteral("prior_rate"), b.prior}, {QStringLiteral("target_rate"), b.target},
            {QStringLiteral("observed_rate"), b.observed}};
        if (auto done = (*beacons)->add({timeAt(b.at), QStringLiteral("evaluate_tier_race_lost"),
                affiliates[b.affiliate].id,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
            !done)
            return done;
    }
    if (auto done = (*beacons)->finish(); !done)
        return done;
    return {};
}

} // namespace

Result<DemoData::Summary> DemoData::generate(
    const Connection &connection, quint32 seed, const QDateTime &now)
{
    const QDateTime createdAt = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    {
        QSqlQuery count(connection.database());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles")))
            return Connection::queryError(count);
        if (count.next() && count.value(0).toLongLong() > 0)
            return Error::refused(
                tr("The database already has %Ln affiliate(s); demo data goes into an empty one.",
                    nullptr, count.value(0).toInt()));
    }

    Generator generator(seed);
    generator.run();
    generator.extendTo(createdAt.toMSecsSinceEpoch(), seed);

    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto done = connection.exec(
            QStringLiteral("INSERT INTO tier_policy (rate, name, threshold_amount) "
                           "VALUES (30, 'Platinum', 5000) ON CONFLICT (rate) DO NOTHING"));
        !done)
        return done.error();

    if (auto written = writeRows(connection, generator); !written)
        return written.error();
    if (auto figures = AffiliateStats::fill(connection, createdAt); !figures)
        return figures.error();

    if (auto committed = transaction.commit(); !committed)
        return committed.error();

    Summary summary;
    summary.affiliates = int(generator.affiliates.size());
    summary.commissions = int(generator.commissions.size());
    summary.tierEvents = int(generator.events.size());
    summary.beacons = int(generator.beacons.size());
    summary.affectedAffiliates = generator.affected;
    summary.redundantEvents = generator.redundant;
    qCInfo(lcDb) << "demo data:" << summary.affiliates << "affiliates," << summary.commissions
                 << "commissions," << summary.tierEvents << "tier events," << summary.beacons
                 << "beacons";
    return summary;
}

QJsonObject DemoData::Summary::toJson(quint32 seed) const
{
    return {{QStringLiteral("seed"), qint64(seed)}, {QStringLiteral("affiliates"), affiliates},
        {QStringLiteral("commissions"), commissions}, {QStringLiteral("tier_events"), tierEvents},
        {QStringLiteral("beacons"), beacons},
        {QStringLiteral("affected_affiliates"), affectedAffiliates},
        {QStringLiteral("redundant_events"), redundantEvents}};
}

Result<void> DemoData::openSandbox(const DatabaseUrl &url)
{
    if (QFileInfo::exists(url.filePath())) {
        auto connection = Connection::open(url, Connection::Mode::ReadWrite);
        if (!connection)
            return connection.error();
        if (auto migrated = Schema::migrate(**connection); !migrated)
            return migrated.error();
        return {};
    }
    auto connection = Connection::open(url, Connection::Mode::Create);
    if (!connection)
        return connection.error();
    if (auto done = Schema::initialize(**connection); !done)
        return done.error();
    if (auto demo = generate(**connection); !demo)
        return demo.error();
    return {};
}

} // namespace TierDesk
