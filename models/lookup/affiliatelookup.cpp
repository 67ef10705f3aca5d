#include "affiliatelookup.h"

#include <QSqlQuery>
#include <QUuid>

namespace TierDesk {

QString AffiliateLookup::exactId(const QString &text)
{
    const bool braced
        = text.size() == 38 && text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}'));
    if (text.size() != 36 && !braced)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return {};
    const QString id = uuid.toString(QUuid::WithoutBraces);
    return id.compare(braced ? text.mid(1, 36) : text, Qt::CaseInsensitive) == 0 ? id : QString();
}

Result<AffiliateLookup::Affiliate> AffiliateLookup::find(
    const Connection &connection, const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error::usage(tr("Name an affiliate: its id, its handle or a Stripe event id."));
    QString sql;
    if (const QString id = exactId(text); !id.isEmpty()) {
        text = id;
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
        return Error::refused(
            tr("No affiliate matches \"%1\".").arg(Error::quoted(input.trimmed())));
    return Affiliate{query->value(0).toString(), query->value(1).toString(),
        query->value(2).toString(), query->value(3).toInt()};
}

Result<QHash<QString, QString>> AffiliateLookup::handles(
    const Connection &connection, const QStringList &ids)
{
    // PostgreSQL takes them all as one array value (the audit names some 17,000
    // affiliates on a large program; a round trip per hundred cost a third of a
    // second); SQLite a bounded IN list at a time.
    QHash<QString, QString> result;
    const auto memberships
        = connection.dialect().membersOf(QStringLiteral("id"), ids, QStringLiteral("uuid[]"));
    for (const SqlDialect::Membership &membership : memberships) {
        auto query
            = connection.cached(QStringLiteral("SELECT id, handle FROM affiliate_profiles WHERE %1")
                                    .arg(membership.sql));
        if (!query)
            return query.error();
        (*query)->setForwardOnly(true);
        for (qsizetype i = 0; i < membership.values.size(); ++i)
            (*query)->bindValue(int(i), membership.values.at(i));
        if (auto done = Connection::exec(**query); !done)
            return done.error();
        while ((*query)->next())
            result.insert((*query)->value(0).toString(), (*query)->value(1).toString());
        (*query)->finish();
    }
    return result;
}

} // namespace TierDesk
