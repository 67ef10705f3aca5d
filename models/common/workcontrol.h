#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace TierDesk {

// How a long operation (audit, backfill, undo) reports progress and learns that
// the person wants it stopped. Both are optional; the callback runs on the
// worker's thread, so a GUI forwards it with a queued signal.
struct WorkControl
{
    enum class Phase { Scanning, Writing };

    std::function<void(Phase phase, qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(Phase phase, qint64 done, qint64 total) const
    {
        if (progress)
            progress(phase, done, total);
    }
};

} // namespace TierDesk
