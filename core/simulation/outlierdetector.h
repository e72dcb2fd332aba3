// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "healthcheckpolicy.h"

namespace bw {

// Envoy's passive health checking (outlier detection) of one cluster, as Envoy's
// Outlier::DetectorImpl does it for the consecutive-error detectors Envoy Gateway configures:
//
// * every response is put to the host's monitor; 5xx responses count toward
//   consecutive5XxErrors, gateway errors (502, 503, 504) also toward consecutiveGatewayErrors
//   (only checked when set: Envoy Gateway then enforces it at 100 %), anything else resets
//   both counts. Local failures arrive as 503 (connect failure) and 504 (timeout), as Envoy
//   maps them without splitExternalLocalOriginErrors;
// * reaching a threshold ejects the host at once, unless that would put more than
//   maxEjectionPercent of the cluster's hosts — all priorities together, the fallback's too —
//   out at once (alwaysEjectOneEndpoint lets the first one through whatever the percentage);
//   the count restarts either way;
// * an ejection lasts min(baseEjectionTime × backoff, maxEjectionTime), where backoff grows by
//   one with each ejection and shrinks by one for every sweep a host spends in service an
//   interval after its return; hosts return only at the sweep every `interval`, so an
//   ejection is rounded up to the next sweep;
// * an active check that passes returns an ejected host at once
//   (successful_active_health_check_uneject_host, true by default and not changed by Envoy
//   Gateway).
//
// Not modelled: success-rate and failure-percentage detection (they need at least 5 hosts with
// 100 requests each per interval, or an explicit failurePercentageThreshold), local-origin
// splitting, and the ejection jitter (0 by default).
class OutlierDetector
{
public:
    enum class Reason { Consecutive5xx, ConsecutiveGatewayErrors };
    struct Ejection
    {
        qint64 atMs = 0;
        int host = -1;
        Reason reason = Reason::Consecutive5xx;
        bool refused = false; // maxEjectionPercent said no: Envoy's ejections_overflow
        qint64 durationMs = 0; // how long it lasts at least (until the first sweep after)
    };

    // Envoy's default max_ejection_time (or the base time if that is longer); Envoy Gateway
    // does not set it.
    static constexpr qint64 kDefaultMaxEjectionTimeMs = 300000;

    OutlierDetector(const HealthCheckPolicy::Passive& config, int hosts);

    [[nodiscard]] const HealthCheckPolicy::Passive& config() const { return m_config; }
    [[nodiscard]] int hostCount() const { return int(m_hosts.size()); }
    [[nodiscard]] bool ejected(int host) const;
    [[nodiscard]] int ejectedCount() const { return m_active; }
    [[nodiscard]] int ejections(int host) const; // how often the host has been ejected
    [[nodiscard]] int backoff(int host) const;
    [[nodiscard]] int consecutive5xx(int host) const;
    [[nodiscard]] int consecutiveGatewayErrors(int host) const;
    [[nodiscard]] qint64 maxEjectionTimeMs() const;
    // How many hosts may be out at once (without alwaysEjectOneEndpoint).
    [[nodiscard]] int maxEjectable() const;

    // One response from `host` with HTTP `status` at `atMs`; returns the ejection it led to
    // (or the one maxEjectionPercent refused), if any.
    std::optional<Ejection> response(int host, int status, qint64 atMs);
    // The sweep runs every interval from the start: `interval`, 2 × `interval`, ...
    [[nodiscard]] qint64 nextSweepAtMs() const { return m_nextSweepMs; }
    // Runs the sweep due at nextSweepAtMs(); returns the hosts it brought back.
    std::vector<int> sweep();
    // An active check of `host` passed and left it healthy: an ejected host returns at once.
    bool activeCheckPassed(int host, qint64 atMs);

private:
    struct Host
    {
        bool ejected = false;
        int consecutive5xx = 0;
        int consecutiveGateway = 0;
        int ejections = 0;
        int backoff = 0;
        qint64 lastEjectionMs = 0;
        std::optional<qint64> lastUnejectionMs;
    };

    std::optional<Ejection> consecutiveError(int host, Reason reason, qint64 atMs);
    void uneject(int host, qint64 atMs);
    [[nodiscard]] qint64 durationFor(const Host& h) const;

    HealthCheckPolicy::Passive m_config;
    std::vector<Host> m_hosts;
    int m_active = 0;
    qint64 m_nextSweepMs = 0;
};

} // namespace bw
