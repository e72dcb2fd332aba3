// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/topologycontroller.h"

#include <algorithm>

#include "docks/probedock.h"
#include "document/structurededitor.h"
#include "models/topologymodel.h"
#include "simulation/rulesimulation.h"
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
        Q_EMIT failed(tr("%1 cannot take traffic from a route; drop a Backend, XBackend or Service").arg(parts[1]));
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
    const TopologyGraph::Node* backend = m_model->graph().node(e->to);
    if (!from || !from->resource || !backend || !backend->resource)
        return false;
    const Resource* source = m_workspace->findResource(*from->resource);
    const Resource* dest = m_workspace->findResource(*target->resource);
    if (!source || !dest)
        return false;
    m_workspace->commitTyping(source->documentId);
    m_workspace->commitTyping(dest->documentId);
    // The moved ref keeps its fields (weight, port, namespace...) as they are written.
    const YamlTree* tree = m_workspace->treeOf(*source);
    const int item = tree ? tree->resolve(tree->find(FieldPath::parse(e->fieldPath).value_or(FieldPath()))) : -1;
    if (item < 0 || !tree->node(item).isMapping())
        return false;
    QList<QPair<QString, YamlValue>> fields;
    const YamlNode& map = tree->node(item);
    for (size_t k = 0; k + 1 < map.children.size(); k += 2) {
        const int value = tree->resolve(map.children[k + 1]);
        if (value < 0 || !tree->node(value).isScalar()) {
            Q_EMIT failed(tr("this backendRef has filters; move it in the YAML view"));
            return false;
        }
        const QString text = tree->scalarText(value);
        ScalarValue v = ScalarValue::string(text);
        switch (tree->scalarKind(value)) {
        case YamlTree::ScalarKind::Int:
            v = ScalarValue::integer(text.toLongLong(nullptr, 0));
            break;
        case YamlTree::ScalarKind::Bool:
            v = ScalarValue::boolean(text.toLower() == u"true"_s);
            break;
        default:
            break;
        }
        fields.append({ tree->scalarText(map.children[k]), v });
    }
    const Document* destDoc = m_workspace->document(dest->documentId);
    const StructuredEditor destEditor(*destDoc, dest->yamlDocument);
    const FieldPath refs = FieldPath::parse(u"spec.rules"_s).value().index(target->ruleIndex).key(u"backendRefs"_s);
    const YamlTree* destTree = m_workspace->treeOf(*dest);
    const bool hasList
        = destTree && destTree->find(refs) >= 0 && !destTree->node(destTree->resolve(destTree->find(refs))).isNull();
    const auto add = hasList ? destEditor.appendItem(refs, YamlValue::mapping(fields))
                             : destEditor.setValue(refs, YamlValue::sequence({ YamlValue::mapping(fields) }));
    const auto remove = TopologyWiring::removeBackendRef(*m_workspace, *from->resource, from->ruleIndex, e->refIndex);
    if (!add.ok() || !remove.ok()) {
        Q_EMIT failed(add.ok() ? remove.error : add.error);
        return false;
    }
    const QString description = tr("Move backendRef to %1 rule %2").arg(target->resource->name).arg(target->ruleIndex);
    if (source->documentId == dest->documentId) {
        // Both edits were computed on the same text and do not overlap: one step.
        std::vector<DocumentEdit> edits = add.edits;
        edits.insert(edits.end(), remove.edits.begin(), remove.edits.end());
        return m_workspace->applyEdits(source->documentId, std::move(edits), description);
    }
    const int sourceId = source->documentId;
    return m_workspace->applyEdits(dest->documentId, add, description)
        && m_workspace->applyEdits(sourceId, remove, description);
}

void TopologyController::select(const QString& id)
{
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
        && ProbeDock::canProbe(*n->resource);
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
