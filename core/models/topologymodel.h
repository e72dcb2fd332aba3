// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include "topology/topologygraph.h"
#include "workspace/backgroundjob.h"

namespace bw {

class Workspace;

// The topology graph's nodes, one row each, for the QML canvas and the tests. Rows keep
// their place across edits: a rebuild after an edit inserts, removes or updates only the
// nodes that changed.
class TopologyNodeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TypeRole, // "gateway", "route", "rule", "backend", "endpoint", "policy"
        KindRole,
        NamespaceRole,
        NameRole,
        LabelRole,
        MissingRole,
        FallbackRole,
        LayerRole,
        OrderRole,
        RuleIndexRole,
        ErrorsRole,
        WarningsRole,
        ProblemRole,
    };
    Q_ENUM(Roles)
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const TopologyGraph::Node* nodeAt(int row) const;
    void update(const std::vector<TopologyGraph::Node>& nodes);

private:
    std::vector<TopologyGraph::Node> m_rows;
};

// The graph's edges: parent, rule, backend (with weight and share), mirror, endpoint, policy.
class TopologyEdgeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        FromRole = Qt::UserRole + 1,
        ToRole,
        TypeRole,
        WeightRole, // -1 when the edge has none
        ShareRole, // percent of the rule's weight, -1 when not a backend edge
        PortRole,
        RefIndexRole,
        FieldPathRole,
        TopOrderRole, // the smaller of the two ends' orders (for drawing only what is in view)
        BottomOrderRole,
        SourceRowRole, // this row, as the edge's handle for the controller through proxies
    };
    Q_ENUM(Roles)
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] const TopologyGraph::Edge* edgeAt(int row) const;
    void update(const std::vector<TopologyGraph::Edge>& edges, const TopologyGraph& graph);

private:
    struct Row
    {
        TopologyGraph::Edge edge;
        int share = -1;
        int top = 0;
        int bottom = 0;
    };
    std::vector<Row> m_rows;
};

// Keeps both models in step with the workspace.
class TopologyModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject* nodes READ nodes CONSTANT)
    Q_PROPERTY(QObject* edges READ edges CONSTANT)
    Q_PROPERTY(int crossings READ crossings NOTIFY rebuilt)
public:
    explicit TopologyModel(Workspace* workspace, QObject* parent = nullptr);
    ~TopologyModel() override;

    [[nodiscard]] TopologyNodeModel* nodeModel() const { return m_nodes; }
    [[nodiscard]] TopologyEdgeModel* edgeModel() const { return m_edges; }
    [[nodiscard]] QObject* nodes() const { return m_nodes; }
    [[nodiscard]] QObject* edges() const { return m_edges; }
    [[nodiscard]] int crossings() const { return m_crossings; }
    [[nodiscard]] const TopologyGraph& graph() const { return m_graph; }
    // Builds the graph again: at once, or on a worker when the workspace checks in the background.
    void rebuild();
    // A graph nobody looks at is not built: inactive, changes only mark it out of date, and it
    // is built once when it becomes active again. Active by default.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isUpToDate() const { return !m_dirty; }
    [[nodiscard]] bool isBuilding() const;

Q_SIGNALS:
    void rebuilt();

private:
    QPointer<Workspace> m_workspace;
    TopologyNodeModel* m_nodes = nullptr;
    TopologyEdgeModel* m_edges = nullptr;
    TopologyGraph m_graph;
    int m_crossings = 0;
    BackgroundJob* m_job = nullptr;
    bool m_dirty = false; // a change is not drawn yet
    bool m_active = true;
    void install(TopologyGraph graph, int crossings);
};

} // namespace bw
