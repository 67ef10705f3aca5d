#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace TierDesk {

// Dates, times, money and rates as the UI language writes them, in one place.
// Times are shown in the display zone (UTC unless the person chose another:
// the incident is told in UTC) and always say which zone they are in.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Format)

public:
    // The item-data role of a cell's value in a neutral form, for files: times as
    // ISO-8601 UTC, money as "1516.50", rates and counts as plain numbers. Models
    // give it where the shown text is language-dependent; elsewhere the text is it.
    static constexpr int NeutralRole = Qt::UserRole + 99;
    static QString neutralMoney(qint64 cents);
    static QString neutralTime(const QDateTime &time);

    // An amount of the database's currency (its money columns hold hundredths of the
    // unit): "$1,502.00", "1.502,00 $", "€700.00", "¥750,000".
    static QString money(qint64 cents, const QLocale &locale = QLocale());
    // Whole units, for an axis: "$10,000", "10.000 $".
    static QString wholeMoney(qint64 cents, const QLocale &locale = QLocale());
    // The currency money() writes: the database's (TierPolicy::currency), USD until set.
    // Set when a session opens; safe to read from any thread.
    static void setCurrency(const QString &code);
    static QString currency();
    static QString rate(std::optional<int> rate, const QLocale &locale = QLocale());
    // How often, in words up to twelve: "once", "twice", "three times", "13 times"
    // (German "einmal", "zweimal", "13-mal"). The source phrase of `n`, for a catalogue
    // of another language (the reply's), and the phrase in the UI language.
    static const char *timesSource(int n);
    static QString times(int n);
    // "2026-01-22 14:18:34.012 UTC" (or the language's date order), with milliseconds.
    static QString time(const QDateTime &time, const QLocale &locale = QLocale());
    // The same without milliseconds.
    static QString timeToMinutes(const QDateTime &time, const QLocale &locale = QLocale());
    static QString timeToSeconds(const QDateTime &time, const QLocale &locale = QLocale());
    static QString date(const QDateTime &time, const QLocale &locale = QLocale());

    // The zone times are shown in; UTC until set. The CLI keeps UTC.
    static QTimeZone displayZone();
    static void setDisplayZone(const QTimeZone &zone);
    // "UTC", or the zone's abbreviation at `time` ("CET", "CEST"), or now when invalid.
    static QString zoneName(const QDateTime &time = {});
    // `time` in the other zone, for a tooltip: UTC when the display zone is not UTC,
    // else the system's zone; empty when they are the same.
    static QString otherZoneTime(const QDateTime &time, const QLocale &locale = QLocale());
    // `time`'s wall clock in the display zone.
    static QDateTime inDisplayZone(const QDateTime &time);
};

} // namespace TierDesk
