#include "tierpolicy.h"
#include "../common/currency.h"
#include "../common/text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
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
    auto columns = connection.columnsOf(QStringLiteral("tier_policy"));
    if (!columns)
        return columns.error();
    if (columns->isEmpty())
        return defaultPolicy();
    return read(connection);
}

Result<TierPolicy> TierPolicy::read(const Connection &connection)
{
    // The amount as text, parsed here: SQLite would turn "abc" into 0 and the
    // policy would promote everyone. The settings beside it on every row: one round
    // trip (an affiliate's detail reads the policy each time), kept prepared.
    auto statement = connection.runKept(
        QStringLiteral("SELECT CAST(rate AS TEXT), name, CAST(threshold_amount AS TEXT), "
                       "(SELECT value FROM tierdesk_meta WHERE key = 'allow_demotion'), "
                       "(SELECT value FROM tierdesk_meta WHERE key = 'currency') FROM tier_policy"),
        {});
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    // Finished on every way out: an open statement would pin SQLite's read snapshot.
    const auto finished = qScopeGuard([&query] { query.finish(); });
    bool allowDemotion = false;
    QString currencyText;
    static const QRegularExpression amount(QStringLiteral("^([0-9]{1,10})(?:\\.([0-9]*))?$"));
    QList<Tier> tiers;
    while (query.next()) {
        const QString rateText = query.value(0).toString().trimmed();
        bool rateOk = false;
        const int rate = rateText.toInt(&rateOk);
        if (!rateOk || rate < 1 || rate > 100)
            return Error::refused(
                tr("tier_policy has a rate of \"%1\"; rates are whole percentages from 1 to 100. "
                   "Fix the policy first; nothing was written.")
                    .arg(Error::quoted(rateText)));
        const QString thresholdText = query.value(2).toString().trimmed();
        const auto match = amount.match(thresholdText);
        if (!match.hasMatch())
            return Error::refused(
                tr("tier_policy gives the %1% tier the threshold \"%2\", which is not an amount "
                   "of zero or more dollars. Fix the policy first; nothing was written.")
                    .arg(Text::of(rate), Error::quoted(thresholdText)));
        // Whole cents: round half up on the third decimal, as numeric(12,2) would.
        const QString fraction = (match.captured(2) + QStringLiteral("000")).left(3);
        const qint64 cents = match.captured(1).toLongLong() * 100 + fraction.left(2).toInt()
            + (fraction.at(2) >= QLatin1Char('5') ? 1 : 0);
        tiers.append({rate, query.value(1).toString(), cents});
        allowDemotion = query.value(3).toString() == QLatin1String("true");
        currencyText = query.value(4).toString();
    }
    if (tiers.isEmpty())
        return Error::refused(
            tr("The tier_policy table is empty; TierDesk cannot tell which rate a sum earns."));
    // Ordered: a higher rate needs a higher sum; two tiers at one rate or one
    // threshold would make the target depend on the row order.
    std::sort(
        tiers.begin(), tiers.end(), [](const Tier &a, const Tier &b) { return a.rate < b.rate; });
    for (qsizetype i = 1; i < tiers.size(); ++i) {
        const Tier &lower = tiers.at(i - 1);
        const Tier &higher = tiers.at(i);
        if (higher.rate == lower.rate || higher.thresholdCents <= lower.thresholdCents)
            return Error::refused(
                tr("tier_policy is not ordered: the %1% tier needs %2 and the %3% tier %4; each "
                   "higher rate must need a higher sum. Fix the policy first; nothing was "
                   "written.")
                    .arg(Text::of(lower.rate),
                        QLocale::c().toString(lower.thresholdCents / 100.0, 'f', 2),
                        Text::of(higher.rate),
                        QLocale::c().toString(higher.thresholdCents / 100.0, 'f', 2)));
    }
    TierPolicy policy;
    policy.setTiers(std::move(tiers));
    policy.setAllowDemotion(allowDemotion);
    auto currency = currencyOf(currencyText);
    if (!currency)
        return currency.error();
    policy.setCurrency(*currency);
    return policy;
}

Result<QString> TierPolicy::readCurrency(const Connection &connection)
{
    QSqlQuery currency(connection.database());
    if (!currency.exec(QStringLiteral("SELECT value FROM tierdesk_meta WHERE key = 'currency'")))
        return Connection::queryError(currency);
    const QString text = currency.next() ? currency.value(0).toString() : QString();
    currency.finish();
    return currencyOf(text);
}

Result<QString> TierPolicy::currencyOf(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty())
        return QStringLiteral("USD");
    if (!Currency::isCode(code))
        return Error::refused(tr("tierdesk_meta names the currency \"%1\", which is not a "
                                 "three-letter code; fix it first; nothing was written.")
                                  .arg(Error::quoted(code)));
    return code;
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
