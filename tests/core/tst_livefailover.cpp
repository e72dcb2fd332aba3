// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Live mode against real servers: two small HTTP servers on 127.0.0.1 behind an active Backend
// and a fallback one, health-checked as the route's BackendTrafficPolicy says. Stopping the
// active server moves all traffic to the fallback within the thresholds, restarting it brings
// the traffic back.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "simulation/livefailovermonitor.h"
#include "simulation/rulesimulation.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// Answers every request with `status`, then closes; closing the server refuses new connections.
class TinyHttpServer : public QObject
{
public:
    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\n\r\n");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return true;
    }
    void close() { m_server.close(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    int status = 200;
    int requests = 0;

private:
    QTcpServer m_server;
};

QByteArray workspaceYaml(int activePort, int standbyPort, const QByteArray& check)
{
    return "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: active, namespace: live}\n"
           "spec:\n  endpoints: [{ip: {address: 127.0.0.1, port: "
        + QByteArray::number(activePort)
        + "}}]\n---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\n"
          "metadata: {name: standby, namespace: live}\nspec:\n  fallback: true\n"
          "  endpoints: [{ip: {address: 127.0.0.1, port: "
        + QByteArray::number(standbyPort)
        + "}}]\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n"
          "metadata: {name: app, namespace: live}\nspec:\n  rules:\n    - backendRefs:\n"
          "        - {group: gateway.envoyproxy.io, kind: Backend, name: active}\n"
          "        - {group: gateway.envoyproxy.io, kind: Backend, name: standby}\n"
          "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\n"
          "metadata: {name: app-health, namespace: live}\nspec:\n"
          "  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: app}]\n"
          "  healthCheck:\n    active:\n"
        + check;
}

const QByteArray httpCheck = "      type: HTTP\n      interval: 200ms\n      timeout: 150ms\n"
                             "      unhealthyThreshold: 2\n      healthyThreshold: 1\n"
                             "      http: {path: /healthz, expectedStatuses: [200]}\n";

} // namespace

class TestLiveFailover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failsOverAndBack();
    void unexpectedStatusFailsAtOnce();
    void tcpCheckWithoutPolicy();
    void cliLive();
};

void TestLiveFailover::failsOverAndBack()
{
    TinyHttpServer active;
    TinyHttpServer standby;
    QVERIFY(active.listen());
    QVERIFY(standby.listen());
    const quint16 activePort = active.port();
    Workspace ws;
    ws.addText(u"live.yaml"_s, workspaceYaml(activePort, standby.port(), httpCheck));
    std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    QCOMPARE(rules.size(), size_t(1));
    QCOMPARE(rules.front().health.active.intervalMs, 200);

    LiveFailoverMonitor monitor(rules.front(), {});
    QSignalSpy updated(&monitor, &LiveFailoverMonitor::updated);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.rounds() >= 1, 2000);
    QCOMPARE(monitor.current().localityShare[0], 100.0);
    QVERIFY(active.requests >= 1);
    QVERIFY2(active.requests == standby.requests || active.requests == standby.requests + 1,
        "both endpoints are checked every round");

    // The active server goes away: after 2 failed checks, 200 ms apart, everything fails over.
    active.close();
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.current().localityShare[1] == 100.0, 3000);
    const qint64 failover = clock.elapsed();
    // Within unhealthyThreshold rounds after the next check starts: at most 3 intervals, plus slack.
    QVERIFY2(failover <= 3 * 200 + 300, qPrintable(u"failover took %1 ms"_s.arg(failover)));
    QVERIFY(!monitor.endpoints()[0][0].healthy);
    QVERIFY(!monitor.endpoints()[0][0].lastError.isEmpty());
    QCOMPARE(monitor.current().priorities[1].load, 100);

    // Back: one successful check (healthyThreshold 1) returns the traffic.
    QVERIFY(active.listen(activePort));
    clock.restart();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.current().localityShare[0] == 100.0, 3000);
    QVERIFY2(clock.elapsed() <= 2 * 200 + 300, qPrintable(u"recovery took %1 ms"_s.arg(clock.elapsed())));
    QVERIFY(monitor.endpoints()[0][0].healthy);
    bool sawChange = false;
    for (const QList<QVariant>& args : std::as_const(updated))
        sawChange = sawChange || args.at(0).toBool();
    QVERIFY(sawChange);
    monitor.stop();
    QVERIFY(!monitor.isRunning());
}

void TestLiveFailover::unexpectedStatusFailsAtOnce()
{
    TinyHttpServer active;
    TinyHttpServer standby;
    QVERIFY(active.listen());
    QVERIFY(standby.listen());
    Workspace ws;
    ws.addText(u"live.yaml"_s, workspaceYaml(active.port(), standby.port(), httpCheck));
    LiveFailoverMonitor monitor(RuleSimulation::plan(ws).front(), {});
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.rounds() >= 1, 2000);
    QVERIFY(monitor.endpoints()[0][0].healthy);
    // A 503 is not an expected status and not retriable: unhealthy at the first such answer.
    active.status = 503;
    const int checks = monitor.endpoints()[0][0].checks;
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.endpoints()[0][0].healthy, 2000);
    QCOMPARE(monitor.endpoints()[0][0].checks, checks + 1);
    QCOMPARE(monitor.endpoints()[0][0].lastStatus, 503);
    QCOMPARE(monitor.current().localityShare[1], 100.0);
}

void TestLiveFailover::tcpCheckWithoutPolicy()
{
    // No BackendTrafficPolicy: a TCP connect every 3 s with Envoy Gateway's thresholds.
    TinyHttpServer active;
    QVERIFY(active.listen());
    Workspace ws;
    QByteArray yaml = workspaceYaml(active.port(), 1, httpCheck);
    yaml.truncate(yaml.indexOf("---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy"));
    ws.addText(u"live.yaml"_s, yaml);
    LiveFailoverMonitor monitor(RuleSimulation::plan(ws).front(), {});
    QCOMPARE(monitor.check().type, HealthCheckPolicy::Active::Type::Tcp);
    QCOMPARE(monitor.check().intervalMs, 3000);
    QCOMPARE(monitor.check().unhealthyThreshold, 3);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.rounds() >= 1, 2000);
    QVERIFY(monitor.endpoints()[0][0].healthy);
    QCOMPARE(active.requests, 0); // a TCP check sends no request
    // Port 1 refuses: one failure is not yet three.
    QVERIFY(monitor.endpoints()[1][0].healthy);
    QCOMPARE(monitor.endpoints()[1][0].failures, 1);
}

void TestLiveFailover::cliLive()
{
    TinyHttpServer active;
    TinyHttpServer standby;
    QVERIFY(active.listen());
    QVERIFY(standby.listen());
    QTemporaryDir dir;
    // The configuration names other ports; --connect-to dials the test servers instead.
    QFile file(dir.filePath(u"live.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(workspaceYaml(8081, 8082, httpCheck));
    file.close();
    const quint16 activePort = active.port();
    active.close(); // down from the start
    QProcess p;
    p.start(QStringLiteral(BW_CLI_PATH),
        { u"simulate"_s, u"--format"_s, u"json"_s, u"--live"_s, u"--duration"_s, u"1.5"_s, u"--connect-to"_s,
            u"127.0.0.1:8081:127.0.0.1:"_s + QString::number(activePort), u"--connect-to"_s,
            u"127.0.0.1:8082:127.0.0.1:"_s + QString::number(standby.port()), dir.path() });
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 15000);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray rules = out.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonArray backends = rules.first().toObject().value(u"backends"_s).toArray();
    QCOMPARE(backends[1].toObject().value(u"share"_s).toDouble(), 100.0);
    const QJsonArray endpoints = rules.first().toObject().value(u"endpoints"_s).toArray();
    QCOMPARE(endpoints[0].toObject().value(u"healthy"_s).toBool(true), false);
    const QJsonArray timeline = out.value(u"timeline"_s).toArray();
    QVERIFY(timeline.size() >= 2);
    QCOMPARE(
        timeline.first().toObject().value(u"backends"_s).toArray()[0].toObject().value(u"share"_s).toDouble(), 100.0);
    QVERIFY(standby.requests >= 2);
}

QTEST_GUILESS_MAIN(TestLiveFailover)
#include "tst_livefailover.moc"
