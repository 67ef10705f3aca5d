#pragma once

#include "../db/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace TierDesk {

// Who did what to which affiliate, when, under which ticket and why: the audit
// log read back, newest first, for the affiliate's Activity tab and
// tierdesk-cli activity.
class Activity final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Activity)

public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString operatorName;
        QString host;
        QString action; // backfill_apply, supersede_events, backfill_undo, restore_events, ...
        QString affiliateId; // empty for a batch over many affiliates
        QString handle;
        QString ticket;
        QString reason;
        qint64 batchId = 0;
        QJsonObject details;

        // What changed, in one translated line ("Superseded #30 (batch 1)").
        QString change() const;
        QString approvalChange() const;
        // The resolution this entry recorded (resolve_conflict, …), which an undo takes;
        // 0 for every other entry.
        qint64 resolutionId() const;
        // One element of tierdesk-cli activity --json.
        QJsonObject toJson() const;
    };

    struct Filter
    {
        QString affiliateId; // empty: every affiliate
        QString ticket; // empty: any
        QDateTime since; // invalid: from the beginning
        QDateTime until; // exclusive; invalid: up to now
        QString operatorName; // empty: anyone
        QString action; // empty: every action
        int limit = 500; // at most MaxListed
    };
    static constexpr int MaxListed = 100000;

    static Result<QList<Entry>> list(const Connection &connection, const Filter &filter);
    // An action's name as a person reads it.
    static QString actionText(const QString &action);
    // Exactly what tierdesk-cli activity --json prints.
    static QJsonObject toJson(const QList<Entry> &entries);
};

} // namespace TierDesk
