#include "benchexport.h"
#include "../models/common/text.h"

#include <QFile>

namespace TierDesk {

// Resets the peak resident size to what is resident now (Linux 4.0 and later), so a step's
// own peak can be read; false where the kernel does not allow it.
bool BenchExport::resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

double BenchExport::statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// A Stripe export of about `megabytes` MB as the events API writes it: a pretty-printed list
// object, or JSON lines; one event in ten an invoice.paid, the rest charges (about 2.8 kB
// each, like a real event).
bool BenchExport::write(const QString &path, int megabytes, bool lines, const QString &affiliate)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray padding(2400, 'x');
    if (!lines)
        file.write("{\n  \"object\": \"list\",\n  \"data\": [\n");
    const qint64 target = qint64(megabytes) * 1000 * 1000;
    for (int i = 0; file.size() < target; ++i) {
        const bool paid = i % 10 == 0;
        QByteArray event
            = QStringLiteral(
                "{\"id\": \"evt_export_%1\", \"object\": \"event\", \"created\": %2, "
                "\"livemode\": true, \"type\": \"%3\", \"data\": {\"object\": {\"id\": "
                "\"in_%1\", \"amount_paid\": 2900, \"currency\": \"usd\", \"metadata\": "
                "{\"affiliate_id\": \"%4\"}, \"description\": \"")
                  .arg(Text::of(i), Text::of(1767225600 + i),
                      paid ? QStringLiteral("invoice.paid") : QStringLiteral("charge.succeeded"),
                      affiliate)
                  .toUtf8();
        event += padding + "\"}}}";
        if (!lines)
            file.write(i ? ",\n    " : "    ");
        file.write(event);
        if (lines)
            file.write("\n");
    }
    if (!lines)
        file.write("\n  ],\n  \"has_more\": false\n}\n");
    return file.flush();
}

} // namespace TierDesk
