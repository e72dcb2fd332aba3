// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "models/topologymodel.h"
#include "testutils.h"
#include "topology/topologygraph.h"
#include "topology/topologywiring.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
// Three routes whose backends sort in the opposite order: by name alone every edge crosses.
QByteArray crossedRoutes()
{
    QByteArray out;
    const char* pairs[][2] = { { "a", "z" }, { "b", "y" }, { "c", "x" } };
    for (const auto& p : pairs) {
        out += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r-"_ba + p[0]
            + ", namespace: ns}\nspec:\n  rules:\n    - backendRefs:\n        - {group: gateway.envoyproxy.io, kind: Backend, name: b-"_ba
            + p[1] + "}\n---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: b-"_ba + p[1]
            + ", namespace: ns}\nspec:\n  endpoints:\n    - fqdn: {hostname: "_ba + p[1]
            + ".example.com, port: 443}\n"_ba;
    }
    return out;
}

QStringList ids(const TopologyGraph& g)
{
    QStringList out;
    for (const auto& n : g.nodes())
        out.append(n.id);
    out.sort();
    return out;
}
} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesGraph();
    void layoutRemovesCrossings();
    void crossingsOnFixedOrders();
    void missingReferencesBecomeNodes();
    void modelUpdatesIncrementally();
    void wiringAddsABackendRefAndUndoRemovesItExactly();
    void wiringRefusesKindsTheControllerCannotUse();
    void movingABackendRefKeepsItsFields();
    void movingABackendRefAcrossFiles();
    void aWiringEditKeepsTheColumnOrder();
    void graphJsonContract();
};

void TestTopology::examplesGraph()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const TopologyGraph g = TopologyGraph::build(ws);
    QVERIFY(ids(g).contains(u"HTTPRoute/shop/storefront#1"_s));
    QVERIFY(ids(g).contains(u"Backend/shop/checkout-primary@1"_s));
    const TopologyGraph::Node* standby = g.node(u"Backend/shop/checkout-standby"_s);
    QVERIFY(standby && standby->fallback && standby->layer == TopologyGraph::BackendLayer);
    // The rule of the canary split, with its weights.
    int weights = 0;
    for (const auto& e : g.edges()) {
        if (e.from == u"HTTPRoute/shop/storefront#0"_s && e.type == TopologyGraph::EdgeType::Backend)
            weights += e.weight.value_or(0);
    }
    QCOMPARE(weights, 100);
    QCOMPARE(g.crossings(), 0);
}

void TestTopology::layoutRemovesCrossings()
{
    Workspace ws;
    ws.addText(u"crossed.yaml"_s, crossedRoutes());
    TopologyGraph g = TopologyGraph::build(ws);
    g.layout(0); // name order only: every rule→backend edge crosses the others
    QCOMPARE(g.crossings(), 3);
    g.layout();
    QCOMPARE(g.crossings(), 0);
    // Each route sits level with its own backend.
    for (const char* p : { "a", "b", "c" }) {
        const auto* route = g.node(u"HTTPRoute/ns/r-"_s + QLatin1StringView(p));
        QVERIFY(route);
    }
    QCOMPARE(g.node(u"HTTPRoute/ns/r-a#0"_s)->order, g.node(u"Backend/ns/b-z"_s)->order);
}

void TestTopology::crossingsOnFixedOrders()
{
    // K2,2 drawn straight has one crossing whatever the order; a route with two backends and
    // two endpoints each has none.
    Workspace ws;
    ws.addText(u"k22.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: ns}\nspec:\n  "
        "rules:\n"
        "    - backendRefs: [{name: s1, port: 80}, {name: s2, port: 80}]\n"
        "    - backendRefs: [{name: s1, port: 80}, {name: s2, port: 80}]\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: s1, namespace: ns}\nspec: {ports: [{port: 80}]}\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: s2, namespace: ns}\nspec: {ports: [{port: 80}]}\n"_ba);
    TopologyGraph g = TopologyGraph::build(ws);
    QCOMPARE(g.crossings(), 1);
}

void TestTopology::missingReferencesBecomeNodes()
{
    Workspace ws;
    ws.addText(u"r.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: ns}\nspec:\n"
        "  parentRefs: [{name: gw}]\n  rules:\n    - backendRefs:\n        - {group: gateway.envoyproxy.io, kind: Backend, name: gone}\n"_ba);
    const TopologyGraph g = TopologyGraph::build(ws);
    const TopologyGraph::Node* gone = g.node(u"Backend/ns/gone"_s);
    QVERIFY(gone);
    QVERIFY(gone->missing);
    QVERIFY(gone->problem.contains(u"not in the workspace"_s));
    const TopologyGraph::Node* gateway = g.node(u"Gateway/ns/gw"_s);
    QVERIFY(gateway && gateway->missing && gateway->layer == TopologyGraph::GatewayLayer);
    // The rule carries the route's BackendNotFound.
    const TopologyGraph::Node* rule = g.node(u"HTTPRoute/ns/r#0"_s);
    QCOMPARE(rule->errors, 1);
    QVERIFY(rule->problem.contains(u"BW0505"_s));
}

void TestTopology::modelUpdatesIncrementally()
{
    Workspace ws;
    const int id = ws.addText(u"crossed.yaml"_s, crossedRoutes());
    TopologyModel model(&ws);
    QAbstractItemModelTester nodesTester(model.nodeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester edgesTester(model.edgeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int nodes = model.nodeModel()->rowCount();
    QCOMPARE(nodes, 3 * 4); // route, rule, backend, endpoint per pair
    QVERIFY(model.nodeModel()->roleNames().values().contains("nodeId"));
    QSignalSpy reset(model.nodeModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.nodeModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.nodeModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy edgeChanged(model.edgeModel(), &QAbstractItemModel::dataChanged);
    // Give r-a a second, weighted backend: one edge appears, shares are recomputed.
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"ns"_s, u"r-a"_s };
    QVERIFY(ws.applyEdits(id,
        TopologyWiring::addBackendRef(ws, route, 0, { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"ns"_s, u"b-y"_s }),
        u"wire"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0); // no new node: b-y was there
    QCOMPARE(model.nodeModel()->rowCount(), nodes);
    int shares = 0;
    for (int r = 0; r < model.edgeModel()->rowCount(); ++r) {
        const QModelIndex i = model.edgeModel()->index(r);
        if (i.data(TopologyEdgeModel::FromRole).toString() == u"HTTPRoute/ns/r-a#0"_s)
            shares += i.data(TopologyEdgeModel::ShareRole).toInt();
    }
    QCOMPARE(shares, 100);
    // Renaming a backend away: a missing node appears and the old one goes.
    const QByteArray text = ws.document(id)->text();
    const qsizetype at = text.indexOf("name: b-x,");
    QVERIFY(ws.applyEdits(id, { { at, 9, "name: b-w" } }, u"rename"_s));
    QVERIFY(model.nodeModel()->rowOf(u"Backend/ns/b-x"_s) >= 0); // now a missing target of r-c
    QVERIFY(model.nodeModel()->nodeAt(model.nodeModel()->rowOf(u"Backend/ns/b-x"_s))->missing);
    QVERIFY(model.nodeModel()->rowOf(u"Backend/ns/b-w"_s) >= 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
}

void TestTopology::wiringAddsABackendRefAndUndoRemovesItExactly()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    // Wire the checkout rule to the Service: a backendRef with its port appears after the others.
    const auto r
        = TopologyWiring::addBackendRef(ws, route, 1, { QString(), u"Service"_s, u"shop"_s, u"storefront-canary"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(ws.applyEdits(id, r, u"wire"_s));
    const QByteArray after = ws.document(id)->text();
    QVERIFY2(
        after.contains("          name: checkout-standby\n        - name: storefront-canary\n          port: 8080\n"),
        after.constData());
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);
    // Across namespaces the ref names the namespace, and validation flags the missing grant.
    const auto cross = TopologyWiring::addBackendRef(
        ws, route, 1, { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"checkout-standby"_s });
    QVERIFY(cross.ok());
}

void TestTopology::wiringRefusesKindsTheControllerCannotUse()
{
    // storefront's Gateway is Envoy Gateway's, which cannot use an XBackend (BW0501 if
    // written); partner-api's is another implementation's, which can.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const ResourceKey storefront { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const ResourceKey partner { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"partner-api"_s };
    const ResourceKey collector { u"gateway.networking.x-k8s.io"_s, u"XBackend"_s, u"analytics"_s,
        u"traffic-collector"_s };
    const QString why = TopologyWiring::refusal(ws, storefront, collector);
    QVERIFY2(why.contains(u"Envoy Gateway will reject this backendRef (ResolvedRefs False, InvalidKind)"_s)
            && why.contains(u"gateway.networking.x-k8s.io"_s),
        qPrintable(why));
    const auto refused = TopologyWiring::addBackendRef(ws, storefront, 1, collector);
    QCOMPARE(refused.error, why);
    QVERIFY(refused.edits.empty());
    QCOMPARE(TopologyWiring::refusal(ws, partner, collector), QString());
    QVERIFY(TopologyWiring::addBackendRef(ws, partner, 0, collector).ok());
    QCOMPARE(TopologyWiring::refusal(ws, storefront, { QString(), u"Service"_s, u"shop"_s, u"storefront-canary"_s }),
        QString());
    // Moving partner-api's ref to the collector... there is none; move storefront-canary's to
    // storefront: fine. Moving an XBackend ref from partner-api to storefront is refused alike.
    const int id = ws.findResource(partner)->documentId;
    QVERIFY(ws.applyEdits(id, TopologyWiring::addBackendRef(ws, partner, 0, collector), u"wire"_s));
    const auto move = TopologyWiring::moveBackendRef(ws, partner, 0, 1, storefront, 1);
    QCOMPARE(move.error, why);
    QVERIFY(move.documents.empty());
}

void TestTopology::movingABackendRefKeepsItsFields()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    // The canary ref (rule 0, item 1) to the checkout rule: its port, weight and comment-free
    // fields move; both edits are in one file, so they are one change.
    const TopologyWiring::Change change = TopologyWiring::moveBackendRef(ws, route, 0, 1, route, 1);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.documents.size(), size_t(1));
    QCOMPARE(change.documents[0].documentId, id);
    QVERIFY(ws.applyEdits(id, change.documents[0].edits, u"move"_s));
    const QByteArray after = ws.document(id)->text();
    QVERIFY2(after.contains("          name: checkout-standby\n        - name: storefront-canary\n          port: "
                            "8080\n          weight: 10\n"),
        after.constData());
    QVERIFY(!after.contains("- name: storefront-canary   # a plain Service"));
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);
    // Nothing to move, or nowhere to move it: an error, no edits.
    QVERIFY(!TopologyWiring::moveBackendRef(ws, route, 0, 7, route, 1).ok());
    QVERIFY(!TopologyWiring::moveBackendRef(ws, route, 0, 1, route, 0).ok());
    QVERIFY(!TopologyWiring::moveBackendRef(ws, route, 0, 1, route, 9).ok());
}

void TestTopology::movingABackendRefAcrossFiles()
{
    Workspace ws;
    const int a = ws.addText(u"a.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: a, namespace: ns}\nspec:\n"
        "  rules:\n    - backendRefs:\n        - name: svc\n          port: \"80\"  # quoted: stays a string\n"
        "          weight: 3\n"_ba);
    const int b = ws.addText(u"b.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: b, namespace: ns}\nspec:\n"
        "  rules:\n    - matches: [{path: {type: PathPrefix, value: /}}]\n"_ba);
    const ResourceKey ra { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"ns"_s, u"a"_s };
    const ResourceKey rb { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"ns"_s, u"b"_s };
    const TopologyWiring::Change change = TopologyWiring::moveBackendRef(ws, ra, 0, 0, rb, 0);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.documents.size(), size_t(2));
    QCOMPARE(change.documents[0].documentId, b); // added first, then removed
    QCOMPARE(change.documents[1].documentId, a);
    for (const TopologyWiring::DocumentEdits& d : change.documents)
        QVERIFY(ws.applyEdits(d.documentId, d.edits, u"move"_s));
    const QByteArray moved = ws.document(b)->text();
    QVERIFY2(moved.contains("backendRefs:") && moved.contains("name: svc") && moved.contains("port: \"80\"")
            && moved.contains("weight: 3"),
        moved.constData());
    QVERIFY(!ws.document(a)->text().contains("name: svc"));
}

void TestTopology::aWiringEditKeepsTheColumnOrder()
{
    // A drop adds an edge between nodes that are all there: each column keeps its order, so
    // nothing the user was looking at jumps away.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const TopologyGraph before = TopologyGraph::build(ws);
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"partner-api"_s };
    const int id = ws.findResource(route)->documentId;
    QVERIFY(ws.applyEdits(id,
        TopologyWiring::addBackendRef(
            ws, route, 0, { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"checkout-standby"_s }),
        u"wire"_s));
    const TopologyGraph after = TopologyGraph::build(ws, nullptr, &before);
    QCOMPARE(after.edges().size(), before.edges().size() + 1);
    QCOMPARE(ids(after), ids(before));
    for (const TopologyGraph::Node& n : before.nodes())
        QVERIFY2(after.node(n.id)->order == n.order, qPrintable(n.id));
    // Without the earlier layout the graph is laid out afresh (and may well differ).
    const TopologyGraph fresh = TopologyGraph::build(ws);
    QCOMPARE(ids(fresh), ids(before));
}

void TestTopology::graphJsonContract()
{
    QProcess p;
    p.start(QStringLiteral(BW_CLI_PATH), { u"graph"_s, u"--format"_s, u"json"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray nodes = root.value(u"nodes"_s).toArray();
    const QJsonArray edges = root.value(u"edges"_s).toArray();
    QVERIFY(!nodes.isEmpty() && !edges.isEmpty());
    QSet<QString> nodeIds;
    for (const QJsonValue& v : nodes) {
        const QJsonObject n = v.toObject();
        for (const char* key : { "id", "kind", "namespace", "name", "missing" })
            QVERIFY2(n.contains(QLatin1StringView(key)), key);
        QVERIFY(n.value(u"missing"_s).isBool());
        nodeIds.insert(n.value(u"id"_s).toString());
    }
    QVERIFY(nodeIds.contains(u"HTTPRoute/shop/storefront"_s));
    QVERIFY(nodeIds.contains(u"HTTPRoute/shop/storefront#1"_s));
    QVERIFY(nodeIds.contains(u"Backend/shop/checkout-primary@0"_s));
    QVERIFY(nodeIds.contains(u"Gateway/infra/edge"_s));
    QSet<QString> types;
    for (const QJsonValue& v : edges) {
        const QJsonObject e = v.toObject();
        for (const char* key : { "from", "to", "type", "weight" })
            QVERIFY2(e.contains(QLatin1StringView(key)), key);
        QVERIFY(nodeIds.contains(e.value(u"from"_s).toString()));
        QVERIFY(nodeIds.contains(e.value(u"to"_s).toString()));
        types.insert(e.value(u"type"_s).toString());
        if (e.value(u"from"_s).toString() == u"HTTPRoute/shop/storefront#0"_s
            && e.value(u"to"_s).toString() == u"Service/shop/storefront-canary"_s) {
            QCOMPARE(e.value(u"type"_s).toString(), u"backend"_s);
            QCOMPARE(e.value(u"weight"_s).toInt(), 10);
        }
    }
    QCOMPARE(types, (QSet<QString> { u"parent"_s, u"rule"_s, u"backend"_s, u"mirror"_s, u"endpoint"_s, u"policy"_s }));
    // DOT for Graphviz.
    QProcess dot;
    dot.start(QStringLiteral(BW_CLI_PATH), { u"graph"_s, u"--format"_s, u"dot"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QVERIFY(dot.waitForFinished(30000));
    QCOMPARE(dot.exitCode(), 0);
    const QByteArray out = dot.readAllStandardOutput();
    QVERIFY(out.startsWith("digraph workbench {"));
    QVERIFY(out.contains("\"HTTPRoute/shop/partner-api#0\" -> \"XBackend/analytics/traffic-collector\" [style=dashed"));
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
