// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bw {

class ValidationContext;

// CA certificate references (Backend tls, BackendTLSPolicy and XBackend validation): each
// must name a ConfigMap or Secret in the same namespace that holds a `ca.crt` key.
class CertificateRefCheck
{
public:
    struct Codes
    {
        QString badKind;
        QString unresolved;
        bool envoyGatewayRejects = false; // prefix the message with "Envoy Gateway will reject"
    };
    static void check(ValidationContext& context, int refs, const Codes& codes);
    // True when the CA data the refs name is present and complete.
    static bool resolves(ValidationContext& context, int refs);
};

} // namespace bw
