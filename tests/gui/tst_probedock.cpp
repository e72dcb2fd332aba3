// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Probes dock against real endpoints on 127.0.0.1: a listening port, a refusing one, a
// black-holed one, and `openssl s_server` with a good and an expired certificate. Results
// become rows, a summary and problems on the endpoints; the window's Probe action, the form's
// button and the graph's context menu start runs.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <memory>

#include "docks/probedock.h"
#include "docks/probestatusproxymodel.h"
#include "docks/simulationpanel.h"
#include "editors/formview.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "models/proberesultsmodel.h"
#include "probe/proberunner.h"
#include "probe/systemtruststore.h"
#include "quicktestutils.h"
#include "testutils.h"
#include "tlstestserver.h"
#include "topology/topologycontroller.h"
#include "topology/topologyview.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
constexpr int kRunTimeoutMs = 15000; // a whole run, generously; each probe has its own deadline

const ResourceKey kPair { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"tcp-pair"_s };

QByteArray ipEndpoint(int port)
{
    return "    - ip: {address: 127.0.0.1, port: " + QByteArray::number(port) + "}\n";
}

// An Envoy Gateway Backend in namespace shop; `endpoints` are list items under spec.endpoints.
QByteArray backend(const QByteArray& name, const QByteArray& endpoints, const QByteArray& tls = {})
{
    QByteArray out = "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: " + name
        + "\n  namespace: shop\nspec:\n  endpoints:\n" + endpoints;
    if (!tls.isEmpty())
        out += "  tls:\n" + tls;
    return out;
}

QString writeWorkspace(const QTemporaryDir& dir, const QString& name, const QByteArray& yaml)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(path);
    test::writeAllTo(path + u"/backends.yaml"_s, yaml);
    return path;
}

// The 1-based line of the first occurrence of `needle` in `text`.
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

const Diagnostic* findDiagnostic(const std::vector<Diagnostic>& all, const QString& code, const QString& fieldPath)
{
    for (const Diagnostic& d : all) {
        if (d.code == code && d.fieldPath == fieldPath)
            return &d;
    }
    return nullptr;
}

QModelIndex childOfType(const QAbstractItemModel* model, const QModelIndex& parent, const QString& type)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex child = model->index(r, 0, parent);
        if (child.data(ProbeResultsModel::ItemTypeRole).toString() == type)
            return child;
    }
    return {};
}

using test::centreOf;
using test::findItem;

QString utcStamp(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyyMMddHHmmss"_s) + u'Z';
}
} // namespace

class TestProbeDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reachableAndRefused();
    void cancelStopsPromptly();
    void windowActionsStartRuns();
    void mixedTlsRun();
    void connectToInPreferences();

private:
    QTemporaryDir m_dir;
};

void TestProbeDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's home
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the Topology tab, without a GPU
    qunsetenv(SystemTrustStore::environmentVariable);
}

void TestProbeDock::init()
{
    QSettings settings;
    settings.setValue(ProbeDock::timeoutSetting, 3000);
    settings.remove(ProbeDock::concurrencySetting);
    settings.remove(u"window/state"_s);
    settings.remove(u"window/geometry"_s);
}

void TestProbeDock::cleanup()
{
    qunsetenv(SystemTrustStore::environmentVariable);
}

void TestProbeDock::reachableAndRefused()
{
    QTcpServer listening;
    QVERIFY(listening.listen(QHostAddress::LocalHost, 0));
    const int closed = test::freeLocalPort();
    QVERIFY(closed > 0);
    const QByteArray yaml = backend("tcp-pair", ipEndpoint(listening.serverPort()) + ipEndpoint(closed));
    Workspace ws;
    QCOMPARE(ws.open({ writeWorkspace(m_dir, u"pair"_s, yaml) }), 1);

    ProbeDock dock(&ws);
    QAbstractItemModelTester tester(dock.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.resize(1000, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QCOMPARE(dock.summaryText(), u"No probes run yet."_s);
    QSignalSpy finished(&dock, &ProbeDock::runFinished);
    QCOMPARE(dock.probe(), 2);
    QVERIFY(dock.isRunning());
    QVERIFY(dock.findChild<QPushButton*>(u"probeCancel"_s)->isEnabled());
    QVERIFY(!dock.findChild<QPushButton*>(u"probeAgain"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dock.isRunning());
    QVERIFY(!dock.findChild<QPushButton*>(u"probeCancel"_s)->isEnabled());
    QVERIFY(dock.findChild<QPushButton*>(u"probeAgain"_s)->isEnabled());

    // One row per endpoint, in the order of the file.
    const QAbstractItemModel* model = dock.viewModel();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex ok = model->index(0, ProbeResultsModel::StatusColumn);
    const QModelIndex refused = model->index(1, ProbeResultsModel::StatusColumn);
    QCOMPARE(ok.data(ProbeResultsModel::StatusRole).toString(), u"ok"_s);
    QCOMPARE(ok.data(ProbeResultsModel::CategoryRole).toString(), QString());
    QCOMPARE(model->index(0, ProbeResultsModel::CategoryColumn).data().toString(), u"reachable"_s);
    QCOMPARE(ok.data(ProbeResultsModel::FieldPathRole).toString(), u"spec.endpoints[0]"_s);
    QCOMPARE(model->index(0, ProbeResultsModel::EndpointColumn).data().toString(),
        u"127.0.0.1:"_s + QString::number(listening.serverPort()));
    QCOMPARE(refused.data(ProbeResultsModel::StatusRole).toString(), u"failed"_s);
    QCOMPARE(refused.data(ProbeResultsModel::CategoryRole).toString(), u"refused"_s);
    QCOMPARE(model->index(1, ProbeResultsModel::CategoryColumn).data().toString(), u"refused"_s);
    QCOMPARE(refused.data(ProbeResultsModel::FieldPathRole).toString(), u"spec.endpoints[1]"_s);
    QVERIFY(!model->index(1, ProbeResultsModel::ExplanationColumn).data().toString().isEmpty());
    // Status icons come from the proxy: a tick and a cross.
    QVERIFY(ok.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(refused.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(!model->index(1, ProbeResultsModel::BackendColumn).data(Qt::DecorationRole).isValid());

    // What the probe saw, below the endpoint, as one line across the columns.
    const QModelIndex tcp = childOfType(model, refused, u"tcp"_s);
    QVERIFY(tcp.isValid());
    QVERIFY2(tcp.data().toString().contains(u"refused"_s), qPrintable(tcp.data().toString()));
    QVERIFY(dock.view()->isFirstColumnSpanned(tcp.row(), refused));
    QVERIFY(childOfType(model, refused, u"fix"_s).isValid());

    QCOMPARE(dock.summaryText(), u"2 endpoint(s): 1 reachable, 1 failed (refused)"_s);
    QCOMPARE(dock.findChild<QLabel*>(u"probeSummary"_s)->text(), dock.summaryText());

    // The failure is a problem on the refused endpoint's line; the reachable one has none.
    const std::vector<Diagnostic> diagnostics = ws.diagnostics();
    const Diagnostic* d = findDiagnostic(diagnostics, u"BW0900"_s, u"spec.endpoints[1]"_s);
    QVERIFY2(d, "no BW0900 on the refused endpoint");
    QCOMPARE(d->severity, Severity::Error);
    QVERIFY(d->file.endsWith(u"pair/backends.yaml"_s));
    QCOMPARE(d->position.line, lineOf(yaml, "port: " + QByteArray::number(closed)));
    QCOMPARE(d->name, u"tcp-pair"_s);
    QVERIFY2(d->message.contains(u"refused"_s), qPrintable(d->message));
    QVERIFY(!findDiagnostic(diagnostics, u"BW0900"_s, u"spec.endpoints[0]"_s));

    // Return on a row asks for its endpoint.
    QSignalSpy activated(&dock, &ProbeDock::endpointActivated);
    dock.view()->setFocus();
    dock.view()->setCurrentIndex(refused);
    QTest::keyClick(dock.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).value<ResourceKey>(), kPair);
    QCOMPARE(activated.first().at(1).toString(), u"spec.endpoints[1]"_s);

    // Once the port answers, probing again takes the problem away.
    QTcpServer late;
    QVERIFY(late.listen(QHostAddress::LocalHost, quint16(closed)));
    QCOMPARE(dock.probeAgain(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data(ProbeResultsModel::StatusRole).toString(), u"ok"_s);
    QCOMPARE(dock.summaryText(), u"2 endpoint(s): 2 reachable"_s);
    QVERIFY(!findDiagnostic(ws.diagnostics(), u"BW0900"_s, u"spec.endpoints[1]"_s));
}

void TestProbeDock::cancelStopsPromptly()
{
    test::BlackHole hole;
    QString error;
    QVERIFY2(hole.open(&error), qPrintable(error));
    QVERIFY2(hole.swallows(200), "the black hole completes connects on this machine");
    QByteArray endpoints;
    for (int i = 0; i < 10; ++i)
        endpoints += ipEndpoint(hole.port());
    Workspace ws;
    QCOMPARE(ws.open({ writeWorkspace(m_dir, u"hole"_s, backend("hole", endpoints)) }), 1);
    QSettings().setValue(ProbeDock::timeoutSetting, 20000);
    QSettings().setValue(ProbeDock::concurrencySetting, 4); // six never start

    ProbeDock dock(&ws);
    QAbstractItemModelTester tester(dock.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.show();
    QSignalSpy finished(&dock, &ProbeDock::runFinished);
    QCOMPARE(dock.probe(), 10);
    QCOMPARE(dock.runner()->options().concurrency, 4);
    QCOMPARE(dock.runner()->options().timeoutMs, 20000);
    QTest::qWait(200);
    QVERIFY(dock.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(dock.summaryText().startsWith(u"Probing: 0 of 10 endpoint(s) done"_s));

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dock.findChild<QPushButton*>(u"probeCancel"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(u"finished %1 ms after Cancel"_s.arg(clock.elapsed())));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!dock.isRunning());
    QCOMPARE(dock.viewModel()->rowCount(), 10);
    for (int r = 0; r < 10; ++r)
        QCOMPARE(dock.viewModel()->index(r, 0).data(ProbeResultsModel::StatusRole).toString(), u"cancelled"_s);
    QCOMPARE(dock.summaryText(), u"10 endpoint(s): 10 cancelled"_s);
    // A cancelled probe says nothing about its endpoint.
    for (const Diagnostic& d : ws.diagnostics())
        QVERIFY2(d.code != u"BW0900"_s, qPrintable(d.message));
}

void TestProbeDock::windowActionsStartRuns()
{
    QTcpServer listening;
    QVERIFY(listening.listen(QHostAddress::LocalHost, 0));
    const int closed = test::freeLocalPort();
    const QByteArray yaml = backend("tcp-pair", ipEndpoint(listening.serverPort()) + ipEndpoint(closed))
        + backend("solo", ipEndpoint(listening.serverPort()));
    QTemporaryDir recovery;
    MainWindow w;
    w.setRecoveryDirectory(recovery.path());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPaths({ writeWorkspace(m_dir, u"window"_s, yaml) });

    auto* dock = w.findChild<ProbeDock*>(u"probeDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock, w.probeDock());
    QVERIFY2(!dock->isVisible(), "the Probes dock waits until something is probed");
    auto* action = w.findChild<QAction*>(u"probeAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F8));
    QVERIFY(!action->toolTip().isEmpty());
    QSignalSpy finished(dock, &ProbeDock::runFinished);

    // Tools > Probe Endpoints: every backend.
    action->trigger();
    QVERIFY(dock->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QCOMPARE(dock->viewModel()->rowCount(), 3);
    QCOMPARE(dock->summaryText(), u"3 endpoint(s): 2 reachable, 1 failed (refused)"_s);

    // Activating the refused row shows its line in the YAML view.
    ResourceEditor* editor = w.openResource(kPair);
    QVERIFY(editor);
    editor->setCurrentWidget(editor->yaml());
    w.editors()->setCurrentWidget(w.topology());
    const QModelIndex refused = dock->viewModel()->index(1, 0);
    QCOMPARE(refused.data(ProbeResultsModel::CategoryRole).toString(), u"refused"_s);
    dock->view()->setFocus();
    dock->view()->setCurrentIndex(refused);
    QTest::keyClick(dock->view(), Qt::Key_Return);
    QCOMPARE(w.currentEditor(), editor);
    QCOMPARE(editor->currentWidget(), editor->yaml());
    QCOMPARE(editor->yaml()->currentLine(), lineOf(yaml, "port: " + QByteArray::number(closed)));
    // The YAML view marks the problem there.
    QTRY_VERIFY(std::any_of(editor->yaml()->diagnostics().begin(), editor->yaml()->diagnostics().end(),
        [](const Diagnostic& d) { return d.code == u"BW0900"_s; }));

    // The form's button probes that backend alone.
    editor->setCurrentWidget(editor->form());
    auto* button = editor->form()->findChild<QPushButton*>(u"probeBackendButton"_s);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
    QCOMPARE(dock->viewModel()->rowCount(), 2);
    QCOMPARE(dock->summaryText(), u"2 endpoint(s): 1 reachable, 1 failed (refused)"_s);
    // ... and the Probe again button repeats just that.
    QTest::mouseClick(dock->findChild<QPushButton*>(u"probeAgain"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kRunTimeoutMs);
    QCOMPARE(dock->viewModel()->rowCount(), 2);

    // The graph (built once its tab is shown): only backend nodes can be probed; right-click offers it.
    w.editors()->setCurrentWidget(w.topology());
    TopologyController* controller = w.topology()->controller();
    QVERIFY(!controller->canProbe(u"HTTPRoute/shop/none"_s));
    const QString solo = u"Backend/shop/solo"_s;
    QTRY_VERIFY(controller->canProbe(solo));
    QQuickWidget* quick = w.topology()->quickWidget();
    QTRY_VERIFY(findItem(quick->rootObject(), u"node:"_s + solo));
    w.topology()->fitToView();
    QQuickItem* node = findItem(quick->rootObject(), u"node:"_s + solo);
    QTest::mouseClick(quick, Qt::RightButton, {}, centreOf(node));
    QMenu* menu = w.topology()->nodeMenu();
    QTRY_VERIFY(menu->isVisible());
    QAction* probeItem = menu->findChild<QAction*>(u"probeMenuAction"_s);
    QVERIFY(probeItem);
    QVERIFY(!menu->findChild<QAction*>(u"simulateMenuAction"_s)); // a backend is not simulated
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(probeItem).center());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, kRunTimeoutMs);
    QCOMPARE(dock->viewModel()->rowCount(), 1);
    QCOMPARE(dock->viewModel()->index(0, ProbeResultsModel::BackendColumn).data().toString(), u"shop/solo"_s);
    QVERIFY(controller->probeBackend(solo));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, kRunTimeoutMs);
}

void TestProbeDock::mixedTlsRun()
{
    // What docs/probe-dock.png shows: a TLS endpoint trusted through the system store
    // (BW_SYSTEM_CA_BUNDLE standing in for it), one with an expired certificate, one that
    // refuses; BW_SCREENSHOT_DIR set (under xvfb-run) writes the picture there.
    test::CertificateFactory certs(m_dir.filePath(u"certs"_s));
    const auto ca = certs.makeCa(u"ca"_s, u"Shop Internal CA"_s);
    QVERIFY2(ca.ok(), qPrintable(certs.error()));
    const auto good = certs.makeLeaf(u"payments"_s, ca, { u"payments.shop.internal"_s });
    QVERIFY2(good.ok(), qPrintable(certs.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto expired = certs.makeLeaf(
        u"billing"_s, ca, { u"billing.shop.internal"_s }, utcStamp(now.addDays(-377)), utcStamp(now.addDays(-12)));
    QVERIFY2(expired.ok(), qPrintable(certs.error()));
    test::TlsServer goodServer;
    QVERIFY2(goodServer.start(good.cert, good.key, {}, m_dir.filePath(u"good.log"_s)), qPrintable(goodServer.error()));
    test::TlsServer expiredServer;
    QVERIFY2(expiredServer.start(expired.cert, expired.key, {}, m_dir.filePath(u"expired.log"_s)),
        qPrintable(expiredServer.error()));
    const int closed = test::freeLocalPort();
    qputenv(SystemTrustStore::environmentVariable, ca.cert.toLocal8Bit());

    QByteArray caIndented;
    for (const QByteArray& line : ca.pem().trimmed().split('\n'))
        caIndented += "    " + line + '\n';
    const QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: internal-ca\n  namespace: shop\n"
                            "data:\n  ca.crt: |\n"
        + caIndented
        + backend("payments", "    - fqdn:\n        hostname: payments.shop.internal\n        port: 443\n",
            "    wellKnownCACertificates: System\n")
        + backend("billing-legacy", "    - fqdn:\n        hostname: billing.shop.internal\n        port: 443\n",
            "    caCertificateRefs:\n      - group: \"\"\n        kind: ConfigMap\n        name: internal-ca\n")
        + backend(
            "inventory", "    - ip:\n        address: 127.0.0.1\n        port: " + QByteArray::number(closed) + '\n');

    QTemporaryDir recovery;
    MainWindow w;
    w.setRecoveryDirectory(recovery.path());
    w.resize(1400, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPaths({ writeWorkspace(m_dir, u"mixed"_s, yaml) });
    ProbeDock* dock = w.probeDock();
    dock->setConnectTo({ { u"payments.shop.internal"_s, 443, u"127.0.0.1"_s, goodServer.port() },
        { u"billing.shop.internal"_s, 443, u"127.0.0.1"_s, expiredServer.port() } });
    QAbstractItemModelTester tester(dock->viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(dock, &ProbeDock::runFinished);
    w.findChild<QAction*>(u"probeAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);

    const QAbstractItemModel* model = dock->viewModel();
    QCOMPARE(model->rowCount(), 3);
    const auto status = [&](int row) -> QString {
        const QModelIndex i = model->index(row, 0);
        return i.data(ProbeResultsModel::BackendNameRole).toString() + u' '
            + i.data(ProbeResultsModel::StatusRole).toString() + u' '
            + i.siblingAtColumn(ProbeResultsModel::CategoryColumn).data().toString();
    };
    QCOMPARE(status(0), u"payments ok reachable"_s);
    QCOMPARE(status(1), u"billing-legacy failed expired"_s);
    QCOMPARE(status(2), u"inventory failed refused"_s);
    QCOMPARE(dock->summaryText(), u"3 endpoint(s): 1 reachable, 2 failed (refused, expired)"_s);
    // The TLS line names the stand-in system store, as BW_SYSTEM_CA_BUNDLE asked.
    const QModelIndex tls = childOfType(model, model->index(0, 0), u"tls"_s);
    QVERIFY2(tls.data().toString().contains(u"ca.pem"_s), qPrintable(tls.data().toString()));
    // The expired row explains itself with the chain.
    const QModelIndex billing = model->index(1, 0);
    const QModelIndex leaf = childOfType(model, billing, u"certificate"_s);
    QVERIFY(leaf.isValid());
    QVERIFY2(leaf.data().toString().contains(u"expired 12 day(s) ago"_s), qPrintable(leaf.data().toString()));
    QVERIFY(leaf.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(model->rowCount(leaf) > 0);
    QVERIFY(dock->view()->isFirstColumnSpanned(leaf.row(), billing));
    QVERIFY(findDiagnostic(w.workspace()->diagnostics(), u"BW0900"_s, u"spec.endpoints[0]"_s));

    // The picture: the expired endpoint in the YAML view, its row open down to the certificate.
    const ResourceKey billingKey { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"billing-legacy"_s };
    ResourceEditor* editor = w.openResource(billingKey);
    QVERIFY(editor);
    editor->setCurrentWidget(editor->yaml());
    dock->view()->setCurrentIndex(billing);
    Q_EMIT dock->view()->activated(billing);
    QCOMPARE(w.currentEditor(), editor);
    QCOMPARE(editor->yaml()->currentLine(), lineOf(yaml, "hostname: billing.shop.internal") - 1);
    dock->view()->expand(billing);
    dock->view()->expand(leaf);
    w.resizeDocks({ dock }, { 390 }, Qt::Vertical);
    QTest::qWait(200);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(shot.save(out + u"/probe-dock.png"_s));
}

void TestProbeDock::connectToInPreferences()
{
    QTemporaryDir recovery;
    {
        MainWindow w;
        w.setRecoveryDirectory(recovery.path());
        QString error;
        QVERIFY(!w.setConnectTo({ u"api.example.test:443"_s }, &error));
        QVERIFY2(error.contains(u"api.example.test:443"_s), qPrintable(error));
        QVERIFY(w.probeDock()->connectTo().isEmpty());
        QVERIFY(w.setConnectTo({ u" api.example.test:443:127.0.0.1:8443 "_s, QString() }));
        QCOMPARE(w.probeDock()->connectTo().size(), 1);
        QCOMPARE(w.probeDock()->connectTo().first().addressPort, 8443);
        QCOMPARE(w.simulationPanel()->connectTo().size(), 1);
        QCOMPARE(QSettings().value(u"probe/connectTo"_s).toStringList(),
            QStringList { u"api.example.test:443:127.0.0.1:8443"_s });
    }
    // The next window starts with them, and Preferences edits them: a bad rule keeps the dialog
    // open and says which; a good one is taken.
    MainWindow w;
    w.setRecoveryDirectory(recovery.path());
    QCOMPARE(w.probeDock()->connectTo().size(), 1);
    bool sawError = false;
    bool closed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* rules = dialog->findChild<QPlainTextEdit*>(u"connectToRules"_s);
        QVERIFY(rules);
        QCOMPARE(rules->toPlainText(), u"api.example.test:443:127.0.0.1:8443"_s);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        rules->setPlainText(u"db.example.test:5432:127.0.0.1:70000"_s);
        buttons->button(QDialogButtonBox::Ok)->click();
        sawError = dialog->isVisible();
        rules->setPlainText(u"db.example.test:5432:127.0.0.1:15432\n:443:[::1]:8443"_s);
        buttons->button(QDialogButtonBox::Ok)->click();
        closed = !dialog->isVisible();
    });
    w.findChild<QAction*>(u"preferencesAction"_s)->trigger();
    QVERIFY(sawError);
    QVERIFY(closed);
    QCOMPARE(w.probeDock()->connectTo().size(), 2);
    QCOMPARE(w.probeDock()->connectTo().at(1).address, u"::1"_s);
    QCOMPARE(w.simulationPanel()->connectTo().size(), 2);
    QSettings().remove(u"probe/connectTo"_s);
}

QTEST_MAIN(TestProbeDock)
#include "tst_probedock.moc"
