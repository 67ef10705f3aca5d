#include "text.h"

#include <QChar>
#include <QHash>
#include <QStringList>

namespace TierDesk {

namespace {

QString escapeOf(char32_t codePoint)
{
    switch (codePoint) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    return QStringLiteral("\\u")
        + QString::number(quint32(codePoint), 16).rightJustified(4, QLatin1Char('0'));
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
}

// Invisible, or moving other text: format characters (bidi controls, zero-width
// joiners, soft hyphen, BOM) and the line and paragraph separators.
bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || c == 0x034f /* combining grapheme joiner */
        || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 /* Hangul fillers */;
}

bool isBidiControl(char32_t c)
{
    return c == 0x200e || c == 0x200f || c == 0x061c || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

template <typename Visit>
void forEachCodePoint(const QString &text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        visit(c, text.mid(i, width));
        i += width - 1;
    }
}

} // namespace

QString Text::printable(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, const QString &written) {
        if (keepNewlines && c == U'\n')
            out += written;
        else if (isControl(c) || isInvisible(c))
            out += escapeOf(c);
        else
            out += written;
    });
    return out;
}

QString Text::isolated(const QString &text)
{
    QString out(QChar(0x2068)); // FIRST STRONG ISOLATE
    forEachCodePoint(text, [&](char32_t c, const QString &written) {
        if (isControl(c) || c == 0x2028 || c == 0x2029)
            out += escapeOf(c);
        else
            out += written; // bidi controls stay inside the isolate, which ends them
    });
    out += QChar(0x2069); // POP DIRECTIONAL ISOLATE
    return out;
}

QString Text::elided(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 2)
        return text;
    qsizetype cut = maxChars - 1;
    if (QChar::isHighSurrogate(text.at(cut - 1).unicode()))
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QStringList Text::suspiciousCodePoints(const QString &text, bool mixedScripts)
{
    QStringList found;
    const auto name = [](char32_t c) {
        return QStringLiteral("U+")
            + QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    };
    // Letters by script; the scripts that are fewer are the ones that stand out.
    QHash<int, int> letters;
    forEachCodePoint(text, [&](char32_t c, const QString &) {
        if (isInvisible(c) || isControl(c) || isBidiControl(c)) {
            if (!found.contains(name(c)))
                found << name(c);
            return;
        }
        const QChar::Script script = QChar::script(c);
        if (QChar::isLetter(c) && script != QChar::Script_Common
            && script != QChar::Script_Inherited)
            ++letters[script];
    });
    if (mixedScripts && letters.size() > 1) {
        int main = letters.cbegin().key();
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.value() > letters.value(main))
                main = it.key();
        }
        forEachCodePoint(text, [&](char32_t c, const QString &) {
            const QChar::Script script = QChar::script(c);
            if (QChar::isLetter(c) && letters.contains(script) && script != main
                && !found.contains(name(c)))
                found << name(c);
        });
    }
    return found;
}

QString Text::wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace TierDesk
