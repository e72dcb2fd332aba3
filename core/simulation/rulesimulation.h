// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

#include "failoversimulator.h"
#include "healthcheckpolicy.h"
#include "workspace/resource.h"

namespace bw {

class Workspace;

// One route rule as the cluster Envoy Gateway builds for it: its backendRefs (primary at
// priority 0, `fallback: true` Backends at priority 1), the endpoints of each, and the health
// checking the route's BackendTrafficPolicy configures.
struct RuleSimulation
{
    struct Backend
    {
        ResourceKey key;
        bool fallback = false;
        bool missing = false; // not in the workspace: its share of requests fails
        int weight = 1;
        std::optional<int> port;
        QStringList endpoints; // "HOST:PORT" / "unix:PATH", in spec order
        QString refField; // spec.rules[0].backendRefs[1]
        [[nodiscard]] QString name() const; // "NAMESPACE/NAME"
    };

    ResourceKey route;
    int rule = 0;
    std::vector<Backend> backends;
    HealthCheckPolicy health;
    QStringList problems; // what could not be read from the policy

    // Health of endpoint `endpoint` of backends[backend]; every host healthy when empty.
    using HealthOf = std::function<FailoverSimulator::HostHealth(int backend, int endpoint)>;
    [[nodiscard]] FailoverSimulator::Input input(const HealthOf& health = {}) const;
    // Percent of the rule's requests that fail in `result` (simulated from input(health)): all
    // of them with no healthy upstream; else the share of missing backends and whatever panic
    // routing still sends to unhealthy hosts (all of it in total panic).
    [[nodiscard]] double failingShare(const FailoverSimulator::Result& result, const HealthOf& health = {}) const;
    [[nodiscard]] QString routeText() const; // "NAMESPACE/NAME"

    // Every rule with backendRefs of every route (or of `routes` only), in workspace order.
    static std::vector<RuleSimulation> plan(const Workspace& workspace, const QSet<ResourceKey>& routes = {});
};

} // namespace bw
