#include "demostory.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace TierDesk::DemoStory {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Cycle = 30 * Day; // monthly plans renew every 30 days
constexpr qint64 Window = 90 * Day;
constexpr qint64 GoldCents = 150000;

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

const qint64 HistoryStart = at("2025-06-01T00:00:00.000Z");
// The story is written up to this moment; subscriptions still running then go
// on paying up to the moment the demo is created (Generator::extendTo), so the
// rolling 90-day figures tell the same story in any year.
const qint64 HistoryEnd = at("2026-11-26T23:59:59.000Z");
const qint64 FixDeployed = at("2026-05-24T00:00:00.000Z"); // PR #621: the OCC guard

const char *const GermanFirst[]
    = {"Lukas", "Anna", "Jonas", "Lena", "Felix", "Marie", "Paul", "Sophie", "Leon", "Emma", "Finn",
        "Mia", "Noah", "Hannah", "Elias", "Lea", "Ben", "Clara", "Jan", "Katharina", "Matthias",
        "Sabine", "Jürgen", "Björn", "Jörg", "Käthe", "Uwe", "Ines", "Moritz", "Frieda"};
const char *const EnglishFirst[]
    = {"Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Emily", "Charlie", "Grace",
        "Thomas", "Chloe", "James", "Lily", "William", "Ella", "Henry", "Freya", "Samuel", "Ruby"};
const char *const OtherFirst[]
    = {"Elif", "Emre", "Zeynep", "Deniz", "Aylin", "Mehmet", "Sofia", "Luca", "Ingrid", "Lars"};
const char *const GermanLast[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
    "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause",
    "Lehmann", "Köhler", "Weiß", "Vogel", "Jäger", "Groß"};
const char *const EnglishLast[] = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
    "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
    "Green", "Hall", "Wood", "Jackson", "Clarke"};
const char *const OtherLast[] = {"Yılmaz", "Demir", "Şahin", "Çelik", "Rossi", "Lindqvist",
    "Nilsson", "Kaya", "Öztürk", "Bianchi"};
const char *const HandleSuffix[] = {"eats", "kitchen", "bites", "foodie", "tisch", "isst", "tastes",
    "menu", "cooks", "plates", "snacks", "gourmet"};
const char *const Domains[] = {"example.com", "example.org", "example.net"};

template <std::size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

QString ascii(QString text)
{
    text.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"));
    text.replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("ß"), QStringLiteral("ss"));
    text.replace(QStringLiteral("Ä"), QStringLiteral("Ae"))
        .replace(QStringLiteral("Ö"), QStringLiteral("Oe"));
    text.replace(QStringLiteral("Ü"), QStringLiteral("Ue"));
    text.replace(QStringLiteral("ı"), QStringLiteral("i"));
    text = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 128)
            out += c;
    }
    return out.toLower().remove(QLatin1Char(' '));
}

} // namespace

QString Generator::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString Generator::eventId(QRandomGenerator &rng)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString id = QStringLiteral("evt_");
        for (int i = 0; i < 24; ++i)
            id += QLatin1Char(alphabet[rng.bounded(62)]);
        if (!m_eventIds.contains(id)) {
            m_eventIds.insert(id);
            return id;
        }
    }
}

int Generator::addAffiliate(const QString &first, const QString &last, const QString &wantedHandle)
{
    Affiliate a;
    a.id = uuid();
    a.name = first + QLatin1Char(' ') + last;
    QString handle
        = wantedHandle.isEmpty() ? ascii(first) + pick(m_rng, HandleSuffix) : wantedHandle;
    if (m_handles.contains(handle)) {
        int n = 2;
        while (m_handles.contains(handle + QString::number(n)))
            ++n;
        handle += QString::number(n);
    }
    m_handles.insert(handle);
    a.handle = handle;
    a.email
        = ascii(first) + QLatin1Char('.') + ascii(last) + QLatin1Char('@') + pick(m_rng, Domains);
    a.createdAt = between(HistoryStart - 60 * Day, HistoryStart);
    affiliates.push_back(a);
    return int(affiliates.size() - 1);
}

int Generator::addRandomAffiliate()
{
    const quint32 kind = m_rng.bounded(10);
    if (kind < 5)
        return addAffiliate(pick(m_rng, GermanFirst), pick(m_rng, GermanLast));
    if (kind < 8)
        return addAffiliate(pick(m_rng, EnglishFirst), pick(m_rng, EnglishLast));
    return addAffiliate(pick(m_rng, OtherFirst), pick(m_rng, OtherLast));
}

void Generator::pay(int affiliate, qint64 amountCents, qint64 when, int rate, const QString &id)
{
    commissions.push_back(
        {affiliate, id.isEmpty() ? eventId() : id, amountCents * rate / 100, when});
}

void Generator::monthlyRestaurant(int affiliate, qint64 first, qint64 plan, qint64 last,
    const std::vector<std::pair<qint64, int>> &rates)
{
    qint64 t = first;
    for (; t <= last; t += Cycle) {
        int rate = rates.front().second;
        for (const auto &[from, r] : rates) {
            if (t >= from)
                rate = r;
        }
        pay(affiliate, plan, t, rate);
    }
    if (last == HistoryEnd)
        m_running.push_back({affiliate, t, Cycle, plan, rates.back().second});
}

void Generator::smallAffiliate(int affiliate)
{
    const int restaurants = 1 + int(m_rng.bounded(12));
    for (int i = 0; i < restaurants; ++i) {
        const qint64 first = between(HistoryStart, HistoryEnd - 10 * Day);
        if (m_rng.bounded(5) == 0) {
            qint64 t = first;
            for (; t <= HistoryEnd; t += 365 * Day)
                pay(affiliate, 29000, t, 20);
            m_running.push_back({affiliate, t, 365 * Day, 29000, 20});
            continue;
        }
        const qint64 last
            = m_rng.bounded(5) < 2 ? first + qint64(2 + m_rng.bounded(10)) * Cycle : HistoryEnd;
        monthlyRestaurant(affiliate, first, planCents(), std::min(last, HistoryEnd), {{0, 20}});
    }
}

void Generator::promotedHistory(int affiliate, const std::vector<Payment> &crossing,
    qint64 overshootCents, std::vector<std::pair<qint64, int>> rates, bool loyal)
{
    const qint64 t = crossing.front().at;
    qint64 crossingCommission = 0;
    for (const Payment &p : crossing)
        crossingCommission += p.amountCents * 20 / 100;
    const qint64 target = GoldCents - crossingCommission + overshootCents;

    // Monthly restaurants that keep paying never let a 90-day sum fall, so the
    // sum just before `t` bounds every earlier window.
    qint64 sum = 0;
    for (int tries = 0; tries < 400 && sum < target - 3000; ++tries) {
        const qint64 first = between(HistoryStart, t - 2 * Day);
        const qint64 plan = planCents();
        qint64 contribution = 0;
        for (qint64 p = first; p < t; p += Cycle) {
            if (p > t - Window)
                contribution += plan * 20 / 100;
        }
        if (sum + contribution > target)
            continue;
        sum += contribution;
        qint64 churn = m_rng.bounded(10) < 3 ? between(t + Cycle, HistoryEnd) : HistoryEnd;
        if (loyal)
            churn = HistoryEnd;
        monthlyRestaurant(affiliate, first, plan, churn, rates);
    }
    if (const qint64 rest = target - sum; rest > 0) // a one-off set-up fee tops it up exactly
        pay(affiliate, rest * 5, between(t - 25 * Day, t - Day), 20);
    for (const Payment &p : crossing)
        pay(affiliate, p.amountCents, p.at, 20, p.eventId);
}

void Generator::run()
{
    theIncident();
    moreRacesBeforeTheFix();
    oneOfEachOtherAnomaly();
    cleanPromotionsBeforeTheFix();
    promotionsAfterTheFix();
    conflictHistory();
    everyoneElse();
    settle();
}

// Greta and Bahar, both promoted to Gold twice.
void Generator::theIncident()
{
    const int greta = addAffiliate(
        QStringLiteral("Greta"), QStringLiteral("Brandt"), QStringLiteral("gretaeats"));
    affiliates[greta].email = QStringLiteral("greta@gretaeats.example.com");
    const int bahar = addAffiliate(
        QStringLiteral("Bahar"), QStringLiteral("Aydın"), QStringLiteral("bahareats"));
    affiliates[bahar].email = QStringLiteral("bahar@bahareats.example.com");

    const qint64 gretaAt = at("2026-01-22T14:18:32.000Z");
    promotedHistory(greta,
        {{29000, gretaAt, QStringLiteral("evt_aaa111")},
            {2900, gretaAt + Second, QStringLiteral("evt_bbb222")}},
        200, goldFrom(gretaAt));
    events.push_back({greta, 20, 25, at("2026-01-22T14:18:34.012Z")});
    events.push_back({greta, 20, 25, at("2026-01-22T14:18:34.028Z")});
    const qint64 baharAt = at("2026-02-03T19:42:10.000Z");
    promotedHistory(bahar,
        {{29000, baharAt, QStringLiteral("evt_ccc333")},
            {2900, baharAt + Second, QStringLiteral("evt_ddd444")}},
        300, goldFrom(baharAt));
    events.push_back({bahar, 20, 25, baharAt + 1 * Second + 731});
    events.push_back({bahar, 20, 25, baharAt + 1 * Second + 752});
    affected = 2;
    redundant = 2;
}

// 21 more affected affiliates before the fix; one straddles a minute, one has three rows.
void Generator::moreRacesBeforeTheFix()
{
    struct Race
    {
        int affiliate;
        qint64 crossingAt;
        int copies; // tier events written for one promotion
        bool straddleMinute;
    };
    std::vector<Race> races;
    for (int i = 0; i < 21; ++i) {
        const int a = addRandomAffiliate();
        qint64 t = between(at("2025-09-15T00:00:00.000Z"), at("2026-05-20T00:00:00.000Z"));
        const bool straddle = i == 0;
        if (straddle) // evaluations land at hh:mm:59.990 and hh:mm+1:00.010
            t = (t / Minute) * Minute + 57 * Second;
        races.push_back({a, t, i == 1 ? 3 : 2, straddle});
    }
    for (const Race &race : races) {
        const qint64 second = race.crossingAt + 500 + m_rng.bounded(900);
        promotedHistory(race.affiliate, {{29000, race.crossingAt, {}}, {planCents(), second, {}}},
            m_rng.bounded(500), goldFrom(race.crossingAt));
        qint64 first = second + 1000 + m_rng.bounded(1000);
        if (race.straddleMinute)
            first = (second / Minute) * Minute + 59 * Second + 990;
        qint64 copyAt = first;
        for (int c = 0; c < race.copies; ++c) {
            events.push_back({race.affiliate, 20, 25, copyAt});
            copyAt += race.straddleMinute ? 20 : 5 + m_rng.bounded(35);
        }
        ++affected;
        redundant += race.copies - 1;
    }
}

void Generator::oneOfEachOtherAnomaly()
{
    // Conflict: two bulk invoices evaluated concurrently computed Gold and Platinum.
    m_kaan
        = addAffiliate(QStringLiteral("Kaan"), QStringLiteral("Demir"), QStringLiteral("kaanmasa"));
    m_kaanAt = at("2026-03-11T10:27:44.000Z");
    events.push_back({m_kaan, 20, 25, m_kaanAt + 1012});
    events.push_back({m_kaan, 20, 30, m_kaanAt + 1047});

    // Chain break: a promotion written again three days later by an old script.
    const int lotte = addAffiliate(
        QStringLiteral("Lotte"), QStringLiteral("Hansen"), QStringLiteral("lottekocht"));
    const qint64 lotteAt = at("2025-12-02T08:14:51.000Z");
    promotedHistory(lotte, {{7900, lotteAt, {}}}, 120, goldFrom(lotteAt));
    events.push_back({lotte, 20, 25, lotteAt + 1390});
    events.push_back({lotte, 20, 25, lotteAt + 3 * Day + 6 * Hour + 1234});

    // Drift: promoted, then the rate was reset by hand without a tier event. Her
    // restaurants keep paying, so a re-evaluation promotes her again in any year.
    m_ruth = addAffiliate(
        QStringLiteral("Ruth"), QStringLiteral("Okafor"), QStringLiteral("ruthplates"));
    const qint64 ruthAt = at("2026-04-08T12:01:09.000Z");
    promotedHistory(m_ruth, {{4900, ruthAt, {}}}, 50, goldFrom(ruthAt), true);
    events.push_back({m_ruth, 20, 25, ruthAt + 1511});

    // A legitimate quick flip-flop: promoted, a refund demoted, a new payment promoted again.
    const int milo = addAffiliate(
        QStringLiteral("Milo"), QStringLiteral("Wagner"), QStringLiteral("milomampft"));
    const qint64 miloAt = at("2026-02-19T16:07:05.000Z");
    promotedHistory(milo, {{7900, miloAt, {}}}, 100, goldFrom(miloAt));
    pay(milo, -7900, miloAt + 15 * Second, 20);
    pay(milo, 7900, miloAt + 38 * Second, 20);
    events.push_back({milo, 20, 25, miloAt + 1204});
    events.push_back({milo, 25, 20, miloAt + 16 * Second + 488});
    events.push_back({milo, 20, 25, miloAt + 39 * Second + 702});
}

void Generator::cleanPromotionsBeforeTheFix()
{
    for (int i = 0; i < 10; ++i) {
        const int a = addRandomAffiliate();
        const qint64 t = between(at("2025-09-01T00:00:00.000Z"), FixDeployed - Day);
        promotedHistory(a, {{planCents(), t, {}}}, m_rng.bounded(800), goldFrom(t));
        events.push_back({a, 20, 25, t + 900 + m_rng.bounded(1500)});
    }
}

// One event per promotion; lost races leave beacons.
void Generator::promotionsAfterTheFix()
{
    std::vector<qint64> promotions;
    for (int i = 0; i < 6; ++i) // a marketing push: six promotions in one hour
        promotions.push_back(
            between(at("2026-07-14T09:02:00.000Z"), at("2026-07-14T09:55:00.000Z")));
    for (int i = 0; i < 5; ++i)
        promotions.push_back(
            between(at("2026-09-03T18:01:00.000Z"), at("2026-09-03T18:58:00.000Z")));
    for (int i = 0; i < 13; ++i)
        promotions.push_back(between(FixDeployed + Day, at("2026-11-20T00:00:00.000Z")));
    for (std::size_t i = 0; i < promotions.size(); ++i) {
        const int a = addRandomAffiliate();
        const qint64 t = promotions[i];
        const qint64 second = t + 400 + m_rng.bounded(900);
        promotedHistory(
            a, {{29000, t, {}}, {planCents(), second, {}}}, m_rng.bounded(500), goldFrom(t));
        const qint64 won = second + 1000 + m_rng.bounded(800);
        events.push_back({a, 20, 25, won});
        if (i < 11 || m_rng.bounded(10) < 6)
            beacons.push_back({a, won + 3 + m_rng.bounded(30), 20, 25, 25});
    }
}

// The conflict's history: Bronze until two bulk invoices a moment apart.
void Generator::conflictHistory()
{
    const std::vector<std::pair<qint64, int>> rates{{0, 20}, {m_kaanAt, 30}};
    qint64 sum = 0;
    while (sum < 110000) {
        const qint64 first = between(HistoryStart, m_kaanAt - 2 * Day);
        const qint64 plan = planCents();
        qint64 contribution = 0;
        for (qint64 p = first; p < m_kaanAt; p += Cycle)
            contribution += p > m_kaanAt - Window ? plan * 20 / 100 : 0;
        if (sum + contribution > 120000)
            break;
        sum += contribution;
        monthlyRestaurant(m_kaan, first, plan, HistoryEnd, rates);
    }
    pay(m_kaan, 1160000, m_kaanAt, 20);
    pay(m_kaan, 1160000, m_kaanAt + 600, 20);
}

// A few restaurants each, never near Gold.
void Generator::everyoneElse()
{
    while (affiliates.size() < 320)
        smallAffiliate(addRandomAffiliate());
}

void Generator::settle()
{
    // Final rates follow the last event; Ruth's was reset by hand (the drift).
    for (const TierEvent &e : events)
        affiliates[e.affiliate].rate = e.to; // events are per affiliate in time order
    affiliates[m_ruth].rate = 20;
    for (Affiliate &a : affiliates)
        a.createdAt = std::min(a.createdAt, HistoryStart - Day);

    auto byTime = [](const auto &l, const auto &r) { return l.at < r.at; };
    std::stable_sort(commissions.begin(), commissions.end(), byTime);
    std::stable_sort(events.begin(), events.end(), byTime);
    std::stable_sort(beacons.begin(), beacons.end(), byTime);
}

void Generator::extendTo(qint64 now, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x6c1f2a3bu);
    const std::size_t written = commissions.size();
    // At most the last 18 months of renewals, like the story itself: a demo made
    // years later stays a demo's size, with a quiet stretch after the story.
    const qint64 from = now - 18 * 30 * Day;
    for (const Subscription &s : m_running) {
        qint64 t = s.next;
        if (t < from)
            t += (from - t + s.period - 1) / s.period * s.period;
        for (; t <= now; t += s.period)
            pay(s.affiliate, s.amountCents, t, s.rate, eventId(rng));
    }
    // Renewals after HistoryEnd all come after the story's rows: sorting only
    // them keeps the story's commission ids the same for every `now`.
    std::stable_sort(commissions.begin() + qint64(written), commissions.end(),
        [](const Commission &l, const Commission &r) { return l.at < r.at; });
}

} // namespace TierDesk::DemoStory
