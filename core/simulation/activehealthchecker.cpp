// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activehealthchecker.h"

#include <algorithm>

namespace bw {

ActiveHealthChecker::ActiveHealthChecker(const HealthCheckPolicy::Active& config)
    : m_config(config)
{
    // A zero interval would probe forever without time passing.
    m_config.intervalMs = std::max<qint64>(1, m_config.intervalMs);
    m_config.timeoutMs = std::max<qint64>(0, m_config.timeoutMs);
    m_config.unhealthyThreshold = std::max(1, m_config.unhealthyThreshold);
    m_config.healthyThreshold = std::max(1, m_config.healthyThreshold);
    // Envoy delays each host's first probe by a random part of initialJitter; taking all of it
    // keeps runs reproducible and shows the latest the first probe can go out.
    m_nextSendMs = std::max<qint64>(0, m_config.initialJitterMs);
}

qint64 ActiveHealthChecker::nextAtMs() const
{
    return m_pending ? m_pending->doneAtMs : m_nextSendMs;
}

ActiveHealthChecker::Verdict ActiveHealthChecker::classify(const Probe& probe) const
{
    switch (probe.outcome) {
    case Outcome::Success:
        return probe.latencyMs > m_config.timeoutMs ? Verdict::Fail : Verdict::Pass;
    case Outcome::Failure:
    case Outcome::Timeout:
        // Envoy's NETWORK and NETWORK_TIMEOUT failures: they count toward the threshold.
        return Verdict::Fail;
    case Outcome::HttpStatus:
        break;
    }
    if (probe.latencyMs > m_config.timeoutMs)
        return Verdict::Fail;
    switch (m_config.type) {
    case HealthCheckPolicy::Active::Type::Tcp:
        // A TCP check only connects (and optionally matches bytes): an HTTP error page is a pass.
        return Verdict::Pass;
    case HealthCheckPolicy::Active::Type::Grpc:
        // grpc.health.v1 wants HTTP 200 carrying SERVING; anything else is an ACTIVE failure.
        return probe.status == 200 ? Verdict::Pass : Verdict::FailAtOnce;
    case HealthCheckPolicy::Active::Type::Http:
        break;
    }
    if (m_config.expectedStatuses.contains(probe.status))
        return Verdict::Pass;
    // Envoy's HTTP checker: an unexpected status is an ACTIVE failure that marks the host
    // unhealthy at once, unless it is retriable, which counts like a network failure.
    return m_config.retriableStatuses.contains(probe.status) ? Verdict::Fail : Verdict::FailAtOnce;
}

std::optional<ActiveHealthChecker::Check> ActiveHealthChecker::step(const Answer& answer)
{
    if (m_pending)
        return complete();
    Check c;
    c.sentAtMs = m_nextSendMs;
    c.probe = answer ? answer(c.sentAtMs) : Probe {};
    // The timeout timer fires at exactly `timeout`; an answer that takes longer is never seen.
    c.timedOut = c.probe.outcome == Outcome::Timeout || c.probe.latencyMs > m_config.timeoutMs;
    c.doneAtMs = c.sentAtMs + (c.timedOut ? m_config.timeoutMs : std::max<qint64>(0, c.probe.latencyMs));
    m_pending = c;
    if (c.doneAtMs == c.sentAtMs)
        return complete();
    return std::nullopt;
}

ActiveHealthChecker::Check ActiveHealthChecker::complete()
{
    Check c = *m_pending;
    m_pending.reset();
    c.verdict = c.timedOut ? Verdict::Fail : classify(c.probe);
    c.healthyBefore = m_healthy;
    // handleSuccess / handleFailure of Envoy's ActiveHealthCheckSession: the counters only
    // matter while they can change the state, and each kind of result resets the other.
    if (c.verdict == Verdict::Pass) {
        m_failures = 0;
        if (!m_healthy && ++m_successes >= m_config.healthyThreshold) {
            m_healthy = true;
            m_successes = 0;
        }
    } else {
        m_successes = 0;
        if (m_healthy && (c.verdict == Verdict::FailAtOnce || ++m_failures >= m_config.unhealthyThreshold))
            m_healthy = false;
    }
    c.healthyAfter = m_healthy;
    // The interval timer is armed when the result is handled, not when the probe was sent.
    // (Envoy uses no_traffic_interval, 60 s, for a cluster that never had a connection; a
    // scenario's gateway is serving, so the plain interval applies. Envoy Gateway sets no
    // unhealthy_interval or edge intervals, which would otherwise replace it.)
    m_nextSendMs = c.doneAtMs + m_config.intervalMs;
    return c;
}

ActiveHealthChecker::Check ActiveHealthChecker::record(qint64 sentAtMs, qint64 doneAtMs, const Probe& probe)
{
    Check c;
    c.sentAtMs = sentAtMs;
    c.doneAtMs = std::max(sentAtMs, doneAtMs);
    c.probe = probe;
    c.timedOut = probe.outcome == Outcome::Timeout;
    m_pending = c;
    return complete();
}

std::vector<ActiveHealthChecker::Check> ActiveHealthChecker::advanceTo(qint64 untilMs, const Answer& answer)
{
    std::vector<Check> done;
    while (nextAtMs() <= untilMs) {
        if (std::optional<Check> c = step(answer))
            done.push_back(*c);
    }
    return done;
}

} // namespace bw
