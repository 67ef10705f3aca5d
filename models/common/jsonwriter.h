#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace TierDesk {

// Compact JSON written as it is produced, for a report too large to build as a
// QJsonObject first (the audit of 10 million events holds 150,000 findings: the
// document tree took longer than reading them). The bytes are QJsonDocument's
// compact form for the same members in the same order: strings as UTF-8 with '"',
// '\' and control characters escaped, integers in full.
//
//     JsonWriter json(&file);
//     json.beginObject();
//     json.key("count"); json.value(3);
//     json.endObject();
//     if (!json.finish()) ...  // the device refused a write
class JsonWriter final
{
public:
    explicit JsonWriter(QIODevice *device);
    ~JsonWriter();
    Q_DISABLE_COPY_MOVE(JsonWriter)

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    // key() and value() in one.
    template <typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }
    // A member whose value is an array of `items`, each a value() above.
    template <typename List>
    void arrayMember(QLatin1StringView name, const List &items)
    {
        key(name);
        beginArray();
        for (const auto &item : items)
            value(item);
        endArray();
    }

    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(const QString &text);
    void value(const std::optional<int> &number); // null when empty
    void null();
    // A value already in JSON (a QJsonDocument's compact bytes).
    void raw(const QByteArray &json);

    // Writes what is buffered; false if the device failed at any point.
    bool finish();

    // `text` as a JSON string literal, quotes included.
    static QByteArray quoted(const QString &text);

private:
    void separate();
    void flushIfFull();

    QIODevice *m_device;
    QByteArray m_buffer;
    QList<bool> m_first; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace TierDesk
