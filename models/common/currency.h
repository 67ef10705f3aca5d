#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace TierDesk {

// Money as its source means it: Stripe writes amounts in the currency's minor
// unit, and how many digits that unit has depends on the currency (ISO 4217, with
// Stripe's own lists of zero-decimal and three-decimal currencies).
class Currency final
{
public:
    // Digits after the decimal point of `code`'s minor unit: 0 for JPY, 3 for KWD, 2
    // otherwise. `code` in any case.
    static int minorDigits(const QString &code);
    // The sign a currency is written with ("$", "€", "¥"), else its code ("KWD").
    static QString symbol(const QString &code);
    // Three ASCII letters.
    static bool isCode(const QString &code);
    // `minor` units of `code` as `locale` writes that currency: "¥750,000", "700,00 €",
    // "KWD 12.345".
    static QString format(qint64 minor, const QString &code, const QLocale &locale = QLocale());
    // `hundredths` of `code`'s unit (what TierDesk's money columns hold) as `locale` writes
    // it: at most the currency's own decimals ("¥750,000", "1.502,00 $"); with `whole`, none.
    static QString formatHundredths(qint64 hundredths, const QString &code,
        const QLocale &locale = QLocale(), bool whole = false);
    // `minor` units of a currency with `digits` digits, in hundredths of its major unit
    // (what TierDesk's money columns hold), rounded half away from zero.
    static qint64 toHundredths(qint64 minor, int digits);
};

} // namespace TierDesk
