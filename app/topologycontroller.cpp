// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologycontroller.h"

#include "models/topologymodel.h"
#include "topology/topologywiring.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

TopologyController::TopologyController(Workspace* workspace, TopologyModel* model, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    connect(model, &TopologyModel::rebuilt, this, [this] {
        ++m_revision;
        Q_EMIT changed();
    });
}

int TopologyController::columns() const
{
    return TopologyGraph::LayerCount;
}

int TopologyController::rows() const
{
    int rows = 1;
    for (const TopologyGraph::Node& n : m_model->graph().nodes())
        rows = std::max(rows, n.order + 1);
    return rows;
}

QPointF TopologyController::position(const QString& id) const
{
    const TopologyGraph::Node* n = m_model->graph().node(id);
    return n ? QPointF(n->layer, n->order) : QPointF(-10, -10);
}

bool TopologyController::wire(const QString& ruleId, const QString& backendId)
{
    const TopologyGraph::Node* rule = m_model->graph().node(ruleId);
    const TopologyGraph::Node* backend = m_model->graph().node(backendId);
    if (!m_workspace || !rule || !backend || rule->type != TopologyGraph::NodeType::Rule || !rule->resource
        || backend->type != TopologyGraph::NodeType::Backend || !backend->resource)
        return false;
    const Resource* route = m_workspace->findResource(*rule->resource);
    if (!route)
        return false;
    m_workspace->prepareToEdit(route->documentId);
    const StructuredEditor::Result r
        = TopologyWiring::addBackendRef(*m_workspace, *rule->resource, rule->ruleIndex, *backend->resource);
    if (!r.ok()) {
        Q_EMIT failed(r.error);
        return false;
    }
    return m_workspace->applyEdits(route->documentId, r,
        tr("Wire %1 rule %2 to %3").arg(rule->resource->name).arg(rule->ruleIndex).arg(backend->resource->name));
}

bool TopologyController::removeEdge(int row)
{
    const TopologyGraph::Edge* e = m_model->edgeModel()->edgeAt(row);
    if (!m_workspace || !e || e->type != TopologyGraph::EdgeType::Backend || e->refIndex < 0)
        return false;
    const TopologyGraph::Node* rule = m_model->graph().node(e->from);
    if (!rule || !rule->resource)
        return false;
    const Resource* route = m_workspace->findResource(*rule->resource);
    if (!route)
        return false;
    m_workspace->prepareToEdit(route->documentId);
    const auto r = TopologyWiring::removeBackendRef(*m_workspace, *rule->resource, rule->ruleIndex, e->refIndex);
    return r.ok() && m_workspace->applyEdits(route->documentId, r, tr("Remove backendRef %1").arg(e->fieldPath));
}

bool TopologyController::setWeight(int row, int weight)
{
    const TopologyGraph::Edge* e = m_model->edgeModel()->edgeAt(row);
    if (!m_workspace || !e || e->type != TopologyGraph::EdgeType::Backend || e->refIndex < 0)
        return false;
    const TopologyGraph::Node* rule = m_model->graph().node(e->from);
    const Resource* route = rule && rule->resource ? m_workspace->findResource(*rule->resource) : nullptr;
    if (!route)
        return false;
    m_workspace->prepareToEdit(route->documentId);
    const auto r = TopologyWiring::setWeight(*m_workspace, *rule->resource, rule->ruleIndex, e->refIndex, weight);
    return r.ok() && m_workspace->applyEdits(route->documentId, r, tr("Set weight of %1").arg(e->fieldPath));
}

void TopologyController::select(const QString& id)
{
    Q_EMIT nodeSelected(id);
}

} // namespace bw
