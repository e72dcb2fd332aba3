// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologygraph.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::TopologyGraph)
};

bool isBackendKind(const QString& group, const QString& kind)
{
    return (group == KindCatalog::envoyGatewayGroup && kind == u"Backend"_s)
        || (group == KindCatalog::gatewayApiExperimentalGroup && kind == u"XBackend"_s)
        || (group == KindCatalog::apoxyCoreGroup && kind == u"Backend"_s) || (group.isEmpty() && kind == u"Service"_s);
}

QString endpointLabel(const YamlTree& t, int ep)
{
    const auto text = [&](QStringView path) { return t.stringAt(FieldPath::parse(path.toString()).value(), {}, ep); };
    if (const QString h = text(u"fqdn.hostname"); !h.isEmpty())
        return h + u':' + text(u"fqdn.port");
    if (const QString a = text(u"ip.address"); !a.isEmpty())
        return (a.contains(u':') ? u'[' + a + u']' : a) + u':' + text(u"ip.port");
    if (const QString p = text(u"unix.path"); !p.isEmpty())
        return u"unix:"_s + p;
    if (const QString f = t.scalarText(t.resolve(t.child(ep, u"fqdn"))); !f.isEmpty())
        return f; // Apoxy: fqdn is a string
    if (const QString i = t.scalarText(t.resolve(t.child(ep, u"ip"))); !i.isEmpty())
        return i;
    return Strings::tr("(incomplete)");
}

// Counts inversions (crossings) of edges given as (upper order, lower order) pairs.
long long inversions(std::vector<std::pair<int, int>>& e)
{
    std::sort(e.begin(), e.end());
    std::vector<int> lower;
    lower.reserve(e.size());
    for (const auto& p : e)
        lower.push_back(p.second);
    long long count = 0;
    std::vector<int> tmp(lower.size());
    // Bottom-up merge sort counting pairs out of order.
    for (size_t width = 1; width < lower.size(); width *= 2) {
        for (size_t lo = 0; lo < lower.size(); lo += 2 * width) {
            const size_t mid = std::min(lo + width, lower.size());
            const size_t hi = std::min(lo + 2 * width, lower.size());
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (lower[j] < lower[i]) {
                    count += static_cast<long long>(mid - i);
                    tmp[k++] = lower[j++];
                } else {
                    tmp[k++] = lower[i++];
                }
            }
            while (i < mid)
                tmp[k++] = lower[i++];
            while (j < hi)
                tmp[k++] = lower[j++];
        }
        lower.swap(tmp);
    }
    return count;
}
} // namespace

QString TopologyGraph::idOf(const QString& kind, const QString& ns, const QString& name)
{
    return kind + u'/' + ns + u'/' + name;
}

QString TopologyGraph::nodeTypeName(NodeType t)
{
    switch (t) {
    case NodeType::Gateway:
        return u"gateway"_s;
    case NodeType::Route:
        return u"route"_s;
    case NodeType::Rule:
        return u"rule"_s;
    case NodeType::Backend:
        return u"backend"_s;
    case NodeType::Endpoint:
        return u"endpoint"_s;
    case NodeType::Policy:
        return u"policy"_s;
    }
    return {};
}

QString TopologyGraph::edgeTypeName(EdgeType t)
{
    switch (t) {
    case EdgeType::Parent:
        return u"parent"_s;
    case EdgeType::Rule:
        return u"rule"_s;
    case EdgeType::Backend:
        return u"backend"_s;
    case EdgeType::Mirror:
        return u"mirror"_s;
    case EdgeType::Endpoint:
        return u"endpoint"_s;
    case EdgeType::Policy:
        return u"policy"_s;
    }
    return {};
}

const TopologyGraph::Node* TopologyGraph::node(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_nodes[*it];
}

TopologyGraph::Node& TopologyGraph::addNode(Node n)
{
    if (const auto it = m_index.constFind(n.id); it != m_index.cend())
        return m_nodes[*it];
    m_index.insert(n.id, m_nodes.size());
    m_nodes.push_back(std::move(n));
    return m_nodes.back();
}

void TopologyGraph::addEdge(Edge e)
{
    m_edges.push_back(std::move(e));
}

bool TopologyGraph::sameShape(const TopologyGraph& other) const
{
    if (m_nodes.size() != other.m_nodes.size() || m_edges.size() != other.m_edges.size())
        return false;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id != other.m_nodes[i].id || m_nodes[i].layer != other.m_nodes[i].layer)
            return false;
    }
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const Edge& a = m_edges[i];
        const Edge& b = other.m_edges[i];
        if (a.type != b.type || a.from != b.from || a.to != b.to)
            return false;
    }
    return true;
}

TopologyGraph TopologyGraph::build(
    const Workspace& workspace, const std::atomic<bool>* cancelled, const TopologyGraph* previous)
{
    TopologyGraph g;
    // Problems per object, for badges.
    QHash<QString, std::pair<int, int>> counts;
    QHash<QString, QString> firstProblem;
    for (const Diagnostic& d : workspace.diagnostics()) {
        if (d.kind.isEmpty())
            continue;
        const QString id = idOf(d.kind, d.namespace_, d.name);
        // A problem inside a rule also marks the rule.
        static const QRegularExpression rule(u"^spec\\.rules\\[(\\d+)\\]"_s);
        const QRegularExpressionMatch m = rule.match(d.fieldPath);
        const QStringList ids = m.hasMatch() ? QStringList { id, id + u'#' + m.captured(1) } : QStringList { id };
        for (const QString& i : ids) {
            auto& c = counts[i];
            if (d.severity == Severity::Error)
                ++c.first;
            else if (d.severity == Severity::Warning)
                ++c.second;
            if (!firstProblem.contains(i) && d.severity != Severity::Info)
                firstProblem.insert(i, d.code + u": "_s + d.message);
        }
    }

    for (const Resource* r : workspace.allResources()) {
        const YamlTree* t = workspace.treeOf(*r);
        if (!t)
            continue;
        const KindCatalog::Role role = KindCatalog::lookup(r->key.group, r->key.kind).role;
        const QString id = idOf(r->key.kind, r->key.namespace_, r->key.name);
        Node n;
        n.id = id;
        n.kind = r->key.kind;
        n.group = r->key.group;
        n.namespace_ = r->key.namespace_;
        n.name = r->key.name;
        n.label = r->key.name;
        n.resource = r->key;
        if (r->key.group == KindCatalog::gatewayApiGroup && r->key.kind == u"Gateway"_s) {
            n.type = NodeType::Gateway;
            n.layer = GatewayLayer;
            g.addNode(n);
        } else if (role == KindCatalog::Role::Route) {
            n.type = NodeType::Route;
            n.layer = RouteLayer;
            g.addNode(n);
            const int rules = t->resolve(t->find(FieldPath::parse(u"spec.rules"_s).value()));
            const qsizetype count = rules >= 0 && t->node(rules).isSequence() ? t->node(rules).entryCount() : 0;
            for (qsizetype i = 0; i < count; ++i) {
                const int rule = t->resolve(t->item(rules, i));
                Node rn;
                rn.id = id + u'#' + QString::number(i);
                rn.type = NodeType::Rule;
                rn.kind = r->key.kind;
                rn.group = r->key.group;
                rn.namespace_ = r->key.namespace_;
                rn.name = r->key.name;
                rn.layer = RuleLayer;
                rn.ruleIndex = int(i);
                rn.resource = r->key;
                const QString ruleName = t->stringAt(FieldPath::parse(u"name"_s).value(), {}, rule);
                const QString path = t->stringAt(FieldPath::parse(u"matches[0].path.value"_s).value(), {}, rule);
                rn.label = !ruleName.isEmpty() ? ruleName : !path.isEmpty() ? path : Strings::tr("rule %1").arg(i);
                g.addNode(rn);
                g.addEdge({ id, rn.id, EdgeType::Rule, std::nullopt, std::nullopt, -1, u"spec.rules[%1]"_s.arg(i) });
            }
        } else if (isBackendKind(r->key.group, r->key.kind)) {
            n.type = NodeType::Backend;
            n.layer = BackendLayer;
            n.fallback = r->key.group == KindCatalog::envoyGatewayGroup
                && t->stringAt(FieldPath::parse(u"spec.fallback"_s).value()).toLower() == u"true"_s;
            g.addNode(n);
            std::vector<QString> endpoints;
            const int eps = t->resolve(t->find(FieldPath::parse(u"spec.endpoints"_s).value()));
            if (eps >= 0 && t->node(eps).isSequence()) {
                for (qsizetype i = 0; i < t->node(eps).entryCount(); ++i)
                    endpoints.push_back(endpointLabel(*t, t->resolve(t->item(eps, i))));
            } else if (r->key.kind == u"XBackend"_s) {
                const QString host = t->stringAt(FieldPath::parse(u"spec.externalHostname.hostname"_s).value());
                if (!host.isEmpty())
                    endpoints.push_back(host + u':' + t->stringAt(FieldPath::parse(u"spec.port.port"_s).value()));
            }
            for (size_t i = 0; i < endpoints.size(); ++i) {
                Node en;
                en.id = id + u'@' + QString::number(i);
                en.type = NodeType::Endpoint;
                en.kind = r->key.kind;
                en.group = r->key.group;
                en.namespace_ = r->key.namespace_;
                en.name = r->key.name;
                en.label = endpoints[i];
                en.layer = EndpointLayer;
                en.endpointIndex = int(i);
                en.resource = r->key;
                g.addNode(en);
                g.addEdge(
                    { id, en.id, EdgeType::Endpoint, std::nullopt, std::nullopt, -1, u"spec.endpoints[%1]"_s.arg(i) });
            }
        } else if (role == KindCatalog::Role::Policy) {
            n.type = NodeType::Policy;
            n.layer = PolicyLayer;
            g.addNode(n);
        }
    }

    // References, in workspace order; targets that are not there become missing nodes.
    const auto target = [&](const ResourceKey& key, NodeType type, int layer) {
        const QString id = idOf(key.kind, key.namespace_, key.name);
        if (!g.node(id)) {
            Node m;
            m.id = id;
            m.type = type;
            m.kind = key.kind;
            m.group = key.group;
            m.namespace_ = key.namespace_;
            m.name = key.name;
            m.label = key.name;
            m.missing = true;
            m.layer = layer;
            m.problem = Strings::tr("%1 %2 is not in the workspace")
                            .arg(key.kind, key.namespace_.isEmpty() ? key.name : key.namespace_ + u'/' + key.name);
            g.addNode(m);
        }
        return id;
    };
    static const QRegularExpression refIndex(u"backendRefs\\[(\\d+)\\]"_s);
    for (const Resource* r : workspace.allResources()) {
        const QString id = idOf(r->key.kind, r->key.namespace_, r->key.name);
        for (const Reference* ref : workspace.references().from(r->key)) {
            switch (ref->role) {
            case Reference::Role::ParentRef:
                if (ref->to.kind == u"Gateway"_s)
                    g.addEdge({ id, target(ref->to, NodeType::Gateway, GatewayLayer), EdgeType::Parent, std::nullopt,
                        std::nullopt, -1, ref->field.toString() });
                break;
            case Reference::Role::BackendRef:
            case Reference::Role::MirrorBackendRef: {
                if (ref->ruleIndex < 0)
                    break;
                const QRegularExpressionMatch m = refIndex.match(ref->field.toString());
                const bool mirror = ref->role == Reference::Role::MirrorBackendRef;
                g.addEdge(
                    { id + u'#' + QString::number(ref->ruleIndex), target(ref->to, NodeType::Backend, BackendLayer),
                        mirror ? EdgeType::Mirror : EdgeType::Backend, mirror ? std::nullopt : ref->weight, ref->port,
                        m.hasMatch() && !mirror ? m.captured(1).toInt() : -1, ref->field.toString() });
                break;
            }
            case Reference::Role::PolicyTarget: {
                const KindCatalog::Role role = KindCatalog::lookup(ref->to.group, ref->to.kind).role;
                const NodeType type = role == KindCatalog::Role::Route ? NodeType::Route
                    : ref->to.kind == u"Gateway"_s                     ? NodeType::Gateway
                                                                       : NodeType::Backend;
                const int layer = type == NodeType::Route ? RouteLayer
                    : type == NodeType::Gateway           ? GatewayLayer
                                                          : BackendLayer;
                g.addEdge({ id, target(ref->to, type, layer), EdgeType::Policy, std::nullopt, std::nullopt, -1,
                    ref->field.toString() });
                break;
            }
            default:
                break;
            }
        }
    }
    for (Node& n : g.m_nodes) {
        const auto c = counts.value(n.id);
        n.errors = c.first;
        n.warnings = c.second;
        if (n.problem.isEmpty())
            n.problem = firstProblem.value(n.id);
    }
    if (cancelled && cancelled->load())
        return g;
    // The layout depends on the nodes and edges alone: most edits (a port, a weight, a
    // hostname) leave them as they were, and the orders found last time still hold.
    if (previous && g.sameShape(*previous)) {
        for (size_t i = 0; i < g.m_nodes.size(); ++i)
            g.m_nodes[i].order = previous->m_nodes[i].order;
        return g;
    }
    // The same nodes joined differently (a wiring edit: a backendRef added, moved or removed)
    // keep their places too: laying the graph out again would re-order the columns under the
    // user's pointer. A new or vanished node lays it out afresh.
    if (previous && g.m_nodes.size() == previous->m_nodes.size()) {
        bool same = true;
        for (size_t i = 0; i < g.m_nodes.size() && same; ++i) {
            const Node* old = previous->node(g.m_nodes[i].id);
            same = old && old->layer == g.m_nodes[i].layer;
            if (same)
                g.m_nodes[i].order = old->order;
        }
        if (same)
            return g;
    }
    g.layout(8, cancelled);
    return g;
}

void TopologyGraph::layout(int sweeps, const std::atomic<bool>* cancelled)
{
    const auto stop = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    // Layers, initially in a stable order (by id).
    std::vector<std::vector<size_t>> layers(LayerCount);
    for (size_t i = 0; i < m_nodes.size(); ++i)
        layers[size_t(m_nodes[i].layer)].push_back(i);
    for (auto& layer : layers) {
        std::sort(layer.begin(), layer.end(), [&](size_t a, size_t b) { return m_nodes[a].id < m_nodes[b].id; });
        for (size_t k = 0; k < layer.size(); ++k)
            m_nodes[layer[k]].order = int(k);
    }
    // Neighbours by node index, across any layers.
    std::vector<std::vector<size_t>> neighbours(m_nodes.size());
    for (const Edge& e : m_edges) {
        const auto a = m_index.constFind(e.from);
        const auto b = m_index.constFind(e.to);
        if (a == m_index.cend() || b == m_index.cend())
            continue;
        neighbours[*a].push_back(*b);
        neighbours[*b].push_back(*a);
    }
    bool reverseTies = false; // alternated between sweeps: ties broken the other way escape local minima
    const auto reorder = [&](int layer, int towards) {
        auto& nodes = layers[size_t(layer)];
        std::vector<std::pair<double, size_t>> keyed;
        keyed.reserve(nodes.size());
        for (size_t idx : nodes) {
            double sum = 0;
            int count = 0;
            for (size_t nb : neighbours[idx]) {
                if (m_nodes[nb].layer == towards || (towards < 0 && m_nodes[nb].layer != layer)) {
                    sum += m_nodes[nb].order;
                    ++count;
                }
            }
            // A node without neighbours there keeps its place.
            keyed.emplace_back(count ? sum / count : double(m_nodes[idx].order), idx);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first)
                return a.first < b.first;
            return reverseTies ? m_nodes[a.second].order > m_nodes[b.second].order
                               : m_nodes[a.second].order < m_nodes[b.second].order;
        });
        for (size_t k = 0; k < keyed.size(); ++k) {
            nodes[k] = keyed[k].second;
            m_nodes[nodes[k]].order = int(k);
        }
    };
    std::vector<int> best(m_nodes.size());
    int bestCrossings = crossings();
    for (size_t i = 0; i < m_nodes.size(); ++i)
        best[i] = m_nodes[i].order;
    for (int s = 0; s < sweeps && bestCrossings > 0 && !stop(); ++s) {
        reverseTies = s % 2 == 1;
        for (int l = RouteLayer; l <= EndpointLayer; ++l)
            reorder(l, l - 1);
        for (int l = BackendLayer - 1; l >= GatewayLayer; --l)
            reorder(l, l + 1);
        const int now = crossings();
        if (now < bestCrossings) {
            bestCrossings = now;
            for (size_t i = 0; i < m_nodes.size(); ++i)
                best[i] = m_nodes[i].order;
        }
    }
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].order = best[i];
    for (int l = GatewayLayer; l <= EndpointLayer; ++l) {
        auto& nodes = layers[size_t(l)];
        std::sort(nodes.begin(), nodes.end(), [&](size_t a, size_t b) { return m_nodes[a].order < m_nodes[b].order; });
    }
    // Then swap neighbours within a layer while that removes crossings with the layers on
    // either side: barycentres alone leave some (a node shared by two rules, say).
    const auto crossingsOf = [&](size_t u, size_t v, int layer) {
        int c = 0;
        for (size_t a : neighbours[u]) {
            const int la = m_nodes[a].layer;
            if (la != layer - 1 && la != layer + 1)
                continue;
            for (size_t b : neighbours[v]) {
                if (m_nodes[b].layer == la && m_nodes[a].order > m_nodes[b].order)
                    ++c;
            }
        }
        return c;
    };
    for (int pass = 0; pass < 8 && !stop(); ++pass) {
        bool improved = false;
        for (int l = GatewayLayer; l <= EndpointLayer; ++l) {
            auto& nodes = layers[size_t(l)];
            for (size_t k = 0; k + 1 < nodes.size(); ++k) {
                if (crossingsOf(nodes[k + 1], nodes[k], l) < crossingsOf(nodes[k], nodes[k + 1], l)) {
                    std::swap(nodes[k], nodes[k + 1]);
                    m_nodes[nodes[k]].order = int(k);
                    m_nodes[nodes[k + 1]].order = int(k + 1);
                    improved = true;
                }
            }
        }
        if (!improved)
            break;
    }
    // Policies sit beside what they target.
    reverseTies = false;
    reorder(PolicyLayer, -1);
}

int TopologyGraph::crossings() const
{
    long long total = 0;
    for (int l = GatewayLayer; l < EndpointLayer; ++l) {
        std::vector<std::pair<int, int>> between;
        for (const Edge& e : m_edges) {
            const Node* a = node(e.from);
            const Node* b = node(e.to);
            if (!a || !b)
                continue;
            if (a->layer == l && b->layer == l + 1)
                between.emplace_back(a->order, b->order);
            else if (b->layer == l && a->layer == l + 1)
                between.emplace_back(b->order, a->order);
        }
        total += inversions(between);
    }
    return int(std::min<long long>(total, INT_MAX));
}

} // namespace bw
