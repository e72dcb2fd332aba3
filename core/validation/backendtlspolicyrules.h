// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

class ValidationContext;

// BackendTLSPolicy: its CEL rules, what a controller writes for unresolvable targets and
// CA refs, and conflicts between policies for one target.
class BackendTlsPolicyRules
{
public:
    static void check(ValidationContext& context);
    // The `validation` block, shared with XBackend's tls.validation.
    static void checkValidation(ValidationContext& context, int validation);
};

} // namespace bw
