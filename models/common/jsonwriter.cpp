#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>

namespace TierDesk {

namespace {

constexpr qsizetype FlushAt = 1 << 16;

// One byte of a string literal's UTF-8 (or one ASCII character), escaped as
// QJsonDocument escapes it.
void appendByte(QByteArray &out, char c)
{
    static const char hex[] = "0123456789abcdef";
    const auto u = uchar(c);
    if (u >= 0x20 && c != '"' && c != '\\') {
        out += c;
        return;
    }
    out += '\\';
    switch (c) {
    case '"':
        out += '"';
        break;
    case '\\':
        out += '\\';
        break;
    case '\b':
        out += 'b';
        break;
    case '\f':
        out += 'f';
        break;
    case '\n':
        out += 'n';
        break;
    case '\r':
        out += 'r';
        break;
    case '\t':
        out += 't';
        break;
    default:
        out += "u00";
        out += hex[u >> 4];
        out += hex[u & 0xf];
    }
}

void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    const bool plain = std::all_of(utf8.begin(), utf8.end(),
        [](char c) { return uchar(c) >= 0x20 && c != '"' && c != '\\'; });
    if (plain) {
        out.append(utf8); // a key as the code writes it: nothing to escape
    } else {
        for (const char c : utf8)
            appendByte(out, c);
    }
    out += '"';
}

// `text` as a string literal, quotes included; false (and nothing appended) for text
// that is not valid UTF-16. Ids, times and most names are ASCII: those characters go
// straight into the buffer, with no UTF-8 copy of the string (the audit's report at
// 10 M events writes half a million of them).
bool appendQuoted(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    const QChar *const begin = text.constData();
    const qsizetype size = text.size();
    // The common case, printable ASCII only, written in place.
    out.resize(start + size + 2);
    char *written = out.data() + start;
    *written++ = '"';
    qsizetype plain = 0;
    for (; plain < size; ++plain) {
        const char16_t u = begin[plain].unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
            break;
        *written++ = char(u);
    }
    if (plain == size) {
        *written = '"';
        return true;
    }
    out.resize(start + 1 + plain);
    for (qsizetype i = plain; i < size; ++i) {
        const char16_t u = begin[i].unicode();
        if (u < 0x80) {
            appendByte(out, char(u));
            continue;
        }
        const QStringView rest(begin + i, size - i);
        if (!rest.isValidUtf16()) {
            out.truncate(start);
            return false;
        }
        for (const char c : rest.toUtf8()) // the rest as UTF-8, its ASCII bytes escaped as above
            appendByte(out, c);
        break;
    }
    out += '"';
    return true;
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushAt + 4096);
}

JsonWriter::~JsonWriter()
{
    finish();
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.isEmpty())
        return;
    if (!m_first.last())
        m_buffer += ',';
    m_first.last() = false;
}

void JsonWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushAt)
        finish();
}

void JsonWriter::beginObject()
{
    separate();
    m_buffer += '{';
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_buffer += '}';
    m_first.removeLast();
    flushIfFull();
}

void JsonWriter::beginArray()
{
    separate();
    m_buffer += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_buffer += ']';
    m_first.removeLast();
    flushIfFull();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    appendEscaped(m_buffer, QByteArrayView(name.data(), name.size()));
    m_buffer += ':';
    m_afterKey = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_buffer.append(digits, end - digits);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_buffer += flag ? "true" : "false";
}

void JsonWriter::value(const QString &text)
{
    separate();
    if (!appendQuoted(m_buffer, text))
        m_buffer += quoted(text);
    flushIfFull();
}

void JsonWriter::value(const std::optional<int> &number)
{
    if (number)
        value(qint64(*number));
    else
        null();
}

void JsonWriter::null()
{
    separate();
    m_buffer += "null";
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_buffer += json;
    flushIfFull();
}

bool JsonWriter::finish()
{
    if (!m_buffer.isEmpty() && !m_failed)
        m_failed = m_device->write(m_buffer) != m_buffer.size();
    m_buffer.resize(0); // keeps its capacity for the next part
    return !m_failed;
}

QByteArray JsonWriter::quoted(const QString &text)
{
    if (!text.isValidUtf16()) {
        // A lone surrogate has no UTF-8; Qt writes it as \uXXXX. Rare enough to ask Qt.
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

} // namespace TierDesk
