// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

class ValidationContext;

// Envoy Gateway's BackendTrafficPolicy: targeting and the health-check CEL rules that
// decide whether failover can ever trigger.
class TrafficPolicyRules
{
public:
    static void check(ValidationContext& context);
};

} // namespace bw
