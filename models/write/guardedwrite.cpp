#include "guardedwrite.h"
#include "../approvals/approvals.h"
#include "../common/logging.h"
#include "../db/tablewriter.h"
#include "../figures/affiliatestats.h"
#include "../live/changefeed.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

namespace TierDesk {

namespace {

QMutex hooksMutex;
WriteHooks &hooks()
{
    static WriteHooks installed;
    return installed;
}

WriteHooks currentHooks()
{
    QMutexLocker lock(&hooksMutex);
    return hooks();
}

} // namespace

WritePlan::~WritePlan() = default;

Result<void> WritePlan::updateFigures(const Connection &connection) const
{
    return AffiliateStats::refreshAffiliates(connection, touchedAffiliates());
}

Error WritePlan::refused(const Connection &, const Error &error)
{
    return error;
}

void WritePlan::faulted(const Connection &, const Error &) { }

Result<bool> GuardedWrite::run(
    const Connection &connection, WritePlan &plan, const OperatorInfo &who)
{
    if (!connection.isWritable())
        return Error::refused(tr("The session is read-only; turn on write access to change data."));
    const WriteHooks steps = currentHooks();
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const auto fail = [&](const Error &error) -> Error {
        transaction.rollback(); // first: a probe inside an aborted transaction would fail too
        if (error.kind == Error::Kind::Usage)
            return error;
        if (error.kind == Error::Kind::Refused)
            return plan.refused(connection, error);
        QString reason = error.message.trimmed();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        if (!connectionAlive(connection))
            return Error::connect(plan.lostConnection(reason));
        plan.faulted(connection, error);
        return Error{error.kind, plan.rolledBack(reason), error.reason};
    };
    if (auto checked = plan.recheck(connection); !checked)
        return fail(checked.error());
    // Four eyes: a change larger than the policy allows one agent runs only as the
    // approval of a request, by another agent, whose request is locked and checked here.
    if (auto admitted = Approvals::admit(connection, plan, who); !admitted)
        return fail(admitted.error());
    if (steps.approve) {
        if (auto approved = steps.approve(connection, plan, who); !approved)
            return fail(approved.error());
    }
    // PostgreSQL: before anything changes, so a full refresh of the figures sees the
    // whole write or runs after it.
    if (auto locked = AffiliateStats::lockForAdjust(connection); !locked)
        return fail(locked.error());
    auto written = plan.write(connection);
    if (!written)
        return fail(written.error());
    if (!*written)
        return false; // nothing to change: the transaction rolls back empty
    if (auto recorded = Approvals::carriedOut(connection, plan, who); !recorded)
        return fail(recorded.error());
    const QList<AuditEntry> trail = plan.auditEntries();
    if (auto logged = writeTrail(connection, who, trail); !logged)
        return fail(logged.error());
    if (auto figures = plan.updateFigures(connection); !figures)
        return fail(figures.error());
    // Other windows hear of the write once it commits (NOTIFY is delivered at COMMIT).
    if (auto announced = ChangeFeed::announce(connection, trail, who); !announced)
        return fail(announced.error());
    if (steps.announce) {
        if (auto announced = steps.announce(connection, plan, who); !announced)
            return fail(announced.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return true;
}

WriteHooks GuardedWrite::setHooks(WriteHooks replacement)
{
    QMutexLocker lock(&hooksMutex);
    std::swap(hooks(), replacement);
    return replacement;
}

Result<void> GuardedWrite::writeTrail(
    const Connection &connection, const OperatorInfo &who, const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    const QVariant at = SqlDialect::timeValue(QDateTime::currentDateTimeUtc());
    const QVariant none(QMetaType::fromType<QString>());
    const QVariant noBatch(QMetaType::fromType<qint64>());
    // COPY on PostgreSQL: a batch over thousands of affiliates writes thousands of rows here.
    auto writer = TableWriter::create(connection, QStringLiteral("tierdesk_audit_log"),
        {QStringLiteral("at"), QStringLiteral("operator"), QStringLiteral("host"),
            QStringLiteral("action"), QStringLiteral("affiliate_id"), QStringLiteral("details"),
            QStringLiteral("batch_id"), QStringLiteral("ticket"), QStringLiteral("reason")});
    if (!writer)
        return writer.error();
    TableWriter &log = **writer;
    const QString user = connection.databaseUser();
    for (const AuditEntry &entry : entries) {
        QJsonObject details = entry.details;
        if (!user.isEmpty())
            details.insert(QStringLiteral("database_user"), user);
        if (!who.desk.isEmpty())
            details.insert(QStringLiteral("desk"), who.desk); // the window that wrote it
        if (who.approval)
            details.insert(QStringLiteral("approval_id"), who.approval); // four eyes

        if (auto added = log.add({at, who.name, who.host, entry.action,
                entry.affiliateId.isEmpty() ? none : QVariant(entry.affiliateId), json(details),
                entry.batchId ? QVariant(entry.batchId) : noBatch, orNull(who.ticket),
                orNull(who.reason)});
            !added)
            return added;
    }
    return log.finish();
}

bool GuardedWrite::recordAttempt(
    const Connection &connection, const std::function<Result<void>()> &record)
{
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun) {
        qCWarning(lcAudit) << "could not record the attempt:" << begun.error().message;
        return false;
    }
    if (auto recorded = record(); !recorded) {
        qCWarning(lcAudit) << "could not record the attempt:" << recorded.error().message;
        return false;
    }
    if (auto committed = transaction.commit(); !committed) {
        qCWarning(lcAudit) << "could not record the attempt:" << committed.error().message;
        return false;
    }
    return true;
}

QString GuardedWrite::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant GuardedWrite::orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

bool GuardedWrite::connectionAlive(const Connection &connection)
{
    QSqlQuery probe(connection.database());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

} // namespace TierDesk
