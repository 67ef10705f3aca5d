#include "tierpolicy.h"
#include "schema.h"

#include <QSqlQuery>

#include <algorithm>

namespace TierDesk {

TierPolicy TierPolicy::defaultPolicy()
{
    TierPolicy policy;
    policy.setTiers({{20, QStringLiteral("Bronze"), 0}, {25, QStringLiteral("Gold"), 150000}});
    return policy;
}

void TierPolicy::setTiers(QList<Tier> tiers)
{
    std::sort(tiers.begin(), tiers.end(), [](const Tier &a, const Tier &b) {
        return a.thresholdCents != b.thresholdCents ? a.thresholdCents < b.thresholdCents
                                                    : a.rate < b.rate;
    });
    m_tiers = std::move(tiers);
}

Result<TierPolicy> TierPolicy::load(const Connection &connection)
{
    auto columns = Schema::columnsOf(connection, QStringLiteral("tier_policy"));
    if (!columns)
        return columns.error();
    if (columns->isEmpty())
        return defaultPolicy();
    return read(connection);
}

Result<TierPolicy> TierPolicy::read(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT rate, name, %1 FROM tier_policy")
                        .arg(connection.dialect().cents(QStringLiteral("threshold_amount")))))
        return Connection::queryError(query);
    QList<Tier> tiers;
    while (query.next())
        tiers.append(
            {query.value(0).toInt(), query.value(1).toString(), query.value(2).toLongLong()});
    if (tiers.isEmpty())
        return Error::refused(
            tr("The tier_policy table is empty; TierDesk cannot tell which rate a sum earns."));
    TierPolicy policy;
    policy.setTiers(std::move(tiers));
    QSqlQuery demotion(connection.database());
    if (demotion.exec(
            QStringLiteral("SELECT value FROM tierdesk_meta WHERE key = 'allow_demotion'"))
        && demotion.next())
        policy.setAllowDemotion(demotion.value(0).toString() == QLatin1String("true"));
    return policy;
}

int TierPolicy::targetRate(qint64 sumCents, int prior) const
{
    int target = prior;
    bool found = false;
    for (const Tier &tier : m_tiers) {
        if (tier.thresholdCents <= sumCents) {
            target = tier.rate;
            found = true;
        }
    }
    if (!found)
        return prior;
    if (target < prior && !m_allowDemotion)
        return prior;
    return target;
}

TierPolicy::Tier TierPolicy::tierFor(int rate) const
{
    for (const Tier &tier : m_tiers) {
        if (tier.rate == rate)
            return tier;
    }
    return {rate, {}, 0};
}

std::optional<TierPolicy::Tier> TierPolicy::nextTier(int rate) const
{
    for (const Tier &tier : m_tiers) {
        if (tier.rate > rate)
            return tier;
    }
    return std::nullopt;
}

} // namespace TierDesk
