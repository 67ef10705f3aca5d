#pragma once

#include "../common/workcontrol.h"
#include "backfill.h"

#include <QMap>

// The guarded UPDATEs of a cleanup and its undo, chunk by chunk. Internal to the
// backfill room.
namespace TierDesk::BackfillSteps {

using Kind = Backfill::BatchKind;

// Runs the guarded UPDATE over the plan in chunks; returns which rows changed
// (by affiliate). Stops with Refused when cancelled; the caller rolls back.
Result<QMap<QString, QList<qint64>>> writeChunks(const Connection &connection, Kind kind,
    const QList<Backfill::Row> &rows, qint64 batchId, const QDateTime &now, int chunkSize,
    const WorkControl &control);

} // namespace TierDesk::BackfillSteps
