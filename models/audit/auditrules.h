#pragma once

#include "audit.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace TierDesk {

// One active tier event as the audit's rules see it.
struct ChainEvent
{
    qint64 id = 0;
    std::optional<int> fromRate;
    std::optional<int> toRate;
    QDateTime at; // invalid: unknown (the rules then treat it as outside any window)
};

// An event and the one right before it in its affiliate's chain of active
// events, ordered by (created_at, id).
struct ChainStep
{
    QString affiliateId;
    ChainEvent event;
    ChainEvent previous;

    // Repeats its predecessor's from_rate: a duplicate or a conflict if close
    // enough in time. Only these steps need the predecessor's time.
    bool sameFrom() const
    {
        return event.fromRate.has_value() && event.fromRate == previous.fromRate;
    }
    // Can any rule find something at this step? Steps that cannot may be left out.
    bool mayBreak() const
    {
        return event.fromRate == previous.fromRate || event.fromRate != previous.toRate;
    }
};

// The rules of docs/ARCHITECTURE.md §2, and nothing else: no SQL, no
// connection. The readers feed them rows in chain order; tests feed them
// events directly.
class AuditRules final
{
public:
    // Findings go into `report` (clusters, chain breaks, drift), in the order fed.
    AuditRules(Audit::Report &report, int windowSeconds);

    // One step of a chain. Steps of one affiliate arrive in chain order, one
    // affiliate after another; steps where !mayBreak() may be skipped.
    void add(const ChainStep &step);
    // A whole chain of one affiliate's active events, in (created_at, id) order.
    void addChain(const QString &affiliateId, const QList<ChainEvent> &events);
    // A profile's rate against the to_rate of its last active event: drift when they differ.
    void addProfile(const QString &affiliateId, int profileRate, std::optional<int> historyRate);

    // The summary's counts from the findings (the scanned counts are the reader's).
    static void summarize(Audit::Report &report);
    // How many affiliates have a duplicate cluster (Summary::affectedAffiliates).
    static int affectedAffiliates(const QList<Audit::Cluster> &clusters);

private:
    void addDuplicate(const ChainStep &step);
    void addConflict(const ChainStep &step);
    Audit::Cluster *openCluster(qsizetype index, Audit::Cluster::Kind kind, const ChainStep &step);

    Audit::Report &m_report;
    qint64 m_windowMs;
    qsizetype m_duplicate = -1;
    qsizetype m_conflict = -1;
};

// The incident's own rule, for comparison: events that share (affiliate,
// from_rate, to_rate, UTC minute) are one cluster; the first stays.
class MinuteBucketRule final
{
public:
    explicit MinuteBucketRule(Audit::Report &report);

    // The events of buckets with more than one, bucket by bucket; `bucket` names
    // the event's bucket within its affiliate.
    void add(const QString &affiliateId, const ChainEvent &event, const QString &bucket);

private:
    Audit::Report &m_report;
    bool m_open = false;
    QString m_affiliate;
    QString m_bucket;
};

} // namespace TierDesk

Q_DECLARE_TYPEINFO(TierDesk::ChainEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TierDesk::ChainStep, Q_RELOCATABLE_TYPE);
