// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefailovermonitor.h"

#include <QHostAddress>
#include <QTimer>

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
}

LiveFailoverMonitor::~LiveFailoverMonitor() = default;

void LiveFailoverMonitor::start()
{
    stop();
    m_running = true;
    m_rounds = 0;
    m_clock.start();
    m_checkers.clear();
    for (size_t b = 0; b < m_state.size(); ++b) {
        m_checkers.emplace_back();
        for (size_t e = 0; e < m_state[b].size(); ++e) {
            m_checkers[b].emplace_back(m_check);
            EndpointState& s = m_state[b][e];
            s.healthy = true;
            s.failures = s.successes = s.checks = 0;
            if (s.checkable)
                schedule(b, e, m_checkers[b][e].nextAtMs());
        }
    }
}

void LiveFailoverMonitor::stop()
{
    m_running = false;
    ++m_generation;
    const QList<HealthCheckProbe*> running = findChildren<HealthCheckProbe*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(running);
}

FailoverSimulator::Result LiveFailoverMonitor::current() const
{
    return FailoverSimulator::simulate(m_rule.input([this](int b, int e) {
        return m_state[size_t(b)][size_t(e)].healthy ? FailoverSimulator::HostHealth::Healthy
                                                     : FailoverSimulator::HostHealth::Unhealthy;
    }));
}

void LiveFailoverMonitor::schedule(size_t backend, size_t endpoint, qint64 atMs)
{
    const quint64 generation = m_generation;
    const qint64 delay = std::clamp<qint64>(atMs - m_clock.elapsed(), 0, 3600000);
    QTimer::singleShot(int(delay), this, [this, generation, backend, endpoint] {
        if (generation == m_generation)
            launch(backend, endpoint);
    });
}

void LiveFailoverMonitor::launch(size_t backend, size_t endpoint)
{
    const EndpointState& s = m_state[backend][endpoint];
    QString host;
    int port = 0;
    splitHostPort(s.dialled, &host, &port);
    QString configuredHost;
    int configuredPort = 0;
    splitHostPort(s.address, &configuredHost, &configuredPort);
    auto* probe = new HealthCheckProbe(
        m_check, host, port, m_check.httpHostname.isEmpty() ? configuredHost : m_check.httpHostname, this);
    const qint64 sentAt = m_clock.elapsed();
    connect(probe, &HealthCheckProbe::finished, this,
        [this, probe, backend, endpoint, sentAt] { onProbeFinished(probe, backend, endpoint, sentAt); });
    probe->start();
}

void LiveFailoverMonitor::onProbeFinished(HealthCheckProbe* probe, size_t backend, size_t endpoint, qint64 sentAtMs)
{
    const HealthCheckProbe::Result r = probe->result();
    probe->deleteLater();
    if (!m_running)
        return;
    using Checker = ActiveHealthChecker;
    Checker::Probe answer;
    answer.status = r.status;
    answer.latencyMs = r.ms;
    if (r.outcome == HealthCheckProbe::Outcome::Timeout)
        answer.outcome = Checker::Outcome::Timeout;
    else if (r.status > 0)
        answer.outcome = Checker::Outcome::HttpStatus;
    else
        answer.outcome
            = r.outcome == HealthCheckProbe::Outcome::Success ? Checker::Outcome::Success : Checker::Outcome::Failure;
    Checker& checker = m_checkers[backend][endpoint];
    const Checker::Check check = checker.record(sentAtMs, m_clock.elapsed(), answer);
    EndpointState& s = m_state[backend][endpoint];
    s.lastError = r.error;
    s.lastStatus = r.status;
    s.healthy = checker.healthy();
    s.failures = checker.consecutiveFailures();
    s.successes = checker.consecutiveSuccesses();
    ++s.checks;
    schedule(backend, endpoint, checker.nextAtMs());

    int rounds = -1;
    for (const auto& states : m_state) {
        for (const EndpointState& e : states) {
            if (e.checkable)
                rounds = rounds < 0 ? e.checks : std::min(rounds, e.checks);
        }
    }
    const bool newRound = rounds > m_rounds;
    m_rounds = std::max(m_rounds, rounds);
    if (check.changed() || newRound)
        Q_EMIT updated(check.changed());
}

} // namespace bw
