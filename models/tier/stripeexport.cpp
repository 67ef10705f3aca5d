#include "stripeexport.h"
#include "../common/text.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace TierDesk {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

StripeExport::StripeExport(QIODevice &device)
    : m_device(device)
{
}

QString StripeExport::where(int number, int line)
{
    return tr("Record %1 (line %2)").arg(Text::of(number), Text::of(line));
}

Result<std::optional<StripeExport::Record>> StripeExport::next()
{
    for (;;) {
        if (!m_pending.isEmpty())
            return std::optional(m_pending.takeFirst());
        if (m_done)
            return std::optional<Record>();
        if (auto step = advance(); !step)
            return step.error();
    }
}

// Reads more of the file into the buffer, keeping the record being read. False at the
// end of the file, on a read error, or when the record grows past MaxRecordBytes.
bool StripeExport::fill()
{
    if (m_end || m_tooLarge)
        return false;
    const qsizetype drop = m_keep >= 0 ? m_keep : m_pos;
    if (drop > 0) {
        m_buffer.remove(0, drop);
        m_pos -= drop;
        if (m_keep >= 0)
            m_keep = 0;
    }
    if (m_keep >= 0 && m_buffer.size() > MaxRecordBytes) {
        m_tooLarge = true;
        return false;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + ChunkBytes);
    const qint64 got = m_device.read(m_buffer.data() + before, ChunkBytes);
    m_buffer.resize(before + qMax<qint64>(got, 0));
    if (got < 0)
        m_readError = m_device.errorString();
    if (got <= 0) {
        m_end = true;
        return false;
    }
    return true;
}

int StripeExport::peek()
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return -1;
    }
    return uchar(m_buffer.at(m_pos));
}

void StripeExport::skipWhitespace()
{
    for (int c = peek(); isSpace(c); c = peek()) {
        if (c == '\n')
            ++m_line;
        ++m_pos;
    }
}

// From an opening quote past its closing one; false at a line break or the end of
// the file (neither may be inside a JSON string). `text` gets the raw characters.
bool StripeExport::scanString(QByteArray *text)
{
    ++m_pos;
    for (;;) {
        if (peek() < 0)
            return false;
        const char *begin = m_buffer.constData() + m_pos;
        const char *end = m_buffer.constData() + m_buffer.size();
        const char *p = begin;
        while (p < end && *p != '"' && *p != '\\' && *p != '\n')
            ++p;
        if (text)
            text->append(begin, p - begin);
        m_pos += p - begin;
        if (p == end)
            continue;
        if (*p == '\n')
            return false;
        ++m_pos;
        if (*p == '"')
            return true;
        if (peek() < 0) // after a backslash: the escaped character
            return false;
        ++m_pos;
    }
}

// Past one JSON value, counting brackets (the parser checks the rest); false when the
// file ends inside it.
bool StripeExport::scanValue()
{
    int c = peek();
    if (c < 0)
        return false;
    if (c == '"')
        return scanString();
    if (c != '{' && c != '[') { // a number, true, false or null
        while ((c = peek()) > 0 && !std::strchr(",:}] \t\r\n", c))
            ++m_pos;
        return true;
    }
    int depth = 0;
    for (;;) {
        c = peek();
        if (c < 0)
            return false;
        if (c == '"') {
            if (!scanString())
                return false;
            continue;
        }
        ++m_pos;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
        } else if (c == '\n') {
            ++m_line;
        }
    }
}

// One step through the file: a record into m_pending, into or out of an array, or the end.
Result<void> StripeExport::advance()
{
    if (!m_started) {
        peek();
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_started = true;
    }
    if (m_context == Context::Top && m_lines)
        return nextLine();
    skipWhitespace();
    const int c = peek();
    if (c < 0) {
        if (!m_readError.isEmpty())
            return Error::refused(tr("Cannot read the event file after %1 records: %2.")
                                      .arg(Text::of(m_records), m_readError));
        if (m_context == Context::Top) {
            m_done = true;
            return {};
        }
        return Error::refused(tr("The file ends inside the JSON array that begins at line %1, "
                                 "after %2 records; nothing was written.")
                                  .arg(Text::of(m_openLine), Text::of(m_records)));
    }
    switch (m_context) {
    case Context::Top:
        if (c == '[') {
            ++m_pos;
            m_openLine = m_line;
            m_context = Context::Array;
            return {};
        }
        if (c == '{')
            return topLevelObject();
        m_keep = m_pos;
        m_keepLine = m_line;
        return takeRestOfLine();
    case Context::Array:
    case Context::ListData:
        if (c == ']') {
            ++m_pos;
            m_context = m_context == Context::Array ? Context::Top : Context::ListRest;
            return {};
        }
        if (c == ',') {
            ++m_pos;
            return {};
        }
        m_keep = m_pos;
        m_keepLine = m_line;
        scanValue(); // if it fails, the parser says where
        return take();
    case Context::ListRest: {
        // The rest of the list object ("has_more", "url"): skipped.
        const qsizetype before = m_pos;
        if (c == '}')
            m_context = Context::Top;
        if (c == '"')
            scanString();
        else if (c == '{' || c == '[')
            scanValue();
        if (m_pos == before)
            ++m_pos;
        return {};
    }
    }
    return {};
}

// An object at the top of the file: an event, or the events API's list object whose
// "data" array is then read element by element.
Result<void> StripeExport::topLevelObject()
{
    m_keep = m_pos;
    m_keepLine = m_line;
    ++m_pos;
    const bool first = m_records == 0;
    for (;;) {
        skipWhitespace();
        const int c = peek();
        if (c < 0)
            return take(); // unterminated: the parser says so
        if (c == '}') {
            ++m_pos;
            if (first)
                m_lines = m_keepLine == m_line; // one event on one line: JSON lines
            return take();
        }
        if (c == ',') {
            ++m_pos;
            continue;
        }
        QByteArray key;
        if (c != '"' || !scanString(&key))
            return takeRestOfLine();
        skipWhitespace();
        if (peek() != ':')
            return takeRestOfLine();
        ++m_pos;
        skipWhitespace();
        if (key == "data" && peek() == '[') {
            ++m_pos;
            m_keep = -1;
            m_openLine = m_keepLine;
            m_context = Context::ListData;
            return {};
        }
        if (!scanValue())
            return takeRestOfLine();
    }
}

// JSON lines: the next line is the next record (blank lines are skipped).
Result<void> StripeExport::nextLine()
{
    if (peek() < 0) {
        m_done = m_readError.isEmpty();
        if (!m_done)
            return Error::refused(tr("Cannot read the event file after %1 records: %2.")
                                      .arg(Text::of(m_records), m_readError));
        return {};
    }
    m_keep = m_pos;
    m_keepLine = m_line;
    return takeRestOfLine();
}

Result<void> StripeExport::takeRestOfLine()
{
    qsizetype searched = m_pos - m_keep;
    qsizetype end = -1;
    for (;;) {
        end = m_buffer.indexOf('\n', m_keep + searched);
        if (end >= 0)
            break;
        searched = m_buffer.size() - m_keep;
        if (!fill()) {
            end = m_buffer.size();
            break;
        }
    }
    m_pos = end;
    auto taken = take();
    if (m_pos < m_buffer.size()) { // the line break
        ++m_pos;
        ++m_line;
    }
    return taken;
}

Result<void> StripeExport::take()
{
    const int line = m_keepLine;
    if (m_tooLarge)
        return Error::refused(
            tr("%1 is larger than %2 MB, which no Stripe event is; nothing "
               "was written.")
                .arg(where(m_records + 1, line), Text::of(MaxRecordBytes / (1024 * 1024))));
    QByteArray json = m_buffer.mid(m_keep, m_pos - m_keep).trimmed();
    m_keep = -1;
    if (json.isEmpty())
        return {};
    return finish(json, line);
}

// Parses one record; an array or a list object read whole (from one line) gives its
// elements instead.
Result<void> StripeExport::finish(const QByteArray &json, int line)
{
    const int number = m_records + 1;
    if (json.front() != '{' && json.front() != '[')
        return Error::refused(tr("%1 is not a JSON object: an export holds Stripe events as "
                                 "objects, one per line, in an array or in a list's \"data\"; "
                                 "nothing was written.")
                                  .arg(where(number, line)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int breaks = int(before.count('\n'));
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (breaks == 0 && !json.contains('\n'))
            return Error::refused(
                tr("%1 is not valid JSON (%2 at character %3); nothing was written.")
                    .arg(where(number, line), Text::of(error.errorString()), Text::of(column)));
        return Error::refused(
            tr("%1 is not valid JSON (%2 at line %3, character %4); nothing was written.")
                .arg(where(number, line), Text::of(error.errorString()), Text::of(line + breaks),
                    Text::of(column)));
    }
    QJsonArray elements;
    if (document.isArray()) {
        elements = document.array();
    } else {
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("object")).toString() != QLatin1String("list")
            || !object.value(QStringLiteral("data")).isArray()) {
            ++m_records;
            m_pending.append({number, line, object});
            return {};
        }
        elements = object.value(QStringLiteral("data")).toArray();
    }
    for (const QJsonValue &element : std::as_const(elements)) {
        if (!element.isObject())
            return Error::refused(tr("%1 is not a JSON object: an export holds Stripe events as "
                                     "objects, one per line, in an array or in a list's "
                                     "\"data\"; nothing was written.")
                                      .arg(where(m_records + 1, line)));
        ++m_records;
        m_pending.append({m_records, line, element.toObject()});
    }
    return {};
}

} // namespace TierDesk
