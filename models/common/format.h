#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace TierDesk {

// Dates, times, money and rates as the UI language writes them, in one place.
// Times are always shown in UTC and say so: the incident is told in UTC.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Format)

public:
    static QString money(qint64 cents, const QLocale &locale = QLocale());
    // Whole dollars, for an axis: "$10,000", "10.000 $".
    static QString dollars(qint64 cents, const QLocale &locale = QLocale());
    static QString rate(std::optional<int> rate, const QLocale &locale = QLocale());
    // "2026-01-22 14:18:34.012 UTC" (or the language's date order), with milliseconds.
    static QString time(const QDateTime &time, const QLocale &locale = QLocale());
    // The same without milliseconds.
    static QString timeToMinutes(const QDateTime &time, const QLocale &locale = QLocale());
    static QString timeToSeconds(const QDateTime &time, const QLocale &locale = QLocale());
    static QString date(const QDateTime &time, const QLocale &locale = QLocale());
};

} // namespace TierDesk
