// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "healthcheckpolicy.h"

namespace bw {

// Envoy's active health checking of one host, as a deterministic state machine over
// milliseconds (Envoy's HealthCheckerImplBase::ActiveHealthCheckSession): a probe goes out,
// its answer (or the timeout) is known some time later, and the next probe goes out `interval`
// after that — so with a timing-out host a cycle is interval + timeout, as semantics.md's
// "3 × (3s + 1s)" says.
//
// The host starts healthy. Envoy marks a new host unhealthy until its first check passes (one
// pass is enough for that first check), and keeps the cluster warming until then; a scenario
// starts with a gateway that has been running, so every host has long passed that point.
class ActiveHealthChecker
{
public:
    enum class Outcome {
        Success, // the answer the check wants (an expected status; a completed connect for TCP)
        Failure, // connection refused or reset: a network failure
        Timeout, // no answer at all: known only after the timeout
        HttpStatus, // an HTTP answer with `status`
    };
    struct Probe
    {
        Outcome outcome = Outcome::Success;
        int status = 0; // for HttpStatus
        qint64 latencyMs = 0; // how long the answer takes; more than the timeout is a timeout
    };
    // How one completed probe counts.
    enum class Verdict {
        Pass,
        Fail, // counts toward unhealthyThreshold (network failure, timeout, retriable status)
        FailAtOnce, // an answer outside expectedStatuses: unhealthy at once
    };
    struct Check
    {
        qint64 sentAtMs = 0;
        qint64 doneAtMs = 0;
        Probe probe;
        bool timedOut = false;
        Verdict verdict = Verdict::Pass;
        bool healthyBefore = true;
        bool healthyAfter = true;
        [[nodiscard]] bool changed() const { return healthyBefore != healthyAfter; }
    };
    // How the host answers a probe sent at `atMs`.
    using Answer = std::function<Probe(qint64 atMs)>;

    explicit ActiveHealthChecker(const HealthCheckPolicy::Active& config);

    [[nodiscard]] const HealthCheckPolicy::Active& config() const { return m_config; }
    [[nodiscard]] bool healthy() const { return m_healthy; }
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }
    [[nodiscard]] int consecutiveSuccesses() const { return m_successes; }
    [[nodiscard]] bool inFlight() const { return m_pending.has_value(); }
    // When the next thing happens: the in-flight probe completes, or the next one is sent.
    [[nodiscard]] qint64 nextAtMs() const;

    // Does what is due at nextAtMs(): completes the in-flight probe (and returns it), or sends
    // the next one, asking `answer` how the host responds at that moment. An answer without
    // latency completes in the same step.
    std::optional<Check> step(const Answer& answer);
    // Every step due up to and including `untilMs`; returns the completed checks.
    std::vector<Check> advanceTo(qint64 untilMs, const Answer& answer);

    // A probe made for real (live mode): sent at `sentAtMs`, answered or given up at
    // `doneAtMs`. The next one is due an interval after `doneAtMs`, as with step().
    Check record(qint64 sentAtMs, qint64 doneAtMs, const Probe& probe);

    [[nodiscard]] Verdict classify(const Probe& probe) const;

private:
    Check complete();

    HealthCheckPolicy::Active m_config;
    bool m_healthy = true;
    int m_failures = 0; // Envoy's num_unhealthy_
    int m_successes = 0; // Envoy's num_healthy_
    qint64 m_nextSendMs = 0;
    std::optional<Check> m_pending;
};

} // namespace bw
