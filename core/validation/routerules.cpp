// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerules.h"

#include <QCoreApplication>

#include "envoybackendrules.h"
#include "schema/schemaregistry.h"
#include "structuralvalidator.h"
#include "validationcontext.h"
#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::RouteRules)
};
using Anchor = ValidationContext::Anchor;

// What the route's controller writes; Envoy Gateway's verdict is named as such.
QString unresolved(const QString& reason, bool envoyGateway = true)
{
    return envoyGateway
        ? Strings::tr("Envoy Gateway will reject this backendRef (ResolvedRefs False, %1): ").arg(reason)
        : Strings::tr("the controller will not resolve this backendRef (ResolvedRefs False, %1): ").arg(reason);
}

// The filter types, and the member each one must set.
const QList<std::pair<QString, QString>>& filterMembers()
{
    static const QList<std::pair<QString, QString>> members {
        { u"RequestHeaderModifier"_s, u"requestHeaderModifier"_s },
        { u"ResponseHeaderModifier"_s, u"responseHeaderModifier"_s },
        { u"RequestMirror"_s, u"requestMirror"_s },
        { u"RequestRedirect"_s, u"requestRedirect"_s },
        { u"URLRewrite"_s, u"urlRewrite"_s },
        { u"ExtensionRef"_s, u"extensionRef"_s },
        { u"CORS"_s, u"cors"_s },
        { u"ExternalAuth"_s, u"externalAuth"_s },
    };
    return members;
}

bool grantAllows(const ValidationContext& c, const QString& routeNamespace, const QString& group, const QString& kind,
    const QString& targetNamespace, const QString& name)
{
    const auto range = c.index.grantsByNamespace.equal_range(targetNamespace);
    for (auto it = range.first; it != range.second; ++it) {
        const YamlTree* t = c.workspace.treeOf(**it);
        if (!t)
            continue;
        const int spec = t->resolve(t->child(t->root, u"spec"));
        const int from = spec >= 0 ? t->resolve(t->child(spec, u"from")) : -1;
        const int to = spec >= 0 ? t->resolve(t->child(spec, u"to")) : -1;
        if (from < 0 || to < 0 || !t->node(from).isSequence() || !t->node(to).isSequence())
            continue;
        bool fromOk = false;
        for (int f : t->node(from).children) {
            f = t->resolve(f);
            if (t->scalarText(t->child(f, u"group")) == KindCatalog::gatewayApiGroup
                && t->scalarText(t->child(f, u"kind")) == c.resource.key.kind
                && t->scalarText(t->child(f, u"namespace")) == routeNamespace)
                fromOk = true;
        }
        if (!fromOk)
            continue;
        for (int e : t->node(to).children) {
            e = t->resolve(e);
            const QString toName = t->scalarText(t->child(e, u"name"));
            if (t->scalarText(t->child(e, u"group")) == group && t->scalarText(t->child(e, u"kind")) == kind
                && (toName.isEmpty() || toName == name))
                return true;
        }
    }
    return false;
}

QByteArray grantYaml(
    const ValidationContext& c, const QString& group, const QString& kind, const QString& ns, const QString& name)
{
    const QByteArray nl = c.document.lineEnding();
    QByteArray text;
    if (!c.document.text().isEmpty() && !c.document.text().endsWith('\n'))
        text += nl;
    const QString grantName = QString(u"allow-"_s + c.resource.key.namespace_ + u'-' + c.resource.key.kind.toLower()
        + u"s-to-"_s + kind.toLower() + u'-' + name)
                                  .left(253);
    const QStringList lines {
        u"---"_s,
        u"apiVersion: gateway.networking.k8s.io/v1beta1"_s,
        u"kind: ReferenceGrant"_s,
        u"metadata:"_s,
        u"  name: "_s + grantName,
        u"  namespace: "_s + ns,
        u"spec:"_s,
        u"  from:"_s,
        u"  - group: gateway.networking.k8s.io"_s,
        u"    kind: "_s + c.resource.key.kind,
        u"    namespace: "_s + c.resource.key.namespace_,
        u"  to:"_s,
        u"  - group: \""_s + group + u'"',
        u"    kind: "_s + kind,
        u"    name: "_s + name,
    };
    for (const QString& l : lines)
        text += l.toUtf8() + nl;
    return text;
}

// The first error the API server or Envoy Gateway would find in an Envoy Gateway Backend.
QString backendError(const ValidationContext& c, const Resource& backend, const YamlTree& tree)
{
    const Document* doc = c.workspace.document(backend.documentId);
    if (!doc)
        return {};
    std::vector<Diagnostic> found;
    ValidationContext inner(c.workspace, c.schemas, c.index, backend, *doc, tree, found);
    if (const KindSchema* schema = c.schemas.find(backend.key.group, backend.key.kind, backend.version))
        StructuralValidator::check(inner, *schema->root);
    EnvoyBackendRules::check(inner);
    for (const Diagnostic& d : found) {
        if (d.severity == Severity::Error)
            return d.message;
    }
    return {};
}
} // namespace

bool RouteRules::managedByEnvoyGateway(const Workspace& workspace, const Resource& route)
{
    // Only when every parent Gateway is known and none of their classes is Envoy Gateway's do
    // we judge by the plain Gateway API; otherwise Envoy Gateway's verdict is the one we give.
    const YamlTree* t = workspace.treeOf(route);
    const int parents = t ? t->resolve(t->find(FieldPath::parse(u"spec.parentRefs"_s).value())) : -1;
    if (parents < 0 || !(t->node(parents).isSequence() || t->node(parents).isMapping())
        || t->node(parents).children.empty())
        return true;
    for (const Reference* r : workspace.references().from(route.key)) {
        if (r->role != Reference::Role::ParentRef)
            continue;
        const Resource* gateway = workspace.findResource(r->to);
        const YamlTree* gt = gateway ? workspace.treeOf(*gateway) : nullptr;
        if (!gt)
            return true;
        const QString className = gt->stringAt(FieldPath::parse(u"spec.gatewayClassName"_s).value());
        const Resource* cls
            = workspace.findResource({ KindCatalog::gatewayApiGroup.toString(), u"GatewayClass"_s, {}, className });
        const YamlTree* ct = cls ? workspace.treeOf(*cls) : nullptr;
        if (!ct || ct->stringAt(FieldPath::parse(u"spec.controllerName"_s).value()) == envoyGatewayController)
            return true;
    }
    return false;
}

QString RouteRules::unsupportedKind(const QString& group, const QString& kind, bool envoyGateway)
{
    QStringList groups { QString(), KindCatalog::envoyGatewayGroup.toString(), u"multicluster.x-k8s.io"_s };
    QStringList kinds { u"Service"_s, u"ServiceImport"_s, u"Backend"_s };
    if (!envoyGateway) {
        groups.append(KindCatalog::gatewayApiExperimentalGroup.toString());
        kinds.append(u"XBackend"_s);
    }
    if (!groups.contains(group))
        return unresolved(u"InvalidKind"_s, envoyGateway)
            + Strings::tr("group %1 is not supported; only the core group (\"\"), %2 are")
                  .arg(u'"' + group + u'"', QStringList(groups.mid(1)).join(u", "_s));
    if (!kinds.contains(kind))
        return unresolved(u"InvalidKind"_s, envoyGateway)
            + Strings::tr("kind %1 is not supported; only %2 are").arg(kind, kinds.join(u", "_s));
    return {};
}

QString RouteRules::unsupportedBackend(
    const Workspace& workspace, const Resource& route, const QString& group, const QString& kind)
{
    return unsupportedKind(group, kind, managedByEnvoyGateway(workspace, route));
}

void RouteRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    const bool envoyGateway = managedByEnvoyGateway(c.workspace, c.resource);
    const int rules = c.at(spec, u"rules");
    for (qsizetype r = 0; r < c.count(rules); ++r) {
        const int rule = c.item(rules, r);
        if (rule < 0 || !c.tree.node(rule).isMapping())
            continue;
        const int refs = c.at(rule, u"backendRefs");
        const int filters = c.at(rule, u"filters");
        checkFilters(c, filters, false, envoyGateway);
        if (c.count(refs) > 0) {
            for (qsizetype f = 0; f < c.count(filters); ++f) {
                const int filter = c.item(filters, f);
                if (c.text(filter, u"type") == "RequestRedirect"_L1)
                    c.report(u"BW0515"_s, Severity::Error, filter, Anchor::Field,
                        Strings::tr("a RequestRedirect filter cannot be used in a rule that has backendRefs"));
            }
        }
        QList<Target> targets;
        bool allZero = c.count(refs) > 0;
        for (qsizetype i = 0; i < c.count(refs); ++i) {
            const int ref = c.item(refs, i);
            if (ref < 0 || !c.tree.node(ref).isMapping()) {
                targets.append(Target {});
                continue;
            }
            checkFilters(c, c.at(ref, u"filters"), true, envoyGateway);
            targets.append(checkRef(c, ref, false, envoyGateway));
            if (c.integer(ref, u"weight").value_or(1) != 0)
                allZero = false;
        }
        if (allZero)
            c.report(u"BW0508"_s, Severity::Warning, rule, Anchor::Field,
                Strings::tr("every backendRef of rule %1 has weight 0, so the rule sends no traffic: its requests "
                            "get HTTP 500")
                    .arg(r));
        // A DynamicResolver Backend must be the rule's only backend.
        if (c.count(refs) > 1) {
            for (qsizetype i = 0; i < targets.size(); ++i) {
                const Target& t = targets[i];
                if (t.envoyBackend
                    && t.tree->stringAt(FieldPath::parse(u"spec.type"_s).value()) == "DynamicResolver"_L1)
                    c.report(u"BW0511"_s, Severity::Error, c.item(refs, i), Anchor::Field,
                        unresolved(u"InvalidBackendRef"_s)
                            + Strings::tr("dynamic resolver is not supported for multiple backendRefs; rule %1 "
                                          "answers HTTP 500")
                                  .arg(r));
            }
        }
        checkFallback(c, rule, refs, targets);
    }
}

void RouteRules::checkFilters(ValidationContext& c, int filters, bool insideBackendRef, bool envoyGateway)
{
    for (qsizetype f = 0; f < c.count(filters); ++f) {
        const int filter = c.item(filters, f);
        if (filter < 0 || !c.tree.node(filter).isMapping())
            continue;
        const QString type = c.text(filter, u"type");
        // One problem per filter: the member its type names must be set, and no other.
        QString expectedMember;
        QStringList extra;
        for (const auto& [filterType, member] : filterMembers()) {
            if (filterType == type)
                expectedMember = member;
            else if (c.has(filter, member))
                extra.append(member);
        }
        if (!expectedMember.isEmpty() && !c.has(filter, expectedMember))
            c.report(u"BW0516"_s, Severity::Error, filter, Anchor::Field,
                extra.isEmpty()
                    ? Strings::tr("a %1 filter must set %2").arg(type, expectedMember)
                    : Strings::tr("a %1 filter must set %2, not %3").arg(type, expectedMember, extra.join(u", "_s)));
        else if (!extra.isEmpty())
            c.report(u"BW0516"_s, Severity::Error, filter, Anchor::Field,
                Strings::tr("a %1 filter must not set %2").arg(type, extra.join(u", "_s)));
        if (insideBackendRef && envoyGateway) {
            const bool supported = type == "RequestHeaderModifier"_L1 || type == "ResponseHeaderModifier"_L1
                || type == "ExtensionRef"_L1
                || (type == "URLRewrite"_L1 && !c.has(c.at(filter, u"urlRewrite"), u"path"));
            if (!supported)
                c.report(u"BW0518"_s, Severity::Error, filter, Anchor::Field,
                    unresolved(u"UnsupportedRefValue"_s)
                        + (type == "URLRewrite"_L1
                                ? Strings::tr("URLRewrite path modifier is not supported within a backendRef")
                                : Strings::tr("a %1 filter is not supported within a backendRef").arg(type)));
        }
        if (type == "RequestMirror"_L1) {
            const int mirror = c.at(filter, u"requestMirror");
            if (mirror < 0)
                continue;
            const int fraction = c.at(mirror, u"fraction");
            if (c.has(mirror, u"percent") && fraction >= 0)
                c.report(u"BW0517"_s, Severity::Error, mirror, Anchor::Field,
                    Strings::tr("only one of percent or fraction may be set in a RequestMirror filter"));
            if (fraction >= 0) {
                const auto numerator = c.integer(fraction, u"numerator");
                const qint64 denominator = c.integer(fraction, u"denominator").value_or(100);
                if (numerator && *numerator > denominator)
                    c.report(u"BW0517"_s, Severity::Error, fraction, Anchor::Field,
                        Strings::tr("fraction numerator %1 must not exceed the denominator %2")
                            .arg(*numerator)
                            .arg(denominator));
            }
            if (const int ref = c.at(mirror, u"backendRef"); ref >= 0 && c.tree.node(ref).isMapping())
                checkRef(c, ref, true, envoyGateway);
        }
    }
}

RouteRules::Target RouteRules::checkRef(ValidationContext& c, int ref, bool mirror, bool envoyGateway)
{
    const Anchor anchor = Anchor::Field;
    const QString group = c.text(ref, u"group");
    const QString kind = c.has(ref, u"kind") ? c.text(ref, u"kind") : u"Service"_s;
    const QString name = c.text(ref, u"name");
    const QString routeNs = c.resource.key.namespace_;
    const QString ns = c.has(ref, u"namespace") ? c.text(ref, u"namespace") : routeNs;
    const QString what = mirror ? Strings::tr("RequestMirror backendRef") : Strings::tr("backendRef");
    if (name.isEmpty())
        return {}; // the schema reports the missing name

    if (const QString why = unsupportedKind(group, kind, envoyGateway); !why.isEmpty()) {
        // BW0501 for the group, BW0502 for a kind of a group the controller knows.
        const bool groupKnown = unsupportedKind(group, u"Service"_s, envoyGateway).isEmpty();
        c.report(groupKnown ? u"BW0502"_s : u"BW0501"_s, Severity::Error, ref, anchor, why);
        return {};
    }
    // Envoy Gateway looks an empty-group Backend up as its own Backend kind.
    const QString lookupGroup
        = kind == "Backend"_L1 && group.isEmpty() ? KindCatalog::envoyGatewayGroup.toString() : group;
    if (ns != routeNs && !grantAllows(c, routeNs, group, kind, ns, name)) {
        Diagnostic& d = c.report(u"BW0503"_s, Severity::Error, ref, anchor,
            unresolved(u"RefNotPermitted"_s, envoyGateway)
                + Strings::tr("%1 to %2 %3/%4 is not permitted by any ReferenceGrant in namespace %3")
                      .arg(what, kind, ns, name));
        d.fix = DocumentEdit { c.document.text().size(), 0, grantYaml(c, group, kind, ns, name) };
        return {};
    }
    const auto port = c.integer(ref, u"port");
    if (group.isEmpty() && kind == "Service"_L1 && !port) {
        c.report(u"BW0504"_s, Severity::Error, ref, anchor,
            Strings::tr("%1 to Service %2 must set port (a Service reference needs a port number)").arg(what, name));
        return {};
    }
    if (kind == "Backend"_L1 && group.isEmpty())
        c.report(u"BW0509"_s, Severity::Warning, ref, anchor,
            Strings::tr("kind Backend with the core group (\"\") is looked up as an Envoy Gateway Backend; write "
                        "group: gateway.envoyproxy.io"));
    if (kind == "ServiceImport"_L1)
        return {}; // lives in another cluster's export; nothing here to check
    const ResourceKey key { lookupGroup, kind, ns, name };
    const Resource* target = c.workspace.findResource(key);
    const YamlTree* tree = target ? c.workspace.treeOf(*target) : nullptr;
    if (!target || !tree) {
        c.report(u"BW0505"_s, Severity::Error, ref, anchor,
            unresolved(u"BackendNotFound"_s, envoyGateway)
                + Strings::tr("%1 %2/%3 not found in the workspace").arg(kind, ns, name));
        return {};
    }
    Target result { target, tree, lookupGroup == KindCatalog::envoyGatewayGroup && kind == "Backend"_L1 };
    if (kind == "Service"_L1) {
        if (tree->stringAt(FieldPath::parse(u"spec.type"_s).value()) == "ExternalName"_L1) {
            c.report(u"BW0506"_s, Severity::Warning, ref, anchor,
                Strings::tr("Service %1/%2 is of type ExternalName, which gateways should not follow (CVE-2021-25740; "
                            "Envoy Gateway refuses it); use a Backend with an FQDN endpoint instead")
                    .arg(ns, name));
            return result;
        }
        const int ports = tree->find(FieldPath::parse(u"spec.ports"_s).value());
        if (port && ports >= 0 && tree->node(tree->resolve(ports)).isSequence()) {
            bool found = false;
            for (int p : tree->node(tree->resolve(ports)).children) {
                p = tree->resolve(p);
                const QString protocol = tree->scalarText(tree->child(p, u"protocol"));
                if (tree->scalarText(tree->child(p, u"port")) == QString::number(*port)
                    && (protocol.isEmpty() || protocol == "TCP"_L1))
                    found = true;
            }
            if (!found)
                c.report(u"BW0507"_s, Severity::Error, ref, anchor,
                    unresolved(u"PortNotFound"_s, envoyGateway)
                        + Strings::tr("TCP port %1 not found on Service %2/%3").arg(*port).arg(ns, name));
        }
        return result;
    }
    if (result.envoyBackend && envoyGateway) {
        const int endpoints = tree->find(FieldPath::parse(u"spec.endpoints"_s).value());
        bool unix = false;
        if (endpoints >= 0 && tree->node(tree->resolve(endpoints)).isSequence()) {
            for (int e : tree->node(tree->resolve(endpoints)).children)
                unix = unix || tree->child(tree->resolve(e), u"unix") >= 0;
        }
        if (unix) {
            c.report(u"BW0510"_s, Severity::Error, ref, anchor,
                unresolved(u"UnsupportedAddressType"_s)
                    + Strings::tr("Backend %1/%2 has a unix domain socket endpoint, which is not supported behind a "
                                  "route")
                          .arg(ns, name));
            return result;
        }
        const QString error = backendError(c, *target, *tree);
        if (!error.isEmpty())
            c.report(u"BW0512"_s, Severity::Error, ref, anchor,
                unresolved(u"InvalidBackendRef"_s) + Strings::tr("Backend %1/%2 is invalid: %3").arg(ns, name, error));
    }
    return result;
}

void RouteRules::checkFallback(ValidationContext& c, int rule, int refs, const QList<Target>& targets)
{
    qsizetype fallbacks = 0;
    qsizetype resolved = 0;
    int firstFallback = -1;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!targets[i].resource)
            continue;
        ++resolved;
        if (targets[i].envoyBackend
            && targets[i].tree->scalarKind(targets[i].tree->find(FieldPath::parse(u"spec.fallback"_s).value()))
                == YamlTree::ScalarKind::Bool
            && targets[i].tree->stringAt(FieldPath::parse(u"spec.fallback"_s).value()).toLower() == "true"_L1) {
            ++fallbacks;
            if (firstFallback < 0)
                firstFallback = c.item(refs, i);
        }
    }
    if (fallbacks == 0)
        return;
    if (fallbacks == resolved && fallbacks == targets.size())
        c.report(u"BW0513"_s, Severity::Warning, rule, Anchor::Field,
            Strings::tr("every backend of this rule is a fallback Backend; with no primary, the fallback is simply "
                        "the only backend"));
    // Failover needs a health check that can mark primary endpoints unhealthy.
    QList<ResourceKey> holders { c.resource.key };
    for (const Reference* r : c.workspace.references().from(c.resource.key)) {
        if (r->role == Reference::Role::ParentRef)
            holders.append(r->to);
    }
    bool canFailOver = false;
    for (const ResourceKey& holder : holders) {
        for (const Reference* r : c.workspace.references().to(holder)) {
            if (r->role != Reference::Role::PolicyTarget || r->from.kind != "BackendTrafficPolicy"_L1)
                continue;
            const Resource* policy = c.workspace.findResource(r->from);
            const YamlTree* t = policy ? c.workspace.treeOf(*policy) : nullptr;
            if (!t)
                continue;
            if (t->find(FieldPath::parse(u"spec.healthCheck.active"_s).value()) >= 0)
                canFailOver = true;
            const int passive = t->find(FieldPath::parse(u"spec.healthCheck.passive"_s).value());
            if (passive >= 0
                && t->stringAt(FieldPath::parse(u"maxEjectionPercent"_s).value(), {}, t->resolve(passive)).toInt()
                    >= 100)
                canFailOver = true;
        }
    }
    if (!canFailOver)
        c.report(u"BW0514"_s, Severity::Warning, firstFallback, Anchor::Field,
            Strings::tr("this rule has a fallback Backend but no BackendTrafficPolicy gives the route an active health "
                        "check (or passive checks with maxEjectionPercent 100): primary endpoints are never marked "
                        "unhealthy, so failover never happens"));
}

} // namespace bw
