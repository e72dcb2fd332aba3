// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The QML canvas, driven through its QQuickWidget as a user would: drag a rule's handle onto
// a backend, and the route's YAML gains that backendRef; undo takes it out exactly.
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QtTest>

#include "models/topologymodel.h"
#include "models/workspacemodel.h"
#include "quicktestutils.h"
#include "testutils.h"
#include "topology/topologycontroller.h"
#include "topology/topologyview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
using test::centreOf;
using test::findItem;

// Presses on `handle`, moves in steps until its centre is over `to`, and (unless `release` is
// false) releases there. The handle trails the pointer by the drag threshold, so the last
// move makes up for it. Returns where the pointer is.
QPoint dragTo(QWidget* canvas, QQuickItem* handle, QPoint to, bool release = true)
{
    const QPoint from = centreOf(handle);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(canvas, from + (to - from) * step / 10);
    const QPoint end = to + (to - centreOf(handle));
    QTest::mouseMove(canvas, end);
    if (release)
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, end);
    return end;
}

// Every node's (column, row) in the canvas.
QHash<QString, QPointF> positions(const TopologyView& view)
{
    QHash<QString, QPointF> out;
    const TopologyNodeModel* nodes = view.model()->nodeModel();
    for (int r = 0; r < nodes->rowCount(); ++r) {
        const QString id = nodes->index(r).data(TopologyNodeModel::IdRole).toString();
        out.insert(id, view.controller()->position(id));
    }
    return out;
}
// Large enough for the examples' whole graph, so every node the tests drag to is on screen.
bool showGraph(TopologyView& view)
{
    view.resize(1500, 900);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}
} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dragRuleOntoBackendAddsBackendRef();
    void edgesCanBeReweightedDeletedAndMoved();
    void objectsFromTheTreeCanBeDroppedOnARule();
    void dropAcrossNamespacesOffersTheGrant();
    void aDropTheWorkspaceWouldRejectIsRefusedWhileDragging();
    void aDropKeepsTheColumnOrder();
    void searchAndSelectionAreTheControllers();
};

void TestTopologyView::initTestCase()
{
    // No GPU here: Qt Quick's software renderer draws the canvas.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void TestTopologyView::dragRuleOntoBackendAddsBackendRef()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    TopologyView view(&ws);
    QVERIFY(showGraph(view));
    QQuickItem* root = view.quickWidget()->rootObject();
    QVERIFY2(root, "the QML canvas did not load");
    const QString rule = u"HTTPRoute/shop/storefront#1"_s;
    const QString backend = u"Service/shop/storefront-canary"_s;
    QTRY_VERIFY(findItem(root, u"handle:"_s + rule));
    QQuickItem* handle = findItem(root, u"handle:"_s + rule);
    QQuickItem* target = findItem(root, u"node:"_s + backend);
    QVERIFY(handle && target);

    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    const int edgesBefore = view.model()->edgeModel()->rowCount();

    // Press on the handle, move in steps (past the drag threshold), release over the backend.
    QWidget* canvas = view.quickWidget();
    const QPoint to = centreOf(target);
    dragTo(canvas, handle, to);

    QTRY_COMPARE(view.model()->edgeModel()->rowCount(), edgesBefore + 1);
    const QByteArray after = ws.document(id)->text();
    QVERIFY2(
        after.contains("          name: checkout-standby\n        - name: storefront-canary\n          port: 8080\n"),
        after.constData());
    QByteArray expected = before;
    expected.insert(before.indexOf("          name: checkout-standby\n") + 33,
        "        - name: storefront-canary\n          port: 8080\n");
    QCOMPARE(after, expected);
    // Undo removes exactly what the drop added.
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);
    QTRY_COMPARE(view.model()->edgeModel()->rowCount(), edgesBefore);

    // The same drop, but onto a node that takes no backendRefs (an endpoint), does nothing.
    QQuickItem* endpoint = findItem(root, u"node:Backend/shop/checkout-primary@0"_s);
    QVERIFY(endpoint);
    dragTo(canvas, findItem(root, u"handle:"_s + rule), centreOf(endpoint));
    QTest::qWait(50);
    QCOMPARE(ws.document(id)->text(), before);

    // Screenshots for the README when asked: the graph, and a drag in progress.
    const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        // Wide enough for every column, cropped to the rows the example workspace fills.
        view.resize(1780, 900);
        QTest::qWait(100);
        const QRect shot(0, 0, view.width(), 440);
        QVERIFY(view.grab(shot).save(out + u"/topology.png"_s));
        handle = findItem(root, u"handle:"_s + rule);
        dragTo(canvas, handle, centreOf(findItem(root, u"node:"_s + backend)), false); // hold it over the backend
        QTest::qWait(100);
        QVERIFY(view.grab(shot).save(out + u"/topology-drag.png"_s));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, centreOf(handle) + QPoint(300, 300)); // let go elsewhere
    }
}

void TestTopologyView::edgesCanBeReweightedDeletedAndMoved()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    TopologyView view(&ws);
    QVERIFY(showGraph(view));
    QQuickItem* root = view.quickWidget()->rootObject();
    QWidget* canvas = view.quickWidget();
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    const QString canaryEdge = u"edge:HTTPRoute/shop/storefront#0->Service/shop/storefront-canary"_s;
    QTRY_VERIFY(findItem(root, canaryEdge));

    // Double-click the 10 % label, type a weight, Enter: the YAML weight changes.
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, centreOf(findItem(root, canaryEdge)));
    QQuickItem* input = findItem(root, u"weight:HTTPRoute/shop/storefront#0->Service/shop/storefront-canary"_s);
    QTRY_VERIFY(input && input->isVisible() && input->hasActiveFocus());
    QTest::keyClick(canvas, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(canvas, u"30"_s);
    QTest::keyClick(canvas, Qt::Key_Return);
    QTRY_VERIFY(ws.document(id)->text().contains("          port: 8080\n          weight: 30\n"));
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);

    // Click the label and press Delete: that backendRef goes.
    QTRY_VERIFY(findItem(root, canaryEdge));
    int row = -1;
    for (int r = 0; r < view.model()->edgeModel()->rowCount(); ++r) {
        const QModelIndex i = view.model()->edgeModel()->index(r);
        if (i.data(TopologyEdgeModel::FromRole).toString() == u"HTTPRoute/shop/storefront#0"_s
            && i.data(TopologyEdgeModel::ToRole).toString() == u"Service/shop/storefront-canary"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    // Selecting is what a click on the label does (a synthetic single click right after the
    // double-click above is not delivered as a click here); then Delete as the user presses it.
    root->setProperty("selectedEdge", row);
    root->forceActiveFocus();
    QTest::keyClick(canvas, Qt::Key_Delete);
    QTRY_VERIFY(!ws.document(id)->text().contains("- name: storefront-canary   # a plain Service"));
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);

    // Drag the label onto the /checkout rule: the ref moves there with its port and weight.
    QTRY_VERIFY(findItem(root, canaryEdge));
    QQuickItem* tag = findItem(root, canaryEdge);
    dragTo(canvas, tag, centreOf(findItem(root, u"node:HTTPRoute/shop/storefront#1"_s)));
    QTRY_VERIFY(findItem(root, u"edge:HTTPRoute/shop/storefront#1->Service/shop/storefront-canary"_s));
    const QByteArray moved = ws.document(id)->text();
    QVERIFY2(moved.contains("          name: checkout-standby\n        - name: storefront-canary\n          port: "
                            "8080\n          weight: 10\n"),
        moved.constData());
    QVERIFY(!moved.contains("- name: storefront-canary   # a plain Service")); // gone from the first rule
    QVERIFY(ws.undo(id)); // one step
    QCOMPARE(ws.document(id)->text(), before);
}

void TestTopologyView::objectsFromTheTreeCanBeDroppedOnARule()
{
    // What a drag from the workspace tree carries, and what a drop of it on a rule does.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    WorkspaceModel tree(&ws);
    QModelIndex canary;
    for (int f = 0; f < tree.rowCount() && !canary.isValid(); ++f) {
        const QModelIndex file = tree.index(f, 0);
        for (int r = 0; r < tree.rowCount(file); ++r) {
            if (tree.index(r, 0, file).data(WorkspaceModel::NameRole).toString() == u"storefront-canary"_s
                && tree.index(r, 0, file).data(WorkspaceModel::KindRole).toString() == u"Service"_s)
                canary = tree.index(r, 0, file);
        }
    }
    QVERIFY(canary.isValid());
    QVERIFY(tree.flags(canary) & Qt::ItemIsDragEnabled);
    QVERIFY(!(tree.flags(canary.parent()) & Qt::ItemIsDragEnabled)); // files are not dragged
    std::unique_ptr<QMimeData> data(tree.mimeData({ canary }));
    QVERIFY(data);
    const QString payload = QString::fromUtf8(data->data(QString(WorkspaceModel::resourceMimeType)));
    QCOMPARE(payload, u"|Service|shop|storefront-canary"_s);

    TopologyView view(&ws);
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    QVERIFY(view.controller()->wireResource(u"HTTPRoute/shop/storefront#1"_s, payload));
    QVERIFY(ws.document(id)->text().contains("        - name: storefront-canary\n          port: 8080\n"));
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), before);
    // Something that takes no traffic (a ConfigMap) is refused, and nothing changes.
    QSignalSpy failed(view.controller(), &TopologyController::failed);
    QVERIFY(!view.controller()->wireResource(u"HTTPRoute/shop/storefront#1"_s, u"|ConfigMap|shop|shop-internal-ca"_s));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(ws.document(id)->text(), before);
}

void TestTopologyView::dropAcrossNamespacesOffersTheGrant()
{
    Workspace ws;
    const int id = ws.addText(u"cross.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: frontend}\n"
        "spec:\n  rules:\n    - matches: [{path: {type: PathPrefix, value: /}}]\n"
        "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: api, namespace: payments}\n"
        "spec:\n  endpoints:\n    - fqdn: {hostname: api.example.com, port: 443}\n"_ba);
    TopologyView view(&ws);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy needed(view.controller(), &TopologyController::grantNeeded);
    QVERIFY(view.controller()->wire(u"HTTPRoute/frontend/web#0"_s, u"Backend/payments/api"_s));
    // The drop is made, RefNotPermitted is reported, and the grant is offered.
    QCOMPARE(needed.count(), 1);
    QVERIFY(needed.at(0).at(0).toString().contains(u"RefNotPermitted"_s));
    auto* bar = view.findChild<QWidget*>(u"grantBar"_s);
    QVERIFY(bar && bar->isVisible());
    const auto refused = [&] {
        const auto d = ws.diagnostics();
        return std::count_if(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == u"BW0503"_s; });
    };
    QCOMPARE(refused(), 1);
    QTest::mouseClick(view.findChild<QPushButton*>(u"createGrant"_s), Qt::LeftButton);
    QCOMPARE(refused(), 0);
    QVERIFY(!bar->isVisible());
    QVERIFY(ws.document(id)->text().contains(
        "kind: ReferenceGrant\nmetadata:\n  name: allow-frontend-httproutes-to-backend-api\n  namespace: payments\n"));
    // Undo removes the grant, then the wiring, each exactly.
    QVERIFY(ws.undo(id));
    QCOMPARE(refused(), 1);
}

void TestTopologyView::aDropTheWorkspaceWouldRejectIsRefusedWhileDragging()
{
    // storefront's Gateway is Envoy Gateway's, which cannot use an XBackend: held over the
    // collector, the drop is refused with the reason; let go there, nothing changes.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    TopologyView view(&ws);
    QVERIFY(showGraph(view));
    QQuickItem* root = view.quickWidget()->rootObject();
    QWidget* canvas = view.quickWidget();
    const QString rule = u"HTTPRoute/shop/storefront#1"_s;
    const QString collector = u"XBackend/analytics/traffic-collector"_s;
    QTRY_VERIFY(findItem(root, u"handle:"_s + rule));
    QQuickItem* target = findItem(root, u"node:"_s + collector);
    QVERIFY(target);
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
    const int id = ws.findResource(route)->documentId;
    const QByteArray before = ws.document(id)->text();
    auto* status = view.findChild<QLabel*>(u"dropRefusal"_s);
    QVERIFY(status && !status->isVisible());

    const QPoint at = dragTo(canvas, findItem(root, u"handle:"_s + rule), centreOf(target), false);
    QTRY_VERIFY(!view.controller()->dropRefusal().isEmpty());
    const QString reason = view.controller()->dropRefusal();
    QVERIFY2(
        reason.contains(u"InvalidKind"_s) && reason.contains(u"gateway.networking.x-k8s.io"_s), qPrintable(reason));
    QVERIFY(findItem(root, u"drop:"_s + collector)->property("refused").toBool());
    QQuickItem* label = findItem(root, u"refusal:"_s + collector);
    QVERIFY(label && label->isVisible());
    QVERIFY(label->property("text").toString().contains(reason));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(reason));

    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at);
    QTest::qWait(50);
    QCOMPARE(ws.document(id)->text(), before);
    QVERIFY(view.controller()->dropRefusal().isEmpty());
    QVERIFY(!status->isVisible());
    QVERIFY(!label->isVisible());
    // The controller refuses the same wiring when asked directly.
    QSignalSpy failed(view.controller(), &TopologyController::failed);
    QVERIFY(!view.controller()->wire(rule, collector));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), reason);
    QCOMPARE(ws.document(id)->text(), before);
}

void TestTopologyView::aDropKeepsTheColumnOrder()
{
    // Wiring partner-api to the standby backend connects nodes that are all there: no node
    // moves, so the backend the user dropped on stays under the pointer.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    TopologyView view(&ws);
    QVERIFY(showGraph(view));
    QQuickItem* root = view.quickWidget()->rootObject();
    const QString rule = u"HTTPRoute/shop/partner-api#0"_s;
    const QString backend = u"Backend/shop/checkout-standby"_s;
    QTRY_VERIFY(findItem(root, u"handle:"_s + rule));
    QQuickItem* target = findItem(root, u"node:"_s + backend);
    QVERIFY(target);
    const QHash<QString, QPointF> before = positions(view);
    const int edges = view.model()->edgeModel()->rowCount();
    dragTo(view.quickWidget(), findItem(root, u"handle:"_s + rule), centreOf(target));
    QTRY_COMPARE(view.model()->edgeModel()->rowCount(), edges + 1);
    const QHash<QString, QPointF> after = positions(view);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestTopologyView::searchAndSelectionAreTheControllers()
{
    // The search box and the window's selection reach the canvas through the controller's
    // properties, which the canvas binds to.
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    TopologyView view(&ws);
    QVERIFY(showGraph(view));
    QQuickItem* root = view.quickWidget()->rootObject();
    QCOMPARE(root->property("controller").value<TopologyController*>(), view.controller());
    QSignalSpy searched(view.controller(), &TopologyController::searchChanged);
    auto* search = view.findChild<QLineEdit*>(u"topologySearch"_s);
    QTest::keyClicks(search, u"canary"_s);
    QCOMPARE(view.controller()->search(), u"canary"_s);
    QCOMPARE(searched.count(), 6);
    QCOMPARE(root->property("search").toString(), u"canary"_s);
    QSignalSpy selected(view.controller(), &TopologyController::selectedNodeChanged);
    view.selectNode(u"Service/shop/storefront-canary"_s);
    QCOMPARE(view.controller()->selectedNode(), u"Service/shop/storefront-canary"_s);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(root->property("selectedNode").toString(), u"Service/shop/storefront-canary"_s);
    // A click on a node selects it there too.
    QTRY_VERIFY(findItem(root, u"node:Backend/shop/checkout-standby"_s));
    QSignalSpy activated(&view, &TopologyView::nodeActivated);
    QTest::mouseClick(
        view.quickWidget(), Qt::LeftButton, {}, centreOf(findItem(root, u"node:Backend/shop/checkout-standby"_s)));
    QTRY_COMPARE(view.controller()->selectedNode(), u"Backend/shop/checkout-standby"_s);
    QCOMPARE(activated.count(), 1);
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
