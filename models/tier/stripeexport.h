#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

class QIODevice;

namespace TierDesk {

// Reads the records of a Stripe event export one at a time, whatever shape Stripe
// wrote it in: JSON lines (webhook captures, `stripe events list | jq -c`), a JSON
// array, the events API's list object ({"object": "list", "data": [...]}) and one
// or more pretty-printed events. The file is read in chunks and never held whole:
// only the record being read is in memory, so a 1 GB export costs what one event
// costs.
class StripeExport final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::StripeExport)

public:
    struct Record
    {
        int number = 0; // 1-based, in the order of the file
        int line = 0; // where the record starts
        QJsonObject object;
    };

    // The largest record read: no Stripe event comes near it, and a file that never
    // closes a brace must not be read into memory whole.
    static constexpr qsizetype MaxRecordBytes = 64 * 1024 * 1024;

    explicit StripeExport(QIODevice &device);

    // The next record; std::nullopt at the end of the file. A record that is not a JSON
    // object, or not valid JSON, is an error naming its number and line.
    Result<std::optional<Record>> next();
    // "Record 3 (line 14)": how errors name a record.
    static QString where(int number, int line);

private:
    enum class Context { Top, Array, ListData, ListRest };

    Result<void> advance();
    Result<void> topLevelObject();
    Result<void> nextLine();
    Result<void> takeRestOfLine();
    Result<void> take();
    Result<void> finish(const QByteArray &json, int line);
    int peek();
    bool fill();
    void skipWhitespace();
    bool scanString(QByteArray *text = nullptr);
    bool scanValue();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_keep = -1; // start of the record being read, -1 when none
    bool m_end = false; // the device has no more
    bool m_done = false; // and every record was handed out
    bool m_tooLarge = false;
    bool m_started = false;
    bool m_lines = false; // the first record was one line: the file is JSON lines
    QString m_readError;
    int m_line = 1;
    int m_keepLine = 0;
    int m_openLine = 0; // where the array being read began
    int m_records = 0;
    Context m_context = Context::Top;
    QList<Record> m_pending; // records read, not yet handed out
};

} // namespace TierDesk
