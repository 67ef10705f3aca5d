#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>

namespace TierDesk {

// Text from outside (names, handles, e-mails, tickets, reasons, Stripe data) on
// its way to a person: into sentences without being read as a pattern, onto a
// terminal without control codes, into the window without turning the line
// around, and checked for characters that make two handles look the same.
class Text final
{
public:
    // A value as the text QString::arg() would give it, for the multi-argument
    // arg(a, b, c): a chain of one-value arg() calls reads `a`'s text again as the pattern,
    // so a name containing "%2" would take b's place.
    static QString of(const QString &text) { return text; }
    static QString of(QStringView text) { return text.toString(); }
    static QString of(QLatin1String text) { return QString(text); }
    static QString of(const char *) = delete; // say which encoding
    template <typename Number, typename = std::enable_if_t<std::is_integral_v<Number>>>
    static QString of(Number number)
    {
        return QString::number(number);
    }

    // For a terminal or a plain-text letter: control characters (C0, DEL, C1,
    // ESC sequences), line and paragraph separators and invisible format
    // characters (bidirectional overrides and isolates, zero-width joiners) are
    // written as visible escapes (\n, \u202e), so a value never starts a new line,
    // moves the cursor or reverses the text after it. `keepNewlines` keeps \n (a
    // letter's own lines are not data).
    static QString printable(const QString &text, bool keepNewlines = false);

    // For a label or cell in the window: the value isolated from the text around
    // it (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so a right-to-left
    // name or a stray override inside it cannot reorder the rest of the line;
    // control characters shown as escapes as printable() does, bidi controls kept
    // but closed within the isolate.
    static QString isolated(const QString &text);

    // For a label: at most `maxChars` characters, cut with "…" (a 10,000-character
    // name must not decide the window's width).
    static QString elided(const QString &text, int maxChars);
    // Plain text broken into lines of at most about `width` characters at spaces: a
    // tooltip that wraps without markup a screen reader would read out.
    static QString wrapped(const QString &text, int width = 72);

    // What makes a handle or name look like another: invisible characters (zero
    // width, bidi controls, soft hyphen) and letters from more than one script
    // (Latin with a Cyrillic "е"). Empty when there is nothing to say; otherwise
    // the code points that stand out, written U+0435.
    // `mixedScripts` off: invisible characters only (a person's name may well
    // mix scripts; a handle should not).
    static QStringList suspiciousCodePoints(const QString &text, bool mixedScripts = true);
};

} // namespace TierDesk
