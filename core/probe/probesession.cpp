// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probesession.h"

#include <QCoreApplication>

#include <algorithm>

#include "probeplanner.h"
#include "systemtruststore.h"
#include "validation/probefindings.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ProbeSession)
};
} // namespace

bool ProbeSession::canProbe(const ResourceKey& key)
{
    return (key.kind == u"Backend"_s && (key.group == u"gateway.envoyproxy.io"_s || key.group == u"core.apoxy.dev"_s))
        || (key.kind == u"XBackend"_s && key.group == u"gateway.networking.x-k8s.io"_s)
        || (key.kind == u"Service"_s && key.group.isEmpty());
}

ProbeSession::ProbeSession(const QString& systemCaBundle)
    : m_systemCaBundle(systemCaBundle)
{ }

void ProbeSession::loadSystemStore()
{
    // The system store does not change while the program runs: read it once.
    if (m_systemCertificates)
        return;
    QString error;
    m_systemCertificates = SystemTrustStore::load(m_systemCaBundle, &m_systemStoreName, &error);
    m_systemStoreError = error;
}

QString ProbeSession::systemStoreError()
{
    loadSystemStore();
    return m_systemStoreError;
}

ProbeSession::Run ProbeSession::plan(const Workspace& workspace, const QSet<ResourceKey>& backends)
{
    m_lastBackends = backends;
    Run run;
    loadSystemStore();
    ProbePlanner::Options plan;
    plan.systemCertificates = *m_systemCertificates;
    plan.systemStoreName = m_systemStoreName;
    plan.only = backends;
    run.targets = ProbePlanner::plan(workspace, plan);

    // What an earlier run said about a backend that has nothing to probe now is stale.
    QSet<QString> planned;
    for (const ProbeTarget& t : run.targets)
        planned.insert(ProbeFindings::sourceFor(t.backend));
    QSet<QString> asked;
    for (const ResourceKey& b : backends)
        asked.insert(ProbeFindings::sourceFor(b));
    for (const QString& source : workspace.findingSources()) {
        if (ProbeFindings::isProbeSource(source) && !planned.contains(source)
            && (backends.isEmpty() || asked.contains(source)))
            run.staleSources.append(source);
    }
    run.staleSources.sort();

    if (run.targets.empty()) {
        run.notice = backends.isEmpty()
            ? Strings::tr("Nothing to probe: no backend in the workspace has an endpoint.")
            : Strings::tr("Nothing to probe: the backend has no endpoint the probes can reach.");
    } else if (!m_systemStoreError.isEmpty()) {
        run.notice = m_systemStoreError;
    }

    run.options.timeoutMs = std::clamp(m_settings.timeoutMs, 1, 600000);
    run.options.concurrency = std::clamp(m_settings.concurrency, 1, 1024);
    run.options.connectTo = m_settings.connectTo;
    return run;
}

} // namespace bw
