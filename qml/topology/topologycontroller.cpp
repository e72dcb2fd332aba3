// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/topologycontroller.h"

#include <algorithm>

#include "models/topologymodel.h"
#include "probe/probesession.h"
#include "simulation/rulesimulation.h"
#include "topology/topologywiring.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

TopologyController::TopologyController(Workspace* workspace, TopologyModel* model, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_nodes(new TopologyViewportFilter(TopologyViewportFilter::Kind::Nodes, this))
    , m_edges(new TopologyViewportFilter(TopologyViewportFilter::Kind::Edges, this))
{
    // The canvas draws only what touches the rows in view (it tells the filters which).
    m_nodes->setSourceModel(model->nodeModel());
    m_edges->setSourceModel(model->edgeModel());
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

void TopologyController::setSelectedNode(const QString& id)
{
    if (id == m_selectedNode)
        return;
    m_selectedNode = id;
    Q_EMIT selectedNodeChanged();
}

void TopologyController::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchChanged();
}

void TopologyController::setDropRefusal(const QString& reason)
{
    if (reason == m_dropRefusal)
        return;
    m_dropRefusal = reason;
    Q_EMIT dropRefusalChanged();
}

QString TopologyController::wiringRefusal(const QString& ruleId, const QString& backendId) const
{
    const TopologyGraph::Node* rule = m_model->graph().node(ruleId);
    const TopologyGraph::Node* backend = m_model->graph().node(backendId);
    if (!m_workspace || !rule || !backend || rule->type != TopologyGraph::NodeType::Rule || !rule->resource
        || backend->type != TopologyGraph::NodeType::Backend || !backend->resource)
        return tr("drop a rule's handle on a backend");
    if (backend->missing)
        return tr("%1 is not in the workspace").arg(backend->label);
    return TopologyWiring::refusal(*m_workspace, *rule->resource, *backend->resource);
}

QString TopologyController::resourceRefusal(const QString& ruleId, const QString& resource) const
{
    const QStringList parts = resource.split(u'|');
    if (parts.size() != 4)
        return tr("drop a Backend, XBackend or Service");
    const TopologyGraph::Node* backend = m_model->graph().node(TopologyGraph::idOf(parts[1], parts[2], parts[3]));
    if (!backend || backend->type != TopologyGraph::NodeType::Backend)
        return tr("%1 cannot take traffic from a route; drop a Backend, XBackend or Service").arg(parts[1]);
    return wiringRefusal(ruleId, backend->id);
}

QString TopologyController::moveRefusal(int row, const QString& ruleId) const
{
    const TopologyGraph::Edge* e = m_model->edgeModel()->edgeAt(row);
    const TopologyGraph::Node* target = m_model->graph().node(ruleId);
    if (!m_workspace || !e || e->type != TopologyGraph::EdgeType::Backend || !target
        || target->type != TopologyGraph::NodeType::Rule || !target->resource)
        return tr("drop a backendRef on a rule");
    const TopologyGraph::Node* backend = m_model->graph().node(e->to);
    if (!backend || !backend->resource)
        return {};
    return TopologyWiring::refusal(*m_workspace, *target->resource, *backend->resource);
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
    m_workspace->commitTyping(route->documentId);
    const StructuredEditor::Result r
        = TopologyWiring::addBackendRef(*m_workspace, *rule->resource, rule->ruleIndex, *backend->resource);
    if (!r.ok()) {
        Q_EMIT failed(r.error);
        return false;
    }
    const int documentId = route->documentId;
    const ResourceKey routeKey = *rule->resource;
    if (!m_workspace->applyEdits(documentId, r,
            tr("Wire %1 rule %2 to %3").arg(rule->resource->name).arg(rule->ruleIndex).arg(backend->resource->name)))
        return false;
    // Across namespaces the new ref may need a ReferenceGrant: offer to create it.
    m_workspace->finishChecks();
    m_pendingGrant.reset();
    for (const Diagnostic& d : m_workspace->diagnostics(documentId)) {
        if (d.code == u"BW0503"_s && d.fix && d.name == routeKey.name && d.namespace_ == routeKey.namespace_) {
            m_pendingGrant = PendingGrant { documentId, d.fieldPath };
            Q_EMIT grantNeeded(d.message);
        }
    }
    return true;
}

bool TopologyController::createPendingGrant()
{
    if (!m_workspace || !m_pendingGrant)
        return false;
    const PendingGrant pending = *m_pendingGrant;
    m_pendingGrant.reset();
    m_workspace->finishChecks();
    for (const Diagnostic& d : m_workspace->diagnostics(pending.documentId)) {
        if (d.code == u"BW0503"_s && d.fix && d.fieldPath == pending.fieldPath) {
            m_workspace->commitTyping(pending.documentId);
            return m_workspace->applyEdits(pending.documentId, { *d.fix }, tr("Create ReferenceGrant"));
        }
    }
    return false;
}

bool TopologyController::wireResource(const QString& ruleId, const QString& resource)
{
    const QStringList parts = resource.split(u'|');
    if (parts.size() != 4)
        return false;
    const TopologyGraph::Node* backend = m_model->graph().node(TopologyGraph::idOf(parts[1], parts[2], parts[3]));
    if (!backend || backend->type != TopologyGraph::NodeType::Backend) {
        Q_EMIT failed(resourceRefusal(ruleId, resource));
        return false;
    }
    return wire(ruleId, backend->id);
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
    m_workspace->commitTyping(route->documentId);
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
    m_workspace->commitTyping(route->documentId);
    const auto r = TopologyWiring::setWeight(*m_workspace, *rule->resource, rule->ruleIndex, e->refIndex, weight);
    return r.ok() && m_workspace->applyEdits(route->documentId, r, tr("Set weight of %1").arg(e->fieldPath));
}

bool TopologyController::moveEdge(int row, const QString& ruleId)
{
    const TopologyGraph::Edge* e = m_model->edgeModel()->edgeAt(row);
    const TopologyGraph::Node* target = m_model->graph().node(ruleId);
    if (!m_workspace || !e || e->type != TopologyGraph::EdgeType::Backend || e->refIndex < 0 || !target
        || target->type != TopologyGraph::NodeType::Rule || !target->resource || e->from == ruleId)
        return false;
    const TopologyGraph::Node* from = m_model->graph().node(e->from);
    if (!from || !from->resource)
        return false;
    const Resource* source = m_workspace->findResource(*from->resource);
    const Resource* dest = m_workspace->findResource(*target->resource);
    if (!source || !dest)
        return false;
    m_workspace->commitTyping(source->documentId);
    m_workspace->commitTyping(dest->documentId);
    const TopologyWiring::Change change = TopologyWiring::moveBackendRef(
        *m_workspace, *from->resource, from->ruleIndex, e->refIndex, *target->resource, target->ruleIndex);
    if (!change.ok()) {
        Q_EMIT failed(change.error);
        return false;
    }
    const QString description = tr("Move backendRef to %1 rule %2").arg(target->resource->name).arg(target->ruleIndex);
    for (const TopologyWiring::DocumentEdits& d : change.documents) {
        if (!m_workspace->applyEdits(d.documentId, d.edits, description))
            return false;
    }
    return true;
}

void TopologyController::select(const QString& id)
{
    setSelectedNode(id);
    Q_EMIT nodeSelected(id);
}

void TopologyController::requestContextMenu(const QString& id, qreal x, qreal y)
{
    Q_EMIT contextMenuRequested(id, QPointF(x, y));
}

bool TopologyController::canProbe(const QString& id) const
{
    const TopologyGraph::Node* n = m_model->graph().node(id);
    return n && n->type == TopologyGraph::NodeType::Backend && n->resource && !n->missing
        && ProbeSession::canProbe(*n->resource);
}

bool TopologyController::probeBackend(const QString& id)
{
    if (!canProbe(id))
        return false;
    Q_EMIT probeRequested(*m_model->graph().node(id)->resource);
    return true;
}

bool TopologyController::canSimulate(const QString& id) const
{
    const TopologyGraph::Node* n = m_model->graph().node(id);
    if (!m_workspace || !n || !n->resource || n->missing
        || (n->type != TopologyGraph::NodeType::Route && n->type != TopologyGraph::NodeType::Rule))
        return false;
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(*m_workspace, { *n->resource });
    return std::any_of(rules.begin(), rules.end(),
        [n](const RuleSimulation& r) { return n->type == TopologyGraph::NodeType::Route || r.rule == n->ruleIndex; });
}

bool TopologyController::simulate(const QString& id)
{
    if (!canSimulate(id))
        return false;
    const TopologyGraph::Node* n = m_model->graph().node(id);
    Q_EMIT simulateRequested(*n->resource, n->type == TopologyGraph::NodeType::Rule ? n->ruleIndex : -1);
    return true;
}

} // namespace bw
