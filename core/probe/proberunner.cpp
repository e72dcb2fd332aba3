// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberunner.h"

#include <QEventLoop>
#include <QThread>

#include <algorithm>

#include "probeworker.h"

namespace bw {

ProbeRunner::ProbeRunner(QObject* parent)
    : QObject(parent)
{ }

ProbeRunner::~ProbeRunner()
{
    // Joined before anything of the runner goes: no worker can post to it afterwards, and what
    // was posted already is dropped with the runner.
    stopWorkers();
}

void ProbeRunner::startWorkers(int count)
{
    for (int i = 0; i < count; ++i) {
        Worker w;
        w.thread = new QThread;
        w.thread->setObjectName(QStringLiteral("probe worker %1").arg(i));
        const int workerIndex = i;
        w.worker = new ProbeWorker([this, workerIndex](quint64 run, int index, const ProbeResult& result) {
            QMetaObject::invokeMethod(
                this,
                [this, workerIndex, run, index, result] {
                    if (run != m_run || size_t(workerIndex) >= m_workers.size())
                        return; // a late report from a run that was cancelled or replaced
                    --m_workers[size_t(workerIndex)].active;
                    onProbeFinished(run, index, result);
                },
                Qt::QueuedConnection);
        });
        w.worker->moveToThread(w.thread);
        connect(w.thread, &QThread::finished, w.worker, &QObject::deleteLater);
        w.thread->start();
        m_workers.push_back(w);
    }
}

void ProbeRunner::stopWorkers()
{
    for (Worker& w : m_workers) {
        // The probes' sockets belong to the worker's thread: they must be stopped there.
        QMetaObject::invokeMethod(w.worker, &ProbeWorker::cancelAll, Qt::BlockingQueuedConnection);
        w.thread->quit();
        w.thread->wait(); // the worker goes with its thread (deleteLater on finished)
        delete w.thread;
    }
    m_workers.clear();
}

void ProbeRunner::start(std::vector<ProbeTarget> targets)
{
    if (m_running)
        cancel();
    stopWorkers();
    ++m_run;
    m_targets = std::move(targets);
    m_results.assign(m_targets.size(), ProbeResult {});
    for (size_t i = 0; i < m_targets.size(); ++i)
        m_results[i].target = m_targets[i];
    m_workerOf.assign(m_targets.size(), -1);
    m_next = 0;
    m_active = 0;
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    Q_EMIT started(total());
    if (m_targets.empty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    const int cores = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
    startWorkers(std::clamp(std::min(cores, int(m_targets.size())), 1, std::max(1, m_options.concurrency)));
    launchMore();
}

void ProbeRunner::launchMore()
{
    const int limit = std::max(1, m_options.concurrency);
    while (m_running && !m_cancelled && m_active < limit && m_next < m_targets.size()) {
        const size_t index = m_next++;
        const auto least = std::min_element(
            m_workers.begin(), m_workers.end(), [](const Worker& a, const Worker& b) { return a.active < b.active; });
        ++least->active;
        ++m_active;
        m_workerOf[index] = int(least - m_workers.begin());
        ProbeWorker* worker = least->worker;
        const quint64 run = m_run;
        QMetaObject::invokeMethod(
            worker,
            [worker, run, index, target = m_targets[index], timeout = m_options.timeoutMs,
                connectTo = m_options.connectTo] { worker->launch(run, int(index), target, timeout, connectTo); },
            Qt::QueuedConnection);
    }
}

void ProbeRunner::onProbeFinished(quint64 run, int index, const ProbeResult& result)
{
    if (run != m_run || !m_running || m_workerOf[size_t(index)] < 0)
        return;
    m_workerOf[size_t(index)] = -1;
    m_results[size_t(index)] = result;
    --m_active;
    ++m_done;
    Q_EMIT resultReady(index);
    Q_EMIT progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
        stopWorkers();
        Q_EMIT finished(m_cancelled);
        return;
    }
    launchMore();
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    ++m_run; // whatever the workers still report belongs to the past
    stopWorkers();
    for (size_t index = 0; index < m_targets.size(); ++index) {
        const bool running = m_workerOf[index] >= 0;
        if (!running && index < m_next)
            continue; // has its result
        m_workerOf[index] = -1;
        m_results[index].cancelled = true;
        m_results[index].explanation = running ? tr("cancelled while it ran") : tr("cancelled before it started");
        ++m_done;
        Q_EMIT resultReady(int(index));
    }
    m_next = m_targets.size();
    m_active = 0;
    Q_EMIT progress(m_done, total());
    m_running = false;
    Q_EMIT finished(true);
}

std::vector<ProbeResult> ProbeRunner::runBlocking(std::vector<ProbeTarget> targets, const Options& options)
{
    ProbeRunner runner;
    runner.setOptions(options);
    QEventLoop loop;
    bool done = false;
    connect(&runner, &ProbeRunner::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    runner.start(std::move(targets));
    if (!done)
        loop.exec();
    return runner.results();
}

} // namespace bw
