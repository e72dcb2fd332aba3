// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "failoverscenario.h"
#include "rulesimulation.h"
#include "scenariotimeline.h"

namespace bw {

// Plays a FailoverScenario against one route rule, deterministically and to the millisecond:
// the scenario's events set what each endpoint really does; active checks (ActiveHealthChecker,
// one per endpoint) probe it; requests arrive evenly at requestRate and go to endpoints by the
// current shares, and their answers feed outlier detection (OutlierDetector, one per cluster);
// an endpoint counts as healthy unless its active check failed it or it is ejected; and at
// every `step` FailoverSimulator says where requests go.
//
// At the same millisecond, things happen in this order: the scenario's events, active
// checks, answers to requests, the outlier sweep, new requests, the sample — so a sample
// shows everything up to and including its time.
class ScenarioRunner
{
public:
    // Envoy's default route timeout (Envoy Gateway sets none unless a BackendTrafficPolicy's
    // timeout does): a slower answer becomes Envoy's own 504.
    static constexpr qint64 kRouteTimeoutMs = 15000;

    [[nodiscard]] static ScenarioTimeline run(const RuleSimulation& rule, const FailoverScenario& scenario);
};

} // namespace bw
