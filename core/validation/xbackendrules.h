// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

class ValidationContext;

// Gateway API's experimental XBackend: the CRD's CEL rules and the spec's SHOULDs.
class XBackendRules
{
public:
    static void check(ValidationContext& context);
};

} // namespace bw
