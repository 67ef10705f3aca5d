#pragma once

#include <QtGlobal>

#include <utility>

namespace TierDesk {

// Drops answers that arrive after the question changed. A view asks its
// DatabaseWorker, the person moves on (another affiliate, another database),
// and the late answer must not overwrite the new one:
//
//     m_answers.invalidate();                          // the question changed
//     worker->run(this, job, m_answers.keep([this](Result<T> r) { ... }));
//
// Lives in the object that asks (the worker's context), so it outlives every
// callback the worker still delivers to that object.
class FreshAnswers final
{
public:
    // Every answer asked for so far is stale from now on.
    void invalidate() { ++m_serial; }

    // `done`, wrapped to run only if nothing invalidated the answers since now.
    template <typename Done>
    auto keep(Done done) const
    {
        return [this, serial = m_serial, done = std::move(done)](auto &&answer) mutable {
            if (serial == m_serial)
                done(std::forward<decltype(answer)>(answer));
        };
    }

    // Makes the earlier answers stale, then keep(): only the newest question counts.
    template <typename Done>
    auto latest(Done done)
    {
        invalidate();
        return keep(std::move(done));
    }

private:
    quint64 m_serial = 0;
};

} // namespace TierDesk
