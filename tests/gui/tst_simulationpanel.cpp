// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simulation panel in the window: the examples' checkout rule with endpoints unchecked in
// the tree (the 72 % rule: 70/30, then 0/100), a scenario played into the chart, the Tools
// action and the graph's context menu, and Live mode against a small server on 127.0.0.1
// that goes away. BW_SCREENSHOT_DIR set (under xvfb-run) writes docs/simulation-panel.png.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "docks/simulationpanel.h"
#include "editors/resourceeditor.h"
#include "models/failovermodel.h"
#include "models/scenariotimelinemodel.h"
#include "quicktestutils.h"
#include "simulation/livefailovermonitor.h"
#include "testutils.h"
#include "topology/topologycontroller.h"
#include "topology/topologygraph.h"
#include "topology/topologyview.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const ResourceKey kStorefront { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s };
const ResourceKey kLiveRoute { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"live"_s, u"app"_s };

// Two primary endpoints down one after the other, back after a while.
const QByteArray kScenario = "route: shop/storefront\nrule: 1\nduration: 60s\nstep: 1s\nevents:\n"
                             "  - {at: 5s, endpoint: shop/checkout-primary#0, event: down}\n"
                             "  - {at: 15s, endpoint: shop/checkout-primary#1, event: down}\n"
                             "  - {at: 35s, endpoint: shop/checkout-primary, event: up}\n";

QByteArray liveWorkspace(int activePort, int standbyPort, bool withPolicy)
{
    QByteArray yaml
        = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: active, namespace: live}\n"
          "spec:\n  endpoints: [{ip: {address: 127.0.0.1, port: "
        + QByteArray::number(activePort)
        + "}}]\n---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\n"
          "metadata: {name: standby, namespace: live}\nspec:\n  fallback: true\n"
          "  endpoints: [{ip: {address: 127.0.0.1, port: "
        + QByteArray::number(standbyPort)
        + "}}]\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n"
          "metadata: {name: app, namespace: live}\nspec:\n  rules:\n    - backendRefs:\n"
          "        - {group: gateway.envoyproxy.io, kind: Backend, name: active}\n"
          "        - {group: gateway.envoyproxy.io, kind: Backend, name: standby}\n";
    if (withPolicy)
        yaml += "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\n"
                "metadata: {name: app-health, namespace: live}\nspec:\n"
                "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: app}]\n"
                "  healthCheck:\n    active:\n      type: TCP\n      interval: 200ms\n      timeout: 150ms\n"
                "      unhealthyThreshold: 2\n      healthyThreshold: 1\n";
    return yaml;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

using test::centreOf;
using test::findItem;

// Where the view draws the check box of `index`, to click it as a user would.
QPoint checkBoxCentre(QTreeView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.checkState = Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
    option.text = index.data().toString();
    option.showDecorationSelected = true;
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view).center();
}

QString shareShown(const FailoverModel* m, int backend)
{
    return m->index(backend, FailoverModel::ShareColumn).data().toString();
}

} // namespace

class TestSimulationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkoutRuleInTheWindow();
    void graphMenuAndAction();
    void warnsWithoutHealthCheck();
    void liveFollowsTheServer();

private:
    QTemporaryDir m_dir;
};

void TestSimulationPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's home
    QSettings().clear();
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the canvas and chart, without a GPU
}

void TestSimulationPanel::checkoutRuleInTheWindow()
{
    QTemporaryDir recovery;
    MainWindow w;
    w.setRecoveryDirectory(recovery.path());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPaths({ QStringLiteral(BW_EXAMPLES_DIR) });

    SimulationPanel* panel = w.simulationPanel();
    QVERIFY(panel);
    QCOMPARE(panel, w.findChild<SimulationPanel*>(u"simulationPanel"_s));
    QVERIFY2(!panel->isVisible(), "the Simulation panel waits until a failover is simulated");
    FailoverModel* model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(w.simulateRoute(kStorefront, 1));
    QVERIFY(panel->isVisible());
    QVERIFY(panel->ruleCount() >= 3);
    QCOMPARE(panel->rulePicker()->count(), panel->ruleCount());
    QVERIFY2(panel->rulePicker()->currentText().startsWith(u"shop/storefront rule 1: checkout-primary"_s),
        qPrintable(panel->rulePicker()->currentText()));
    QCOMPARE(panel->currentRule()->rule, 1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(shareShown(model, 0), u"100 %"_s);
    QCOMPARE(shareShown(model, 1), u"0 %"_s);
    QVERIFY(panel->warningText().isEmpty()); // storefront-health checks the endpoints
    QVERIFY(!panel->findChild<QLabel*>(u"simulationWarning"_s)->isVisible());

    // One of the primary's two endpoints unchecked with the mouse: 70 / 30.
    QTreeView* view = panel->view();
    QTRY_VERIFY(view->isExpanded(model->backendIndex(0)));
    const QModelIndex first = model->endpointIndex(0, 0);
    QVERIFY(first.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    view->scrollTo(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCentre(view, first));
    QTRY_COMPARE(first.data(FailoverModel::HealthyRole).toBool(), false);
    QCOMPARE(shareShown(model, 0), u"70 %"_s);
    QCOMPARE(shareShown(model, 1), u"30 %"_s);
    QCOMPARE(model->endpointIndex(0, 1, FailoverModel::ShareColumn).data().toString(), u"70 %"_s);
    auto* summary = panel->findChild<QLabel*>(u"simulationSummary"_s);
    QVERIFY2(
        summary->text().startsWith(u"P0 load 70 % (1 of 2 healthy) · P1 load 30 %"_s), qPrintable(summary->text()));

    // The second one with the keyboard: everything on the standby.
    const QModelIndex second = model->endpointIndex(0, 1);
    view->setCurrentIndex(second);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(second.data(FailoverModel::HealthyRole).toBool(), false);
    QCOMPARE(shareShown(model, 0), u"0 %"_s);
    QCOMPARE(shareShown(model, 1), u"100 %"_s);

    // An edit elsewhere plans the rules again but keeps the marks on an unchanged rule.
    panel->refresh();
    QCOMPARE(shareShown(model, 1), u"100 %"_s);
    // All Healthy, then the picture's state: one endpoint down.
    QTest::mouseClick(panel->findChild<QPushButton*>(u"simulationReset"_s), Qt::LeftButton);
    QCOMPARE(shareShown(model, 0), u"100 %"_s);
    QVERIFY(model->setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shareShown(model, 1), u"30 %"_s);

    // Activating the primary's row shows its backendRef in the route.
    Q_EMIT view->activated(model->backendIndex(0));
    QVERIFY(w.currentEditor() && w.currentEditor()->resource());
    QCOMPARE(*w.currentEditor()->resource(), kStorefront);

    // A scenario: outages over time, played into the chart.
    QVERIFY(!panel->openScenario(writeFile(m_dir, u"broken.yaml"_s, "events: [{at: soon}]\n")));
    QVERIFY(!panel->scenarioStatusText().isEmpty());
    QVERIFY(!panel->findChild<QPushButton*>(u"simulationRunScenario"_s)->isEnabled());
    QVERIFY2(
        panel->openScenario(writeFile(m_dir, u"outage.yaml"_s, kScenario)), qPrintable(panel->scenarioStatusText()));
    QVERIFY(panel->findChild<QPushButton*>(u"simulationRunScenario"_s)->isEnabled());
    ScenarioTimelineModel* timeline = panel->timelineModel();
    QAbstractItemModelTester timelineTester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel->runScenario());
    QVERIFY(timeline->rowCount() >= 60);
    QCOMPARE(timeline->backends(), QStringList({ u"shop/checkout-primary"_s, u"shop/checkout-standby"_s }));
    QCOMPARE(timeline->index(0, 0).data(ScenarioTimelineModel::SharesRole).toList(), QVariantList({ 100.0, 0.0 }));
    QVERIFY2(timeline->failoverStartsAt() > 5, qPrintable(QString::number(timeline->failoverStartsAt())));
    QVERIFY2(timeline->failoverEndsAt() > 35, qPrintable(QString::number(timeline->failoverEndsAt())));
    QVERIFY(panel->scenarioStatusText().contains(u"failover starts at"_s));
    // The model shown is still the panel's own (the scenario does not touch the check boxes).
    QCOMPARE(shareShown(model, 1), u"30 %"_s);

    QQuickWidget* chart = panel->chart();
    QVERIFY(chart);
    QVERIFY2(chart->errors().isEmpty(), qPrintable(chart->errors().value(0).toString()));
    QVERIFY(chart->rootObject());
    QTRY_VERIFY(chart->isVisible());
    QVERIFY(findItem(chart->rootObject(), u"series0"_s));
    QVERIFY(findItem(chart->rootObject(), u"series1"_s));
    QQuickItem* start = findItem(chart->rootObject(), u"failoverStartMarker"_s);
    QVERIFY(start && start->isVisible() && start->x() > 0);
    QQuickItem* end = findItem(chart->rootObject(), u"failoverEndMarker"_s);
    QVERIFY(end && end->isVisible() && end->x() > start->x());
    // Hovering reads the shares at that moment.
    QQuickItem* plot = findItem(chart->rootObject(), u"chartPlot"_s);
    QVERIFY(plot);
    const QPoint inPlot = plot->mapToScene(QPointF(plot->width() * 0.3, plot->height() / 2)).toPoint();
    for (const QPoint& at : { inPlot - QPoint(5, 0), inPlot }) {
        QMouseEvent move(QEvent::MouseMove, at, chart->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chart, &move);
    }
    QTRY_VERIFY(chart->rootObject()->property("hoverT").toDouble() > 0);

    // The example scenario: zone a dies at 10 s, zone b answers 503 from 30 s, both fixed at 60 s.
    // It names the route only; the rule with the fallback is the one it fits.
    panel->showRule(kStorefront, 0);
    QVERIFY2(panel->openScenario(QStringLiteral(BW_SOURCE_DIR "/resources/scenarios/checkout-outage.yaml")),
        qPrintable(panel->scenarioStatusText()));
    QCOMPARE(panel->currentRule()->rule, 1);
    QVERIFY(panel->runScenario());
    QCOMPARE(timeline->rowCount(), 91); // 0 to 90 s, every second
    QCOMPARE(timeline->duration(), 90.0);
    QVERIFY2(timeline->failoverStartsAt() >= 10 && timeline->failoverStartsAt() <= 20,
        qPrintable(QString::number(timeline->failoverStartsAt())));
    QVERIFY2(timeline->failoverEndsAt() >= 60, qPrintable(QString::number(timeline->failoverEndsAt())));
    QCOMPARE(timeline->index(45, 0).data(ScenarioTimelineModel::SharesRole).toList(), QVariantList({ 0.0, 100.0 }));
    QVERIFY2(panel->scenarioStatusText().startsWith(u"checkout-outage.yaml on shop/storefront rule 1"_s),
        qPrintable(panel->scenarioStatusText()));
    // Going to rule 0 and back started the rule afresh: every endpoint healthy again.
    QCOMPARE(shareShown(model, 0), u"100 %"_s);
    QVERIFY(model->setData(model->endpointIndex(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shareShown(model, 1), u"30 %"_s);

    // The picture: the route above, one endpoint down, the example scenario's chart.
    view->clearSelection();
    view->setCurrentIndex({});
    w.resizeDocks({ panel }, { 360 }, Qt::Vertical);
    QTest::qWait(300);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(shot.save(out + u"/simulation-panel.png"_s));
}

void TestSimulationPanel::graphMenuAndAction()
{
    QTcpServer a;
    QTcpServer b;
    QVERIFY(a.listen(QHostAddress::LocalHost, 0));
    QVERIFY(b.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir recovery;
    MainWindow w;
    w.setRecoveryDirectory(recovery.path());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString dir
        = QFileInfo(writeFile(m_dir, u"graph/live.yaml"_s, liveWorkspace(a.serverPort(), b.serverPort(), true)))
              .absolutePath();
    w.openPaths({ dir });
    SimulationPanel* panel = w.simulationPanel();

    // The controller says which nodes can be simulated (once the graph, laid out on a worker
    // while the Topology tab is shown, is in).
    w.editors()->setCurrentWidget(w.topology());
    TopologyController* controller = w.topology()->controller();
    const QString routeId = TopologyGraph::idOf(u"HTTPRoute"_s, u"live"_s, u"app"_s);
    QTRY_VERIFY(controller->canSimulate(routeId));
    QVERIFY(controller->canSimulate(routeId + u"#0"_s));
    QVERIFY(!controller->canSimulate(routeId + u"#3"_s));
    QVERIFY(!controller->canSimulate(TopologyGraph::idOf(u"Backend"_s, u"live"_s, u"active"_s)));
    QVERIFY(!controller->simulate(u"nothing"_s));

    // Right-click the rule in the graph: Simulate failover.
    w.editors()->setCurrentWidget(w.topology());
    QQuickWidget* quick = w.topology()->quickWidget();
    QQuickItem* rule = nullptr;
    QTRY_VERIFY((rule = findItem(quick->rootObject(), u"node:"_s + routeId + u"#0"_s)));
    QTest::mouseClick(quick, Qt::RightButton, {}, centreOf(rule));
    QMenu* menu = w.topology()->nodeMenu();
    QTRY_VERIFY(menu->isVisible());
    QAction* simulateItem = menu->findChild<QAction*>(u"simulateMenuAction"_s);
    QVERIFY(simulateItem);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(simulateItem).center());
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->currentRule()->route, kLiveRoute);
    QCOMPARE(panel->currentRule()->rule, 0);

    // Tools > Simulate Failover with the route's editor in front.
    panel->close();
    QVERIFY(!panel->isVisible());
    QVERIFY(w.openResource(kLiveRoute));
    auto* action = w.findChild<QAction*>(u"simulateAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F9));
    action->trigger();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->currentRule()->route, kLiveRoute);
    QVERIFY(!w.simulateRoute(kLiveRoute, 5));
}

void TestSimulationPanel::warnsWithoutHealthCheck()
{
    Workspace ws;
    ws.addText(u"nocheck.yaml"_s, liveWorkspace(1, 2, false));
    SimulationPanel panel(&ws);
    panel.show();
    QVERIFY(panel.showRule(kLiveRoute));
    QVERIFY2(panel.warningText().startsWith(u"No health check configured: failover never triggers"_s),
        qPrintable(panel.warningText()));
    QVERIFY(panel.findChild<QLabel*>(u"simulationWarning"_s)->isVisible());

    // An edit that adds the policy takes the warning away after the pause.
    ws.addText(u"policy.yaml"_s, liveWorkspace(1, 2, true).mid(liveWorkspace(1, 2, false).size()));
    QTRY_VERIFY(panel.warningText().isEmpty());
    QVERIFY(!panel.findChild<QLabel*>(u"simulationWarning"_s)->isVisible());
    QCOMPARE(panel.currentRule()->health.active.intervalMs, 200);
}

void TestSimulationPanel::liveFollowsTheServer()
{
    QTcpServer active;
    QTcpServer standby;
    QVERIFY(active.listen(QHostAddress::LocalHost, 0));
    QVERIFY(standby.listen(QHostAddress::LocalHost, 0));
    const int activePort = active.serverPort();
    Workspace ws;
    QVERIFY(
        ws.open({ writeFile(m_dir, u"live/live.yaml"_s, liveWorkspace(activePort, standby.serverPort(), true)) }) > 0);
    SimulationPanel panel(&ws);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.showRule(kLiveRoute, 0));
    FailoverModel* model = panel.model();

    // Live on: the checks run, the endpoints answer, the check boxes are the checks' now.
    auto* live = panel.findChild<QPushButton*>(u"simulationLive"_s);
    QSignalSpy rounds(&panel, &SimulationPanel::liveUpdated);
    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(panel.isLive());
    QVERIFY(live->isChecked());
    QVERIFY(!(model->endpointIndex(0, 0).flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!panel.findChild<QPushButton*>(u"simulationReset"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1, 3000);
    QCOMPARE(model->backendShare(0), 100.0);
    QVERIFY2(panel.liveStatusText().contains(u"TCP connect every 200 ms"_s), qPrintable(panel.liveStatusText()));
    QVERIFY2(panel.liveStatusText().contains(u"all checks pass"_s), qPrintable(panel.liveStatusText()));
    QVERIFY(panel.findChild<QLabel*>(u"simulationLiveStatus"_s)->isVisible());

    // The active server goes away: two failed checks 200 ms apart, then all on the standby.
    active.close();
    QTRY_COMPARE_WITH_TIMEOUT(model->backendShare(1), 100.0, 5000);
    QCOMPARE(model->endpointHealthy(0, 0), false);
    QCOMPARE(model->endpointIndex(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const QString failing = u"failing: 127.0.0.1:%1"_s.arg(activePort);
    QVERIFY2(panel.liveStatusText().contains(failing), qPrintable(panel.liveStatusText()));
    QVERIFY(!model->endpointIndex(0, 0).data(FailoverModel::DetailRole).toString().isEmpty());

    // It comes back: one good check and the traffic returns.
    QVERIFY(active.listen(QHostAddress::LocalHost, quint16(activePort)));
    QTRY_COMPARE_WITH_TIMEOUT(model->backendShare(0), 100.0, 5000);

    // Live off: the check boxes are the user's again.
    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(!panel.isLive());
    QVERIFY(!panel.monitor());
    QVERIFY(model->endpointIndex(0, 0).flags() & Qt::ItemIsUserCheckable);
    QVERIFY(panel.liveStatusText().startsWith(u"Live checks stopped after"_s));
    QVERIFY(model->setEndpointHealth(0, 0, false));
    QCOMPARE(model->backendShare(1), 100.0);
}

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
