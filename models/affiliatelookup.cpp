#include "affiliatelookup.h"

#include <QSqlQuery>
#include <QUuid>

namespace TierDesk {

Result<AffiliateLookup::Affiliate> AffiliateLookup::find(
    const Connection &connection, const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error::usage(tr("Name an affiliate: its id, its handle or a Stripe event id."));
    QString sql;
    const QUuid uuid = QUuid::fromString(text);
    if (!uuid.isNull()) {
        text = uuid.toString(QUuid::WithoutBraces);
        sql = QStringLiteral("SELECT id, handle, display_name, commission_rate FROM "
                             "affiliate_profiles WHERE id = ?");
    } else if (text.startsWith(QLatin1String("evt_"))) {
        sql = QStringLiteral(
            "SELECT p.id, p.handle, p.display_name, p.commission_rate FROM affiliate_profiles p "
            "JOIN affiliate_commissions c ON c.affiliate_id = p.id WHERE c.stripe_event_id = ?");
    } else {
        if (text.startsWith(QLatin1Char('@')))
            text = text.mid(1);
        sql = QStringLiteral("SELECT id, handle, display_name, commission_rate FROM "
                             "affiliate_profiles WHERE handle = ?");
    }
    auto query = connection.prepare(sql);
    if (!query)
        return query.error();
    query->addBindValue(text);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    if (!query->next())
        return Error::refused(tr("No affiliate matches \"%1\".").arg(input.trimmed()));
    return Affiliate{query->value(0).toString(), query->value(1).toString(),
        query->value(2).toString(), query->value(3).toInt()};
}

Result<QHash<QString, QString>> AffiliateLookup::handles(
    const Connection &connection, const QStringList &ids)
{
    QHash<QString, QString> result;
    if (ids.isEmpty())
        return result;
    if (connection.dialect().isPostgres()) {
        // One array value for all of them: the audit names some 17,000 affiliates on a
        // large program, and a round trip per hundred cost a third of a second.
        auto query = connection.prepare(QStringLiteral(
            "SELECT id, handle FROM affiliate_profiles WHERE id = ANY(CAST(? AS uuid[]))"));
        if (!query)
            return query.error();
        query->setForwardOnly(true);
        query->addBindValue(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
        if (auto done = Connection::exec(*query); !done)
            return done.error();
        while (query->next())
            result.insert(query->value(0).toString(), query->value(1).toString());
        query->finish();
        return result;
    }
    constexpr int PerStatement = 500;
    std::optional<QSqlQuery> full;
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        const qsizetype count = qMin<qsizetype>(PerStatement, ids.size() - start);
        QStringList marks(count, QStringLiteral("?"));
        std::optional<QSqlQuery> tail;
        std::optional<QSqlQuery> &slot = count == PerStatement ? full : tail;
        if (!slot) {
            auto prepared = connection.prepare(
                QStringLiteral("SELECT id, handle FROM affiliate_profiles WHERE id IN (%1)")
                    .arg(marks.join(QStringLiteral(", "))));
            if (!prepared)
                return prepared.error();
            slot = std::move(*prepared);
        }
        for (qsizetype i = 0; i < count; ++i)
            slot->bindValue(int(i), ids.at(start + i));
        if (auto done = Connection::exec(*slot); !done)
            return done.error();
        while (slot->next())
            result.insert(slot->value(0).toString(), slot->value(1).toString());
        slot->finish();
    }
    return result;
}

} // namespace TierDesk
