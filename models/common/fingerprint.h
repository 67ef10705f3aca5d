#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

#include <algorithm>

namespace TierDesk::Fingerprint {

// What a guarded write compares under its write lock with what the person
// previewed: 16 lower-case hex digits of the SHA-256 of a canonical text.
inline QString of(QByteArrayView canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

// True for what of() returns.
inline bool isValid(const QString &text)
{
    return text.size() == 16 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace TierDesk::Fingerprint
