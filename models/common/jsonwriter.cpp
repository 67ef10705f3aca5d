#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TierDesk {

namespace {

constexpr qsizetype FlushAt = 1 << 16;

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = uchar(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            out += c;
            continue;
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
    out += '"';
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
    appendEscaped(m_buffer, QByteArray(name.data(), name.size()));
    m_buffer += ':';
    m_afterKey = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_buffer += flag ? "true" : "false";
}

void JsonWriter::value(const QString &text)
{
    separate();
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
    m_buffer.clear();
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
    appendEscaped(out, text.toUtf8());
    return out;
}

} // namespace TierDesk
