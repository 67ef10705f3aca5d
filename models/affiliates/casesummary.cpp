#include "casesummary.h"
#include "../common/format.h"
#include "../common/text.h"

#include <QJsonArray>

#include <algorithm>

namespace TierDesk {

QStringList CaseSummary::findings(const AffiliateDetail &detail)
{
    QStringList lines;
    for (const auto &cluster : detail.audit.clusters) {
        QStringList ids;
        for (qint64 id : cluster.redundantIds)
            ids << QLatin1Char('#') + QString::number(id);
        const qint64 spread = cluster.firstAt.msecsTo(cluster.lastAt);
        if (cluster.kind == Audit::Cluster::Kind::Duplicate) {
            //: %3 how often ("twice"); the last part is what the cleanup proposes
            lines << tr("Race duplicate: %1 → %2 written %3 within %4 ms at %5; keep #%6, "
                        "supersede %7.")
                         .arg(Format::rate(cluster.fromRate), Format::rate(cluster.toRate),
                             Format::times(int(cluster.redundantIds.size() + 1)),
                             QLocale().toString(spread), Format::time(cluster.firstAt),
                             Text::of(cluster.keepId), Text::of(ids.join(QStringLiteral(", "))));
        } else {
            QStringList rates;
            for (const auto &rate : cluster.toRates)
                rates << Format::rate(rate);
            lines << tr("Conflict: concurrent evaluations from %1 chose %2 within %3 ms at %4; the "
                        "last writer won. "
                        "Needs a decision.")
                         .arg(Format::rate(cluster.fromRate), rates.join(QStringLiteral(" / ")),
                             QLocale().toString(spread), Format::time(cluster.firstAt));
        }
    }
    for (const auto &item : detail.audit.chainBreaks)
        lines << tr(
            "Chain break at event #%1 (%2): it starts at %3, the previous event ended at %4.")
                     .arg(Text::of(item.eventId), Format::time(item.at),
                         Format::rate(item.fromRate), Format::rate(item.expectedFromRate));
    for (const auto &item : detail.audit.drift)
        lines << tr("Drift: the profile's rate is %1, but the tier history ends at %2.")
                     .arg(Format::rate(item.profileRate), Format::rate(item.historyRate));
    return lines;
}

namespace {

// "evt_aaa111 (58,00 $, 14:18:32)": a payment as the sentences name it.
QString paymentText(const AffiliateDetail::Commission &commission)
{
    return CaseSummary::tr("%1 (%2, %3)")
        .arg(Text::printable(commission.stripeEventId), Format::money(commission.cents),
            Format::timeToSeconds(commission.at));
}

} // namespace

QStringList CaseSummary::promotions(const AffiliateDetail &detail)
{
    // One story per crossing: duplicates of a promotion share the payment that caused it.
    struct Story
    {
        const AffiliateDetail::Crossing *crossing = nullptr;
        const AffiliateDetail::Event *first = nullptr;
        QStringList written; // "#29", "#30": every row of it, superseded ones too
    };
    QList<Story> stories;
    for (const AffiliateDetail::Event &event : detail.events) {
        const AffiliateDetail::Crossing *crossing = detail.crossingOf(event.id);
        if (!crossing)
            continue;
        auto same = std::find_if(stories.begin(), stories.end(), [&](const Story &story) {
            return story.crossing->commission.id == crossing->commission.id
                && story.first->toRate == event.toRate;
        });
        if (same == stories.end())
            same = stories.insert(stories.end(), Story{crossing, &event, {}});
        same->written << QLatin1Char('#') + QString::number(event.id);
    }
    QStringList lines;
    for (const Story &story : std::as_const(stories)) {
        const AffiliateDetail::Crossing &crossing = *story.crossing;
        const TierPolicy::Tier tier = detail.policy.tierFor(story.first->toRate.value_or(0));
        QStringList arrivals;
        for (const AffiliateDetail::Commission &commission : crossing.arrivals)
            arrivals << paymentText(commission);
        QString line = tr("Promoted to %1 (%2) at %3.")
                           .arg(tier.name, Format::rate(story.first->toRate),
                               Format::timeToSeconds(story.first->at));
        if (arrivals.size() > 1)
            line += QLatin1Char(' ')
                + tr("%Ln payment(s) arrived in the minute before: %1.", nullptr,
                    int(arrivals.size()))
                      .arg(arrivals.join(QStringLiteral(", ")));
        line += QLatin1Char(' ')
            + tr("%1 took the 90-day commissions to %2, over the threshold of %3.")
                  .arg(arrivals.size() > 1 ? Text::printable(crossing.commission.stripeEventId)
                                           : paymentText(crossing.commission),
                      Format::money(crossing.sumCents), Format::money(tier.thresholdCents));
        if (story.written.size() > 1)
            line += QLatin1Char(' ')
                + tr("The promotion was written %1 (%2).")
                      .arg(Format::times(int(story.written.size())),
                          story.written.join(QStringLiteral(", ")));
        lines << line;
    }
    return lines;
}

QString CaseSummary::rates(const AffiliateDetail &detail)
{
    if (detail.commissionCount == 0)
        return tr("No commissions yet.");
    QStringList periods;
    for (qsizetype i = 0; i < detail.ratePeriods.size(); ++i) {
        const AffiliateDetail::RatePeriod &period = detail.ratePeriods.at(i);
        if (period.commissions == 0)
            continue;
        const QString tier = detail.policy.tierFor(period.rate).name;
        const QString rate = tier.isEmpty() ? Format::rate(period.rate)
                                            : tr("%1 (%2)").arg(tier, Format::rate(period.rate));
        const bool last = i + 1 == detail.ratePeriods.size();
        const QString count = tr("%Ln commission(s)", nullptr, int(period.commissions));
        if (!period.from.isValid() && last)
            periods << tr("%1 at %2").arg(count, rate);
        else if (last)
            periods << tr("%1 at %2 since %3").arg(count, rate, Format::timeToSeconds(period.from));
        else
            periods << tr("%1 at %2 until %3")
                           .arg(count, rate,
                               Format::timeToSeconds(detail.ratePeriods.at(i + 1).from));
    }
    return tr("%Ln commission(s) since %1, each at the rate in effect when it was paid: %2. "
              "The table shows each one's rate and the payment it implies.",
        nullptr, int(detail.commissionCount))
        .arg(Format::date(detail.firstCommissionAt), periods.join(QStringLiteral("; ")));
}

namespace {

// The rows of this affiliate a batch changed, from its own audit-log row; the
// batch's total (other affiliates' rows too) when that row is not at hand.
int rowsOfAffiliate(const AffiliateDetail &detail, const Backfill::Batch &batch)
{
    for (const Activity::Entry &entry : detail.activity) {
        if (entry.batchId == batch.id
            && (entry.action == QLatin1String("supersede_events")
                || entry.action == QLatin1String("restore_events")))
            return int(entry.details.value(QStringLiteral("event_ids")).toArray().size());
    }
    return batch.rowsChanged;
}

} // namespace

QStringList CaseSummary::batches(const AffiliateDetail &detail)
{
    QStringList lines;
    for (const auto &batch : detail.batches) {
        // This affiliate's rows only: a case report does not tell of other affiliates.
        const int rows = rowsOfAffiliate(detail, batch);
        const QString status = batch.status != Backfill::BatchStatus::Committed ? tr("rolled back")
            : batch.undoneBy ? tr("undone by batch %1").arg(batch.undoneBy)
                             : tr("committed");
        lines << (batch.kind == Backfill::BatchKind::Undo
                ? tr("Batch %1 (%2, %3 by %4): undo of batch %5, %6.")
                      .arg(Text::of(batch.id), status, Format::timeToSeconds(batch.startedAt),
                          batch.operatorName, Text::of(batch.undoOf),
                          tr("%Ln row(s) restored", nullptr, rows))
                : tr("Batch %1 (%2, %3 by %4): %5.")
                      .arg(Text::of(batch.id), status, Format::timeToSeconds(batch.startedAt),
                          batch.operatorName, tr("%Ln row(s) superseded", nullptr, rows)));
    }
    return lines;
}

QString CaseSummary::text(const AffiliateDetail &detail, const QString &database)
{
    int active = 0;
    int superseded = 0;
    for (const auto &event : detail.events)
        (event.superseded ? superseded : active)++;
    QStringList lines;
    lines << tr("TierDesk case summary: @%1 (%2), affiliate %3")
                 .arg(detail.handle, detail.name, detail.id);
    lines << tr("Database: %1; as of %2").arg(database, Format::timeToSeconds(detail.asOf));
    const QString tier = detail.tierName().isEmpty()
        ? Format::rate(detail.rate)
        : tr("%1 (%2)").arg(detail.tierName(), Format::rate(detail.rate));
    QString numbers
        = tr("Tier: %1; 90-day commissions: %2").arg(tier, Format::money(detail.sum90Cents));
    if (detail.nextTier)
        numbers += tr("; %1 from %2 (%3 to go)")
                       .arg(detail.nextTier->name, Format::money(detail.nextTier->thresholdCents),
                           Format::money(detail.toNextTierCents()));
    lines << numbers;
    lines
        << tr("Tier events: %1 active, %2 superseded.").arg(Text::of(active), Text::of(superseded));
    for (const QString &line : promotions(detail))
        lines << line;
    lines << rates(detail);
    const QStringList found = findings(detail);
    lines << tr("Audit (window %1 s):").arg(detail.audit.options.windowSeconds);
    if (found.isEmpty())
        lines << QStringLiteral("  ") + tr("No race duplicates, conflicts, chain breaks or drift.");
    for (const QString &line : found)
        lines << QStringLiteral("  ") + line;
    const QStringList done = batches(detail);
    if (!done.isEmpty()) {
        lines << tr("Cleanup batches:");
        for (const QString &line : done)
            lines << QStringLiteral("  ") + line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace TierDesk
