#include "approvals.h"
#include "../common/fingerprint.h"
#include "../common/format.h"
#include "../common/text.h"
#include "../write/guardedwrite.h"

#include <QSqlQuery>

#include <functional>

namespace TierDesk {

namespace {

const char RequestColumns[]
    = "r.id, r.created_at, r.expires_at, r.kind, r.window_seconds, r.affiliate_id, p.handle, "
      "r.undo_batch, r.fingerprint, r.rows_planned, r.affiliates, r.ticket, r.reason, "
      "r.requested_by, r.requested_login, r.requested_host, r.status, r.decided_at, "
      "r.decided_by, r.decided_login, r.decision_note, r.batch_id";

Approvals::Status statusFrom(const QString &name)
{
    using S = Approvals::Status;
    for (S status : {S::Pending, S::Approved, S::Rejected, S::Withdrawn, S::Stale}) {
        if (name == Approvals::statusName(status))
            return status;
    }
    return S::Stale; // a value the CHECK constraint does not allow: never approvable
}

Approvals::Request requestFrom(const QSqlQuery &q)
{
    Approvals::Request r;
    r.id = q.value(0).toLongLong();
    r.createdAt = SqlDialect::toDateTime(q.value(1));
    r.expiresAt = SqlDialect::toDateTime(q.value(2));
    r.kind = q.value(3).toString() == QLatin1String("undo") ? Approvals::Kind::Undo
                                                            : Approvals::Kind::Backfill;
    r.windowSeconds = q.value(4).toInt();
    r.affiliateId = q.value(5).toString();
    r.handle = q.value(6).toString();
    r.undoBatch = q.value(7).toLongLong();
    r.fingerprint = q.value(8).toString();
    r.rows = q.value(9).toInt();
    r.affiliates = q.value(10).toInt();
    r.ticket = q.value(11).toString();
    r.reason = q.value(12).toString();
    r.requestedBy = q.value(13).toString();
    r.requestedLogin = q.value(14).toString();
    r.requestedHost = q.value(15).toString();
    r.status = statusFrom(q.value(16).toString());
    r.decidedAt = SqlDialect::toDateTime(q.value(17));
    r.decidedBy = q.value(18).toString();
    r.decidedLogin = q.value(19).toString();
    r.decisionNote = q.value(20).toString();
    r.batchId = q.value(21).toLongLong();
    if (r.status == Approvals::Status::Pending && r.expiresAt.isValid()
        && r.expiresAt <= QDateTime::currentDateTimeUtc())
        r.status = Approvals::Status::Expired;
    return r;
}

// The request, locked for the rest of the transaction on PostgreSQL (SQLite's write
// transaction holds the whole file).
Result<Approvals::Request> loadRequest(const Connection &connection, qint64 id, bool lock)
{
    const bool postgres = connection.dialect().isPostgres();
    auto query = connection.run(
        QStringLiteral("SELECT %1 FROM tierdesk_approval_requests r LEFT JOIN "
                       "affiliate_profiles p ON p.id = r.affiliate_id WHERE r.id = ?%2")
            .arg(QLatin1String(RequestColumns),
                lock && postgres ? QStringLiteral(" FOR UPDATE OF r") : QString()),
        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::usage(Approvals::tr("There is no approval request %1.").arg(id));
    return requestFrom(*query);
}

// Who counts as "the same agent" in this session.
Approvals::Identity identityOf(const Connection &connection, const Approvals::Policy &policy)
{
    return connection.dialect().isPostgres() && !connection.databaseUser().isEmpty()
        ? policy.identity
        : Approvals::Identity::Name;
}

bool sameAgent(const Connection &connection, const Approvals::Policy &policy,
    const Approvals::Request &request, const OperatorInfo &who)
{
    if (identityOf(connection, policy) == Approvals::Identity::Login)
        return request.requestedLogin == connection.databaseUser();
    return request.requestedBy.trimmed().compare(who.name.trimmed(), Qt::CaseInsensitive) == 0;
}

// A change of the approval tables through the write core: its check under the lock,
// the change, its trail. Nobody's figures move.
class StepWrite final : public WritePlan
{
public:
    using Check = std::function<Result<void>(const Connection &)>;
    // The change; its trail.
    using Change = std::function<Result<QList<AuditEntry>>(const Connection &)>;

    StepWrite(Check check, Change change)
        : m_check(std::move(check))
        , m_change(std::move(change))
    {
    }

    Result<void> recheck(const Connection &connection) override
    {
        return m_check ? m_check(connection) : Result<void>();
    }
    Result<bool> write(const Connection &connection) override
    {
        auto changed = m_change(connection);
        if (!changed)
            return changed.error();
        m_entries = *changed;
        return true;
    }
    QList<AuditEntry> auditEntries() const override { return m_entries; }
    QStringList touchedAffiliates() const override { return {}; }
    Result<void> updateFigures(const Connection &) const override { return {}; }
    QString lostConnection(const QString &reason) const override
    {
        return Approvals::tr(
            "The connection to the database was lost, so nothing was recorded (%1).")
            .arg(reason);
    }
    QString rolledBack(const QString &reason) const override
    {
        return Approvals::tr("It was rolled back and nothing was recorded (%1).").arg(reason);
    }

private:
    Check m_check;
    Change m_change;
    QList<AuditEntry> m_entries;
};

QJsonObject requestDetails(const Approvals::Request &r)
{
    QJsonObject details{{QStringLiteral("request_id"), r.id},
        {QStringLiteral("kind"), Approvals::kindName(r.kind)},
        {QStringLiteral("fingerprint"), r.fingerprint}, {QStringLiteral("rows"), r.rows},
        {QStringLiteral("affiliates"), r.affiliates},
        {QStringLiteral("requested_by"), r.requestedBy}};
    if (r.kind == Approvals::Kind::Undo)
        details.insert(QStringLiteral("undo_batch"), r.undoBatch);
    else
        details.insert(QStringLiteral("window_seconds"), r.windowSeconds);
    return details;
}

QString decidedText(const Approvals::Request &r)
{
    return Approvals::tr("Request %1 is already %2 (by %3 at %4), so nothing was changed.")
        .arg(Text::of(r.id), Approvals::statusText(r.status), Text::of(r.decidedBy),
            Format::timeToMinutes(r.decidedAt));
}

} // namespace

bool Approvals::Policy::needs(int rows, int affiliates) const
{
    return (maxRows && rows > *maxRows) || (maxAffiliates && affiliates > *maxAffiliates);
}

QString Approvals::Policy::limitText() const
{
    const QString rows = maxRows ? tr("more than %Ln row(s)", nullptr, *maxRows) : QString();
    const QString affiliates
        = maxAffiliates ? tr("more than %Ln affiliate(s)", nullptr, *maxAffiliates) : QString();
    return rows.isEmpty()      ? affiliates
        : affiliates.isEmpty() ? rows
                               : tr("%1 or %2").arg(rows, affiliates);
}

QString Approvals::Policy::text() const
{
    if (!isOn())
        return tr("Four eyes is off: one agent may apply any cleanup or undo.");
    QString text = holdsEvery()
        ? tr("Every cleanup or undo needs a second agent's approval; requests expire after "
             "%Ln hour(s).",
            nullptr, expiryHours)
        : tr("A cleanup or undo of %1 needs a second agent's approval; requests expire after "
             "%Ln hour(s).",
            nullptr, expiryHours)
              .arg(limitText());
    if (identity == Identity::Login)
        text += QLatin1Char(' ')
            + tr("Agents are told apart by their database login: nobody approves their own "
                 "request.");
    return text;
}

QJsonObject Approvals::Policy::toJson() const
{
    return {{QStringLiteral("max_rows"), maxRows ? QJsonValue(*maxRows) : QJsonValue()},
        {QStringLiteral("max_affiliates"),
            maxAffiliates ? QJsonValue(*maxAffiliates) : QJsonValue()},
        {QStringLiteral("identity"),
            identity == Identity::Login ? QStringLiteral("login") : QStringLiteral("name")},
        {QStringLiteral("expiry_hours"), expiryHours}, {QStringLiteral("on"), isOn()},
        {QStringLiteral("set_by"), setBy.isEmpty() ? QJsonValue() : QJsonValue(setBy)},
        {QStringLiteral("set_at"),
            setAt.isValid() ? QJsonValue(SqlDialect::timeText(setAt)) : QJsonValue()}};
}

QString Approvals::kindName(Kind kind)
{
    return kind == Kind::Undo ? QStringLiteral("undo") : QStringLiteral("backfill");
}

QString Approvals::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Withdrawn:
        return QStringLiteral("withdrawn");
    case Status::Stale:
        return QStringLiteral("stale");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString Approvals::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("waiting for approval");
    case Status::Approved:
        return tr("approved");
    case Status::Rejected:
        return tr("rejected");
    case Status::Withdrawn:
        return tr("withdrawn");
    case Status::Stale:
        return tr("stale");
    case Status::Expired:
        return tr("expired");
    }
    return {};
}

QString Approvals::Request::what() const
{
    if (kind == Kind::Undo)
        return tr("Undo batch %1 (%Ln row(s))", nullptr, rows).arg(undoBatch);
    if (!handle.isEmpty())
        return tr("Clean up %Ln row(s) at @%1", nullptr, rows).arg(Text::of(handle));
    return tr("Clean up %Ln row(s) at %1 affiliates", nullptr, rows).arg(affiliates);
}

QJsonObject Approvals::Request::toJson() const
{
    const auto orNull
        = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(SqlDialect::timeText(at)) : QJsonValue();
    };
    return {{QStringLiteral("id"), id}, {QStringLiteral("created_at"), time(createdAt)},
        {QStringLiteral("expires_at"), time(expiresAt)}, {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("window_seconds"),
            kind == Kind::Backfill ? QJsonValue(windowSeconds) : QJsonValue()},
        {QStringLiteral("affiliate_id"), orNull(affiliateId)},
        {QStringLiteral("handle"), orNull(handle)},
        {QStringLiteral("undo_batch"), undoBatch ? QJsonValue(undoBatch) : QJsonValue()},
        {QStringLiteral("fingerprint"), fingerprint}, {QStringLiteral("rows"), rows},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("ticket"), orNull(ticket)},
        {QStringLiteral("reason"), orNull(reason)}, {QStringLiteral("requested_by"), requestedBy},
        {QStringLiteral("requested_login"), orNull(requestedLogin)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("decided_at"), time(decidedAt)},
        {QStringLiteral("decided_by"), orNull(decidedBy)},
        {QStringLiteral("decided_login"), orNull(decidedLogin)},
        {QStringLiteral("decision_note"), orNull(decisionNote)},
        {QStringLiteral("batch_id"), batchId ? QJsonValue(batchId) : QJsonValue()}};
}

Result<Approvals::Policy> Approvals::policy(const Connection &connection)
{
    auto query = connection.run(
        QStringLiteral("SELECT max_rows, max_affiliates, identity, expiry_hours, set_by, set_at "
                       "FROM tierdesk_approval_policy WHERE id = 1"));
    if (!query)
        return query.error();
    Policy policy;
    if (!query->next())
        return policy; // no row: off
    if (!query->value(0).isNull())
        policy.maxRows = query->value(0).toInt();
    if (!query->value(1).isNull())
        policy.maxAffiliates = query->value(1).toInt();
    policy.identity
        = query->value(2).toString() == QLatin1String("login") ? Identity::Login : Identity::Name;
    policy.expiryHours = query->value(3).toInt();
    policy.setBy = query->value(4).toString();
    policy.setAt = SqlDialect::toDateTime(query->value(5));
    return policy;
}

Result<void> Approvals::setPolicy(
    const Connection &connection, const Policy &policy, const OperatorInfo &who)
{
    if ((policy.maxRows && *policy.maxRows < 0)
        || (policy.maxAffiliates && *policy.maxAffiliates < 0) || policy.expiryHours < 1
        || policy.expiryHours > 720)
        return Error::usage(tr("A limit is a number of rows or affiliates from 0 up, and requests "
                               "expire after 1 to 720 hours; nothing was changed."));
    Policy before;
    StepWrite write(
        [&](const Connection &c) -> Result<void> {
            if (c.dialect().isPostgres()) {
                auto may = c.run(QStringLiteral("SELECT has_table_privilege("
                                                "'tierdesk_approval_policy', 'UPDATE')"));
                if (!may)
                    return may.error();
                if (may->next() && !may->value(0).toBool())
                    return Error::refused(
                        tr("The database login \"%1\" may not change the four-eyes policy "
                           "(only the owner of tierdesk_approval_policy may), so nothing was "
                           "changed.")
                            .arg(Text::of(c.databaseUser())));
            }
            auto now = Approvals::policy(c);
            if (!now)
                return now.error();
            before = *now;
            return {};
        },
        [&](const Connection &c) -> Result<QList<AuditEntry>> {
            const QVariant none(QMetaType::fromType<int>());
            auto done = c.run(
                QStringLiteral("INSERT INTO tierdesk_approval_policy (id, max_rows, "
                               "max_affiliates, identity, expiry_hours, set_by, set_at) VALUES "
                               "(1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET max_rows = "
                               "excluded.max_rows, max_affiliates = excluded.max_affiliates, "
                               "identity = excluded.identity, expiry_hours = "
                               "excluded.expiry_hours, set_by = excluded.set_by, set_at = "
                               "excluded.set_at"),
                {policy.maxRows ? QVariant(*policy.maxRows) : none,
                    policy.maxAffiliates ? QVariant(*policy.maxAffiliates) : none,
                    policy.identity == Identity::Login ? QStringLiteral("login")
                                                       : QStringLiteral("name"),
                    policy.expiryHours, who.name,
                    SqlDialect::timeValue(QDateTime::currentDateTimeUtc())});
            if (!done)
                return done.error();
            Policy after = policy;
            after.setBy = who.name;
            return QList<AuditEntry>{{QStringLiteral("approval_policy"), {},
                {{QStringLiteral("before"), before.toJson()},
                    {QStringLiteral("after"), after.toJson()}}}};
        });
    auto written = GuardedWrite::run(connection, write, who);
    if (!written)
        return written.error();
    return {};
}

Result<bool> Approvals::needed(const Connection &connection, int rows, int affiliates)
{
    auto current = policy(connection);
    if (!current)
        return current.error();
    return current->needs(rows, affiliates);
}

QString Approvals::strengthNote(const Connection &connection, const Policy &policy)
{
    if (!policy.isOn() || identityOf(connection, policy) == Identity::Login)
        return {};
    return connection.dialect().isPostgres()
        ? tr("Agents are told apart by the names they give, so four eyes is only as strong as "
             "those names; give each agent a database login of their own (docs/roles.sql).")
        : tr("On SQLite agents are told apart by the names they give, so four eyes is only as "
             "strong as those names.");
}

Result<Approvals::Request> Approvals::request(const Connection &connection, const NewRequest &ask)
{
    if (!Fingerprint::isValid(ask.fingerprint))
        return Error::usage(tr("\"%1\" is not a fingerprint (16 hex digits from a dry run), so "
                               "no request was made.")
                                .arg(Error::quoted(ask.fingerprint)));
    Request draft;
    draft.kind = ask.kind;
    draft.windowSeconds = ask.windowSeconds;
    draft.affiliateId = ask.affiliateId;
    draft.undoBatch = ask.undoBatch;
    auto plan = preview(connection, draft);
    if (!plan)
        return plan.error();
    if (plan->isEmpty())
        return Error::refused(tr("There is nothing to change, so no request was made."));
    if (plan->fingerprint != ask.fingerprint)
        return Error::stale(tr("The plan changed since your preview (it is now %1, you previewed "
                               "%2), so no request was made; preview it again.")
                                .arg(plan->fingerprint, ask.fingerprint));
    auto current = policy(connection);
    if (!current)
        return current.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    StepWrite write(
        [&](const Connection &c) -> Result<void> {
            auto open = c.run(QStringLiteral("SELECT id FROM tierdesk_approval_requests WHERE "
                                             "status = 'pending' AND fingerprint = ? AND kind = "
                                             "? AND expires_at > ?"),
                {ask.fingerprint, kindName(ask.kind), SqlDialect::timeValue(now)});
            if (!open)
                return open.error();
            if (open->next())
                return Error::refused(tr("Request %1 already asks for exactly this plan, so no "
                                         "second request was made.")
                                          .arg(open->value(0).toLongLong()));
            return {};
        },
        [&](const Connection &c) -> Result<QList<AuditEntry>> {
            const QVariant none(QMetaType::fromType<QString>());
            auto inserted = c.run(
                QStringLiteral(
                    "INSERT INTO tierdesk_approval_requests (created_at, expires_at, kind, "
                    "window_seconds, affiliate_id, undo_batch, fingerprint, rows_planned, "
                    "affiliates, ticket, reason, requested_by, requested_login, requested_host, "
                    "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending') "
                    "RETURNING id"),
                {SqlDialect::timeValue(now),
                    SqlDialect::timeValue(now.addSecs(qint64(current->expiryHours) * 3600)),
                    kindName(ask.kind),
                    ask.kind == Kind::Backfill ? QVariant(ask.windowSeconds)
                                               : QVariant(QMetaType::fromType<int>()),
                    ask.affiliateId.isEmpty() ? none : QVariant(ask.affiliateId),
                    ask.undoBatch ? QVariant(ask.undoBatch)
                                  : QVariant(QMetaType::fromType<qint64>()),
                    ask.fingerprint, int(plan->rows.size()), plan->affiliates,
                    GuardedWrite::orNull(ask.who.ticket), GuardedWrite::orNull(ask.who.reason),
                    ask.who.name, GuardedWrite::orNull(c.databaseUser()),
                    GuardedWrite::orNull(ask.who.host)});
            if (!inserted)
                return inserted.error();
            if (!inserted->next())
                return Error::internal(tr("The request was not recorded."));
            id = inserted->value(0).toLongLong();
            draft.id = id;
            draft.fingerprint = ask.fingerprint;
            draft.rows = int(plan->rows.size());
            draft.affiliates = plan->affiliates;
            draft.requestedBy = ask.who.name;
            return QList<AuditEntry>{
                {QStringLiteral("approval_request"), ask.affiliateId, requestDetails(draft)}};
        });
    auto written = GuardedWrite::run(connection, write, ask.who);
    if (!written)
        return written.error();
    return find(connection, id);
}

Result<QList<Approvals::Request>> Approvals::list(
    const Connection &connection, bool openOnly, int limit)
{
    auto query = connection.run(
        QStringLiteral("SELECT %1 FROM tierdesk_approval_requests r LEFT JOIN affiliate_profiles "
                       "p ON p.id = r.affiliate_id %2 ORDER BY r.id DESC LIMIT ?")
            .arg(QLatin1String(RequestColumns),
                openOnly ? QStringLiteral("WHERE r.status = 'pending' AND r.expires_at > ?")
                         : QString()),
        openOnly ? QVariantList{SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), limit}
                 : QVariantList{limit});
    if (!query)
        return query.error();
    QList<Request> requests;
    while (query->next())
        requests.append(requestFrom(*query));
    return requests;
}

Result<Approvals::Desk> Approvals::desk(
    const Connection &connection, bool openOnly, const QString &operatorName)
{
    Desk desk;
    auto current = policy(connection);
    if (!current)
        return current.error();
    desk.policy = *current;
    desk.strengthNote = strengthNote(connection, desk.policy);
    auto requests = list(connection, openOnly);
    if (!requests)
        return requests.error();
    desk.requests = *requests;
    auto open = openCount(connection);
    if (!open)
        return open.error();
    desk.open = *open;
    OperatorInfo me;
    me.name = operatorName;
    for (const Request &request : std::as_const(desk.requests)) {
        if (sameAgent(connection, desk.policy, request, me))
            desk.own << request.id;
    }
    return desk;
}

Result<Approvals::Request> Approvals::find(const Connection &connection, qint64 id)
{
    return loadRequest(connection, id, false);
}

Result<int> Approvals::openCount(const Connection &connection)
{
    auto query = connection.run(QStringLiteral("SELECT COUNT(*) FROM tierdesk_approval_requests "
                                               "WHERE status = 'pending' AND expires_at > ?"),
        {SqlDialect::timeValue(QDateTime::currentDateTimeUtc())});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<Backfill::Plan> Approvals::preview(const Connection &connection, const Request &request)
{
    if (request.kind == Kind::Undo)
        return Backfill::undoPreview(connection, request.undoBatch);
    Backfill::Options options;
    options.windowSeconds = request.windowSeconds;
    options.affiliateId = request.affiliateId;
    return Backfill::preview(connection, options);
}

Result<void> Approvals::mayDecide(
    const Connection &connection, const Request &request, const OperatorInfo &who)
{
    if (request.status == Status::Expired)
        return Error::refused(
            tr("Request %1 expired at %2, so nothing was changed; %3 must "
               "preview and request again.")
                .arg(Text::of(request.id), Format::timeToMinutes(request.expiresAt),
                    Text::of(request.requestedBy)));
    if (request.status != Status::Pending)
        return Error::refused(decidedText(request));
    auto current = policy(connection);
    if (!current)
        return current.error();
    if (sameAgent(connection, *current, request, who))
        return Error::refused(identityOf(connection, *current) == Identity::Login
                ? tr("Request %1 was made by your own database login (%2), so you cannot "
                     "approve or reject it: a second agent, with a login of their own, must.")
                      .arg(Text::of(request.id), Text::of(connection.databaseUser()))
                : tr("Request %1 was made by %2, the name you work under, so you cannot "
                     "approve or reject it: a second agent must.")
                      .arg(Text::of(request.id), Text::of(request.requestedBy)));
    return {};
}

Result<Backfill::Outcome> Approvals::approve(
    const Connection &connection, qint64 id, const QString &confirmed, const OperatorInfo &who)
{
    if (who.reason.trimmed().isEmpty())
        return Error::usage(tr("An approval needs a justification (why this change is right), "
                               "so nothing was changed."));
    if (!Fingerprint::isValid(confirmed))
        return Error::usage(tr("\"%1\" is not a fingerprint (16 hex digits), so nothing was "
                               "changed; type the request's fingerprint to confirm.")
                                .arg(Error::quoted(confirmed)));
    auto request = find(connection, id);
    if (!request)
        return request.error();
    if (auto may = mayDecide(connection, *request, who); !may)
        return may.error();
    if (confirmed != request->fingerprint)
        return Error::refused(tr("%1 is not the fingerprint of request %2 (%3), so nothing was "
                                 "changed; review the request again.")
                                  .arg(confirmed, Text::of(id), request->fingerprint));
    OperatorInfo approver = who;
    approver.ticket = request->ticket;
    approver.approval = id;
    Result<Backfill::Outcome> outcome = Error::internal(QString());
    if (request->kind == Kind::Undo) {
        Backfill::UndoOptions options;
        options.batchId = request->undoBatch;
        options.expectedFingerprint = request->fingerprint;
        options.who = approver;
        outcome = Backfill::undo(connection, options);
    } else {
        Backfill::Options options;
        options.windowSeconds = request->windowSeconds;
        options.affiliateId = request->affiliateId;
        options.expectedFingerprint = request->fingerprint;
        options.who = approver;
        outcome = Backfill::apply(connection, options);
    }
    if (outcome || outcome.error().reason != Error::Reason::StalePlan)
        return outcome;

    // The plan no longer holds: the request is stale (unless another agent's approval
    // got there first, which is what changed the plan).
    const Error stale = outcome.error();
    GuardedWrite::recordAttempt(connection, [&]() -> Result<void> {
        auto marked = connection.returnedRows(
            QStringLiteral("UPDATE tierdesk_approval_requests SET status = 'stale', decided_at "
                           "= ?, decided_by = ?, decided_login = ?, decision_note = ? WHERE id = "
                           "? AND status = 'pending' RETURNING id"),
            {SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), who.name,
                GuardedWrite::orNull(connection.databaseUser()), stale.message, id});
        if (!marked)
            return marked.error();
        if (*marked == 0)
            return {};
        QJsonObject details = requestDetails(*request);
        details.insert(QStringLiteral("note"), stale.message);
        return GuardedWrite::writeTrail(connection, approver,
            {{QStringLiteral("approval_stale"), request->affiliateId, details}});
    });
    auto now = find(connection, id);
    if (now && now->status == Status::Approved)
        return Error::refused(tr("Request %1 was approved by %2 at %3 while you were approving "
                                 "it; your approval changed nothing.")
                                  .arg(Text::of(id), Text::of(now->decidedBy),
                                      Format::timeToMinutes(now->decidedAt)));
    return Error::stale(tr("%1 Request %2 is marked stale: %3 must preview and request again.")
                            .arg(stale.message, Text::of(id), Text::of(request->requestedBy)));
}

namespace {

// Reject and withdraw: the request locked and checked, its status set, the step logged
// under the request's ticket.
Result<Approvals::Request> decide(
    const Connection &connection, qint64 id, const OperatorInfo &who, Approvals::Status status)
{
    const bool withdraw = status == Approvals::Status::Withdrawn;
    if (!withdraw && who.reason.trimmed().isEmpty())
        return Error::usage(Approvals::tr("A rejection needs a reason (what is wrong with the "
                                          "request), so nothing was changed."));
    auto before = Approvals::find(connection, id);
    if (!before)
        return before.error();
    Approvals::Request request = *before;
    StepWrite write(
        [&](const Connection &c) -> Result<void> {
            auto locked = loadRequest(c, id, true);
            if (!locked)
                return locked.error();
            request = *locked;
            if (!withdraw)
                return Approvals::mayDecide(c, request, who);
            if (request.status != Approvals::Status::Pending
                && request.status != Approvals::Status::Expired)
                return Error::refused(decidedText(request));
            auto current = Approvals::policy(c);
            if (!current)
                return current.error();
            if (!sameAgent(c, *current, request, who))
                return Error::refused(Approvals::tr("Only %1, who made request %2, can withdraw "
                                                    "it; reject it instead.")
                                          .arg(Text::of(request.requestedBy), Text::of(id)));
            return {};
        },
        [&](const Connection &c) -> Result<QList<AuditEntry>> {
            auto marked = c.returnedRows(
                QStringLiteral("UPDATE tierdesk_approval_requests SET status = ?, decided_at = "
                               "?, decided_by = ?, decided_login = ?, decision_note = ? WHERE "
                               "id = ? AND status = 'pending' RETURNING id"),
                {Approvals::statusName(status),
                    SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), who.name,
                    GuardedWrite::orNull(c.databaseUser()), GuardedWrite::orNull(who.reason), id});
            if (!marked)
                return marked.error();
            if (*marked != 1)
                return Error::refused(decidedText(request));
            return QList<AuditEntry>{
                {withdraw ? QStringLiteral("approval_withdraw") : QStringLiteral("approval_reject"),
                    request.affiliateId, requestDetails(request)}};
        });
    OperatorInfo decider = who;
    if (decider.ticket.isEmpty())
        decider.ticket = request.ticket;
    auto written = GuardedWrite::run(connection, write, decider);
    if (!written)
        return written.error();
    return Approvals::find(connection, id);
}

} // namespace

Result<Approvals::Request> Approvals::reject(
    const Connection &connection, qint64 id, const OperatorInfo &who)
{
    return decide(connection, id, who, Status::Rejected);
}

Result<Approvals::Request> Approvals::withdraw(
    const Connection &connection, qint64 id, const OperatorInfo &who)
{
    return decide(connection, id, who, Status::Withdrawn);
}

Result<void> Approvals::admit(
    const Connection &connection, const WritePlan &plan, const OperatorInfo &who)
{
    const WritePlan::Size size = plan.plannedSize();
    if (who.approval) {
        auto request = loadRequest(connection, who.approval, true);
        if (!request)
            return request.error();
        if (auto may = mayDecide(connection, *request, who); !may)
            return may.error();
        if (request->rows != size.rows)
            return Error::stale(
                tr("Request %1 was for %2 rows; the plan now has %3, so nothing "
                   "was changed.")
                    .arg(Text::of(request->id), Text::of(request->rows), Text::of(size.rows)));
        return {};
    }
    if (size.rows == 0 && size.affiliates == 0)
        return {};
    auto current = policy(connection);
    if (!current)
        return current.error();
    if (!current->needs(size.rows, size.affiliates))
        return {};
    const QString rows = tr("%Ln row(s)", nullptr, size.rows);
    const QString affiliates = tr("%Ln affiliate(s)", nullptr, size.affiliates);
    return Error{Error::Kind::Refused,
        current->holdsEvery()
            ? tr("This change of %1 at %2 needs a second agent's approval (the four-eyes "
                 "policy holds every cleanup and undo for one), so nothing was changed; ask "
                 "for it.")
                  .arg(rows, affiliates)
            : tr("This change of %1 at %2 needs a second agent's approval (the four-eyes "
                 "policy holds any change of %3 for one), so nothing was changed; ask for it.")
                  .arg(rows, affiliates, current->limitText()),
        Error::Reason::NeedsApproval};
}

Result<void> Approvals::carriedOut(
    const Connection &connection, const WritePlan &plan, const OperatorInfo &who)
{
    if (!who.approval)
        return {};
    auto request = loadRequest(connection, who.approval, false);
    if (!request)
        return request.error();
    const qint64 batch = plan.writtenId();
    auto marked = connection.returnedRows(
        QStringLiteral("UPDATE tierdesk_approval_requests SET status = 'approved', decided_at = "
                       "?, decided_by = ?, decided_login = ?, decision_note = ?, batch_id = ? "
                       "WHERE id = ? AND status = 'pending' RETURNING id"),
        {SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), who.name,
            GuardedWrite::orNull(connection.databaseUser()), GuardedWrite::orNull(who.reason),
            batch ? QVariant(batch) : QVariant(QMetaType::fromType<qint64>()), who.approval});
    if (!marked)
        return marked.error();
    if (*marked != 1)
        return Error::refused(decidedText(*request));
    QJsonObject details = requestDetails(*request);
    if (batch)
        details.insert(QStringLiteral("batch_id"), batch);
    return GuardedWrite::writeTrail(connection, who,
        {{QStringLiteral("approval_approve"), request->affiliateId, details, batch}});
}

} // namespace TierDesk
