// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberunner.h"

#include <QEventLoop>

#include "endpointprobe.h"

namespace bw {

ProbeRunner::ProbeRunner(QObject* parent)
    : QObject(parent)
{ }

ProbeRunner::~ProbeRunner()
{
    for (auto& p : m_probes)
        if (p)
            p->disconnect(this);
}

void ProbeRunner::start(std::vector<ProbeTarget> targets)
{
    if (m_running)
        cancel();
    m_probes.clear();
    ++m_run;
    m_targets = std::move(targets);
    m_results.assign(m_targets.size(), ProbeResult {});
    for (size_t i = 0; i < m_targets.size(); ++i)
        m_results[i].target = m_targets[i];
    m_probes.resize(m_targets.size());
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
    launchMore();
}

void ProbeRunner::launchMore()
{
    const int limit = std::max(1, m_options.concurrency);
    while (m_running && !m_cancelled && m_active < limit && m_next < m_targets.size()) {
        const size_t index = m_next++;
        auto probe = std::make_unique<EndpointProbe>(m_targets[index], m_options.timeoutMs, m_options.connectTo);
        EndpointProbe* raw = probe.get();
        m_probes[index] = std::move(probe);
        ++m_active;
        // Queued, so a probe that fails at once (a bad port) does not recurse into launchMore().
        const quint64 run = m_run;
        connect(
            raw, &EndpointProbe::finished, this,
            [this, index, run] {
                if (run == m_run) // not a late report from a run that start() replaced
                    onProbeFinished(int(index));
            },
            Qt::QueuedConnection);
        raw->start();
    }
}

void ProbeRunner::onProbeFinished(int index)
{
    EndpointProbe* probe = m_probes[size_t(index)].get();
    if (!probe || !m_running)
        return;
    m_results[size_t(index)] = probe->result();
    --m_active;
    ++m_done;
    Q_EMIT resultReady(index);
    Q_EMIT progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
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
    // Running probes stop now; their finished() arrives queued. Targets never started are
    // reported cancelled right away.
    for (auto& p : m_probes)
        if (p)
            p->cancel();
    while (m_next < m_targets.size()) {
        const size_t index = m_next++;
        m_results[index].cancelled = true;
        m_results[index].explanation = tr("cancelled before it started");
        ++m_done;
        Q_EMIT resultReady(int(index));
    }
    Q_EMIT progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
        Q_EMIT finished(true);
    }
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
