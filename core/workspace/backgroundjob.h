// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace bw {

// One piece of work at a time on a worker thread, with cancel. The work reads state that
// only its owner's thread changes, so the owner cancels the job before it changes anything:
// cancel() returns once the work has stopped, and a cancelled job's `done` never runs. `done`
// runs on the owner's thread, from its event loop, when the work ran to the end.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(const std::atomic<bool>& cancelled)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Cancels the job running, if any, and starts `work`.
    void start(Work work, std::function<void()> done);
    // True when a job was running or its `done` had not run yet.
    bool cancel();
    // Runs the job's `done` now if its work has finished, else waits for the work first.
    void finish();
    [[nodiscard]] bool isActive() const { return m_state != nullptr; }
    // True while the work runs on the worker (not before it starts, not once it ended).
    [[nodiscard]] bool isRunning() const { return m_state && m_state->running.load(); }
    [[nodiscard]] int cancelledCount() const { return m_cancelled; }

private:
    struct State
    {
        std::atomic<bool> cancelled { false };
        std::atomic<bool> running { false };
        std::function<void()> done;
        std::thread thread;
    };
    void deliver(const std::shared_ptr<State>& state);

    std::shared_ptr<State> m_state;
    int m_cancelled = 0;
};

} // namespace bw
