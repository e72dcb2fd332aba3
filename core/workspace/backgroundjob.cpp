// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

#include <QMetaObject>

namespace bw {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{ }

BackgroundJob::~BackgroundJob()
{
    cancel();
}

void BackgroundJob::start(Work work, std::function<void()> done)
{
    cancel();
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    m_state = state;
    // The worker holds the state only through a weak pointer plus its own flag, so a job
    // cancelled and replaced cannot deliver into its successor.
    state->thread = std::thread([this, state = state.get(), work = std::move(work), weak = std::weak_ptr(state)] {
        state->running.store(true);
        work(state->cancelled);
        state->running.store(false);
        if (state->cancelled.load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, weak] {
                if (const std::shared_ptr<State> s = weak.lock())
                    deliver(s);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundJob::deliver(const std::shared_ptr<State>& state)
{
    if (state != m_state || state->cancelled.load())
        return;
    if (state->thread.joinable())
        state->thread.join(); // it has finished: it posted this
    m_state.reset();
    if (state->done)
        state->done();
}

bool BackgroundJob::cancel()
{
    if (!m_state)
        return false;
    const std::shared_ptr<State> state = std::move(m_state);
    state->cancelled.store(true);
    if (state->thread.joinable())
        state->thread.join();
    ++m_cancelled;
    return true;
}

void BackgroundJob::finish()
{
    if (!m_state)
        return;
    const std::shared_ptr<State> state = m_state;
    if (state->thread.joinable())
        state->thread.join();
    if (state->cancelled.load())
        return;
    m_state.reset();
    if (state->done)
        state->done();
}

} // namespace bw
