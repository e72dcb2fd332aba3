// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

class ValidationContext;

// Apoxy's Backend (core.apoxy.dev): what its API server validates, and the documented
// floors of the DNS cache that Envoy itself enforces.
class ApoxyBackendRules
{
public:
    static void check(ValidationContext& context);
};

} // namespace bw
