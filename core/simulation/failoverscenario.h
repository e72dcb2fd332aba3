// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace bw {

struct RuleSimulation;

// What happens to a route rule's endpoints over time, read from a small YAML file:
//
//     route: shop/storefront        # optional: which route (and rule) the events are about
//     rule: 1
//     duration: 120s                # how long to simulate (Go durations, or plain seconds)
//     step: 1s                      # how often to sample
//     requestRate: 100              # requests per second, what passive health checks see
//     events:
//       - {at: 10s, endpoint: shop/checkout-primary#0, event: down}
//       - {at: 30s, endpoint: shop/checkout-primary, event: errors, rate: 0.5, status: 503}
//       - {at: 50s, endpoint: shop/checkout-primary#1, event: latency, latency: 2s}
//       - {at: 70s, endpoint: shop/checkout-primary, event: up}
//
// `endpoint` is NAMESPACE/NAME (or NAME) of a backendRef, with `#INDEX` for one endpoint (in
// spec order) or without for all of them. Events: `down` (connections are refused), `up` (back
// to fully healthy, no errors or latency), `errors` (a fraction `rate` of answers carry
// `status`, default 1.0 and 503; rate 0 ends it), `latency` (answers take `latency`; 0 ends it).
// `probes: false` on errors or latency keeps them away from active health check probes, as
// when only the application and not its health endpoint fails.
struct FailoverScenario
{
    struct Event
    {
        enum class Kind { Down, Up, Errors, Latency };
        qint64 atMs = 0;
        QString backend; // as written: "NAMESPACE/NAME" or "NAME"
        std::optional<int> endpoint; // none: every endpoint of the backend
        Kind kind = Kind::Down;
        double rate = 1.0; // errors
        int status = 503; // errors
        qint64 latencyMs = 0; // latency
        bool probes = true; // errors and latency: active probes see them too
        int index = 0; // position in `events`
        int line = 0; // 1-based line of the event in the file, 0 if unknown
        [[nodiscard]] QString where() const; // "events[2] (line 14)"
        [[nodiscard]] QString endpointText() const; // "shop/checkout-primary#0"
    };

    QString fileName;
    QString route; // "NAMESPACE/NAME" or "NAME"; empty: whichever rule the events fit
    std::optional<int> rule;
    qint64 durationMs = 120000;
    qint64 stepMs = 1000;
    double requestRate = 100;
    std::vector<Event> events; // in time order (file order for the same time)

    // Reads a scenario. On failure returns nullopt and sets `error` to one line per problem,
    // "FILE:LINE:COLUMN: MESSAGE", naming the event and field.
    static std::optional<FailoverScenario> parse(const QByteArray& yaml, const QString& fileName, QString* error);

    // The rule of `rules` (RuleSimulation::plan) the scenario is about: the one `route` and
    // `rule` name, or else the only one whose backends include every backend the events name
    // (preferring rules with a fallback Backend). nullptr and `error` when none or several fit.
    [[nodiscard]] const RuleSimulation* selectRule(const std::vector<RuleSimulation>& rules, QString* error) const;
};

} // namespace bw
