#include "replydraft.h"
#include "../common/catalogue.h"
#include "../common/currency.h"
#include "../common/format.h"
#include "../common/text.h"
#include "../resolve/resolve.h"

#include <QHash>
#include <QMap>
#include <QTranslator>

#include <limits>

namespace TierDesk {

namespace {

// The reply's phrases in its own language, from TierDesk's catalogue but not
// installed: the window keeps its language.
class Phrasebook final
{
public:
    // `code` the language; `currency` the database's (TierPolicy::currency).
    Phrasebook(const QString &code, const QString &currency)
        : m_locale(Catalogue::localeFor(code))
        , m_currency(currency)
    {
        // English too: its catalogue holds the plural forms.
        m_loaded = Catalogue::loadOwn(m_translator, code);
    }

    QString text(const char *source) const { return lookup("TierDesk::ReplyDraft", source, -1); }
    // A phrase with a count: the language's plural form, %n written as it writes numbers.
    QString counted(const char *source, qint64 n) const
    {
        return lookup("TierDesk::ReplyDraft", source, int(n))
            .replace(QLatin1String("%n"), m_locale.toString(n));
    }
    // "twice", "zweimal": how often, in words (Format's phrases, in this language).
    QString times(int n) const
    {
        return lookup("TierDesk::Format", Format::timesSource(n), n > 12 ? n : -1)
            .replace(QLatin1String("%n"), m_locale.toString(n));
    }
    QString date(const QDateTime &time) const
    {
        return m_locale.toString(
            time.toUTC().date(), text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "MMMM d, yyyy")));
    }
    QString money(qint64 cents) const
    {
        return Currency::formatHundredths(cents, m_currency, m_locale);
    }
    QString rate(std::optional<int> rate) const
    {
        return text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "%1%"))
            .arg(m_locale.toString(rate.value_or(0)));
    }

private:
    // `source` of `context` in this language's catalogue (`n` picks a plural form, -1
    // none), else the source itself.
    QString lookup(const char *context, const char *source, int n) const
    {
        const QString translated
            = m_loaded ? m_translator.translate(context, source, nullptr, n) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

    QLocale m_locale;
    QString m_currency;
    QTranslator m_translator;
    bool m_loaded = false;
};

// Each promotion written more than once: still in the history (the audit finds it)
// or already cleaned up (its extra rows superseded by a batch that still stands).
struct Story
{
    std::optional<int> fromRate;
    std::optional<int> toRate;
    QDateTime at;
    int copies = 0;
    QDateTime cleanedAt; // invalid: not cleaned up yet
};

// The stories, and whether the audit found something a person has to decide.
QList<Story> storiesOf(const AffiliateDetail &detail, bool *needsReview)
{
    QList<Story> stories;
    for (const Audit::Cluster &cluster : detail.audit.clusters) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate) {
            *needsReview = true;
            continue;
        }
        stories.append({cluster.fromRate, cluster.toRate, cluster.firstAt,
            int(cluster.redundantIds.size()) + 1, {}});
    }
    QHash<qint64, QDateTime> batchTimes;
    for (const Backfill::Batch &batch : detail.batches) {
        if (batch.kind == Backfill::BatchKind::Supersede
            && batch.status == Backfill::BatchStatus::Committed && !batch.undoneBy)
            batchTimes.insert(batch.id, batch.startedAt);
    }
    QMap<qint64, int> extra; // kept event -> its superseded copies
    QHash<qint64, QDateTime> cleanedAt;
    for (const AffiliateDetail::Event &event : detail.events) {
        if (event.superseded && event.supersededBy && batchTimes.contains(event.batchId)) {
            ++extra[event.supersededBy];
            cleanedAt.insert(event.supersededBy, batchTimes.value(event.batchId));
        }
    }
    for (const AffiliateDetail::Event &event : detail.events) {
        if (extra.contains(event.id))
            stories.append({event.fromRate, event.toRate, event.at, extra.value(event.id) + 1,
                cleanedAt.value(event.id)});
    }
    return stories;
}

QString tierNameOf(const AffiliateDetail &detail, std::optional<int> rate)
{
    return detail.policy.tierFor(rate.value_or(0)).name;
}

// The promotion written at `at`, with the payment that took the sum over the threshold.
const AffiliateDetail::Crossing *crossingAt(const AffiliateDetail &detail, const QDateTime &at)
{
    for (const AffiliateDetail::Event &event : detail.events) {
        if (event.at == at) {
            if (const auto *crossing = detail.crossingOf(event.id))
                return crossing;
        }
    }
    return nullptr;
}

// The rate each commission was paid at, period by period, in the affiliate's words.
QString ratesParagraph(const AffiliateDetail &detail, const Phrasebook &p)
{
    QStringList periods;
    for (qsizetype i = 0; i < detail.ratePeriods.size(); ++i) {
        const AffiliateDetail::RatePeriod &period = detail.ratePeriods.at(i);
        if (period.commissions == 0)
            continue;
        const QString count = p.counted(
            QT_TRANSLATE_N_NOOP("TierDesk::ReplyDraft", "%n commission(s)"), period.commissions);
        const QString tier = tierNameOf(detail, period.rate);
        const bool last = i + 1 == detail.ratePeriods.size();
        periods << (last
                ? p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "%1 at %2 (%3) since %4"))
                      .arg(count, tier, p.rate(period.rate), p.date(period.from))
                : p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "%1 at %2 (%3) until %4"))
                      .arg(count, tier, p.rate(period.rate),
                          p.date(detail.ratePeriods.at(i + 1).from)));
        if (last && !period.from.isValid())
            periods.last() = p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "%1 at %2 (%3)"))
                                 .arg(count, tier, p.rate(period.rate));
    }
    return p
        .text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
            "Each of your commissions was paid at the rate in effect when it was "
            "paid: %1."))
        .arg(periods.join(p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "; "))));
}

// What happened to one promotion, in the affiliate's words.
Result<QStringList> storyParagraphs(const Connection &connection, const AffiliateDetail &detail,
    const Phrasebook &p, const Story &story)
{
    QStringList paragraphs;
    const auto tierName = [&detail](std::optional<int> rate) { return tierNameOf(detail, rate); };
    // The commissions paid just before the promotion was written: the ones that
    // took the 90-day sum over the threshold, as far as the data tells. The detail read
    // them with the crossing; only a promotion it could not explain reads them here.
    const AffiliateDetail::Crossing *crossing = crossingAt(detail, story.at);
    QStringList paid;
    if (crossing) {
        for (const auto &commission : crossing->arrivals)
            paid << p.money(commission.cents);
    } else {
        AffiliateDetail::Commission after;
        after.id = std::numeric_limits<qint64>::max();
        after.at = story.at.addMSecs(1);
        auto before = AffiliateDetail::commissionPage(connection, detail.id, after, 5);
        if (!before)
            return before.error();
        for (const auto &commission : std::as_const(*before)) {
            if (commission.at.secsTo(story.at) <= AffiliateDetail::RaceSeconds)
                paid.prepend(p.money(commission.cents));
        }
    }
    const qint64 threshold = detail.policy.tierFor(story.toRate.value_or(0)).thresholdCents;
    paragraphs << (crossing
            ? p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                         "On %1 your commissions over the last 90 days reached the threshold of "
                         "%2; your 90-day commissions were %3. Your account moved from %4 (%5) "
                         "to %6 (%7), as it should."))
                  .arg(p.date(story.at), p.money(threshold), p.money(crossing->sumCents),
                      tierName(story.fromRate), p.rate(story.fromRate), tierName(story.toRate),
                      p.rate(story.toRate))
            : p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                         "On %1 your commissions over the last 90 days reached %2, and your "
                         "account moved from %3 (%4) to %5 (%6), as it should."))
                  .arg(p.date(story.at), p.money(threshold), tierName(story.fromRate),
                      p.rate(story.fromRate), tierName(story.toRate), p.rate(story.toRate)));
    paragraphs << (paid.size() >= 2
            ? p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                         "Because your commissions of %1 arrived at almost the same moment, "
                         "our system recorded this promotion %2 in your tier history "
                         "instead of once."))
                  .arg(Text::of(
                           paid.join(p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", " and ")))),
                      p.times(story.copies))
            : p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                         "Because two payments arrived at almost the same moment, our system "
                         "recorded this promotion %1 in your tier history instead of once."))
                  .arg(p.times(story.copies)));
    paragraphs << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                             "No money was affected: the promotion happened once. %1"))
                      .arg(ratesParagraph(detail, p));
    paragraphs << (story.cleanedAt.isValid()
            ? p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                         "On %1 we removed the extra entry from your tier history, so it now "
                         "shows the promotion once."))
                  .arg(p.date(story.cleanedAt))
            : p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                "We will remove the extra entry from your tier history, so that it shows "
                "the promotion once; nothing else about your account changes.")));
    return paragraphs;
}

// What a person decided about the history, told as it concerns the affiliate (a
// reviewed chain break changed nothing they can see); `resolved` when something was.
Result<QStringList> resolutionParagraphs(const Connection &connection,
    const AffiliateDetail &detail, const Phrasebook &p, bool *resolved)
{
    QStringList paragraphs;
    const auto tierName = [&detail](std::optional<int> rate) { return tierNameOf(detail, rate); };
    auto resolutions = Resolve::standing(connection, detail.id);
    if (!resolutions)
        return resolutions.error();
    for (const Resolve::Resolution &resolution : std::as_const(*resolutions)) {
        QDateTime happened = resolution.at;
        for (const AffiliateDetail::Event &event : detail.events) {
            if (event.id == resolution.eventId)
                happened = event.at;
        }
        switch (resolution.kind) {
        case Resolve::Kind::Conflict: {
            QStringList results;
            for (const auto &rate : resolution.conflictRates)
                results << QStringLiteral("%1 (%2)").arg(tierName(rate), p.rate(rate));
            results.removeDuplicates();
            paragraphs << p.text(
                               QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                                   "On %1 two evaluations of your tier ran at the same moment and "
                                   "recorded different results: %2. On %3 we kept the change to %4 "
                                   "(%5) and removed the other from your tier history."))
                              .arg(p.date(happened),
                                  results.join(
                                      p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", " and "))),
                                  p.date(resolution.at), tierName(resolution.toRate),
                                  p.rate(resolution.toRate));
            *resolved = true;
            break;
        }
        case Resolve::Kind::DriftAlign:
            paragraphs
                << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                              "On %1 we corrected your commission rate from %2 to %3, so that it "
                              "matches your tier history."))
                       .arg(p.date(resolution.at), p.rate(resolution.fromRate),
                           p.rate(resolution.toRate));
            *resolved = true;
            break;
        case Resolve::Kind::DriftRecord:
            paragraphs << p
                              .text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                                  "On %1 we added a change of your rate from %2 to %3 to your tier "
                                  "history, which had not been recorded at the time. Your rate "
                                  "itself did not change."))
                              .arg(p.date(resolution.at), p.rate(resolution.fromRate),
                                  p.rate(resolution.toRate));
            *resolved = true;
            break;
        case Resolve::Kind::ChainBreak:
            break;
        }
    }
    return paragraphs;
}

} // namespace

Result<QString> ReplyDraft::write(const Connection &connection, const AffiliateDetail &detail,
    const QString &language, const QString &agent)
{
    const Phrasebook p(
        language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en"),
        detail.policy.currency());
    QStringList paragraphs;
    // The affiliate typed the name: no control code, override or invisible
    // character of it reaches the letter (Text::printable shows them escaped).
    const QString first = Text::printable(detail.name.section(QLatin1Char(' '), 0, 0));
    paragraphs << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "Hello %1,"))
                      .arg(first.isEmpty() ? Text::printable(detail.handle) : first)
               << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                      "thank you for your message about your commission tier. We have looked "
                      "into your tier history."));

    bool needsReview = false;
    const QList<Story> stories = storiesOf(detail, &needsReview);
    for (const Story &story : stories) {
        auto told = storyParagraphs(connection, detail, p, story);
        if (!told)
            return told.error();
        paragraphs << *told;
    }
    bool resolved = false;
    auto decided = resolutionParagraphs(connection, detail, p, &resolved);
    if (!decided)
        return decided.error();
    paragraphs << *decided;
    const bool duplicates = !stories.isEmpty() || resolved;
    if (needsReview || !detail.audit.chainBreaks.isEmpty() || !detail.audit.drift.isEmpty())
        paragraphs << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
            "We also noticed an inconsistency in your tier history that we are checking by "
            "hand. We will write to you again once we have, and tell you whether it affects "
            "your commissions."));
    if (!duplicates && !needsReview && detail.audit.chainBreaks.isEmpty()
        && detail.audit.drift.isEmpty())
        paragraphs << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
            "Your tier history is in order: every change of your rate is recorded once."));
    paragraphs << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                             "Your current tier is %1 (%2), and your commissions over the last 90 "
                             "days come to %3."))
                      .arg(detail.tierName(), p.rate(detail.rate), p.money(detail.sum90Cents))
               << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft",
                      "If anything still looks wrong to you, just reply to this message."))
               << p.text(QT_TRANSLATE_NOOP("TierDesk::ReplyDraft", "Kind regards,\n%1"))
                      .arg(Text::printable(agent));
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace TierDesk
