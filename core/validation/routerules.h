// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bw {

class ValidationContext;
class Workspace;
struct Resource;
class YamlTree;

// Routes: filter CEL rules, and for every backendRef and RequestMirror backendRef what the
// controller would write in ResolvedRefs, checked in Envoy Gateway's order (group, kind,
// grant, port, existence, the backend itself); and fallback rules that cannot fail over.
class RouteRules
{
public:
    static void check(ValidationContext& context);

    // The name Envoy Gateway's GatewayClass controller registers.
    static constexpr QStringView envoyGatewayController = u"gateway.envoyproxy.io/gatewayclass-controller";

    // Whether Envoy Gateway's verdict is the one to give for `route` (it is unless every parent
    // Gateway is known and none of their classes is Envoy Gateway's).
    [[nodiscard]] static bool managedByEnvoyGateway(const Workspace& workspace, const Resource& route);
    // Why the route's controller cannot use a backendRef of `group` and `kind` (ResolvedRefs
    // False, InvalidKind: BW0501, BW0502); empty when it can.
    [[nodiscard]] static QString unsupportedBackend(
        const Workspace& workspace, const Resource& route, const QString& group, const QString& kind);

private:
    struct Target
    {
        const Resource* resource = nullptr;
        const YamlTree* tree = nullptr;
        bool envoyBackend = false;
    };
    static Target checkRef(ValidationContext& context, int ref, bool mirror, bool envoyGateway);
    static void checkFilters(ValidationContext& context, int filters, bool insideBackendRef, bool envoyGateway);
    static QString unsupportedKind(const QString& group, const QString& kind, bool envoyGateway);
    static void checkFallback(ValidationContext& context, int rule, int refs, const QList<Target>& targets);
};

} // namespace bw
