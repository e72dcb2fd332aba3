// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefailovermonitor.h"

#include <QHostAddress>

#include "healthcheckprobe.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// "HOST:PORT" or "[V6]:PORT".
bool splitHostPort(const QString& text, QString* host, int* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0 || text.startsWith(u"unix:"_s))
        return false;
    bool ok = false;
    *port = text.mid(colon + 1).toInt(&ok);
    *host = text.left(colon);
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
    return ok && *port > 0 && *port <= 65535 && !host->isEmpty();
}

} // namespace

LiveFailoverMonitor::LiveFailoverMonitor(RuleSimulation rule, QList<ConnectToRule> connectTo, QObject* parent)
    : QObject(parent)
    , m_rule(std::move(rule))
    , m_connectTo(std::move(connectTo))
{
    m_check = m_rule.health.active;
    if (!m_check.enabled) {
        // No active check configured: a plain TCP connect with Envoy Gateway's default timings.
        m_check = HealthCheckPolicy::Active();
        m_check.enabled = true;
        m_check.type = HealthCheckPolicy::Active::Type::Tcp;
    } else if (m_check.type == HealthCheckPolicy::Active::Type::Grpc) {
        m_check.type = HealthCheckPolicy::Active::Type::Tcp; // the gRPC health protocol is not spoken here
    }
    for (const RuleSimulation::Backend& b : m_rule.backends) {
        std::vector<EndpointState> states;
        for (const QString& address : b.endpoints) {
            EndpointState s;
            s.address = address;
            QString host;
            int port = 0;
            s.checkable = splitHostPort(address, &host, &port);
            if (s.checkable) {
                const ConnectToRule* via = ConnectToRule::find(m_connectTo, host, port);
                const QString dialHost = via ? via->address : host;
                const int dialPort = via && via->addressPort > 0 ? via->addressPort : port;
                s.dialled
                    = (dialHost.contains(u':') ? u'[' + dialHost + u']' : dialHost) + u':' + QString::number(dialPort);
            }
            states.push_back(s);
        }
        m_state.push_back(std::move(states));
    }
    m_timer.setInterval(int(std::clamp<qint64>(m_check.intervalMs, 10, 3600000)));
    connect(&m_timer, &QTimer::timeout, this, &LiveFailoverMonitor::runRound);
}

LiveFailoverMonitor::~LiveFailoverMonitor() = default;

void LiveFailoverMonitor::start()
{
    m_clock.start();
    m_timer.start();
    runRound();
}

void LiveFailoverMonitor::stop()
{
    m_timer.stop();
    const QList<HealthCheckProbe*> running = findChildren<HealthCheckProbe*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(running);
    m_pending = 0;
}

FailoverSimulator::Result LiveFailoverMonitor::current() const
{
    return FailoverSimulator::simulate(m_rule.input([this](int b, int e) {
        return m_state[size_t(b)][size_t(e)].healthy ? FailoverSimulator::HostHealth::Healthy
                                                     : FailoverSimulator::HostHealth::Unhealthy;
    }));
}

void LiveFailoverMonitor::runRound()
{
    if (m_pending > 0)
        return; // the last round is still within its timeout, which is shorter than the interval
    m_changed = false;
    for (size_t b = 0; b < m_state.size(); ++b) {
        for (size_t e = 0; e < m_state[b].size(); ++e) {
            const EndpointState& s = m_state[b][e];
            if (!s.checkable)
                continue;
            QString host;
            int port = 0;
            splitHostPort(s.dialled, &host, &port);
            QString configuredHost;
            int configuredPort = 0;
            splitHostPort(s.address, &configuredHost, &configuredPort);
            auto* probe = new HealthCheckProbe(
                m_check, host, port, m_check.httpHostname.isEmpty() ? configuredHost : m_check.httpHostname, this);
            connect(probe, &HealthCheckProbe::finished, this, [this, probe, b, e] { onProbeFinished(probe, b, e); });
            ++m_pending;
            probe->start();
        }
    }
    if (m_pending == 0) {
        ++m_rounds;
        Q_EMIT updated(false);
    }
}

void LiveFailoverMonitor::onProbeFinished(HealthCheckProbe* probe, size_t backend, size_t endpoint)
{
    const HealthCheckProbe::Result r = probe->result();
    probe->deleteLater();
    EndpointState& s = m_state[backend][endpoint];
    s.lastError = r.error;
    s.lastStatus = r.status;
    const bool wasHealthy = s.healthy;
    if (r.outcome == HealthCheckProbe::Outcome::Success) {
        s.failures = 0;
        ++s.successes;
        if (!s.healthy && s.successes >= m_check.healthyThreshold)
            s.healthy = true;
    } else {
        s.successes = 0;
        ++s.failures;
        // An HTTP answer with an unexpected status fails the host at once, unless it is one
        // of the retriable ones, which count toward the threshold like a failed connect.
        const bool immediate = r.status > 0 && !m_check.retriableStatuses.contains(r.status);
        if (s.healthy && (immediate || s.failures >= m_check.unhealthyThreshold))
            s.healthy = false;
    }
    m_changed = m_changed || wasHealthy != s.healthy;
    if (--m_pending == 0) {
        ++m_rounds;
        Q_EMIT updated(m_changed);
    }
}

} // namespace bw
