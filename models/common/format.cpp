#include "format.h"
#include "currency.h"

#include <atomic>

namespace TierDesk {

namespace {

// The three letters packed in one word: read and set from any thread without a lock.
std::atomic<quint32> g_currency{('U' << 16) | ('S' << 8) | 'D'};

} // namespace

void Format::setCurrency(const QString &code)
{
    if (!Currency::isCode(code))
        return;
    const QByteArray letters = code.toUpper().toLatin1();
    g_currency = (quint32(uchar(letters.at(0))) << 16) | (quint32(uchar(letters.at(1))) << 8)
        | quint32(uchar(letters.at(2)));
}

QString Format::currency()
{
    const quint32 packed = g_currency;
    const char letters[3] = {char(packed >> 16), char((packed >> 8) & 0xff), char(packed & 0xff)};
    return QString::fromLatin1(letters, 3);
}

QString Format::money(qint64 cents, const QLocale &locale)
{
    return Currency::formatHundredths(cents, currency(), locale);
}

QString Format::neutralMoney(qint64 cents)
{
    const qint64 whole = qAbs(cents);
    return QStringLiteral("%1%2.%3").arg(cents < 0 ? QStringLiteral("-") : QString(),
        QString::number(whole / 100),
        QString::number(whole % 100).rightJustified(2, QLatin1Char('0')));
}

QString Format::neutralTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString Format::wholeMoney(qint64 cents, const QLocale &locale)
{
    return Currency::formatHundredths(cents, currency(), locale, true);
}

QString Format::rate(std::optional<int> rate, const QLocale &locale)
{
    //: A commission rate in percent; %1 is the number. German puts a space before %.
    return rate ? tr("%1%").arg(locale.toString(*rate)) : QStringLiteral("–");
}

namespace {

QTimeZone &zoneSetting()
{
    static QTimeZone zone = QTimeZone::utc();
    return zone;
}

bool isUtc(const QTimeZone &zone)
{
    return zone == QTimeZone::utc() || zone.id() == "UTC" || zone.id() == "Etc/UTC";
}

QString timeIn(const QDateTime &time, const QTimeZone &zone, const QString &clockFormat)
{
    const QDateTime there = time.toTimeZone(zone);
    //: %1 date, %2 time of day, %3 the time zone ("UTC", "CET")
    return Format::tr("%1 %2 %3")
        .arg(there.date().toString(Format::tr("yyyy-MM-dd")), there.time().toString(clockFormat),
            isUtc(zone) ? QStringLiteral("UTC") : zone.abbreviation(time));
}

} // namespace

QTimeZone Format::displayZone()
{
    return zoneSetting();
}

void Format::setDisplayZone(const QTimeZone &zone)
{
    zoneSetting() = zone.isValid() ? zone : QTimeZone::utc();
}

QString Format::zoneName(const QDateTime &time)
{
    const QTimeZone zone = displayZone();
    if (isUtc(zone))
        return QStringLiteral("UTC");
    return zone.abbreviation(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

QDateTime Format::inDisplayZone(const QDateTime &time)
{
    return time.toTimeZone(displayZone());
}

QString Format::otherZoneTime(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    if (!time.isValid())
        return {};
    const QTimeZone other = isUtc(displayZone()) ? QTimeZone::systemTimeZone() : QTimeZone::utc();
    if (isUtc(other) && isUtc(displayZone()))
        return {};
    return timeIn(time, other, QStringLiteral("HH:mm:ss.zzz"));
}

QString Format::date(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    //: Date format (Qt QDate::toString); the German catalogue uses dd.MM.yyyy
    return inDisplayZone(time).date().toString(tr("yyyy-MM-dd"));
}

QString Format::time(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    if (!time.isValid())
        return {};
    return timeIn(time, displayZone(), QStringLiteral("HH:mm:ss.zzz"));
}

QString Format::timeToMinutes(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    if (!time.isValid())
        return {};
    return timeIn(time, displayZone(), QStringLiteral("HH:mm"));
}

QString Format::timeToSeconds(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    if (!time.isValid())
        return {};
    return timeIn(time, displayZone(), QStringLiteral("HH:mm:ss"));
}

const char *Format::timesSource(int n)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("TierDesk::Format", "once"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "twice"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "three times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "four times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "five times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "six times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "seven times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "eight times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "nine times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "ten times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "eleven times"),
        QT_TRANSLATE_NOOP("TierDesk::Format", "twelve times")};
    if (n >= 1 && n <= 12)
        return words[n - 1];
    return QT_TRANSLATE_N_NOOP("TierDesk::Format", "%n times");
}

QString Format::times(int n)
{
    return n >= 1 && n <= 12 ? tr(timesSource(n)) : tr(timesSource(n), nullptr, n);
}

} // namespace TierDesk
