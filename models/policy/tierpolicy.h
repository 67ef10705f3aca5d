#pragma once

#include "../db/connection.h"

#include <QCoreApplication>
#include <QList>

namespace TierDesk {

// The commission tiers (tier_policy) and the rule that picks a rate from a
// rolling 90-day commission sum. Promotion only unless demotion is switched on.
class TierPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::TierPolicy)

public:
    struct Tier
    {
        int rate = 0;
        QString name;
        qint64 thresholdCents = 0;
    };

    static constexpr int WindowDays = 90;

    // Bronze 20 % at $0, Gold 25 % at $1,500.
    static TierPolicy defaultPolicy();
    // Reads tier_policy (and the demotion switch in tierdesk_meta); the default
    // policy when TierDesk's tables are not there.
    static Result<TierPolicy> load(const Connection &connection);
    // The same from a database known to be migrated (no catalogue lookup first).
    static Result<TierPolicy> read(const Connection &connection);
    // tierdesk_meta's "currency" of a migrated database (USD when unset).
    static Result<QString> readCurrency(const Connection &connection);
    // The currency tierdesk_meta names (`text`): USD when none, refused when it is not
    // a three-letter code.
    static Result<QString> currencyOf(const QString &text);

    QList<Tier> tiers() const { return m_tiers; }
    bool allowsDemotion() const { return m_allowDemotion; }
    // The one currency the database books (tierdesk_meta's "currency"; USD when unset):
    // money columns hold hundredths of its unit, and nothing else is ever booked.
    QString currency() const { return m_currency; }
    void setCurrency(const QString &code) { m_currency = code; }
    void setAllowDemotion(bool allow) { m_allowDemotion = allow; }
    void setTiers(QList<Tier> tiers);

    // The rate the sum earns; `prior` when the policy would only demote and demotion is off.
    int targetRate(qint64 sumCents, int prior) const;
    // The tier a rate belongs to (name empty for a rate no tier has).
    Tier tierFor(int rate) const;
    // The next tier above `rate`, if any.
    std::optional<Tier> nextTier(int rate) const;

private:
    QList<Tier> m_tiers; // ascending threshold
    bool m_allowDemotion = false;
    QString m_currency = QStringLiteral("USD");
};

} // namespace TierDesk
