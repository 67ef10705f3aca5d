#include "models/common/format.h"

namespace TierDesk {

QString Format::money(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
}

QString Format::dollars(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 0);
}

QString Format::rate(std::optional<int> rate, const QLocale &locale)
{
    //: A commission rate in percent; %1 is the number. German puts a space before %.
    return rate ? tr("%1%").arg(locale.toString(*rate)) : QStringLiteral("–");
}

QString Format::date(const QDateTime &time, const QLocale &locale)
{
    Q_UNUSED(locale)
    //: Date format (Qt QDate::toString); the German catalogue uses dd.MM.yyyy
    return time.toUTC().date().toString(tr("yyyy-MM-dd"));
}

QString Format::time(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    //: %1 date, %2 time of day; times are always UTC
    return tr("%1 %2 UTC")
        .arg(date(time, locale), time.toUTC().time().toString(QStringLiteral("HH:mm:ss.zzz")));
}

QString Format::timeToMinutes(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return tr("%1 %2 UTC")
        .arg(date(time, locale), time.toUTC().time().toString(QStringLiteral("HH:mm")));
}

QString Format::timeToSeconds(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return tr("%1 %2 UTC")
        .arg(date(time, locale), time.toUTC().time().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace TierDesk
