// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

#include "workspace/resource.h"

namespace bw {

class Workspace;

// Where traffic goes, as a layered graph: gateways → routes → route rules → backends →
// endpoints, with policies beside what they target. Built from the workspace's objects and
// references; a reference to an object that is not there becomes a "missing" node, so the
// graph shows the gap instead of hiding it.
class TopologyGraph
{
public:
    enum class NodeType { Gateway, Route, Rule, Backend, Endpoint, Policy };
    enum class EdgeType { Parent, Rule, Backend, Mirror, Endpoint, Policy };
    enum Layer { GatewayLayer = 0, RouteLayer, RuleLayer, BackendLayer, EndpointLayer, PolicyLayer, LayerCount };

    struct Node
    {
        QString id; // KIND/NAMESPACE/NAME, with #RULE or @ENDPOINT for rules and endpoints
        NodeType type = NodeType::Backend;
        QString kind;
        QString group;
        QString namespace_;
        QString name;
        QString label; // what the canvas prints
        bool missing = false;
        bool fallback = false; // an Envoy Gateway Backend with fallback: true
        int ruleIndex = -1;
        int endpointIndex = -1;
        int layer = 0;
        int order = 0; // position within the layer after crossing reduction
        int errors = 0;
        int warnings = 0;
        QString problem; // the first problem's message, for the tooltip
        std::optional<ResourceKey> resource; // the object the node stands for (or its route)
    };
    struct Edge
    {
        QString from;
        QString to;
        EdgeType type = EdgeType::Backend;
        std::optional<int> weight;
        std::optional<int> port;
        int refIndex = -1; // the backendRef's index in its rule
        QString fieldPath; // of the reference, for editing it
    };

    // `cancelled`, when given and set (by another thread), makes the build stop early with a
    // graph nobody should use: the caller throws it away.
    // With `previous`, a graph of the same nodes and edges (an edit that changed a value, not
    // what is connected) keeps its layout instead of being laid out again.
    static TopologyGraph build(const Workspace& workspace, const std::atomic<bool>* cancelled = nullptr,
        const TopologyGraph* previous = nullptr);
    // The same nodes (by id, in the same order) joined by the same edges.
    [[nodiscard]] bool sameShape(const TopologyGraph& other) const;

    [[nodiscard]] const std::vector<Node>& nodes() const { return m_nodes; }
    [[nodiscard]] const std::vector<Edge>& edges() const { return m_edges; }
    [[nodiscard]] const Node* node(const QString& id) const;
    // Orders each layer to reduce edge crossings (barycentre sweeps), then numbers the nodes.
    void layout(int sweeps = 8, const std::atomic<bool>* cancelled = nullptr);
    // Edge crossings between neighbouring layers with the current orders.
    [[nodiscard]] int crossings() const;

    static QString nodeTypeName(NodeType t);
    static QString edgeTypeName(EdgeType t);
    static QString idOf(const QString& kind, const QString& ns, const QString& name);

private:
    Node& addNode(Node n);
    void addEdge(Edge e);

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    QHash<QString, size_t> m_index;
};

} // namespace bw
