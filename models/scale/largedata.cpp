#include "largedata.h"
#include "../common/logging.h"
#include "../db/tablewriter.h"
#include "../figures/affiliatestats.h"
#include "../schema/schema.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace TierDesk {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
const qint64 HistoryStart
    = QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const qint64 HistoryEnd
    = QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr int Rates[] = {20, 25, 30};

const char *const FirstNames[] = {"anna", "ben", "clara", "deniz", "elif", "emma", "finn", "greta",
    "hanna", "ivo", "jonas", "kaan", "lena", "lotte", "mia", "noah", "oliver", "paul", "ruth",
    "selin", "sophie", "tom", "ute", "yusuf", "zeynep", "james", "lily", "harry", "emily", "lars"};
const char *const LastNames[] = {"Becker", "Demir", "Fischer", "Hoffmann", "Kaya", "Koch", "Meyer",
    "Müller", "Schmidt", "Schulz", "Smith", "Jones", "Taylor", "Wagner", "Weber", "Yılmaz"};
const char *const Foods[] = {"eats", "bites", "kocht", "menu", "tisch", "plates", "snacks",
    "foodie", "gourmet", "kitchen", "tastes", "isst"};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

struct Event
{
    qint64 at = 0;
    int from = 20;
    int to = 25;
    enum class Kind { Regular, Redundant, Conflict, FlipFlop } kind = Kind::Regular;
};

struct Plan
{
    QString id;
    QString handle;
    QString name;
    qint64 created = 0;
    int rate = 20;
    bool drift = false;
    QList<Event> events;
};

int otherRate(QRandomGenerator &rng, int not1, int not2 = 0)
{
    for (;;) {
        const int rate = Rates[rng.bounded(3)];
        if (rate != not1 && rate != not2)
            return rate;
    }
}

// Everything about affiliate `i` except its commissions, from its own random stream.
Plan planAffiliate(quint32 seed, int i, const LargeData::Options &options)
{
    QRandomGenerator rng(seed * 2654435761u + quint32(i) * 40503u + 1u);
    Plan plan;
    quint32 words[4];
    rng.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    const QByteArray hex = bytes.toHex();
    plan.id = QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20));
    const QString first = QString::fromLatin1(FirstNames[rng.bounded(int(std::size(FirstNames)))]);
    const QString last = QString::fromUtf8(LastNames[rng.bounded(int(std::size(LastNames)))]);
    plan.handle = first + QString::fromLatin1(Foods[rng.bounded(int(std::size(Foods)))])
        + QString::number(i);
    plan.name = first.left(1).toUpper() + first.mid(1) + QLatin1Char(' ') + last;
    plan.created = HistoryStart + qint64(rng.bounded(90)) * Day
        + qint64(rng.bounded(int(Day / 1000))) * 1000;

    const int count = qMax(
        1, options.eventsPerAffiliate / 2 + int(rng.bounded(options.eventsPerAffiliate + 1)));
    QList<qint64> times;
    const qint64 first0 = plan.created + Day;
    const qint64 span = HistoryEnd - Day - first0;
    for (int k = 0; k < count; ++k)
        times << first0 + qint64(rng.generateDouble() * double(span));
    std::sort(times.begin(), times.end());
    for (qsizetype k = 1; k < times.size(); ++k)
        times[k] = qMax(times[k], times[k - 1] + 2 * Hour);

    int current = 20;
    const bool flipFlop = rng.bounded(1000) < 5;
    const int flipAfter = int(rng.bounded(count));
    for (int k = 0; k < count; ++k) {
        Event event;
        event.at = times.at(k);
        event.from = current;
        event.to = otherRate(rng, current);
        const bool promotion = event.to > event.from;
        const int roll = int(rng.bounded(10000));
        if (promotion && roll < 270) {
            // The incident: the same promotion written again 0–3 s later, a quarter across a
            // minute.
            const bool straddle = rng.bounded(4) == 0;
            if (straddle)
                event.at = event.at / Minute * Minute + 59900 + rng.bounded(100);
            plan.events << event;
            const int copies = rng.bounded(10) < 7 ? 1 : 2;
            qint64 at = event.at;
            for (int c = 0; c < copies; ++c) {
                at += straddle ? 20 + rng.bounded(1000) : rng.bounded(1500);
                Event copy = event;
                copy.at = at;
                copy.kind = Event::Kind::Redundant;
                plan.events << copy;
            }
            current = event.to;
        } else if (roll >= 270 && roll < 300) {
            // Two evaluations that computed different tiers; the last writer won.
            plan.events << event;
            Event other = event;
            other.at = event.at + 1 + rng.bounded(2000);
            other.to = otherRate(rng, event.from, event.to);
            other.kind = Event::Kind::Conflict;
            plan.events << other;
            current = other.to;
        } else {
            plan.events << event;
            current = event.to;
        }
        if (flipFlop && k == flipAfter) {
            // A real change and its reversal and the change again, inside one minute.
            const qint64 at = (plan.events.last().at + 30 * Minute) / Minute * Minute + 5000;
            const int x = otherRate(rng, current);
            plan.events << Event{at, current, x, Event::Kind::Regular}
                        << Event{at + 15000, x, current, Event::Kind::Regular}
                        << Event{at + 40000, current, x, Event::Kind::FlipFlop};
            current = x;
        }
    }
    plan.rate = current;
    if (rng.bounded(1000) < 5) {
        plan.drift = true;
        plan.rate = otherRate(rng, current);
    }
    return plan;
}

} // namespace

namespace {

// The steps of LargeData::generate(), each writing one table with its own writer.
class LargeFiller final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::LargeData)

public:
    LargeFiller(
        const Connection &connection, const LargeData::Options &options, const WorkControl &control)
        : connection(connection)
        , options(options)
        , control(control)
        , steps(qint64(options.affiliates) * 3)
    {
    }

    Result<void> refuseFilled() const;
    Result<void> prepare() const;
    Result<void> profiles();
    Result<void> commissions();
    Result<void> tierEvents();
    Result<void> truthTable() const;
    Result<void> indexAndRecord() const;

    LargeData::Summary summary;

private:
    // Reports every thousandth affiliate of a pass; false once cancelled.
    bool progress(int pass, int i) const
    {
        if (i % 1000 == 0)
            control.report(
                WorkControl::Phase::Writing, qint64(pass) * options.affiliates + i, steps);
        return !control.cancelled();
    }

    const Connection &connection;
    const LargeData::Options &options;
    const WorkControl &control;
    const qint64 steps;
    QList<QPair<qint64, QString>> truth; // what was injected, for the bench's accuracy score
};

Result<void> LargeFiller::refuseFilled() const
{
    auto existing = connection.prepare(QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles"));
    if (!existing)
        return existing.error();
    if (auto done = Connection::exec(*existing); !done)
        return done.error();
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error::refused(
            tr("The database already has affiliates; large data goes into an empty sandbox."));
    existing->finish();
    return {};
}

// Inside the transaction: no bulk indexes while filling, the truth table, a third tier.
Result<void> LargeFiller::prepare() const
{
    if (auto dropped = Schema::dropBulkIndexes(connection); !dropped)
        return dropped.error();
    if (auto done
        = connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tierdesk_bench_truth ("
                                         "event_id BIGINT PRIMARY KEY, kind TEXT NOT NULL)"));
        !done)
        return done.error();
    if (auto done = connection.exec(
            QStringLiteral("INSERT INTO tier_policy (rate, name, threshold_amount) VALUES "
                           "(30, 'Platinum', 5000) ON CONFLICT (rate) DO NOTHING"));
        !done)
        return done.error();
    return {};
}

// Pass 1: the profiles.
Result<void> LargeFiller::profiles()
{
    auto writer = TableWriter::create(connection, QStringLiteral("affiliate_profiles"),
        {QStringLiteral("id"), QStringLiteral("handle"), QStringLiteral("display_name"),
            QStringLiteral("email"), QStringLiteral("commission_rate"),
            QStringLiteral("created_at")});
    if (!writer)
        return writer.error();
    for (int i = 0; i < options.affiliates; ++i) {
        if (!progress(0, i))
            return Error::cancelled(tr("Cancelled; nothing was written."));
        const Plan plan = planAffiliate(options.seed, i, options);
        if (auto added = (*writer)->add({plan.id, plan.handle, plan.name,
                plan.handle + QStringLiteral("@example.com"), plan.rate, timeText(plan.created)});
            !added)
            return added.error();
        summary.drift += plan.drift ? 1 : 0;
    }
    if (auto done = (*writer)->finish(); !done)
        return done.error();
    summary.affiliates = options.affiliates;
    return {};
}

// Pass 2: the commissions, from a second random stream per affiliate.
Result<void> LargeFiller::commissions()
{
    auto writer = TableWriter::create(connection, QStringLiteral("affiliate_commissions"),
        {QStringLiteral("id"), QStringLiteral("affiliate_id"), QStringLiteral("stripe_event_id"),
            QStringLiteral("commission_amount"), QStringLiteral("created_at")});
    if (!writer)
        return writer.error();
    qint64 id = 0;
    QList<qint64> times;
    for (int i = 0; i < options.affiliates; ++i) {
        if (!progress(1, i))
            return Error::cancelled(tr("Cancelled; nothing was written."));
        const Plan plan = planAffiliate(options.seed, i, options);
        QRandomGenerator rng(options.seed * 97u + quint32(i) * 2246822519u + 7u);
        const int count = i == 0 ? options.whaleCommissions
                                 : options.commissionsPerAffiliate / 5
                + int(rng.bounded(options.commissionsPerAffiliate * 8 / 5 + 1));
        times.clear();
        for (int k = 0; k < count; ++k)
            times << plan.created
                    + qint64(rng.generateDouble() * double(HistoryEnd - plan.created));
        std::sort(times.begin(), times.end());
        const QString prefix = QStringLiteral("evt_") + QString::number(i, 36) + QLatin1Char('_');
        for (int k = 0; k < count; ++k) {
            const qint64 cents = 200 + rng.bounded(7800);
            if (auto added = (*writer)->add({++id, plan.id, prefix + QString::number(k, 36),
                    SqlDialect::moneyText(cents), timeText(times.at(k))});
                !added)
                return added.error();
        }
    }
    if (auto done = (*writer)->finish(); !done)
        return done.error();
    summary.commissions = id;
    return {};
}

// Pass 3: the tier events, and what was injected.
Result<void> LargeFiller::tierEvents()
{
    auto writer = TableWriter::create(connection, QStringLiteral("tier_events"),
        {QStringLiteral("id"), QStringLiteral("affiliate_id"), QStringLiteral("from_rate"),
            QStringLiteral("to_rate"), QStringLiteral("created_at"), QStringLiteral("status")});
    if (!writer)
        return writer.error();
    qint64 id = 0;
    for (int i = 0; i < options.affiliates; ++i) {
        if (!progress(2, i))
            return Error::cancelled(tr("Cancelled; nothing was written."));
        const Plan plan = planAffiliate(options.seed, i, options);
        qint64 previousAt = 0;
        for (const Event &event : plan.events) {
            ++id;
            if (auto added = (*writer)->add({id, plan.id, event.from, event.to, timeText(event.at),
                    QStringLiteral("active")});
                !added)
                return added.error();
            switch (event.kind) {
            case Event::Kind::Redundant:
                truth << qMakePair(id, QStringLiteral("redundant"));
                ++summary.redundant;
                summary.acrossMinute += previousAt / Minute != event.at / Minute ? 1 : 0;
                break;
            case Event::Kind::Conflict:
                truth << qMakePair(id, QStringLiteral("conflict"));
                ++summary.conflicts;
                break;
            case Event::Kind::FlipFlop:
                truth << qMakePair(id, QStringLiteral("flipflop"));
                ++summary.flipFlops;
                break;
            case Event::Kind::Regular:
                break;
            }
            previousAt = event.at;
        }
    }
    if (auto done = (*writer)->finish(); !done)
        return done.error();
    summary.tierEvents = id;
    return {};
}

Result<void> LargeFiller::truthTable() const
{
    auto writer = TableWriter::create(connection, QStringLiteral("tierdesk_bench_truth"),
        {QStringLiteral("event_id"), QStringLiteral("kind")});
    if (!writer)
        return writer.error();
    for (const auto &[id, kind] : std::as_const(truth))
        if (auto added = (*writer)->add({id, kind}); !added)
            return added.error();
    if (auto done = (*writer)->finish(); !done)
        return done.error();
    return {};
}

// The bulk indexes back, the sequences past the ids written, and the seed recorded.
Result<void> LargeFiller::indexAndRecord() const
{
    control.report(WorkControl::Phase::Writing, steps, steps);
    if (auto indexed = Schema::createBulkIndexes(connection); !indexed)
        return indexed.error();
    if (connection.dialect().isPostgres()) {
        for (const char *table : {"affiliate_commissions", "tier_events"}) {
            if (auto done = connection.exec(
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "(SELECT MAX(id) FROM %1))")
                        .arg(QString::fromLatin1(table)));
                !done)
                return done.error();
        }
    }
    auto meta = connection.prepare(
        QStringLiteral("INSERT INTO tierdesk_meta (key, value) VALUES ('large_data', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!meta)
        return meta.error();
    meta->addBindValue(QString::fromUtf8(QJsonDocument(
        QJsonObject{{QStringLiteral("seed"), qint64(options.seed)},
            {QStringLiteral("redundant"), summary.redundant},
            {QStringLiteral("conflicts"), summary.conflicts},
            {QStringLiteral("flip_flops"), summary.flipFlops},
            {QStringLiteral("drift"),
                summary.drift}}).toJson(QJsonDocument::Compact)));
    if (auto done = Connection::exec(*meta); !done)
        return done.error();
    return {};
}

} // namespace

Result<LargeData::Summary> LargeData::generate(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    QElapsedTimer timer;
    timer.start();
    LargeFiller filler(connection, options, control);
    if (auto refused = filler.refuseFilled(); !refused)
        return refused.error();
    if (connection.dialect().isSqlite()) {
        // A sandbox being filled: nothing to lose if the machine dies half-way.
        if (auto done = connection.exec(QStringLiteral("PRAGMA synchronous = OFF")); !done)
            return done.error();
    }
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto done = filler.prepare(); !done)
        return done.error();
    for (const auto pass :
        {&LargeFiller::profiles, &LargeFiller::commissions, &LargeFiller::tierEvents}) {
        if (auto done = (filler.*pass)(); !done)
            return done.error();
    }
    if (auto done = filler.truthTable(); !done)
        return done.error();
    if (auto done = filler.indexAndRecord(); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    // Fresh statistics, or the first queries plan against an empty table.
    if (auto analysed = connection.exec(QStringLiteral("ANALYZE")); !analysed)
        return analysed.error();
    if (auto figures = AffiliateStats::refresh(connection); !figures)
        return figures.error();
    Summary summary = filler.summary;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    qCInfo(lcDb) << "large data:" << summary.affiliates << "affiliates," << summary.commissions
                 << "commissions," << summary.tierEvents << "tier events in" << summary.seconds
                 << "s";
    return summary;
}

std::optional<int> LargeData::affiliatesAt(const QString &scale)
{
    if (scale == QLatin1String("large"))
        return Options().affiliates;
    if (scale == QLatin1String("xl"))
        return Options().affiliates * 10;
    return std::nullopt;
}

QJsonObject LargeData::Summary::toJson(quint32 seed) const
{
    return {{QStringLiteral("seed"), qint64(seed)}, {QStringLiteral("affiliates"), affiliates},
        {QStringLiteral("commissions"), commissions}, {QStringLiteral("tier_events"), tierEvents},
        {QStringLiteral("redundant_events"), redundant},
        {QStringLiteral("across_minute"), acrossMinute}, {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("flip_flops"), flipFlops}, {QStringLiteral("drift"), drift},
        {QStringLiteral("seconds"), seconds}};
}

} // namespace TierDesk
