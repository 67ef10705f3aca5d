#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace TierDesk {

// The kinds of finding the audit reports, as one table: the name the models, the
// CLI's JSON and the activity use, the JSON list it is reported in, the label a
// person reads, its colour in tables and charts, and how a person settles it.
// A new kind is a row here, its rule in auditrules and its list in Audit::Report
// (docs/ARCHITECTURE.md, "add a finding kind").
struct FindingKind
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::FindingKind)

public:
    enum class Id { Duplicate, Conflict, ChainBreak, Drift };
    // How a person settles it: a cleanup batch, or one of the resolves.
    enum class Settled { Cleanup, KeepOne, AlignOrRecord, Review };

    Id id;
    const char *name; // "duplicate": KindRole, the JSON's "kind"
    const char *jsonKey; // the list of Audit::Report's JSON that holds it
    const char *label; // translated by text()
    quint32 rgb; // 0xRRGGBB: its band in tables, its mark in the charts
    Settled settled;

    QString text() const;

    static const QList<FindingKind> &all();
    static const FindingKind &of(Id id);
    // The kind called `name`, or nullptr.
    static const FindingKind *named(const QString &name);
};

} // namespace TierDesk
