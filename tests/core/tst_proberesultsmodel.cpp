// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The parts of probing that need no server: what the planner makes of a workspace (TLS merged
// from Backend and BackendTLSPolicy, XBackend, Apoxy ports from routes, Services), the results
// model under QAbstractItemModelTester, and probe findings as diagnostics that follow edits.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include "models/proberesultsmodel.h"
#include "probe/probeplanner.h"
#include "probe/proberunner.h"
#include "validation/probefindings.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// A CA certificate (EC P-256, valid for a century, test only), as a ConfigMap's ca.crt holds it.
const QByteArray caPem = "-----BEGIN CERTIFICATE-----\n"
                         "MIIBijCCATGgAwIBAgIUdbmogwdh9f5gWZt9MwWKQMrhvlYwCgYIKoZIzj0EAwIw\n"
                         "GjEYMBYGA1UEAwwPUGxhbm5lciBUZXN0IENBMCAXDTI2MTIwMjE3NDAyNFoYDzIx\n"
                         "MjYxMTA4MTc0MDI0WjAaMRgwFgYDVQQDDA9QbGFubmVyIFRlc3QgQ0EwWTATBgcq\n"
                         "hkjOPQIBBggqhkjOPQMBBwNCAATgQGUzhgj5ZnI5HPqzo9bXP7wcFh6BUzFc37mj\n"
                         "WJcPya4Yz5nFUrvAama2KB8AVl9vchhWU96uiPf3BztvAkBno1MwUTAdBgNVHQ4E\n"
                         "FgQUB2QOl5CSy0e7IhMvUsLVNz+rt3cwHwYDVR0jBBgwFoAUB2QOl5CSy0e7IhMv\n"
                         "UsLVNz+rt3cwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiA+5Oto\n"
                         "bYuG6L36N1uM9IEOzDTkbxCuRHIa2c5JzSVcGgIgGvmKmy+1n7l3ecZw1AVMSw1H\n"
                         "qlGCEtt6K3yMe/+i+/4=\n"
                         "-----END CERTIFICATE-----\n";

QByteArray caConfigMap(const QByteArray& ns, const QByteArray& name)
{
    QByteArray indented;
    for (const QByteArray& line : caPem.trimmed().split('\n'))
        indented += "    " + line + '\n';
    return "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name + ", namespace: " + ns
        + "}\ndata:\n  ca.crt: |\n" + indented;
}

const ProbeTarget* targetOf(const std::vector<ProbeTarget>& targets, const QString& name, int index = 0)
{
    for (const ProbeTarget& t : targets) {
        if (t.backend.name == name && t.endpointIndex == index)
            return &t;
    }
    return nullptr;
}

ProbeResult result(const QString& name, int endpoint, ProbeFailure failure, const QStringList& warnings = {})
{
    ProbeResult r;
    r.target.backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, name };
    r.target.endpointIndex = endpoint;
    r.target.host = name + u".example.test"_s;
    r.target.port = 443;
    r.target.fieldPath = u"spec.endpoints[%1]"_s.arg(endpoint);
    r.address = u"127.0.0.1:8443"_s;
    r.tcp = failure == ProbeFailure::Refused ? u"refused"_s : u"ok"_s;
    r.failure = failure;
    r.warnings = warnings;
    r.ms = 12;
    if (failure != ProbeFailure::Refused) {
        r.tls.attempted = true;
        r.tls.ok = failure == ProbeFailure::None;
        r.tls.error = failure;
        r.tls.sni = r.target.host;
        r.tls.protocol = u"TLSv1.3"_s;
        r.tls.cipher = u"TLS_AES_128_GCM_SHA256"_s;
        CertificateSummary leaf;
        leaf.subject = u"CN="_s + r.target.host;
        leaf.issuer = u"CN=Shop CA"_s;
        leaf.subjectAltNames = { u"DNS:"_s + r.target.host };
        leaf.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        leaf.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        leaf.daysToExpiry = failure == ProbeFailure::Expired ? -3 : 30;
        r.tls.chain = { leaf, leaf };
    }
    if (failure != ProbeFailure::None) {
        r.explanation = u"it went wrong"_s;
        r.fix = u"fix it"_s;
    }
    return r;
}

} // namespace

class TestProbeResultsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plannerMergesBackendTlsPolicy();
    void plannerPerPortPolicy();
    void plannerSniPrecedence();
    void plannerReportsMissingCa();
    void plannerXBackend();
    void plannerApoxyPortsFromRoutes();
    void plannerServiceAddresses();
    void plannerOnlyRestricts();
    void plannerAlpnFromProtocols();

    void modelRowsAndRoles();
    void modelFollowsRunnerAndClears();

    void findingsOfResults();
    void findingsFollowEditsAndLapse();
};

// --- the planner ---

void TestProbeResultsModel::plannerMergesBackendTlsPolicy()
{
    Workspace ws;
    ws.addText(u"p.yaml"_s,
        caConfigMap("shop", "shop-ca")
            + "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: api, namespace: shop}\n"
              "spec:\n  endpoints:\n    - fqdn: {hostname: api.example.test, port: 443}\n"
              "  tls:\n    insecureSkipVerify: true\n    sni: own.example.test\n    alpnProtocols: [h2]\n"
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\n"
              "metadata: {name: api-tls, namespace: shop}\nspec:\n"
              "  targetRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: api}]\n"
              "  validation:\n    hostname: policy.example.test\n"
              "    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: shop-ca}]\n"
              "    subjectAltNames: [{type: Hostname, hostname: san.example.test}]\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(1));
    const ProbeTarget& t = targets.front();
    QCOMPARE(t.host, u"api.example.test"_s);
    QCOMPARE(t.port, 443);
    QVERIFY(t.hostIsName);
    QVERIFY(t.externalName);
    QVERIFY(t.tls.enabled);
    // The policy wins where both speak: its hostname is the SNI, its CA the trust, and it verifies.
    QCOMPARE(t.tls.sni, u"policy.example.test"_s);
    QCOMPARE(t.tls.verifyNames, QStringList { u"san.example.test"_s });
    QCOMPARE(t.tls.caCertificates.size(), 1);
    QCOMPARE(t.tls.trustSource, u"ConfigMap shop/shop-ca"_s);
    QVERIFY(!t.tls.insecureSkipVerify);
    // What only the Backend says stays.
    QCOMPARE(t.tls.alpn, QStringList { u"h2"_s });
    QVERIFY(t.tls.alpnRequired);
    QVERIFY2(t.tls.source.contains(u"BackendTLSPolicy shop/api-tls"_s), qPrintable(t.tls.source));
    QVERIFY2(t.tls.problems.isEmpty(), qPrintable(t.tls.problems.join(u"; "_s)));
    QCOMPARE(t.fieldPath, u"spec.endpoints[0]"_s);
    QVERIFY(t.file.endsWith(u"p.yaml"_s));
    QVERIFY(!t.range.isEmpty());
}

void TestProbeResultsModel::plannerPerPortPolicy()
{
    // Two endpoints on different ports; the policy naming port 8443 applies only to that one, a
    // policy without a section to the rest.
    Workspace ws;
    ws.addText(u"p.yaml"_s,
        caConfigMap("shop", "shop-ca")
            + "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: api, namespace: shop}\n"
              "spec:\n  endpoints:\n    - ip: {address: 10.0.0.1, port: 8443}\n"
              "    - ip: {address: 10.0.0.2, port: 9443}\n"
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\n"
              "metadata: {name: a-port, namespace: shop}\nspec:\n"
              "  targetRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: api, sectionName: \"8443\"}]\n"
              "  validation:\n    hostname: port.example.test\n"
              "    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: shop-ca}]\n"
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\n"
              "metadata: {name: b-all, namespace: shop}\nspec:\n"
              "  targetRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: api}]\n"
              "  validation:\n    hostname: all.example.test\n    wellKnownCACertificates: System\n");
    ProbePlanner::Options options;
    options.systemCertificates = QSslCertificate::fromData(caPem);
    options.systemStoreName = u"the stand-in store"_s;
    const auto targets = ProbePlanner::plan(ws, options);
    QCOMPARE(targets.size(), size_t(2));
    const ProbeTarget* first = targetOf(targets, u"api"_s, 0);
    const ProbeTarget* second = targetOf(targets, u"api"_s, 1);
    QVERIFY(first && second);
    QVERIFY(first->tls.enabled && second->tls.enabled);
    QCOMPARE(first->tls.sni, u"port.example.test"_s);
    QVERIFY(!first->tls.systemStore);
    QCOMPARE(second->tls.sni, u"all.example.test"_s);
    QVERIFY(second->tls.systemStore);
    QCOMPARE(second->tls.trustSource, u"the stand-in store"_s);
    QCOMPARE(second->tls.caCertificates.size(), 1);
    QVERIFY(!first->hostIsName);
    QVERIFY(!first->externalName);
}

void TestProbeResultsModel::plannerSniPrecedence()
{
    Workspace ws;
    ws.addText(u"p.yaml"_s,
        caConfigMap("shop", "shop-ca")
            + "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: auto, namespace: "
              "shop}\n"
              "spec:\n  endpoints:\n    - ip: {address: 10.0.0.1, port: 443}\n      hostname: named.example.test\n"
              "    - fqdn: {hostname: fqdn.example.test., port: 443}\n"
              "  tls:\n    autoSNIFromEndpointHostname: true\n"
              "    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: shop-ca}]\n"
              "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: bare, namespace: "
              "shop}\n"
              "spec:\n  endpoints:\n    - ip: {address: 10.0.0.9, port: 443}\n"
              "  tls:\n    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: shop-ca}]\n"
              "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: plain, namespace: "
              "shop}\n"
              "spec:\n  endpoints:\n    - ip: {address: 10.0.0.10, port: 80}\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(4));
    const ProbeTarget* named = targetOf(targets, u"auto"_s, 0);
    const ProbeTarget* fqdn = targetOf(targets, u"auto"_s, 1);
    const ProbeTarget* bare = targetOf(targets, u"bare"_s, 0);
    const ProbeTarget* plain = targetOf(targets, u"plain"_s, 0);
    QVERIFY(named && fqdn && bare && plain);
    QCOMPARE(named->tls.sni, u"named.example.test"_s);
    QCOMPARE(named->tls.verifyNames, QStringList { u"named.example.test"_s });
    QCOMPARE(fqdn->tls.sni, u"fqdn.example.test"_s); // the root's dot is not part of the name sent
    QCOMPARE(fqdn->host, u"fqdn.example.test."_s);
    // An address with no name: no SNI, and the certificate must carry the address.
    QVERIFY(bare->tls.sni.isEmpty());
    QCOMPARE(bare->tls.verifyNames, QStringList { u"10.0.0.9"_s });
    QVERIFY(!plain->tls.enabled);
    QCOMPARE(plain->endpointText(), u"10.0.0.10:80"_s);
}

void TestProbeResultsModel::plannerReportsMissingCa()
{
    Workspace ws;
    ws.addText(u"p.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: api, namespace: shop}\n"
        "spec:\n  endpoints:\n    - fqdn: {hostname: api.example.test, port: 443}\n"
        "  tls:\n    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: gone}]\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(1));
    const EffectiveTls& tls = targets.front().tls;
    QVERIFY(tls.enabled);
    QVERIFY(tls.caCertificates.isEmpty());
    QCOMPARE(tls.trustSource, u"ConfigMap shop/gone"_s);
    QCOMPARE(tls.problems.size(), 1);
    QVERIFY2(tls.problems.first().contains(u"not in the workspace"_s), qPrintable(tls.problems.first()));
}

void TestProbeResultsModel::plannerXBackend()
{
    Workspace ws;
    ws.addText(u"x.yaml"_s,
        caConfigMap("shop", "shop-ca")
            + "---\napiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackend\n"
              "metadata: {name: ext, namespace: shop}\nspec:\n  type: ExternalHostname\n"
              "  externalHostname: {hostname: ext.example.test}\n  port: {port: 8443, name: https}\n"
              "  protocol: HTTP2\n  tls:\n    mode: ServerOnly\n    validation:\n"
              "      hostname: verify.example.test\n"
              "      caCertificateRefs: [{group: \"\", kind: ConfigMap, name: shop-ca}]\n"
              "---\napiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackend\n"
              "metadata: {name: clear, namespace: shop}\nspec:\n  type: ExternalHostname\n"
              "  externalHostname: {hostname: clear.example.test}\n  port: {port: 80}\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(2));
    const ProbeTarget* ext = targetOf(targets, u"ext"_s);
    const ProbeTarget* clear = targetOf(targets, u"clear"_s);
    QVERIFY(ext && clear);
    QCOMPARE(ext->endpointText(), u"ext.example.test:8443"_s);
    QVERIFY(ext->tls.enabled);
    QCOMPARE(ext->tls.sni, u"verify.example.test"_s);
    QCOMPARE(ext->tls.verifyNames, QStringList { u"verify.example.test"_s });
    QCOMPARE(ext->tls.caCertificates.size(), 1);
    QCOMPARE(ext->tls.alpn, QStringList { u"h2"_s });
    QVERIFY(ext->tls.alpnRequired);
    QCOMPARE(ext->fieldPath, u"spec.externalHostname"_s);
    QVERIFY(!clear->tls.enabled);
    QVERIFY(clear->externalName);
}

void TestProbeResultsModel::plannerApoxyPortsFromRoutes()
{
    Workspace ws;
    ws.addText(u"a.yaml"_s,
        "apiVersion: core.apoxy.dev/v1alpha2\nkind: Backend\nmetadata: {name: origin}\n"
        "spec:\n  protocol: H2\n  endpoints:\n    - fqdn: origin.example.test\n    - ip: 192.0.2.10\n"
        "---\napiVersion: gateway.apoxy.dev/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n"
        "  rules:\n    - backendRefs:\n        - {group: core.apoxy.dev, kind: Backend, name: origin, port: 8443}\n"
        "        - {group: core.apoxy.dev, kind: Backend, name: origin, port: 443}\n");
    ProbePlanner::Options options;
    options.systemCertificates = QSslCertificate::fromData(caPem);
    const auto targets = ProbePlanner::plan(ws, options);
    QCOMPARE(targets.size(), size_t(4)); // two endpoints × the two ports routes use
    QStringList endpoints;
    for (const ProbeTarget& t : targets) {
        endpoints.append(t.endpointText());
        QVERIFY(t.tls.enabled);
        QVERIFY(t.tls.systemStore);
        QCOMPARE(t.tls.alpn, QStringList { u"h2"_s });
        QVERIFY(t.tls.alpnRequired);
        QVERIFY(t.backend.namespace_.isEmpty());
    }
    QCOMPARE(endpoints,
        QStringList({ u"origin.example.test:443"_s, u"origin.example.test:8443"_s, u"192.0.2.10:443"_s,
            u"192.0.2.10:8443"_s }));
    QCOMPARE(targets.front().backendText(), u"origin"_s);
    QCOMPARE(targets.front().tls.sni, u"origin.example.test"_s);
}

void TestProbeResultsModel::plannerServiceAddresses()
{
    Workspace ws;
    ws.addText(u"s.yaml"_s,
        "apiVersion: v1\nkind: Service\nmetadata: {name: ext, namespace: shop}\n"
        "spec:\n  type: ExternalName\n  externalName: db.example.test\n"
        "  ports: [{name: pg, port: 5432}, {name: dns, port: 53, protocol: UDP}]\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: lb, namespace: shop}\n"
        "spec:\n  type: LoadBalancer\n  ports: [{name: https, port: 443}]\n"
        "status:\n  loadBalancer:\n    ingress: [{ip: 198.51.100.7}]\n"
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: internal, namespace: shop}\n"
        "spec:\n  clusterIP: 10.96.0.10\n  ports: [{port: 80}]\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\n"
        "metadata: {name: lb-tls, namespace: shop}\nspec:\n"
        "  targetRefs: [{group: \"\", kind: Service, name: lb, sectionName: https}]\n"
        "  validation:\n    hostname: lb.example.test\n    wellKnownCACertificates: System\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(2)); // no UDP port, no cluster-internal address
    const ProbeTarget* ext = targetOf(targets, u"ext"_s);
    const ProbeTarget* lb = targetOf(targets, u"lb"_s);
    QVERIFY(ext && lb);
    QCOMPARE(ext->endpointText(), u"db.example.test:5432"_s);
    QVERIFY(ext->externalName);
    QVERIFY(!ext->tls.enabled);
    QCOMPARE(ext->fieldPath, u"spec.externalName"_s);
    QCOMPARE(lb->endpointText(), u"198.51.100.7:443"_s);
    QVERIFY(lb->tls.enabled);
    QCOMPARE(lb->tls.sni, u"lb.example.test"_s);
    QCOMPARE(lb->fieldPath, u"status.loadBalancer.ingress[0]"_s);
}

void TestProbeResultsModel::plannerOnlyRestricts()
{
    Workspace ws;
    ws.addText(u"p.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: a, namespace: shop}\n"
        "spec:\n  endpoints: [{ip: {address: 10.0.0.1, port: 80}}]\n"
        "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: b, namespace: shop}\n"
        "spec:\n  endpoints: [{ip: {address: 10.0.0.2, port: 80}}, {unix: {path: /run/b.sock}}]\n");
    ProbePlanner::Options options;
    options.only = { ResourceKey { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"b"_s } };
    const auto targets = ProbePlanner::plan(ws, options);
    QCOMPARE(targets.size(), size_t(2));
    QCOMPARE(targets[1].transport, ProbeTarget::Transport::Unix);
    QCOMPARE(targets[1].endpointText(), u"unix:/run/b.sock"_s);
    QCOMPARE(ProbePlanner::plan(ws, {}).size(), size_t(3));
}

void TestProbeResultsModel::plannerAlpnFromProtocols()
{
    // WebSocket backends are spoken to in HTTP/1.1; a GRPCRoute's backend needs h2; alpnProtocols
    // written out win over both.
    Workspace ws;
    const QByteArray tls = "  tls: {wellKnownCACertificates: System}\n";
    ws.addText(u"p.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: ws, namespace: shop}\n"
        "spec:\n  appProtocols: [gateway.envoyproxy.io/wss]\n  endpoints: [{fqdn: {hostname: ws.example.test, port: "
        "443}}]\n"
            + tls
            + "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: grpc, namespace: "
              "shop}\n"
              "spec:\n  endpoints: [{fqdn: {hostname: grpc.example.test, port: 443}}]\n"
            + tls
            + "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: own, namespace: shop}\n"
              "spec:\n  endpoints: [{fqdn: {hostname: own.example.test, port: 443}}]\n"
              "  tls: {wellKnownCACertificates: System, alpnProtocols: [h2, http/1.1]}\n"
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata: {name: g, namespace: shop}\n"
              "spec:\n  rules:\n    - backendRefs:\n        - {group: gateway.envoyproxy.io, kind: Backend, name: "
              "grpc}\n"
              "        - {group: gateway.envoyproxy.io, kind: Backend, name: own}\n");
    const auto targets = ProbePlanner::plan(ws, {});
    QCOMPARE(targets.size(), size_t(3));
    QCOMPARE(targetOf(targets, u"ws"_s)->tls.alpn, QStringList { u"http/1.1"_s });
    QCOMPARE(targetOf(targets, u"grpc"_s)->tls.alpn, QStringList { u"h2"_s });
    QVERIFY(targetOf(targets, u"grpc"_s)->tls.alpnRequired);
    QCOMPARE(targetOf(targets, u"own"_s)->tls.alpn, QStringList({ u"h2"_s, u"http/1.1"_s }));
}

// --- the model ---

void TestProbeResultsModel::modelRowsAndRoles()
{
    ProbeResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ProbeResultsModel::countsChanged);

    // Results arrive in any order; rows keep the order of the targets.
    model.addResult(2, result(u"expired"_s, 0, ProbeFailure::Expired));
    model.addResult(0, result(u"good"_s, 0, ProbeFailure::None));
    model.addResult(1, result(u"risky"_s, 0, ProbeFailure::None, { u"answers in a private range"_s }));
    ProbeResult cancelled = result(u"late"_s, 0, ProbeFailure::Refused);
    cancelled.cancelled = true;
    cancelled.failure = ProbeFailure::None;
    model.addResult(3, cancelled);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(counts.count() >= 1);

    const auto at = [&](int row, int role, int column = 0) { return model.index(row, column).data(role); };
    QCOMPARE(at(0, ProbeResultsModel::BackendNameRole).toString(), u"good"_s);
    QCOMPARE(at(1, ProbeResultsModel::BackendNameRole).toString(), u"risky"_s);
    QCOMPARE(at(2, ProbeResultsModel::BackendNameRole).toString(), u"expired"_s);
    QCOMPARE(at(0, ProbeResultsModel::StatusRole).toString(), u"ok"_s);
    QCOMPARE(at(1, ProbeResultsModel::StatusRole).toString(), u"warning"_s);
    QCOMPARE(at(2, ProbeResultsModel::StatusRole).toString(), u"failed"_s);
    QCOMPARE(at(3, ProbeResultsModel::StatusRole).toString(), u"cancelled"_s);
    QCOMPARE(at(2, ProbeResultsModel::CategoryRole).toString(), u"expired"_s);
    QVERIFY(at(0, ProbeResultsModel::CategoryRole).toString().isEmpty());
    QCOMPARE(at(2, ProbeResultsModel::ResultIndexRole).toInt(), 2);
    QCOMPARE(at(2, ProbeResultsModel::FieldPathRole).toString(), u"spec.endpoints[0]"_s);
    QCOMPARE(at(2, ProbeResultsModel::EndpointRole).toString(), u"expired.example.test:443"_s);
    QCOMPARE(at(2, ProbeResultsModel::BackendRole).toString(), u"shop/expired"_s);
    QVERIFY(!at(2, Qt::DisplayRole, ProbeResultsModel::ExplanationColumn).toString().isEmpty());
    QCOMPARE(at(2, Qt::DisplayRole, ProbeResultsModel::EndpointColumn).toString(), u"expired.example.test:443"_s);
    QVERIFY(model.headerData(ProbeResultsModel::CategoryColumn, Qt::Horizontal).toString().size() > 0);

    // Below a failed endpoint: what each stage saw, the chain (each certificate with its fields),
    // and the likely fix.
    const QModelIndex failed = model.index(2, 0);
    QStringList types;
    for (int r = 0; r < model.rowCount(failed); ++r)
        types.append(model.index(r, 0, failed).data(ProbeResultsModel::ItemTypeRole).toString());
    QVERIFY2(
        types.contains(u"tcp"_s) && types.contains(u"tls"_s) && types.contains(u"fix"_s), qPrintable(types.join(u',')));
    QCOMPARE(types.count(u"certificate"_s), 2);
    const QModelIndex cert = model.index(int(types.indexOf(u"certificate"_s)), 0, failed);
    QCOMPARE(cert.data(ProbeResultsModel::DaysToExpiryRole).toLongLong(), -3);
    QCOMPARE(cert.data(ProbeResultsModel::SubjectRole).toString(), u"CN=expired.example.test"_s);
    QVERIFY(model.rowCount(cert) >= 4); // subject, issuer, names, validity
    QCOMPARE(model.index(0, 0, cert).data(ProbeResultsModel::ItemTypeRole).toString(), u"certificateField"_s);
    QCOMPARE(model.rowCount(model.index(0, 0, cert)), 0);
    QCOMPARE(model.result(model.index(0, 0, cert))->target.backend.name, u"expired"_s);
    const QModelIndex risky = model.index(1, 0);
    bool hasWarning = false;
    for (int r = 0; r < model.rowCount(risky); ++r)
        hasWarning
            = hasWarning || model.index(r, 0, risky).data(ProbeResultsModel::ItemTypeRole).toString() == u"warning"_s;
    QVERIFY(hasWarning);

    const ProbeResultsModel::Summary s = model.summary();
    QCOMPARE(s.total, 4);
    QCOMPARE(s.reachable, 2);
    QCOMPARE(s.warned, 1);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.cancelled, 1);
    QCOMPARE(s.failures.size(), 1);
    QCOMPARE(s.failures.first().first, ProbeFailure::Expired);

    // A result for an index already shown replaces it.
    model.addResult(2, result(u"expired"_s, 0, ProbeFailure::None));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(at(2, ProbeResultsModel::StatusRole).toString(), u"ok"_s);

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(ProbeResultsModel::StatusRole), QByteArray("status"));
    QCOMPARE(roles.value(ProbeResultsModel::CategoryRole), QByteArray("category"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestProbeResultsModel::modelFollowsRunnerAndClears()
{
    // A real runner over real sockets: a listening port (reachable) and a closed one (refused).
    QTcpServer open;
    QVERIFY(open.listen(QHostAddress::LocalHost, 0));
    QTcpServer closing;
    QVERIFY(closing.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = closing.serverPort();
    closing.close();
    std::vector<ProbeTarget> targets(2);
    targets[0].backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"up"_s };
    targets[0].host = u"127.0.0.1"_s;
    targets[0].port = open.serverPort();
    targets[1].backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"down"_s };
    targets[1].host = u"127.0.0.1"_s;
    targets[1].port = closed;

    ProbeRunner runner;
    ProbeResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunner(&runner);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start(targets);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ProbeResultsModel::StatusRole).toString(), u"ok"_s);
    QCOMPARE(model.index(1, 0).data(ProbeResultsModel::CategoryRole).toString(), u"refused"_s);

    // The next run starts from no rows.
    runner.start({ targets[0] });
    QVERIFY(model.rowCount() <= 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ProbeResultsModel::BackendNameRole).toString(), u"up"_s);
}

// --- findings ---

void TestProbeResultsModel::findingsOfResults()
{
    const auto failed = ProbeFindings::of(result(u"api"_s, 1, ProbeFailure::Expired, { u"w"_s }));
    QCOMPARE(failed.size(), size_t(2));
    QCOMPARE(failed[0].code, QString::fromUtf16(ProbeFindings::failedCode));
    QCOMPARE(failed[0].severity, Severity::Error);
    QCOMPARE(failed[0].fieldPath, u"spec.endpoints[1]"_s);
    QVERIFY2(failed[0].message.contains(u"fix it"_s), qPrintable(failed[0].message));
    QCOMPARE(failed[1].code, QString::fromUtf16(ProbeFindings::warningCode));
    QCOMPARE(failed[1].severity, Severity::Warning);
    QVERIFY(ProbeFindings::of(result(u"api"_s, 0, ProbeFailure::None)).empty());
    ProbeResult cancelled = result(u"api"_s, 0, ProbeFailure::Timeout);
    cancelled.cancelled = true;
    QVERIFY(ProbeFindings::of(cancelled).empty());
    const ResourceKey key { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"api"_s };
    QVERIFY(ProbeFindings::isProbeSource(ProbeFindings::sourceFor(key)));
    QVERIFY(ProbeFindings::sourceFor(key) != ProbeFindings::sourceFor({ key.group, key.kind, key.namespace_, u"b"_s }));
}

void TestProbeResultsModel::findingsFollowEditsAndLapse()
{
    Workspace ws;
    const QByteArray yaml = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\n"
                            "metadata: {name: api, namespace: shop}\nspec:\n  endpoints:\n"
                            "    - ip: {address: 10.0.0.1, port: 80}\n"
                            "    - ip: {address: 10.0.0.2, port: 80}\n";
    const int id = ws.addText(u"b.yaml"_s, yaml);
    const auto codes = [&](const QString& code) {
        QList<int> lines;
        for (const Diagnostic& d : ws.diagnostics(id)) {
            if (d.code == code)
                lines.append(d.position.line);
        }
        return lines;
    };
    QVERIFY(codes(u"BW0900"_s).isEmpty());

    QSignalSpy changed(&ws, &Workspace::changed);
    const ResourceKey key { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"api"_s };
    ws.setFindings(ProbeFindings::sourceFor(key), ProbeFindings::of(result(u"api"_s, 1, ProbeFailure::Refused)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<WorkspaceChange>().diagnosticsChanged, QList<int> { id });
    QCOMPARE(codes(u"BW0900"_s), QList<int> { 7 });
    QVERIFY(ws.findingSources().contains(ProbeFindings::sourceFor(key)));
    const std::vector<Diagnostic> all = ws.diagnostics();
    QVERIFY(std::any_of(all.begin(), all.end(), [](const Diagnostic& d) { return d.code == u"BW0900"_s; }));

    // A comment added above moves the problem with its endpoint.
    QVERIFY(ws.applyEdits(id, { DocumentEdit { 0, 0, "# probed\n" } }, u"comment"_s));
    QCOMPARE(codes(u"BW0900"_s), QList<int> { 8 });
    // Undo puts it back where it was.
    QVERIFY(ws.undo(id));
    QCOMPARE(codes(u"BW0900"_s), QList<int> { 7 });

    // Editing the probed endpoint makes the result stale: it no longer shows.
    const QByteArray text = ws.document(id)->text();
    const qsizetype at = text.indexOf("10.0.0.2");
    QVERIFY(at > 0);
    QVERIFY(ws.applyEdits(id, { DocumentEdit { at, 8, "10.0.0.3" } }, u"edit"_s));
    QVERIFY(codes(u"BW0900"_s).isEmpty());
    QVERIFY(ws.undo(id));
    QCOMPARE(codes(u"BW0900"_s), QList<int> { 7 });

    // Probing the backend again replaces what the last probe said; clearing removes it.
    ws.setFindings(ProbeFindings::sourceFor(key), ProbeFindings::of(result(u"api"_s, 0, ProbeFailure::Timeout)));
    QCOMPARE(codes(u"BW0900"_s), QList<int> { 6 });
    ws.clearFindings(ProbeFindings::sourceFor(key));
    QVERIFY(codes(u"BW0900"_s).isEmpty());
    QVERIFY(!ws.findingSources().contains(ProbeFindings::sourceFor(key)));
}

QTEST_GUILESS_MAIN(TestProbeResultsModel)
#include "tst_proberesultsmodel.moc"
