// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <vector>

#include "activehealthchecker.h"
#include "failoversimulator.h"
#include "probe/connecttorule.h"
#include "rulesimulation.h"

namespace bw {

class HealthCheckProbe;

// Live mode: the health checks a route rule's BackendTrafficPolicy configures (an HTTP request
// for its path and expected statuses, or a TCP connect; a TCP connect with Envoy Gateway's
// timings when no policy applies), run against the real endpoints, each an interval after the
// last one's answer, through the same ActiveHealthChecker state machine the scenarios use. The
// shares follow the hosts' health.
class LiveFailoverMonitor : public QObject
{
    Q_OBJECT
public:
    struct EndpointState
    {
        QString address; // as configured
        QString dialled; // after --connect-to
        bool checkable = true; // false for unix sockets and unparsable addresses
        bool healthy = true; // hosts start healthy, as in the scenarios
        int failures = 0; // consecutive
        int successes = 0;
        int checks = 0; // completed
        QString lastError;
        int lastStatus = 0;
    };

    LiveFailoverMonitor(RuleSimulation rule, QList<ConnectToRule> connectTo, QObject* parent = nullptr);
    ~LiveFailoverMonitor() override;

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const RuleSimulation& rule() const { return m_rule; }
    // The check actually run (the policy's, or a TCP connect with default timings).
    [[nodiscard]] const HealthCheckPolicy::Active& check() const { return m_check; }
    [[nodiscard]] const std::vector<std::vector<EndpointState>>& endpoints() const { return m_state; }
    [[nodiscard]] FailoverSimulator::Result current() const;
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // How many times every checkable endpoint has been checked.
    [[nodiscard]] int rounds() const { return m_rounds; }

Q_SIGNALS:
    // A check ended that flipped a host's health (`changed`), or completed a round.
    void updated(bool changed);

private:
    void schedule(size_t backend, size_t endpoint, qint64 atMs); // on m_clock
    void launch(size_t backend, size_t endpoint);
    void onProbeFinished(HealthCheckProbe* probe, size_t backend, size_t endpoint, qint64 sentAtMs);

    RuleSimulation m_rule;
    QList<ConnectToRule> m_connectTo;
    HealthCheckPolicy::Active m_check;
    std::vector<std::vector<EndpointState>> m_state;
    std::vector<std::vector<ActiveHealthChecker>> m_checkers;
    QElapsedTimer m_clock;
    bool m_running = false;
    quint64 m_generation = 0; // checks scheduled before stop() do not run
    int m_rounds = 0;
};

} // namespace bw
