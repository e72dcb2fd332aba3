// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "document/fieldpath.h"
#include "resource.h"

namespace bw {

// A reference from one resource's field to another object, with the defaults of the API
// already applied (a backendRef with no kind is a Service in the route's namespace).
struct Reference
{
    enum class Role {
        BackendRef, // route rule -> backend
        MirrorBackendRef, // RequestMirror filter -> backend
        ParentRef, // route -> Gateway
        PolicyTarget, // policy -> what it applies to
        CaCertificate, // TLS settings -> CA ConfigMap/Secret
        ClientCertificate, // TLS settings -> client certificate Secret
        ListenerCertificate, // Gateway listener -> certificate Secret
    };

    ResourceKey from;
    Role role = Role::BackendRef;
    FieldPath field; // of the reference object, e.g. spec.rules[0].backendRefs[1]
    SourceRange range;
    ResourceKey to;
    std::optional<int> port;
    std::optional<int> weight;
    QString sectionName;
    int ruleIndex = -1; // for route references

    [[nodiscard]] bool crossNamespace() const { return !from.namespace_.isEmpty() && from.namespace_ != to.namespace_; }
};

} // namespace bw
