// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <vector>

#include "failoversimulator.h"
#include "probe/connecttorule.h"
#include "rulesimulation.h"

namespace bw {

class HealthCheckProbe;

// Live mode: the health checks a route rule's BackendTrafficPolicy configures (an HTTP request
// for its path and expected statuses, or a TCP connect; a TCP connect with Envoy Gateway's
// timings when no policy applies), run against the real endpoints every interval, with the
// same thresholds Envoy applies before it marks a host unhealthy or healthy again. After each
// round the shares are recomputed from the hosts' health.
class LiveFailoverMonitor : public QObject
{
    Q_OBJECT
public:
    struct EndpointState
    {
        QString address; // as configured
        QString dialled; // after --connect-to
        bool checkable = true; // false for unix sockets and unparsable addresses
        bool healthy = true; // hosts start healthy, as Envoy's do
        int failures = 0; // consecutive
        int successes = 0;
        QString lastError;
        int lastStatus = 0;
    };

    LiveFailoverMonitor(RuleSimulation rule, QList<ConnectToRule> connectTo, QObject* parent = nullptr);
    ~LiveFailoverMonitor() override;

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    [[nodiscard]] const RuleSimulation& rule() const { return m_rule; }
    // The check actually run (the policy's, or a TCP connect with default timings).
    [[nodiscard]] const HealthCheckPolicy::Active& check() const { return m_check; }
    [[nodiscard]] const std::vector<std::vector<EndpointState>>& endpoints() const { return m_state; }
    [[nodiscard]] FailoverSimulator::Result current() const;
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    [[nodiscard]] int rounds() const { return m_rounds; }

Q_SIGNALS:
    // A round of checks ended; `changed` when some host's health flipped.
    void updated(bool changed);

private:
    void runRound();
    void onProbeFinished(HealthCheckProbe* probe, size_t backend, size_t endpoint);

    RuleSimulation m_rule;
    QList<ConnectToRule> m_connectTo;
    HealthCheckPolicy::Active m_check;
    std::vector<std::vector<EndpointState>> m_state;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_changed = false;
    int m_rounds = 0;
};

} // namespace bw
