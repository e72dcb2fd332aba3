// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace bw {

// What ScenarioRunner saw: where the requests went at every sampling step, what changed in
// between, and the moments that matter (failover starts, ends, traffic returns).
// Times in milliseconds from the start; JSON gives seconds.
struct ScenarioTimeline
{
    struct BackendShare
    {
        QString backend; // "NAMESPACE/NAME"
        bool fallback = false;
        double share = 0; // percent of requests
    };
    struct PriorityLoad
    {
        int priority = 0;
        int health = 0; // Envoy's health score
        int load = 0; // percent of requests
        bool panic = false;
    };
    struct EndpointState
    {
        QString backend;
        int index = 0;
        QString address;
        bool healthy = true; // as the load balancer sees it: not active-unhealthy, not ejected
        bool activeHealthy = true;
        bool ejected = false;
        bool failing = false; // what the scenario does to it: down, or answering with errors
        double share = 0; // percent of requests it gets
    };
    struct Sample
    {
        qint64 atMs = 0;
        std::vector<BackendShare> backends; // in backendRef order
        std::vector<PriorityLoad> priorities;
        bool panic = false; // some priority in panic: its load goes to unhealthy endpoints too
        bool totalPanic = false;
        bool noHealthyUpstream = false;
        double failing = 0; // percent of requests that fail (sent to a failing endpoint, or nowhere)
        std::vector<EndpointState> endpoints;
    };
    // Something that changed between samples, at the exact time.
    struct Transition
    {
        qint64 atMs = 0;
        QString backend;
        int index = 0;
        // "down", "up", "errors", "latency" (the scenario's events); "unhealthy", "healthy"
        // (active checks); "ejected", "unejected", "ejectionRefused" (outlier detection)
        QString what;
        QString detail; // for people
    };
    struct BackendMoments
    {
        QString backend;
        bool fallback = false;
        double baseline = 0; // share at the start
        std::optional<qint64> lostAtMs; // first sample below the baseline
        std::optional<qint64> returnsAtMs; // first sample after that back at the baseline
    };

    QString route; // "NAMESPACE/NAME"
    int rule = 0;
    std::vector<Sample> samples;
    std::vector<Transition> transitions;
    std::vector<BackendMoments> backends;
    // First sample where a fallback Backend takes requests after having had none, and the
    // first sample after it where the fallbacks have none again.
    std::optional<qint64> failoverStartsAtMs;
    std::optional<qint64> failoverEndsAtMs;
    QStringList notes; // what the run means, and what it could not simulate

    [[nodiscard]] const Sample* sampleAt(qint64 atMs) const; // the sample at or just before
    [[nodiscard]] double shareAt(qint64 atMs, const QString& backend) const;

    // {"route", "rule", "samples": [{"t", "backends": [{"backend", "fallback", "share"}],
    //  "priorities": [{"priority", "health", "load", "panic"}], "panic", "totalPanic",
    //  "noHealthyUpstream", "failing", "endpoints": [{"backend", "index", "address", "healthy",
    //  "activeHealthy", "ejected", "failing", "share"}]}], "transitions": [{"t", "backend", "index",
    //  "what", "detail"}], "backends": [{"backend", "fallback", "baseline", "lostAt", "returnsAt"}],
    //  "failoverStartsAt": s|null, "failoverEndsAt": s|null, "notes": [...]}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace bw
