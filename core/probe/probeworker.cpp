// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeworker.h"

#include "endpointprobe.h"

namespace bw {

ProbeWorker::ProbeWorker(Report report)
    : m_report(std::move(report))
{ }

ProbeWorker::~ProbeWorker()
{
    cancelAll();
}

void ProbeWorker::launch(
    quint64 run, int index, const ProbeTarget& target, int timeoutMs, const QList<ConnectToRule>& connectTo)
{
    auto* probe = new EndpointProbe(target, timeoutMs, connectTo, this);
    m_probes.insert(index, probe);
    connect(probe, &EndpointProbe::finished, this, [this, probe, run, index] {
        if (m_probes.value(index) != probe)
            return; // cancelled
        m_probes.remove(index);
        m_report(run, index, probe->result());
        probe->deleteLater();
    });
    probe->start();
}

void ProbeWorker::cancelAll()
{
    const QHash<int, EndpointProbe*> probes = std::exchange(m_probes, {});
    for (EndpointProbe* p : probes) {
        p->disconnect(this);
        p->cancel();
        delete p;
    }
}

} // namespace bw
