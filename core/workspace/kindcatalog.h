// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace bw {

// The kinds the workbench understands, and whether each is namespaced. Offline we cannot ask
// a cluster's discovery, so unknown kinds are assumed namespaced, as most CRDs are.
class KindCatalog
{
public:
    enum class Role { Backend, Route, Gateway, Policy, Grant, CoreObject, Other };
    struct KindInfo
    {
        bool known = false;
        bool namespaced = true;
        Role role = Role::Other;
    };

    static KindInfo lookup(QStringView group, QStringView kind);
    // "gateway.envoyproxy.io/v1alpha1" -> group "gateway.envoyproxy.io", version "v1alpha1";
    // "v1" -> group "", version "v1".
    static void splitApiVersion(QStringView apiVersion, QString* group, QString* version);

    static constexpr QStringView envoyGatewayGroup = u"gateway.envoyproxy.io";
    static constexpr QStringView gatewayApiGroup = u"gateway.networking.k8s.io";
    static constexpr QStringView gatewayApiExperimentalGroup = u"gateway.networking.x-k8s.io";
    static constexpr QStringView apoxyCoreGroup = u"core.apoxy.dev";
    static constexpr QStringView apoxyGatewayGroup = u"gateway.apoxy.dev";
};

} // namespace bw
