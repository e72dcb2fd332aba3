// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "topology/topologyviewportfilter.h"
#include "workspace/resource.h"

namespace bw {

class TopologyModel;
class Workspace;

// What the QML canvas is given (its one required property) and calls: the nodes and edges in
// view, node positions from the C++ layout, the selection and the search the canvas draws,
// and the wiring actions (drop a rule on a backend, delete an edge, change a weight, move a
// backendRef), each a structured, undoable edit of the route's YAML made by TopologyWiring.
class TopologyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Topology tab makes the controller and hands it to the canvas")
    Q_PROPERTY(bw::TopologyViewportFilter* nodes READ nodes CONSTANT)
    Q_PROPERTY(bw::TopologyViewportFilter* edges READ edges CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int columns READ columns CONSTANT)
    Q_PROPERTY(int rows READ rows NOTIFY changed)
    // The node drawn selected (the object of the current editor tab, or the last one clicked).
    Q_PROPERTY(QString selectedNode READ selectedNode WRITE setSelectedNode NOTIFY selectedNodeChanged)
    // Nodes whose name or id contains this (case-insensitive) are highlighted.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // Why the drop under the pointer would be refused; empty when there is none or it is fine.
    Q_PROPERTY(QString dropRefusal READ dropRefusal WRITE setDropRefusal NOTIFY dropRefusalChanged)
public:
    TopologyController(Workspace* workspace, TopologyModel* model, QObject* parent = nullptr);

    [[nodiscard]] TopologyViewportFilter* nodes() const { return m_nodes; }
    [[nodiscard]] TopologyViewportFilter* edges() const { return m_edges; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] int columns() const;
    [[nodiscard]] int rows() const;
    [[nodiscard]] QString selectedNode() const { return m_selectedNode; }
    void setSelectedNode(const QString& id);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString& text);
    [[nodiscard]] QString dropRefusal() const { return m_dropRefusal; }
    void setDropRefusal(const QString& reason);

    // (layer, order) of a node.
    Q_INVOKABLE QPointF position(const QString& id) const;
    // Why a drop of the rule's handle on the backend would be refused (TopologyWiring's
    // words); empty when it can be made. wire() refuses the same drops.
    Q_INVOKABLE QString wiringRefusal(const QString& ruleId, const QString& backendId) const;
    // The same for an object dragged from the workspace tree (`resource` as in wireResource).
    Q_INVOKABLE QString resourceRefusal(const QString& ruleId, const QString& resource) const;
    // The same for the backendRef of edge `row` moved to another rule.
    Q_INVOKABLE QString moveRefusal(int row, const QString& ruleId) const;
    Q_INVOKABLE bool wire(const QString& ruleId, const QString& backendId);
    // A drop from the workspace tree: `resource` is WorkspaceModel's drag data
    // ("group|kind|namespace|name").
    Q_INVOKABLE bool wireResource(const QString& ruleId, const QString& resource);
    Q_INVOKABLE bool removeEdge(int row);
    Q_INVOKABLE bool setWeight(int row, int weight);
    // Moves a backendRef (the edge in `row`) to another rule, as one undoable step when both
    // rules are in the same file.
    Q_INVOKABLE bool moveEdge(int row, const QString& ruleId);
    // A click on a node: selects it and asks the window to open it (nodeSelected).
    Q_INVOKABLE void select(const QString& id);
    // Whether a node is a backend the probes can reach (its context menu offers to probe it).
    Q_INVOKABLE bool canProbe(const QString& id) const;
    // Asks the window to probe the backend of a node (probeRequested).
    Q_INVOKABLE bool probeBackend(const QString& id);
    // Whether a node is a route, or a rule, with backendRefs whose failover can be simulated.
    Q_INVOKABLE bool canSimulate(const QString& id) const;
    // Asks the window to show the node's route (and rule) in the Simulation panel
    // (simulateRequested).
    Q_INVOKABLE bool simulate(const QString& id);
    // After a drop across namespaces with no ReferenceGrant allowing it: creates the grant
    // (the RefNotPermitted quick fix). False when there is none to create.
    Q_INVOKABLE bool createPendingGrant();
    // A right-click on a node at `x`, `y` of the canvas: the view shows the node's menu there.
    Q_INVOKABLE void requestContextMenu(const QString& id, qreal x, qreal y);
    [[nodiscard]] bool hasPendingGrant() const { return m_pendingGrant.has_value(); }

Q_SIGNALS:
    void contextMenuRequested(const QString& id, const QPointF& at);
    // The view's Fit to View: the canvas scales the graph to fit.
    void fitRequested();
    void changed();
    void nodeSelected(const QString& id);
    void selectedNodeChanged();
    void searchChanged();
    void dropRefusalChanged();
    void probeRequested(const bw::ResourceKey& backend);
    // `rule` is -1 for a route node: its first rule with backendRefs.
    void simulateRequested(const bw::ResourceKey& route, int rule);
    // A wiring edit was refused (the message says why).
    void failed(const QString& message);
    // The ref just added crosses namespaces and no ReferenceGrant allows it yet.
    void grantNeeded(const QString& message);

private:
    QPointer<Workspace> m_workspace;
    TopologyModel* m_model = nullptr;
    TopologyViewportFilter* m_nodes = nullptr;
    TopologyViewportFilter* m_edges = nullptr;
    int m_revision = 0;
    QString m_selectedNode;
    QString m_search;
    QString m_dropRefusal;
    struct PendingGrant
    {
        int documentId = -1;
        QString fieldPath;
    };
    std::optional<PendingGrant> m_pendingGrant;
};

} // namespace bw
