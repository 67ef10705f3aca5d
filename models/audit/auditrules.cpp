#include "auditrules.h"

#include <QSet>

#include <algorithm>

namespace TierDesk {

AuditRules::AuditRules(Audit::Report &report, int windowSeconds)
    : m_report(report)
    , m_windowMs(qint64(windowSeconds) * 1000)
{
}

void AuditRules::add(const ChainStep &step)
{
    // docs/ARCHITECTURE.md §2, in its order: duplicate, conflict, chain break. A
    // predecessor whose time is unknown (gone between two reads) is outside any window.
    const QDateTime &previousAt = step.previous.at;
    if (step.sameFrom() && previousAt.isValid() && step.event.at.isValid()
        && previousAt.msecsTo(step.event.at) <= m_windowMs) {
        if (step.event.toRate == step.previous.toRate)
            addDuplicate(step);
        else
            addConflict(step);
    } else if (step.event.fromRate != step.previous.toRate) {
        m_report.chainBreaks.append({step.affiliateId, step.event.id, step.event.at,
            step.previous.toRate, step.event.fromRate});
    }
}

void AuditRules::addChain(const QString &affiliateId, const QList<ChainEvent> &events)
{
    for (qsizetype i = 1; i < events.size(); ++i)
        add(ChainStep{affiliateId, events.at(i), events.at(i - 1)});
}

void AuditRules::addProfile(
    const QString &affiliateId, int profileRate, std::optional<int> historyRate)
{
    if (historyRate != profileRate)
        m_report.drift.append({affiliateId, profileRate, historyRate});
}

int AuditRules::affectedAffiliates(const QList<Audit::Cluster> &clusters)
{
    // An audit lists its clusters in affiliate order, so the affiliates are counted as
    // the id changes (a set of 140,000 ids cost the incremental audit more than its
    // reading); a list out of that order is counted with a set.
    int count = 0;
    const QString *previous = nullptr;
    for (const Audit::Cluster &cluster : clusters) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate)
            continue;
        if (previous && cluster.affiliateId < *previous) {
            QSet<QString> affected;
            for (const Audit::Cluster &each : clusters) {
                if (each.kind == Audit::Cluster::Kind::Duplicate)
                    affected.insert(each.affiliateId);
            }
            return int(affected.size());
        }
        if (!previous || cluster.affiliateId != *previous)
            ++count;
        previous = &cluster.affiliateId;
    }
    return count;
}

void AuditRules::summarize(Audit::Report &report)
{
    Audit::Summary &summary = report.summary;
    summary.duplicateClusters = 0;
    summary.redundantRows = 0;
    summary.conflicts = 0;
    for (const Audit::Cluster &cluster : std::as_const(report.clusters)) {
        if (cluster.kind == Audit::Cluster::Kind::Duplicate) {
            ++summary.duplicateClusters;
            summary.redundantRows += int(cluster.redundantIds.size());
        } else {
            ++summary.conflicts;
        }
    }
    summary.affectedAffiliates = affectedAffiliates(report.clusters);
    summary.chainBreaks = int(std::count_if(report.chainBreaks.cbegin(), report.chainBreaks.cend(),
        [](const Audit::ChainBreak &item) { return !item.reviewed; }));
    summary.drift = int(report.drift.size());
}

void AuditRules::addDuplicate(const ChainStep &step)
{
    Audit::Cluster *open = openCluster(m_duplicate, Audit::Cluster::Kind::Duplicate, step);
    if (!open) {
        Audit::Cluster cluster;
        cluster.kind = Audit::Cluster::Kind::Duplicate;
        cluster.affiliateId = step.affiliateId;
        cluster.fromRate = step.event.fromRate;
        cluster.toRate = step.event.toRate;
        cluster.keepId = step.previous.id;
        cluster.firstAt = step.previous.at;
        m_duplicate = m_report.clusters.size();
        m_report.clusters.append(std::move(cluster));
        open = &m_report.clusters.last();
    }
    open->redundantIds.append(step.event.id);
    open->lastAt = step.event.at;
}

void AuditRules::addConflict(const ChainStep &step)
{
    Audit::Cluster *open = openCluster(m_conflict, Audit::Cluster::Kind::Conflict, step);
    if (!open) {
        Audit::Cluster cluster;
        cluster.kind = Audit::Cluster::Kind::Conflict;
        cluster.affiliateId = step.affiliateId;
        cluster.fromRate = step.event.fromRate;
        cluster.eventIds = {step.previous.id};
        cluster.toRates = {step.previous.toRate};
        cluster.firstAt = step.previous.at;
        m_conflict = m_report.clusters.size();
        m_report.clusters.append(std::move(cluster));
        open = &m_report.clusters.last();
    }
    open->eventIds.append(step.event.id);
    open->toRates.append(step.event.toRate);
    open->lastAt = step.event.at;
}

// The open cluster of `kind` if the event right before this one ended it.
Audit::Cluster *AuditRules::openCluster(
    qsizetype index, Audit::Cluster::Kind kind, const ChainStep &step)
{
    if (index < 0 || index >= m_report.clusters.size())
        return nullptr;
    Audit::Cluster &cluster = m_report.clusters[index];
    if (cluster.kind != kind || cluster.affiliateId != step.affiliateId)
        return nullptr;
    const qint64 last = kind == Audit::Cluster::Kind::Duplicate
        ? (cluster.redundantIds.isEmpty() ? cluster.keepId : cluster.redundantIds.last())
        : cluster.eventIds.last();
    return last == step.previous.id ? &cluster : nullptr;
}

MinuteBucketRule::MinuteBucketRule(Audit::Report &report)
    : m_report(report)
{
}

void MinuteBucketRule::add(
    const QString &affiliateId, const ChainEvent &event, const QString &bucket)
{
    if (m_open && affiliateId == m_affiliate && bucket == m_bucket
        && event.fromRate == m_report.clusters.last().fromRate
        && event.toRate == m_report.clusters.last().toRate) {
        Audit::Cluster &cluster = m_report.clusters.last();
        cluster.redundantIds.append(event.id);
        cluster.lastAt = event.at;
        return;
    }
    Audit::Cluster cluster;
    cluster.kind = Audit::Cluster::Kind::Duplicate;
    cluster.affiliateId = affiliateId;
    cluster.fromRate = event.fromRate;
    cluster.toRate = event.toRate;
    cluster.keepId = event.id;
    cluster.firstAt = event.at;
    cluster.lastAt = event.at;
    m_report.clusters.append(std::move(cluster));
    m_open = true;
    m_affiliate = affiliateId;
    m_bucket = bucket;
}

} // namespace TierDesk
