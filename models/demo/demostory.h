#pragma once

#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <array>
#include <utility>
#include <vector>

// The demo's story (the incident, the races before the fix, one of each other
// anomaly, everyone else) drawn from a seed, as rows in memory. DemoData writes them.
namespace TierDesk::DemoStory {

struct Affiliate
{
    QString id;
    QString handle;
    QString name;
    QString email;
    int rate = 20;
    qint64 createdAt = 0;
};

struct Commission
{
    int affiliate;
    QString eventId;
    qint64 cents; // commission in cents
    qint64 at;
};

struct TierEvent
{
    int affiliate;
    int from;
    int to;
    qint64 at;
};

struct Beacon
{
    int affiliate;
    qint64 at;
    int prior;
    int target;
    int observed;
};

// A subscription still paying at HistoryEnd: its next renewal, its period and its amount.
struct Subscription
{
    int affiliate;
    qint64 next;
    qint64 period;
    qint64 amountCents;
    int rate;
};

// A payment that pushes an affiliate over a threshold, with the event id Stripe gave it.
struct Payment
{
    qint64 amountCents;
    qint64 at;
    QString eventId;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    void run();
    // Continues every running subscription up to `now` (no-op before HistoryEnd).
    // Draws from its own generator, so the story up to HistoryEnd is the same for
    // every `now`.
    void extendTo(qint64 now, quint32 seed);

    std::vector<Affiliate> affiliates;
    std::vector<Commission> commissions;
    std::vector<TierEvent> events;
    std::vector<Beacon> beacons;
    int affected = 0;
    int redundant = 0;

private:
    // The story's steps, in the order their random draws are made.
    void theIncident();
    void moreRacesBeforeTheFix();
    void oneOfEachOtherAnomaly();
    void cleanPromotionsBeforeTheFix();
    void promotionsAfterTheFix();
    void conflictHistory();
    void everyoneElse();
    void settle(); // final rates from the last events; everything in time order

    int m_kaan = -1; // the conflict
    qint64 m_kaanAt = 0;
    int m_ruth = -1; // the drift

    qint64 between(qint64 from, qint64 to)
    {
        return from + qint64(m_rng.bounded(quint64(to - from)));
    }
    QString uuid();
    QString eventId() { return eventId(m_rng); }
    QString eventId(QRandomGenerator &rng);
    int addAffiliate(const QString &first, const QString &last, const QString &handle = {});
    int addRandomAffiliate();
    qint64 planCents() { return std::array<qint64, 3>{2900, 4900, 7900}[m_rng.bounded(3)]; }
    void pay(int affiliate, qint64 amountCents, qint64 when, int rate, const QString &eventId = {});
    // A monthly restaurant from `first` on; rates come from rateAt.
    void monthlyRestaurant(int affiliate, qint64 first, qint64 plan, qint64 last,
        const std::vector<std::pair<qint64, int>> &rates);
    void smallAffiliate(int affiliate);
    // Builds an affiliate's history so its rolling 90-day sum first reaches Gold
    // with the last of `crossing`: every earlier window stays below the threshold.
    // With `loyal`, no restaurant churns: the affiliate stays over Gold for good.
    void promotedHistory(int affiliate, const std::vector<Payment> &crossing, qint64 overshootCents,
        std::vector<std::pair<qint64, int>> rates, bool loyal = false);
    static std::vector<std::pair<qint64, int>> goldFrom(qint64 t) { return {{0, 20}, {t, 25}}; }

    QRandomGenerator m_rng;
    QSet<QString> m_handles;
    QSet<QString> m_eventIds;
    std::vector<Subscription> m_running;
};

} // namespace TierDesk::DemoStory
