#include "findingkind.h"

namespace TierDesk {

const QList<FindingKind> &FindingKind::all()
{
    static const QList<FindingKind> kinds = {
        {Id::Duplicate, "duplicate", "clusters",
            QT_TRANSLATE_NOOP("TierDesk::FindingKind", "Race duplicate"), 0xe07b00,
            Settled::Cleanup},
        {Id::Conflict, "conflict", "clusters",
            QT_TRANSLATE_NOOP("TierDesk::FindingKind", "Conflict"), 0xd32f2f, Settled::KeepOne},
        {Id::ChainBreak, "chain_break", "chain_breaks",
            QT_TRANSLATE_NOOP("TierDesk::FindingKind", "Chain break"), 0x7b1fa2, Settled::Review},
        {Id::Drift, "drift", "drift", QT_TRANSLATE_NOOP("TierDesk::FindingKind", "Drift"), 0x0288d1,
            Settled::AlignOrRecord},
    };
    return kinds;
}

const FindingKind &FindingKind::of(Id id)
{
    return all().at(int(id));
}

const FindingKind *FindingKind::named(const QString &name)
{
    for (const FindingKind &kind : all()) {
        if (name == QLatin1String(kind.name))
            return &kind;
    }
    return nullptr;
}

QString FindingKind::text() const
{
    return tr(label);
}

} // namespace TierDesk
