// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesimulation.h"

#include <QVariantMap>

#include <map>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString keyText(const ResourceKey& k)
{
    return k.namespace_.isEmpty() ? k.name : k.namespace_ + u'/' + k.name;
}

QVariant specOf(const Workspace& ws, const Resource& r)
{
    const YamlTree* t = ws.treeOf(r);
    return t && !t->isEmpty() ? t->toVariant(t->root).toMap().value(u"spec"_s) : QVariant();
}

QString hostPort(const QString& host, const QVariant& port)
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + port.toString();
}

bool isRouteKind(const ResourceKey& k)
{
    return k.kind.endsWith(u"Route"_s)
        && (k.group == u"gateway.networking.k8s.io"_s || k.group == u"gateway.apoxy.dev"_s);
}

// The endpoints the data plane balances over for one backendRef.
void fillEndpoints(const Workspace& ws, RuleSimulation::Backend& b)
{
    const Resource* r = ws.findResource(b.key);
    if (!r) {
        b.missing = true;
        return;
    }
    const QVariant spec = specOf(ws, *r);
    const QVariantMap m = spec.toMap();
    const QString port = b.port ? QString::number(*b.port) : QString();
    if (b.key.kind == u"Backend"_s && b.key.group == u"gateway.envoyproxy.io"_s) {
        b.fallback = m.value(u"fallback"_s).toBool();
        for (const QVariant& e : m.value(u"endpoints"_s).toList()) {
            const QVariantMap ep = e.toMap();
            if (ep.contains(u"fqdn"_s))
                b.endpoints.append(hostPort(ep.value(u"fqdn"_s).toMap().value(u"hostname"_s).toString(),
                    ep.value(u"fqdn"_s).toMap().value(u"port"_s)));
            else if (ep.contains(u"ip"_s))
                b.endpoints.append(hostPort(ep.value(u"ip"_s).toMap().value(u"address"_s).toString(),
                    ep.value(u"ip"_s).toMap().value(u"port"_s)));
            else if (ep.contains(u"unix"_s))
                b.endpoints.append(u"unix:"_s + ep.value(u"unix"_s).toMap().value(u"path"_s).toString());
        }
    } else if (b.key.kind == u"Backend"_s && b.key.group == u"core.apoxy.dev"_s) {
        for (const QVariant& e : m.value(u"endpoints"_s).toList()) {
            const QVariantMap ep = e.toMap();
            const QString host = ep.value(ep.contains(u"fqdn"_s) ? u"fqdn"_s : u"ip"_s).toString();
            b.endpoints.append(hostPort(host, port));
        }
    } else if (b.key.kind == u"XBackend"_s) {
        b.endpoints.append(hostPort(m.value(u"externalHostname"_s).toMap().value(u"hostname"_s).toString(),
            m.value(u"port"_s).toMap().value(u"port"_s)));
    } else if (b.key.kind == u"Service"_s && b.key.group.isEmpty()) {
        // The pods behind a Service are not in the files: the Service stands for one host.
        b.endpoints.append(hostPort(b.key.name + u'.' + b.key.namespace_ + u".svc"_s, port));
    } else {
        b.endpoints.append(keyText(b.key));
    }
}

// The BackendTrafficPolicy that applies to a route: one targeting the route wins over one
// targeting its Gateway, as Envoy Gateway merges them.
const Resource* trafficPolicyFor(const Workspace& ws, const ResourceKey& route)
{
    const auto targeting = [&](const ResourceKey& target) -> const Resource* {
        std::map<QString, const Resource*> byName;
        for (const Reference* r : ws.references().to(target)) {
            if (r->role == Reference::Role::PolicyTarget && r->from.kind == u"BackendTrafficPolicy"_s)
                if (const Resource* p = ws.findResource(r->from))
                    byName.emplace(keyText(r->from), p);
        }
        return byName.empty() ? nullptr : byName.begin()->second;
    };
    if (const Resource* p = targeting(route))
        return p;
    for (const Reference* r : ws.references().from(route)) {
        if (r->role == Reference::Role::ParentRef)
            if (const Resource* p = targeting(r->to))
                return p;
    }
    return nullptr;
}

} // namespace

QString RuleSimulation::Backend::name() const
{
    return keyText(key);
}

QString RuleSimulation::routeText() const
{
    return keyText(route);
}

FailoverSimulator::Input RuleSimulation::input(const HealthOf& health) const
{
    FailoverSimulator::Input in;
    in.panicThreshold = this->health.panicThreshold;
    for (size_t b = 0; b < backends.size(); ++b) {
        FailoverSimulator::Locality l;
        l.name = backends[b].name();
        l.priority = backends[b].fallback ? 1 : 0;
        l.weight = backends[b].weight;
        for (qsizetype e = 0; e < backends[b].endpoints.size(); ++e) {
            FailoverSimulator::Host h;
            h.address = backends[b].endpoints[e];
            h.health = health ? health(int(b), int(e)) : FailoverSimulator::HostHealth::Healthy;
            l.hosts.push_back(h);
        }
        in.localities.push_back(std::move(l));
    }
    return in;
}

double RuleSimulation::failingShare(const FailoverSimulator::Result& result, const HealthOf& health) const
{
    if (result.noHealthyUpstream)
        return 100.0;
    double failing = 0;
    for (size_t b = 0; b < backends.size() && b < result.localityShare.size(); ++b) {
        if (backends[b].missing) {
            failing += result.localityShare[b];
            continue;
        }
        if (!health || b >= result.hostShare.size())
            continue;
        for (size_t e = 0; e < result.hostShare[b].size(); ++e) {
            if (health(int(b), int(e)) == FailoverSimulator::HostHealth::Unhealthy)
                failing += result.hostShare[b][e];
        }
    }
    return std::min(100.0, failing);
}

std::vector<RuleSimulation> RuleSimulation::plan(const Workspace& ws, const QSet<ResourceKey>& routes)
{
    std::vector<RuleSimulation> out;
    for (const Resource* r : ws.allResources()) {
        if (!isRouteKind(r->key) || (!routes.isEmpty() && !routes.contains(r->key)) || ws.findResource(r->key) != r)
            continue;
        std::map<int, RuleSimulation> rules;
        for (const Reference* ref : ws.references().from(r->key)) {
            if (ref->role != Reference::Role::BackendRef || ref->ruleIndex < 0)
                continue;
            RuleSimulation& rule = rules[ref->ruleIndex];
            rule.route = r->key;
            rule.rule = ref->ruleIndex;
            Backend b;
            b.key = ref->to;
            b.weight = ref->weight.value_or(1);
            b.port = ref->port;
            b.refField = ref->field.toString();
            fillEndpoints(ws, b);
            rule.backends.push_back(std::move(b));
        }
        if (rules.empty())
            continue;
        HealthCheckPolicy health;
        QStringList problems;
        if (const Resource* policy = trafficPolicyFor(ws, r->key)) {
            health = HealthCheckPolicy::fromHealthCheck(specOf(ws, *policy).toMap().value(u"healthCheck"_s), &problems);
            health.source = u"BackendTrafficPolicy "_s + keyText(policy->key);
        }
        for (auto& [index, rule] : rules) {
            rule.health = health;
            rule.problems = problems;
            out.push_back(std::move(rule));
        }
    }
    return out;
}

} // namespace bw
