#pragma once

#include "../audit/audit.h"
#include "resolve.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

// The steps a resolve and its undo are made of, shared by the preview (resolve.cpp)
// and the guarded writes (resolvewrite.cpp). Internal to the resolve room.
namespace TierDesk::ResolveSteps {

using Kind = Resolve::Kind;

// Values: a rate as a bind value, JSON or fingerprint text; ids as JSON or placeholders.
QVariant rateValue(const std::optional<int> &rate);

QJsonValue jsonRate(const std::optional<int> &rate);

QByteArray rateText(const std::optional<int> &rate);

QJsonArray idArray(const QList<qint64> &ids);

QString idPlaceholders(qsizetype count);

QString handleText(const QString &handle, const QString &affiliateId);

// Reading: the affiliate of an event, its rate (with `lock`, its profile row locked
// until the transaction ends), its findings.
Result<QString> affiliateOfEvent(const Connection &connection, qint64 eventId);

Result<int> profileRate(const Connection &connection, const QString &affiliateId, bool lock);

Result<Audit::Report> findingsOf(const Connection &connection, const QString &affiliateId,
    int windowSeconds, bool inTransaction);

// Planning: the request against the findings as they are now, and its fingerprint.
QString conflictFingerprint(const Audit::Cluster &conflict, qint64 keepId);

QString driftFingerprint(Kind kind, const Audit::Drift &drift);

Result<Resolve::Plan> planFrom(const Audit::Report &report, const Resolve::Request &request,
    const QString &affiliateId, int profileRate);

Result<void> checkFingerprintGiven(const QString &expected);

// Writing, inside the write transaction; the sentences of a refusal or a fault.

void logRefused(const Connection &connection, const OperatorInfo &who, const QString &affiliateId,
    const QJsonObject &details);

QString lostWhileResolving(const QString &reason);

QString resolvingRolledBack(const QString &reason);

Error changedUnderneath(int changed, qsizetype planned);

Result<Resolve::Outcome> writePlan(const Connection &connection, const Resolve::Plan &plan);

QJsonObject planDetails(const Resolve::Plan &plan);

Result<qint64> insertResolution(const Connection &connection, const Resolve::Plan &plan,
    const Resolve::Outcome &outcome, const OperatorInfo &who);

// A resolution as stored, and what undoing it would change now.
struct Stored
{
    Kind kind = Kind::Conflict;
    QString affiliateId;
    qint64 eventId = 0;
    std::optional<int> fromRate;
    std::optional<int> toRate;
    QJsonObject details;
    QDateTime undoneAt;
};

std::optional<int> optionalInt(const QVariant &value);

Result<Stored> loadResolution(const Connection &connection, qint64 resolutionId);

Result<Resolve::UndoPlan> undoPlanOf(
    const Connection &connection, qint64 resolutionId, const Stored &stored);

Result<int> writeUndo(const Connection &connection, const Resolve::UndoPlan &plan);

} // namespace TierDesk::ResolveSteps
