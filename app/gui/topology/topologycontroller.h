// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <optional>

#include "workspace/resource.h"

namespace bw {

class TopologyModel;
class Workspace;

// What the QML canvas calls: node positions from the C++ layout, and the wiring actions
// (drop a rule on a backend, delete an edge, change a weight), each one structured,
// undoable edit of the route's YAML.
class TopologyController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int columns READ columns CONSTANT)
    Q_PROPERTY(int rows READ rows NOTIFY changed)
public:
    TopologyController(Workspace* workspace, TopologyModel* model, QObject* parent = nullptr);

    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] int columns() const;
    [[nodiscard]] int rows() const;
    // (layer, order) of a node.
    Q_INVOKABLE QPointF position(const QString& id) const;
    Q_INVOKABLE bool wire(const QString& ruleId, const QString& backendId);
    // A drop from the workspace tree: `resource` is WorkspaceModel's drag data
    // ("group|kind|namespace|name").
    Q_INVOKABLE bool wireResource(const QString& ruleId, const QString& resource);
    Q_INVOKABLE bool removeEdge(int row);
    Q_INVOKABLE bool setWeight(int row, int weight);
    // Moves a backendRef (the edge in `row`) to another rule, as one undoable step when both
    // rules are in the same file.
    Q_INVOKABLE bool moveEdge(int row, const QString& ruleId);
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
    void changed();
    void nodeSelected(const QString& id);
    void probeRequested(const ResourceKey& backend);
    // `rule` is -1 for a route node: its first rule with backendRefs.
    void simulateRequested(const ResourceKey& route, int rule);
    // A wiring edit was refused (the message says why).
    void failed(const QString& message);
    // The ref just added crosses namespaces and no ReferenceGrant allows it yet.
    void grantNeeded(const QString& message);

private:
    QPointer<Workspace> m_workspace;
    TopologyModel* m_model = nullptr;
    int m_revision = 0;
    struct PendingGrant
    {
        int documentId = -1;
        QString fieldPath;
    };
    std::optional<PendingGrant> m_pendingGrant;
};

} // namespace bw
