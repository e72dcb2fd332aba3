// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

class ValidationContext;

// Envoy Gateway's Backend: the CRD's CEL rules (errors the API server returns) and the
// translator's checks (the object is stored, then marked not accepted).
class EnvoyBackendRules
{
public:
    static void check(ValidationContext& context);

private:
    static void checkEndpoints(ValidationContext& context, int spec);
    static void checkTls(ValidationContext& context, int spec);
    static void checkHostname(ValidationContext& context, int node);
};

} // namespace bw
