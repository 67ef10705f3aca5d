#pragma once

#include <QString>

namespace TierDesk {

// The bench's export step: a generated Stripe export and the process's memory figures.
class BenchExport final
{
public:
    // A Stripe export of about `megabytes` MB: the events API's pretty-printed list
    // object, or JSON lines. One event in ten is an invoice.paid of `affiliate`.
    static bool write(const QString &path, int megabytes, bool lines, const QString &affiliate);
    // Resets the peak resident size to what is resident now (Linux 4.0 and later).
    static bool resetPeakRss();
    // A field of /proc/self/status in MiB ("VmRSS:", "VmHWM:").
    static double statusMb(const char *field);
};

} // namespace TierDesk
