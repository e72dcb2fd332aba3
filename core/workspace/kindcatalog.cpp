// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindcatalog.h"

namespace bw {

namespace {
struct Entry
{
    QStringView group;
    QStringView kind;
    bool namespaced;
    KindCatalog::Role role;
};

using R = KindCatalog::Role;
constexpr Entry kEntries[] = {
    { u"", u"Service", true, R::CoreObject },
    { u"", u"Secret", true, R::CoreObject },
    { u"", u"ConfigMap", true, R::CoreObject },
    { u"", u"Endpoints", true, R::CoreObject },
    { u"", u"Namespace", false, R::CoreObject },
    { u"gateway.networking.k8s.io", u"GatewayClass", false, R::Gateway },
    { u"gateway.networking.k8s.io", u"Gateway", true, R::Gateway },
    { u"gateway.networking.k8s.io", u"HTTPRoute", true, R::Route },
    { u"gateway.networking.k8s.io", u"GRPCRoute", true, R::Route },
    { u"gateway.networking.k8s.io", u"TLSRoute", true, R::Route },
    { u"gateway.networking.k8s.io", u"TCPRoute", true, R::Route },
    { u"gateway.networking.k8s.io", u"UDPRoute", true, R::Route },
    { u"gateway.networking.k8s.io", u"ReferenceGrant", true, R::Grant },
    { u"gateway.networking.k8s.io", u"BackendTLSPolicy", true, R::Policy },
    { u"gateway.envoyproxy.io", u"Backend", true, R::Backend },
    { u"gateway.envoyproxy.io", u"BackendTrafficPolicy", true, R::Policy },
    { u"gateway.envoyproxy.io", u"ClientTrafficPolicy", true, R::Policy },
    { u"gateway.envoyproxy.io", u"SecurityPolicy", true, R::Policy },
    { u"gateway.envoyproxy.io", u"EnvoyExtensionPolicy", true, R::Policy },
    { u"gateway.envoyproxy.io", u"EnvoyProxy", true, R::Other },
    { u"gateway.networking.x-k8s.io", u"XBackend", true, R::Backend },
    { u"gateway.networking.x-k8s.io", u"XListenerSet", true, R::Gateway },
    { u"gateway.networking.x-k8s.io", u"XBackendTrafficPolicy", true, R::Policy },
    // Apoxy serves its objects from its own API server, without namespaces.
    { u"core.apoxy.dev", u"Backend", false, R::Backend },
    { u"gateway.apoxy.dev", u"HTTPRoute", false, R::Route },
    { u"gateway.apoxy.dev", u"GRPCRoute", false, R::Route },
    { u"gateway.apoxy.dev", u"Gateway", false, R::Gateway },
    { u"apiextensions.k8s.io", u"CustomResourceDefinition", false, R::Other },
};
} // namespace

KindCatalog::KindInfo KindCatalog::lookup(QStringView group, QStringView kind)
{
    for (const Entry& e : kEntries) {
        if (e.group == group && e.kind == kind)
            return { true, e.namespaced, e.role };
    }
    return {};
}

void KindCatalog::splitApiVersion(QStringView apiVersion, QString* group, QString* version)
{
    const qsizetype slash = apiVersion.lastIndexOf(u'/');
    if (group)
        *group = slash < 0 ? QString() : apiVersion.left(slash).toString();
    if (version)
        *version = apiVersion.mid(slash + 1).toString();
}

} // namespace bw
