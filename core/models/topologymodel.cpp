// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologymodel.h"

#include <QSet>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
bool sameNode(const TopologyGraph::Node& a, const TopologyGraph::Node& b)
{
    return a.id == b.id && a.type == b.type && a.label == b.label && a.missing == b.missing && a.fallback == b.fallback
        && a.layer == b.layer && a.order == b.order && a.errors == b.errors && a.warnings == b.warnings
        && a.problem == b.problem;
}

QString edgeKey(const TopologyGraph::Edge& e)
{
    return e.from + u'|' + e.to + u'|' + TopologyGraph::edgeTypeName(e.type) + u'|' + e.fieldPath;
}

// Replaces `rows` by `fresh`, matching rows by key: removals, then in-place updates, then
// insertions at the end, so views keep what did not change.
template <typename Row, typename Key, typename Same, typename Model>
void syncRows(Model* model, std::vector<Row>& rows, std::vector<Row> fresh, Key key, Same same, int lastColumn,
    auto&& beginRemove, auto&& endRemove, auto&& beginInsert, auto&& endInsert, auto&& sameKey)
{
    // The usual edit keeps every row where it was: compare in place, report runs of changed rows.
    bool aligned = rows.size() == fresh.size();
    for (size_t r = 0; aligned && r < rows.size(); ++r)
        aligned = sameKey(rows[r], fresh[r]);
    if (aligned) {
        int first = -1;
        const auto flush = [&](int last) {
            if (first >= 0)
                Q_EMIT model->dataChanged(model->index(first, 0), model->index(last, lastColumn));
            first = -1;
        };
        for (size_t r = 0; r < rows.size(); ++r) {
            if (same(rows[r], fresh[r])) {
                flush(int(r) - 1);
                continue;
            }
            rows[r] = std::move(fresh[r]);
            if (first < 0)
                first = int(r);
        }
        flush(int(rows.size()) - 1);
        return;
    }
    QHash<QString, size_t> freshIndex;
    for (size_t i = 0; i < fresh.size(); ++i)
        freshIndex.insert(key(fresh[i]), i);
    for (int r = int(rows.size()) - 1; r >= 0; --r) {
        if (!freshIndex.contains(key(rows[size_t(r)]))) {
            beginRemove(r);
            rows.erase(rows.begin() + r);
            endRemove();
        }
    }
    QSet<QString> kept;
    for (size_t r = 0; r < rows.size(); ++r) {
        const QString k = key(rows[r]);
        kept.insert(k);
        Row& now = fresh[freshIndex.value(k)];
        if (!same(rows[r], now)) {
            rows[r] = std::move(now);
            const QModelIndex index = model->index(int(r), 0);
            Q_EMIT model->dataChanged(index, model->index(int(r), lastColumn));
        }
    }
    std::vector<Row> added;
    for (Row& f : fresh) {
        if (!kept.contains(key(f)))
            added.push_back(std::move(f));
    }
    if (!added.empty()) {
        beginInsert(int(rows.size()), int(rows.size() + added.size()) - 1);
        for (Row& a : added)
            rows.push_back(std::move(a));
        endInsert();
    }
}
} // namespace

int TopologyNodeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const TopologyGraph::Node* TopologyNodeModel::nodeAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int TopologyNodeModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QVariant TopologyNodeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopologyGraph::Node& n = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return n.label;
    case Qt::ToolTipRole:
    case ProblemRole:
        return n.problem;
    case IdRole:
        return n.id;
    case TypeRole:
        return TopologyGraph::nodeTypeName(n.type);
    case KindRole:
        return n.kind;
    case NamespaceRole:
        return n.namespace_;
    case NameRole:
        return n.name;
    case MissingRole:
        return n.missing;
    case FallbackRole:
        return n.fallback;
    case LayerRole:
        return n.layer;
    case OrderRole:
        return n.order;
    case RuleIndexRole:
        return n.ruleIndex;
    case ErrorsRole:
        return n.errors;
    case WarningsRole:
        return n.warnings;
    }
    return {};
}

QHash<int, QByteArray> TopologyNodeModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { IdRole, "nodeId" },
        { TypeRole, "nodeType" },
        { KindRole, "kind" },
        { NamespaceRole, "namespace" },
        { NameRole, "name" },
        { LabelRole, "label" },
        { MissingRole, "missing" },
        { FallbackRole, "fallback" },
        { LayerRole, "layerIndex" },
        { OrderRole, "orderIndex" },
        { RuleIndexRole, "ruleIndex" },
        { ErrorsRole, "errors" },
        { WarningsRole, "warnings" },
        { ProblemRole, "problem" },
    };
}

void TopologyNodeModel::update(const std::vector<TopologyGraph::Node>& nodes)
{
    syncRows(
        this, m_rows, nodes, [](const TopologyGraph::Node& n) { return n.id; }, sameNode, 0,
        [this](int r) { beginRemoveRows({}, r, r); }, [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); }, [this] { endInsertRows(); },
        [](const TopologyGraph::Node& a, const TopologyGraph::Node& b) { return a.id == b.id; });
}

int TopologyEdgeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const TopologyGraph::Edge* TopologyEdgeModel::edgeAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)].edge : nullptr;
}

QVariant TopologyEdgeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return r.share >= 0 ? u"%1%"_s.arg(r.share) : TopologyGraph::edgeTypeName(r.edge.type);
    case FromRole:
        return r.edge.from;
    case ToRole:
        return r.edge.to;
    case TypeRole:
        return TopologyGraph::edgeTypeName(r.edge.type);
    case WeightRole:
        return r.edge.weight.value_or(-1);
    case ShareRole:
        return r.share;
    case PortRole:
        return r.edge.port.value_or(-1);
    case RefIndexRole:
        return r.edge.refIndex;
    case FieldPathRole:
        return r.edge.fieldPath;
    case TopOrderRole:
        return r.top;
    case BottomOrderRole:
        return r.bottom;
    case SourceRowRole:
        return index.row();
    }
    return {};
}

QHash<int, QByteArray> TopologyEdgeModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { FromRole, "from" },
        { ToRole, "to" },
        { TypeRole, "edgeType" },
        { WeightRole, "weight" },
        { ShareRole, "share" },
        { PortRole, "port" },
        { RefIndexRole, "refIndex" },
        { FieldPathRole, "fieldPath" },
        { TopOrderRole, "topOrder" },
        { BottomOrderRole, "bottomOrder" },
        { SourceRowRole, "sourceRow" },
    };
}

void TopologyEdgeModel::update(const std::vector<TopologyGraph::Edge>& edges, const TopologyGraph& graph)
{
    // A backend edge's share: its weight over the sum of its rule's backend weights.
    QHash<QString, int> totals;
    for (const TopologyGraph::Edge& e : edges) {
        if (e.type == TopologyGraph::EdgeType::Backend)
            totals[e.from] += e.weight.value_or(1);
    }
    std::vector<Row> fresh;
    for (const TopologyGraph::Edge& e : edges) {
        int share = -1;
        if (e.type == TopologyGraph::EdgeType::Backend) {
            const int total = totals.value(e.from);
            share = total > 0 ? int(qRound(100.0 * e.weight.value_or(1) / total)) : 0;
        }
        const TopologyGraph::Node* a = graph.node(e.from);
        const TopologyGraph::Node* b = graph.node(e.to);
        const int oa = a ? a->order : 0;
        const int ob = b ? b->order : 0;
        fresh.push_back({ e, share, std::min(oa, ob), std::max(oa, ob) });
    }
    const auto same = [](const Row& a, const Row& b) {
        return a.share == b.share && a.edge.weight == b.edge.weight && a.edge.port == b.edge.port
            && a.edge.refIndex == b.edge.refIndex && a.top == b.top && a.bottom == b.bottom;
    };
    syncRows(
        this, m_rows, std::move(fresh), [](const Row& r) { return edgeKey(r.edge); }, same, 0,
        [this](int r) { beginRemoveRows({}, r, r); }, [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); }, [this] { endInsertRows(); },
        [](const Row& a, const Row& b) {
            return a.edge.type == b.edge.type && a.edge.from == b.edge.from && a.edge.to == b.edge.to
                && a.edge.fieldPath == b.edge.fieldPath;
        });
}

TopologyModel::TopologyModel(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_nodes(new TopologyNodeModel(this))
    , m_edges(new TopologyEdgeModel(this))
    , m_job(new BackgroundJob(this))
{
    workspace->addReader(m_job);
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange& change) {
        // History and saving change nothing drawn; a build a change cancelled starts again.
        m_dirty = m_dirty || !change.textChanged.isEmpty() || !change.diagnosticsChanged.isEmpty()
            || !change.addedDocuments.isEmpty() || !change.removedDocuments.isEmpty()
            || !change.changedResources.isEmpty() || !change.addedResources.isEmpty()
            || !change.removedResources.isEmpty();
        if (m_dirty && m_active)
            rebuild();
    });
    rebuild();
}

void TopologyModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active)
        m_job->cancel(); // it starts again when looked at
    else if (m_dirty)
        rebuild();
}

TopologyModel::~TopologyModel()
{
    if (m_workspace)
        m_workspace->removeReader(m_job);
    m_job->cancel();
}

void TopologyModel::rebuild()
{
    if (!m_workspace)
        return;
    m_dirty = true;
    if (!m_workspace->backgroundChecks()) {
        TopologyGraph graph = TopologyGraph::build(*m_workspace, nullptr, &m_graph);
        const int crossings = graph.sameShape(m_graph) ? m_crossings : graph.crossings();
        install(std::move(graph), crossings);
        return;
    }
    // Built on a worker: the layout of a large graph takes longer than a keystroke should.
    // A change to the workspace cancels the build first, so the worker reads a still text.
    const Workspace* workspace = m_workspace;
    auto graph = std::make_shared<TopologyGraph>();
    const TopologyGraph* previous = &m_graph; // not changed while the job runs: install() follows it
    auto crossings = std::make_shared<int>(m_crossings);
    m_job->start(
        [workspace, graph, previous, crossings](const std::atomic<bool>& cancelled) {
            *graph = TopologyGraph::build(*workspace, &cancelled, previous);
            if (!cancelled.load() && !graph->sameShape(*previous))
                *crossings = graph->crossings();
        },
        [this, graph, crossings] { install(std::move(*graph), *crossings); });
}

bool TopologyModel::isBuilding() const
{
    return m_job->isActive();
}

void TopologyModel::install(TopologyGraph graph, int crossings)
{
    m_dirty = false;
    m_graph = std::move(graph);
    m_crossings = crossings;
    m_nodes->update(m_graph.nodes());
    m_edges->update(m_graph.edges(), m_graph);
    Q_EMIT rebuilt();
}

} // namespace bw
