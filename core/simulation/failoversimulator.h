// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace bw {

// Where Envoy sends the requests of one cluster, given which hosts are healthy: the cluster Envoy
// Gateway builds for a route rule, with every backendRef a locality (weighted by the ref's
// weight) at priority 0, or at priority 1 for `fallback: true` Backends. The arithmetic is
// Envoy's own (integer health scores with the overprovisioning factor, priority load spill,
// normalisation below 100% total health, per-priority and total panic), so the figures match
// what the data plane does to the percent.
class FailoverSimulator
{
public:
    enum class HostHealth { Healthy, Degraded, Unhealthy };

    struct Host
    {
        QString address;
        HostHealth health = HostHealth::Healthy;
    };

    struct Locality
    {
        QString name; // the backend, "NAMESPACE/NAME"
        int priority = 0;
        int weight = 1; // the backendRef's weight
        std::vector<Host> hosts;
    };

    struct Input
    {
        std::vector<Locality> localities;
        int overprovisioningFactor = 140; // percent; Envoy's default, which Envoy Gateway keeps
        int panicThreshold = 50; // percent; BackendTrafficPolicy healthCheck.panicThreshold
    };

    struct Priority
    {
        int priority = 0;
        int hosts = 0;
        int healthy = 0;
        int degraded = 0;
        int health = 0; // min(100, floor(O * healthy / hosts))
        int degradedHealth = 0;
        int load = 0; // percent of requests (healthy and degraded together)
        int healthyLoad = 0;
        int degradedLoad = 0;
        bool panic = false; // its load goes to all of its hosts, healthy or not
    };

    struct Result
    {
        std::vector<Priority> priorities; // 0, 1, ... up to the highest one used
        int normalizedTotalAvailability = 0;
        bool totalPanic = false; // every priority in panic: loads follow host counts
        bool noHealthyUpstream = false; // requests get a 503: nothing can take them
        std::vector<double> localityShare; // percent, per input locality
        std::vector<std::vector<double>> hostShare; // percent, per input locality and host
        [[nodiscard]] bool anyPanic() const;
    };

    [[nodiscard]] static Result simulate(const Input& input);
};

} // namespace bw
