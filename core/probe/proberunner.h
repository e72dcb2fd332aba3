// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QThread;

#include "connecttorule.h"
#include "proberesult.h"

namespace bw {

class ProbeWorker;

// Runs probes asynchronously, at most `concurrency` at a time, each within `timeoutMs`, spread
// over one worker thread per core (handshakes are CPU-bound). Results keep the order of the
// targets; signals come in the runner's thread. cancel() stops every running probe at once and
// reports the rest as cancelled; finished() follows promptly.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = 32;
        int timeoutMs = 5000;
        int threads = 0; // 0: one per core
        QList<ConnectToRule> connectTo;
    };

    explicit ProbeRunner(QObject* parent = nullptr);
    ~ProbeRunner() override;

    void setOptions(const Options& options) { m_options = options; }
    [[nodiscard]] const Options& options() const { return m_options; }

    void start(std::vector<ProbeTarget> targets);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int total() const { return int(m_results.size()); }
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] const std::vector<ProbeResult>& results() const { return m_results; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Runs `targets` to the end in a local event loop (the command line).
    static std::vector<ProbeResult> runBlocking(std::vector<ProbeTarget> targets, const Options& options);

Q_SIGNALS:
    void started(int total);
    void resultReady(int index);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    struct Worker
    {
        QThread* thread = nullptr;
        ProbeWorker* worker = nullptr;
        int active = 0;
    };

    void launchMore();
    void onProbeFinished(quint64 run, int index, const ProbeResult& result);
    void startWorkers(int count);
    void stopWorkers();

    Options m_options;
    std::vector<ProbeTarget> m_targets;
    std::vector<ProbeResult> m_results;
    std::vector<int> m_workerOf; // per target: the worker running it, -1 before and after
    std::vector<Worker> m_workers;
    size_t m_next = 0;
    int m_active = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_run = 0;
    QElapsedTimer m_clock;
};

} // namespace bw
