#include "currency.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace TierDesk {

namespace {

// Stripe's zero-decimal currencies (stripe.com/docs/currencies#zero-decimal), and
// ISO 4217's other currencies without a minor unit.
const QSet<QString> &zeroDecimal()
{
    static const QSet<QString> codes = {QStringLiteral("BIF"), QStringLiteral("CLP"),
        QStringLiteral("DJF"), QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
        QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("MGA"), QStringLiteral("PYG"),
        QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"), QStringLiteral("VUV"),
        QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    return codes;
}

// Stripe's three-decimal currencies.
const QSet<QString> &threeDecimal()
{
    static const QSet<QString> codes = {QStringLiteral("BHD"), QStringLiteral("JOD"),
        QStringLiteral("KWD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    return codes;
}

} // namespace

QString Currency::symbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {{QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")}, {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("CHF"), QStringLiteral("CHF")}};
    return symbols.value(code.toUpper(), code.toUpper());
}

int Currency::minorDigits(const QString &code)
{
    const QString upper = code.toUpper();
    if (zeroDecimal().contains(upper))
        return 0;
    if (threeDecimal().contains(upper))
        return 3;
    return 2;
}

bool Currency::isCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

QString Currency::format(qint64 minor, const QString &code, const QLocale &locale)
{
    const QString upper = code.toUpper();
    const int digits = minorDigits(upper);
    const double major = double(minor) / std::pow(10.0, digits);
    return locale.toCurrencyString(major, symbol(upper), digits);
}

QString Currency::formatHundredths(
    qint64 hundredths, const QString &code, const QLocale &locale, bool whole)
{
    return locale.toCurrencyString(
        double(hundredths) / 100.0, symbol(code), whole ? 0 : qMin(2, minorDigits(code)));
}

qint64 Currency::toHundredths(qint64 minor, int digits)
{
    if (digits <= 2) {
        qint64 factor = 1;
        for (int i = digits; i < 2; ++i)
            factor *= 10;
        return minor * factor;
    }
    qint64 divisor = 1;
    for (int i = 2; i < digits; ++i)
        divisor *= 10;
    const qint64 half = divisor / 2;
    return minor >= 0 ? (minor + half) / divisor : -((-minor + half) / divisor);
}

} // namespace TierDesk
