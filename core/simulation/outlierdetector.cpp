// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlierdetector.h"

#include <algorithm>

namespace bw {

namespace {

bool is5xx(int status)
{
    return status >= 500 && status <= 599;
}

bool isGatewayError(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

OutlierDetector::OutlierDetector(const HealthCheckPolicy::Passive& config, int hosts)
    : m_config(config)
    , m_hosts(size_t(std::max(0, hosts)))
{
    // A zero interval would sweep forever without time passing.
    m_config.intervalMs = std::max<qint64>(1, m_config.intervalMs);
    m_config.baseEjectionTimeMs = std::max<qint64>(0, m_config.baseEjectionTimeMs);
    m_config.maxEjectionPercent = std::clamp(m_config.maxEjectionPercent, 0, 100);
    m_nextSweepMs = m_config.intervalMs;
}

bool OutlierDetector::ejected(int host) const
{
    return host >= 0 && size_t(host) < m_hosts.size() && m_hosts[size_t(host)].ejected;
}

int OutlierDetector::ejections(int host) const
{
    return host >= 0 && size_t(host) < m_hosts.size() ? m_hosts[size_t(host)].ejections : 0;
}

int OutlierDetector::backoff(int host) const
{
    return host >= 0 && size_t(host) < m_hosts.size() ? m_hosts[size_t(host)].backoff : 0;
}

int OutlierDetector::consecutive5xx(int host) const
{
    return host >= 0 && size_t(host) < m_hosts.size() ? m_hosts[size_t(host)].consecutive5xx : 0;
}

int OutlierDetector::consecutiveGatewayErrors(int host) const
{
    return host >= 0 && size_t(host) < m_hosts.size() ? m_hosts[size_t(host)].consecutiveGateway : 0;
}

qint64 OutlierDetector::maxEjectionTimeMs() const
{
    return std::max(kDefaultMaxEjectionTimeMs, m_config.baseEjectionTimeMs);
}

int OutlierDetector::maxEjectable() const
{
    // The same comparison Envoy makes before each ejection, in doubles.
    int n = 0;
    while (n < hostCount() && 100.0 * (n + 1) / hostCount() <= m_config.maxEjectionPercent)
        ++n;
    return n;
}

qint64 OutlierDetector::durationFor(const Host& h) const
{
    return std::min(m_config.baseEjectionTimeMs * h.backoff, maxEjectionTimeMs());
}

std::optional<OutlierDetector::Ejection> OutlierDetector::response(int host, int status, qint64 atMs)
{
    if (host < 0 || size_t(host) >= m_hosts.size())
        return std::nullopt;
    Host& h = m_hosts[size_t(host)];
    if (!is5xx(status)) {
        h.consecutive5xx = 0;
        h.consecutiveGateway = 0;
        return std::nullopt;
    }
    // Envoy compares with ==: past the threshold (say, while the host is ejected and still
    // gets requests in panic) nothing fires again until the count is reset.
    bool gateway = false;
    if (isGatewayError(status))
        gateway = ++h.consecutiveGateway == m_config.consecutiveGatewayErrors && m_config.consecutiveGatewayErrors > 0;
    else
        h.consecutiveGateway = 0;
    const bool fiveXx = ++h.consecutive5xx == m_config.consecutive5xxErrors && m_config.consecutive5xxErrors > 0;
    // Both are posted to Envoy's main thread in this order; the second finds the host ejected.
    std::optional<Ejection> out;
    if (gateway)
        out = consecutiveError(host, Reason::ConsecutiveGatewayErrors, atMs);
    if (fiveXx) {
        if (std::optional<Ejection> e = consecutiveError(host, Reason::Consecutive5xx, atMs); e && !out)
            out = e;
    }
    return out;
}

std::optional<OutlierDetector::Ejection> OutlierDetector::consecutiveError(int host, Reason reason, qint64 atMs)
{
    Host& h = m_hosts[size_t(host)];
    if (h.ejected)
        return std::nullopt; // and, as in Envoy, the count is not reset
    Ejection e;
    e.atMs = atMs;
    e.host = host;
    e.reason = reason;
    bool allowed = 100.0 * (m_active + 1) / hostCount() <= m_config.maxEjectionPercent;
    if (m_config.alwaysEjectOneEndpoint && m_active == 0)
        allowed = true;
    if (allowed) {
        h.ejected = true;
        ++h.ejections;
        h.lastEjectionMs = atMs;
        if (h.backoff * m_config.baseEjectionTimeMs < maxEjectionTimeMs() + m_config.baseEjectionTimeMs)
            ++h.backoff;
        ++m_active;
        e.durationMs = durationFor(h);
    } else {
        e.refused = true;
    }
    // The count restarts whether or not the host went out, so a refused host is tried again
    // after as many errors more.
    if (reason == Reason::Consecutive5xx)
        h.consecutive5xx = 0;
    else
        h.consecutiveGateway = 0;
    return e;
}

void OutlierDetector::uneject(int host, qint64 atMs)
{
    Host& h = m_hosts[size_t(host)];
    h.ejected = false;
    --m_active;
    // Envoy resets the counts so that a few new errors do not eject again at once.
    h.consecutive5xx = 0;
    h.consecutiveGateway = 0;
    h.lastUnejectionMs = atMs;
}

std::vector<int> OutlierDetector::sweep()
{
    const qint64 now = m_nextSweepMs;
    std::vector<int> back;
    for (size_t i = 0; i < m_hosts.size(); ++i) {
        const Host& h = m_hosts[i];
        if (h.ejected && durationFor(h) <= now - h.lastEjectionMs) {
            uneject(int(i), now);
            back.push_back(int(i));
        }
    }
    // The backoff of hosts in service shrinks, once they have been back for an interval.
    for (Host& h : m_hosts) {
        if (!h.ejected && h.lastUnejectionMs && now - *h.lastUnejectionMs >= m_config.intervalMs && h.backoff > 0)
            --h.backoff;
    }
    m_nextSweepMs = now + m_config.intervalMs;
    return back;
}

bool OutlierDetector::activeCheckPassed(int host, qint64 atMs)
{
    if (!ejected(host))
        return false;
    uneject(host, atMs);
    return true;
}

} // namespace bw
