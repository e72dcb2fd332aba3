// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoversimulator.h"

#include <algorithm>

namespace bw {

namespace {

using Health = FailoverSimulator::HostHealth;

int count(const std::vector<FailoverSimulator::Host>& hosts, Health health)
{
    return int(std::count_if(
        hosts.begin(), hosts.end(), [health](const FailoverSimulator::Host& h) { return h.health == health; }));
}

// Envoy's health score: integer percent, scaled by the overprovisioning factor, capped at 100.
int score(int part, int total, int overprovisioning)
{
    if (total <= 0)
        return 0;
    return int(std::min<qint64>(100, qint64(overprovisioning) * part / total));
}

} // namespace

bool FailoverSimulator::Result::anyPanic() const
{
    return std::any_of(priorities.begin(), priorities.end(), [](const Priority& p) { return p.panic; });
}

FailoverSimulator::Result FailoverSimulator::simulate(const Input& input)
{
    Result out;
    const int o = std::max(1, input.overprovisioningFactor);
    const double panicThreshold = std::clamp(input.panicThreshold, 0, 100);
    int levels = 1;
    for (const Locality& l : input.localities)
        levels = std::max(levels, std::max(0, l.priority) + 1);
    out.priorities.resize(size_t(levels));
    for (int p = 0; p < levels; ++p)
        out.priorities[size_t(p)].priority = p;
    for (const Locality& l : input.localities) {
        Priority& p = out.priorities[size_t(std::max(0, l.priority))];
        p.hosts += int(l.hosts.size());
        p.healthy += count(l.hosts, Health::Healthy);
        p.degraded += count(l.hosts, Health::Degraded);
    }

    // Health per priority and the normalised total availability.
    int total = 0;
    for (Priority& p : out.priorities) {
        p.health = score(p.healthy, p.hosts, o);
        p.degradedHealth = score(p.degraded, p.hosts, o);
        total += p.health + p.degradedHealth;
    }
    out.normalizedTotalAvailability = std::min(100, total);
    const int nta = out.normalizedTotalAvailability;

    // Load per priority: walk the priorities, each taking its share of what is left.
    if (nta > 0) {
        int remaining = 100;
        for (Priority& p : out.priorities) {
            p.healthyLoad = std::min(remaining, p.health * 100 / nta);
            remaining -= p.healthyLoad;
        }
        for (Priority& p : out.priorities) {
            p.degradedLoad = std::min(remaining, p.degradedHealth * 100 / nta);
            remaining -= p.degradedLoad;
        }
        if (remaining > 0) {
            auto first = std::find_if(
                out.priorities.begin(), out.priorities.end(), [](const Priority& p) { return p.health > 0; });
            if (first != out.priorities.end()) {
                first->healthyLoad += remaining;
            } else {
                first = std::find_if(out.priorities.begin(), out.priorities.end(),
                    [](const Priority& p) { return p.degradedHealth > 0; });
                first->degradedLoad += remaining;
            }
        }
    } else {
        out.priorities.front().healthyLoad = 100;
    }

    // Panic: only when the total is short; a priority below the threshold uses all its hosts.
    if (nta < 100) {
        for (Priority& p : out.priorities) {
            const double percent = p.hosts > 0 ? 100.0 * (p.healthy + p.degraded) / p.hosts : 0.0;
            p.panic = percent < panicThreshold;
        }
    }
    out.totalPanic
        = std::all_of(out.priorities.begin(), out.priorities.end(), [](const Priority& p) { return p.panic; });
    if (out.totalPanic) {
        // Every priority in panic: traffic follows the host counts, over every host.
        int hosts = 0;
        for (const Priority& p : out.priorities)
            hosts += p.hosts;
        int remaining = 100;
        for (Priority& p : out.priorities) {
            p.healthyLoad = hosts > 0 ? 100 * p.hosts / hosts : 0;
            p.degradedLoad = 0;
            remaining -= p.healthyLoad;
        }
        auto first
            = std::find_if(out.priorities.begin(), out.priorities.end(), [](const Priority& p) { return p.hosts > 0; });
        (first != out.priorities.end() ? *first : out.priorities.front()).healthyLoad += remaining;
    }
    for (Priority& p : out.priorities)
        p.load = p.healthyLoad + p.degradedLoad;

    // Within a priority: localities by weight times availability, hosts evenly; in panic, all
    // hosts evenly whatever their locality, as Envoy then picks from every host of the level.
    out.localityShare.assign(input.localities.size(), 0.0);
    out.hostShare.resize(input.localities.size());
    for (size_t i = 0; i < input.localities.size(); ++i)
        out.hostShare[i].assign(input.localities[i].hosts.size(), 0.0);
    for (const Priority& p : out.priorities) {
        const auto inLevel = [&](const Locality& l) { return std::max(0, l.priority) == p.priority; };
        if (p.panic) {
            if (p.hosts == 0)
                continue;
            for (size_t i = 0; i < input.localities.size(); ++i) {
                if (!inLevel(input.localities[i]))
                    continue;
                for (double& s : out.hostShare[i])
                    s = double(p.load) / p.hosts;
            }
            continue;
        }
        const auto spread = [&](Health health, int load) {
            if (load <= 0)
                return;
            std::vector<double> weights(input.localities.size(), 0.0);
            double sum = 0;
            for (size_t i = 0; i < input.localities.size(); ++i) {
                const Locality& l = input.localities[i];
                if (!inLevel(l) || l.hosts.empty())
                    continue;
                const double availability = std::min(1.0, o / 100.0 * count(l.hosts, health) / double(l.hosts.size()));
                weights[i] = std::max(0, l.weight) * availability;
                sum += weights[i];
            }
            if (sum <= 0)
                return;
            for (size_t i = 0; i < input.localities.size(); ++i) {
                const int n = weights[i] > 0 ? count(input.localities[i].hosts, health) : 0;
                if (n == 0)
                    continue;
                const double localityLoad = load * weights[i] / sum;
                for (size_t h = 0; h < input.localities[i].hosts.size(); ++h) {
                    if (input.localities[i].hosts[h].health == health)
                        out.hostShare[i][h] += localityLoad / n;
                }
            }
        };
        spread(Health::Healthy, p.healthyLoad);
        spread(Health::Degraded, p.degradedLoad);
    }
    double placed = 0;
    for (size_t i = 0; i < input.localities.size(); ++i) {
        for (double s : out.hostShare[i])
            out.localityShare[i] += s;
        placed += out.localityShare[i];
    }
    // Nothing could take the requests (no host anywhere, or no healthy host with panic off).
    out.noHealthyUpstream = placed <= 0.0 || (nta == 0 && !out.totalPanic);
    return out;
}

} // namespace bw
