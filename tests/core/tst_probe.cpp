// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Probes against real endpoints: `openssl s_server` on 127.0.0.1 with certificates made here,
// a refusing port, a black-holed port, and names under .invalid. Each failure category is
// checked through the core API (ProbePlanner + ProbeRunner on a workspace of YAML) and the
// main ones through `backend-workbench probe --format json` as well.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

#include "probe/addressrange.h"
#include "probe/connecttorule.h"
#include "probe/probefailure.h"
#include "probe/probeplanner.h"
#include "probe/proberunner.h"
#include "probe/systemtruststore.h"
#include "testutils.h"
#include "tlstestserver.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const QByteArray caRef = "    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: test-ca}]\n";

QByteArray configMapCa(const QByteArray& name, const QByteArray& pem)
{
    QByteArray indented;
    for (const QByteArray& line : pem.trimmed().split('\n'))
        indented += "    " + line + '\n';
    return "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name
        + ", namespace: probe}\ndata:\n  ca.crt: |\n" + indented;
}

QByteArray secretCa(const QByteArray& name, const QByteArray& pem)
{
    return "---\napiVersion: v1\nkind: Secret\nmetadata: {name: " + name
        + ", namespace: probe}\ntype: Opaque\ndata:\n"
          "  ca.crt: "
        + pem.toBase64() + '\n';
}

// An Envoy Gateway Backend in namespace "probe"; `tls` holds the lines under spec.tls (each
// indented by four spaces), empty for plain TCP.
QByteArray backend(const QByteArray& name, const QByteArray& endpoint, const QByteArray& tls = {})
{
    QByteArray out = "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: " + name
        + ", namespace: probe}\nspec:\n  endpoints:\n    - " + endpoint + '\n';
    if (!tls.isEmpty())
        out += "  tls:\n" + tls;
    return out;
}

const QByteArray apiEndpoint = "fqdn: {hostname: api.example.test, port: 443}";

QByteArray ipEndpoint(int port)
{
    return "ip: {address: 127.0.0.1, port: " + QByteArray::number(port) + '}';
}

ConnectToRule connectApiTo(int port)
{
    return ConnectToRule { u"api.example.test"_s, 443, u"127.0.0.1"_s, port };
}

QString connectApiArg(int port)
{
    return u"api.example.test:443:127.0.0.1:"_s + QString::number(port);
}

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonArray probes() const { return QJsonDocument::fromJson(out).object().value(u"probes"_s).toArray(); }
    // For failure messages: the exit code and everything the program printed.
    QByteArray report() const
    {
        return "exit code " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

Cli cli(const QStringList& args, const QProcessEnvironment& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(QString::fromLatin1(SystemTrustStore::environmentVariable));
    env.insert(extraEnv);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(BW_CLI_PATH), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return { -2, p.readAllStandardOutput(), "backend-workbench did not finish within 60 s", clock.elapsed() };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError(), clock.elapsed() };
}

QString describe(const ProbeResult& r)
{
    return u"%1 %2 via %3: failure=%4 tcp=%5 tls.attempted=%6 tls.ok=%7 tls.error=%8 sni=%9 errors=[%10] "
           u"explanation=%11"_s.arg(r.target.backendText(), r.target.endpointText(), r.address,
               ProbeFailureNames::name(r.failure), r.tcp, QString::number(r.tls.attempted), QString::number(r.tls.ok),
               ProbeFailureNames::name(r.tls.error), r.tls.sni, r.tls.sslErrors.join(u"; "_s), r.explanation);
}

} // namespace

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // Units.
    void connectToParse_data();
    void connectToParse();
    void connectToMatches();
    void addressRange_data();
    void addressRange();
    void failureNamesRoundTrip();
    void systemTrustStoreBundle();

    // Through the core API, against real servers.
    void goodHandshakes_data();
    void goodHandshakes();
    void goodViaSystemStore();
    void systemStoreDoesNotTrustOtherCas();
    void tlsFailures_data();
    void tlsFailures();
    void refused();
    void dnsFailure();
    void dnsAnswerInsideIsARisk();
    void connectTimeoutIsBounded();
    void tlsHandshakeTimeoutIsBounded();
    void plainTcpAndUnixSocket();
    void cancelStopsPromptly();
    void concurrencyIsBounded();
    void threadsKeepOrderAndOutcome();

    // Through the command line.
    void cliGoodJson();
    void cliFailures_data();
    void cliFailures();
    void cliSystemCa();
    void cliConnectToKeepsSni();
    void cliExitCodes();
    void cliTextFormat();

private:
    // Starts an s_server with leaf `leaf` and `extraArgs`; fails the test when it does not listen.
    test::TlsServer* startServer(const QString& leaf, const QStringList& extraArgs = {});
    // Writes `yaml` (plus the test CA's ConfigMap and Secret) into a folder of its own.
    QString writeWorkspace(const QString& name, const QByteArray& yaml);
    std::vector<ProbeResult> probe(const QString& name, const QByteArray& yaml, const QList<ConnectToRule>& connectTo,
        int timeoutMs = 5000, const ProbePlanner::Options& planOptions = {}, int expectedTargets = 1);

    QTemporaryDir m_dir;
    std::unique_ptr<test::CertificateFactory> m_certs;
    QHash<QString, test::CertificateFactory::Files> m_files;
    std::vector<std::unique_ptr<test::TlsServer>> m_servers;
    int m_serial = 0;
};

void TestProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certs = std::make_unique<test::CertificateFactory>(m_dir.filePath(u"certs"_s));
    auto& f = *m_certs;
    const auto ca = f.makeCa(u"ca"_s, u"Probe Test CA"_s);
    QVERIFY2(ca.ok(), qPrintable(f.error()));
    const auto other = f.makeCa(u"other"_s, u"Some Other CA"_s);
    QVERIFY2(other.ok(), qPrintable(f.error()));
    const auto sys = f.makeCa(u"sysca"_s, u"Stand-in System Root"_s);
    QVERIFY2(sys.ok(), qPrintable(f.error()));
    m_files[u"ca"_s] = ca;
    m_files[u"other"_s] = other;
    m_files[u"sysca"_s] = sys;
    const QStringList api = { u"api.example.test"_s };
    const struct
    {
        QString id;
        test::CertificateFactory::Files issuer;
        QStringList names;
        QString start, end, cn;
    } leaves[] = {
        { u"good"_s, ca, api, {}, {}, {} },
        { u"expired"_s, ca, api, u"20200101000000Z"_s, u"20200201000000Z"_s, {} },
        { u"notyet"_s, ca, api, u"20990101000000Z"_s, u"20990201000000Z"_s, {} },
        { u"wrongname"_s, ca, { u"other.example.test"_s }, {}, {}, {} },
        { u"cnonly"_s, ca, {}, {}, {}, u"api.example.test"_s },
        { u"untrusted"_s, other, api, {}, {}, {} },
        { u"sni"_s, ca, { u"sni.example.test"_s }, {}, {}, {} },
        { u"sysgood"_s, sys, api, {}, {}, {} },
    };
    for (const auto& l : leaves) {
        const auto files = f.makeLeaf(l.id, l.issuer, l.names, l.start, l.end, l.cn);
        QVERIFY2(files.ok(), qPrintable(f.error()));
        m_files[l.id] = files;
    }
    const auto self = f.makeSelfSigned(u"selfsigned"_s, api);
    QVERIFY2(self.ok(), qPrintable(f.error()));
    m_files[u"selfsigned"_s] = self;

    // The certificates say what the test cases need them to say.
    const auto expired = QSslCertificate::fromPath(m_files[u"expired"_s].cert);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().expiryDate().date(), QDate(2020, 2, 1));
    const auto notYet = QSslCertificate::fromPath(m_files[u"notyet"_s].cert);
    QCOMPARE(notYet.size(), 1);
    QCOMPARE(notYet.first().effectiveDate().date(), QDate(2099, 1, 1));
    QVERIFY(QSslCertificate::fromPath(m_files[u"cnonly"_s].cert).first().subjectAlternativeNames().isEmpty());
}

void TestProbe::cleanup()
{
    m_servers.clear(); // terminates every s_server of the test
}

test::TlsServer* TestProbe::startServer(const QString& leaf, const QStringList& extraArgs)
{
    const auto files = m_files.value(leaf);
    if (!files.ok()) {
        qWarning("no certificate %s", qPrintable(leaf));
        return nullptr;
    }
    auto server = std::make_unique<test::TlsServer>();
    const QString log = m_dir.filePath(u"s_server-%1.log"_s.arg(++m_serial));
    if (!server->start(files.cert, files.key, extraArgs, log)) {
        qWarning("%s", qPrintable(server->error()));
        return nullptr;
    }
    m_servers.push_back(std::move(server));
    return m_servers.back().get();
}

QString TestProbe::writeWorkspace(const QString& name, const QByteArray& yaml)
{
    const QString dir = m_dir.filePath(u"ws-%1-%2"_s.arg(name).arg(++m_serial));
    QDir().mkpath(dir);
    const QByteArray caPem = m_files[u"ca"_s].pem();
    test::writeAllTo(dir + u"/ca.yaml"_s, configMapCa("test-ca", caPem) + secretCa("test-ca-secret", caPem));
    test::writeAllTo(dir + u"/backends.yaml"_s, yaml);
    return dir;
}

std::vector<ProbeResult> TestProbe::probe(const QString& name, const QByteArray& yaml,
    const QList<ConnectToRule>& connectTo, int timeoutMs, const ProbePlanner::Options& planOptions, int expectedTargets)
{
    const QString dir = writeWorkspace(name, yaml);
    Workspace workspace;
    if (workspace.open({ dir }) != 2)
        qWarning("could not open the workspace in %s", qPrintable(dir));
    std::vector<ProbeTarget> targets = ProbePlanner::plan(workspace, planOptions);
    if (int(targets.size()) != expectedTargets)
        qWarning("planned %d targets, expected %d", int(targets.size()), expectedTargets);
    for (const ProbeTarget& t : targets) {
        if (!t.tls.problems.isEmpty())
            qWarning("TLS problems of %s: %s", qPrintable(t.backendText()), qPrintable(t.tls.problems.join(u"; "_s)));
    }
    ProbeRunner::Options options;
    options.timeoutMs = timeoutMs;
    options.connectTo = connectTo;
    return ProbeRunner::runBlocking(std::move(targets), options);
}

// --- units ---

void TestProbe::connectToParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("addressPort");

    QTest::newRow("full") << u"api.example.test:443:127.0.0.1:8443"_s << true << u"api.example.test"_s << 443
                          << u"127.0.0.1"_s << 8443;
    QTest::newRow("ipv6 address") << u"api.example.test:443:[::1]:8443"_s << true << u"api.example.test"_s << 443
                                  << u"::1"_s << 8443;
    QTest::newRow("ipv6 host") << u"[::1]:443:127.0.0.1:9443"_s << true << u"::1"_s << 443 << u"127.0.0.1"_s << 9443;
    QTest::newRow("any host") << u":443:127.0.0.1:8443"_s << true << QString() << 443 << u"127.0.0.1"_s << 8443;
    QTest::newRow("keep port") << u"api.example.test:443:127.0.0.1:"_s << true << u"api.example.test"_s << 443
                               << u"127.0.0.1"_s << 0;
    QTest::newRow("any port") << u"api.example.test::127.0.0.1:8443"_s << true << u"api.example.test"_s << 0
                              << u"127.0.0.1"_s << 8443;
    QTest::newRow("empty") << QString() << false << QString() << 0 << QString() << 0;
    QTest::newRow("three parts") << u"api.example.test:443:127.0.0.1"_s << false << QString() << 0 << QString() << 0;
    QTest::newRow("five parts") << u"a:1:b:2:c"_s << false << QString() << 0 << QString() << 0;
    QTest::newRow("port not a number") << u"api.example.test:https:127.0.0.1:8443"_s << false << QString() << 0
                                       << QString() << 0;
    QTest::newRow("port out of range") << u"api.example.test:70000:127.0.0.1:8443"_s << false << QString() << 0
                                       << QString() << 0;
    QTest::newRow("address port out of range")
        << u"api.example.test:443:127.0.0.1:65536"_s << false << QString() << 0 << QString() << 0;
    QTest::newRow("unclosed bracket") << u"api.example.test:443:[::1:8443"_s << false << QString() << 0 << QString()
                                      << 0;
    QTest::newRow("bare ipv6") << u"api.example.test:443:::1:8443"_s << false << QString() << 0 << QString() << 0;
}

void TestProbe::connectToParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto rule = ConnectToRule::parse(text, &error);
    QCOMPARE(rule.has_value(), valid);
    if (!valid) {
        QVERIFY2(!error.isEmpty(), "a rejected rule says why");
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);
    QFETCH(int, addressPort);
    QCOMPARE(rule->host, host);
    QCOMPARE(rule->port, port);
    QCOMPARE(rule->address, address);
    QCOMPARE(rule->addressPort, addressPort);
}

void TestProbe::connectToMatches()
{
    const QList<ConnectToRule> rules = {
        *ConnectToRule::parse(u"api.example.test:443:127.0.0.1:1001"_s),
        *ConnectToRule::parse(u":8443:127.0.0.1:1002"_s),
        *ConnectToRule::parse(u"db.example.test::127.0.0.1:1003"_s),
    };
    QVERIFY(rules[0].matches(u"api.example.test"_s, 443));
    QVERIFY(!rules[0].matches(u"api.example.test"_s, 444));
    QVERIFY(!rules[0].matches(u"other.example.test"_s, 443));
    QVERIFY(rules[1].matches(u"anything.example.test"_s, 8443));
    QVERIFY(rules[2].matches(u"db.example.test"_s, 5432));
    const ConnectToRule* r = ConnectToRule::find(rules, u"api.example.test"_s, 443);
    QVERIFY(r);
    QCOMPARE(r->addressPort, 1001);
    r = ConnectToRule::find(rules, u"api.example.test"_s, 8443);
    QVERIFY(r);
    QCOMPARE(r->addressPort, 1002);
    QVERIFY(!ConnectToRule::find(rules, u"api.example.test"_s, 80));
}

void TestProbe::addressRange_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<AddressRange::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("loopback") << u"127.0.0.1"_s << AddressRange::Kind::Loopback << u"loopback"_s;
    QTest::newRow("loopback /8") << u"127.10.0.1"_s << AddressRange::Kind::Loopback << u"loopback"_s;
    QTest::newRow("private 10/8") << u"10.1.2.3"_s << AddressRange::Kind::Private << u"private"_s;
    QTest::newRow("private 172.16/12") << u"172.20.0.1"_s << AddressRange::Kind::Private << u"private"_s;
    QTest::newRow("private 192.168/16") << u"192.168.1.1"_s << AddressRange::Kind::Private << u"private"_s;
    QTest::newRow("not private 172.32") << u"172.32.0.1"_s << AddressRange::Kind::Public << u"public"_s;
    QTest::newRow("metadata") << u"169.254.169.254"_s << AddressRange::Kind::Metadata << u"metadata"_s;
    QTest::newRow("link-local") << u"169.254.1.1"_s << AddressRange::Kind::LinkLocal << u"link-local"_s;
    QTest::newRow("cgnat") << u"100.64.0.1"_s << AddressRange::Kind::Cgnat << u"cgnat"_s;
    QTest::newRow("cgnat end") << u"100.127.255.254"_s << AddressRange::Kind::Cgnat << u"cgnat"_s;
    QTest::newRow("unspecified") << u"0.0.0.0"_s << AddressRange::Kind::Unspecified << u"unspecified"_s;
    QTest::newRow("public") << u"8.8.8.8"_s << AddressRange::Kind::Public << u"public"_s;
    QTest::newRow("ipv6 loopback") << u"::1"_s << AddressRange::Kind::Loopback << u"loopback"_s;
    QTest::newRow("ipv6 unique local") << u"fd00::1"_s << AddressRange::Kind::UniqueLocal << QString();
    QTest::newRow("ipv6 link-local") << u"fe80::1"_s << AddressRange::Kind::LinkLocal << u"link-local"_s;
    QTest::newRow("ipv6 unspecified") << u"::"_s << AddressRange::Kind::Unspecified << u"unspecified"_s;
    QTest::newRow("ipv4-mapped loopback") << u"::ffff:127.0.0.1"_s << AddressRange::Kind::Loopback << u"loopback"_s;
    QTest::newRow("ipv6 public") << u"2001:4860:4860::8888"_s << AddressRange::Kind::Public << u"public"_s;
    QTest::newRow("multicast") << u"224.0.0.1"_s << AddressRange::Kind::Multicast << QString();
}

void TestProbe::addressRange()
{
    QFETCH(QString, address);
    QFETCH(AddressRange::Kind, kind);
    QFETCH(QString, name);
    const QHostAddress a(address);
    QVERIFY(!a.isNull());
    QCOMPARE(AddressRange::classify(a), kind);
    if (!name.isEmpty())
        QCOMPARE(AddressRange::name(kind), name);
    else
        QVERIFY(!AddressRange::name(kind).isEmpty());
    if (kind != AddressRange::Kind::Public)
        QVERIFY2(!AddressRange::risk(kind).isEmpty(), "every risky range explains its risk");
}

void TestProbe::failureNamesRoundTrip()
{
    const std::pair<ProbeFailure, QString> contract[] = {
        { ProbeFailure::Dns, u"dns"_s },
        { ProbeFailure::Refused, u"refused"_s },
        { ProbeFailure::Timeout, u"timeout"_s },
        { ProbeFailure::Untrusted, u"untrusted"_s },
        { ProbeFailure::SelfSigned, u"self-signed"_s },
        { ProbeFailure::Expired, u"expired"_s },
        { ProbeFailure::NotYetValid, u"not-yet-valid"_s },
        { ProbeFailure::HostnameMismatch, u"hostname-mismatch"_s },
        { ProbeFailure::ProtocolVersion, u"protocol-version"_s },
        { ProbeFailure::AlpnMismatch, u"alpn-mismatch"_s },
        { ProbeFailure::HandshakeFailed, u"handshake-failed"_s },
    };
    for (const auto& [failure, name] : contract) {
        QCOMPARE(ProbeFailureNames::name(failure), name);
        QCOMPARE(ProbeFailureNames::fromName(name), std::optional<ProbeFailure>(failure));
    }
    QCOMPARE(ProbeFailureNames::name(ProbeFailure::None), QString());
    QVERIFY(!ProbeFailureNames::fromName(u"bogus"_s).has_value());
    QVERIFY(!ProbeFailureNames::fromName(QString()).has_value());
}

void TestProbe::systemTrustStoreBundle()
{
    const QString bundle = m_files[u"sysca"_s].cert;
    QString description;
    QString error;
    const auto certs = SystemTrustStore::load(bundle, &description, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(certs.size(), 1);
    QCOMPARE(certs.first(), QSslCertificate::fromPath(bundle).first());
    QVERIFY(!description.isEmpty());
    QCOMPARE(SystemTrustStore::bundlePath(bundle), bundle);

    // The environment variable names the bundle when no override is given.
    const QByteArray old = qgetenv(SystemTrustStore::environmentVariable);
    qputenv(SystemTrustStore::environmentVariable, bundle.toLocal8Bit());
    QCOMPARE(SystemTrustStore::bundlePath(), bundle);
    QCOMPARE(SystemTrustStore::load().size(), 1);
    const QString other = m_files[u"other"_s].cert;
    QCOMPARE(SystemTrustStore::bundlePath(other), other); // the override wins
    if (old.isNull())
        qunsetenv(SystemTrustStore::environmentVariable);
    else
        qputenv(SystemTrustStore::environmentVariable, old);

    error.clear();
    QVERIFY(SystemTrustStore::load(m_dir.filePath(u"no-such-bundle.pem"_s), nullptr, &error).isEmpty());
    QVERIFY2(!error.isEmpty(), "a missing bundle is an error");
    const QString empty = m_dir.filePath(u"empty.pem"_s);
    test::writeAllTo(empty, "not a certificate\n");
    error.clear();
    QVERIFY(SystemTrustStore::load(empty, nullptr, &error).isEmpty());
    QVERIFY2(!error.isEmpty(), "a bundle without certificates is an error");
}

// --- core API against real servers ---

void TestProbe::goodHandshakes_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<QString>("protocol"); // empty: any
    QTest::addColumn<QString>("alpn");
    QTest::addColumn<QString>("sni");
    QTest::addColumn<bool>("skipped");

    QTest::newRow("ConfigMap CA") << u"good"_s << QStringList() << caRef << QString() << QString()
                                  << u"api.example.test"_s << false;
    QTest::newRow("Secret CA") << u"good"_s << QStringList()
                               << QByteArray(
                                      "    caCertificateRefs: [{group: \"\", kind: Secret, name: test-ca-secret}]\n")
                               << QString() << QString() << u"api.example.test"_s << false;
    QTest::newRow("minVersion 1.3") << u"good"_s << QStringList() << caRef + "    minVersion: \"1.3\"\n"
                                    << u"TLSv1.3"_s << QString() << u"api.example.test"_s << false;
    QTest::newRow("TLS 1.2 server, default versions") << u"good"_s << QStringList { u"-tls1_2"_s } << caRef
                                                      << u"TLSv1.2"_s << QString() << u"api.example.test"_s << false;
    QTest::newRow("ALPN h2 negotiated") << u"good"_s << QStringList { u"-alpn"_s, u"h2,http/1.1"_s }
                                        << caRef + "    alpnProtocols: [h2]\n"
                                        << QString() << u"h2"_s << u"api.example.test"_s << false;
    QTest::newRow("tls.sni") << u"sni"_s << QStringList() << caRef + "    sni: sni.example.test\n"
                             << QString() << QString() << u"sni.example.test"_s << false;
    QTest::newRow("insecureSkipVerify") << u"selfsigned"_s << QStringList()
                                        << QByteArray("    insecureSkipVerify: true\n") << QString() << QString()
                                        << u"api.example.test"_s << true;
}

void TestProbe::goodHandshakes()
{
    QFETCH(QString, leaf);
    QFETCH(QStringList, serverArgs);
    QFETCH(QByteArray, tls);
    QFETCH(QString, protocol);
    QFETCH(QString, alpn);
    QFETCH(QString, sni);
    QFETCH(bool, skipped);
    test::TlsServer* server = startServer(leaf, serverArgs);
    QVERIFY(server);

    const auto results = probe(u"good"_s, backend("api", apiEndpoint, tls), { connectApiTo(server->port()) });
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.failure, ProbeFailure::None);
    QCOMPARE(r.target.backendText(), u"probe/api"_s);
    QCOMPARE(r.target.endpointText(), u"api.example.test:443"_s);
    QCOMPARE(r.address, server->address());
    QVERIFY2(!r.connectedVia.isEmpty(), "the --connect-to rule used is reported");
    QVERIFY2(!r.dns.attempted, "--connect-to skips the lookup, as in curl");
    QCOMPARE(r.tcp, u"ok"_s);
    QVERIFY(r.tls.attempted);
    QVERIFY(r.tls.ok);
    QCOMPARE(r.tls.error, ProbeFailure::None);
    QCOMPARE(r.tls.sni, sni);
    QVERIFY(!r.tls.protocol.isEmpty());
    if (!protocol.isEmpty())
        QCOMPARE(r.tls.protocol, protocol);
    QVERIFY(!r.tls.cipher.isEmpty());
    QCOMPARE(r.tls.alpn, alpn);
    QCOMPARE(r.tls.verificationSkipped, skipped);
    QVERIFY(!r.tls.chain.isEmpty());
    const CertificateSummary& leafSummary = r.tls.chain.first();
    QVERIFY2(leafSummary.subjectAltNames.contains(u"DNS:"_s + sni), qPrintable(leafSummary.subjectAltNames.join(u' ')));
    QVERIFY(leafSummary.notAfter.isValid());
    QVERIFY(leafSummary.notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(leafSummary.daysToExpiry > 300);
    QCOMPARE(leafSummary.selfSigned, leaf == u"selfsigned"_s);
    QVERIFY(!leafSummary.sha256.isEmpty());
    if (skipped) {
        QVERIFY2(!r.tls.sslErrors.isEmpty(), "what insecureSkipVerify waved through is kept");
        QVERIFY2(!r.warnings.isEmpty(), "skipped verification is a warning");
    }
    QVERIFY(r.ms >= 0 && r.ms < 5000);
}

void TestProbe::goodViaSystemStore()
{
    test::TlsServer* server = startServer(u"sysgood"_s);
    QVERIFY(server);
    ProbePlanner::Options plan;
    QString error;
    plan.systemCertificates = SystemTrustStore::load(m_files[u"sysca"_s].cert, &plan.systemStoreName, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto results = probe(u"system"_s, backend("api", apiEndpoint, "    wellKnownCACertificates: System\n"),
        { connectApiTo(server->port()) }, 5000, plan);
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.target.tls.systemStore);
    QVERIFY(r.tls.ok);
    QVERIFY(!r.tls.chain.isEmpty());
    QVERIFY(r.tls.chain.first().issuer.contains(u"Stand-in System Root"_s));
}

void TestProbe::systemStoreDoesNotTrustOtherCas()
{
    // A leaf of the ConfigMap CA, but the Backend trusts "System", which here is only the stand-in root.
    test::TlsServer* server = startServer(u"good"_s);
    QVERIFY(server);
    ProbePlanner::Options plan;
    plan.systemCertificates = SystemTrustStore::load(m_files[u"sysca"_s].cert);
    QCOMPARE(plan.systemCertificates.size(), 1);
    const auto results = probe(u"system-other"_s, backend("api", apiEndpoint, "    wellKnownCACertificates: System\n"),
        { connectApiTo(server->port()) }, 5000, plan);
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QCOMPARE(ProbeFailureNames::name(r.failure), u"untrusted"_s);
    QVERIFY(!r.ok());
}

void TestProbe::tlsFailures_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<QString>("expected");

    QTest::newRow("expired") << u"expired"_s << QStringList() << caRef << u"expired"_s;
    QTest::newRow("not yet valid") << u"notyet"_s << QStringList() << caRef << u"not-yet-valid"_s;
    QTest::newRow("wrong name") << u"wrongname"_s << QStringList() << caRef << u"hostname-mismatch"_s;
    QTest::newRow("CN only, no SAN (no CN fallback)")
        << u"cnonly"_s << QStringList() << caRef << u"hostname-mismatch"_s;
    QTest::newRow("sni overrides the hostname") << u"good"_s << QStringList() << caRef + "    sni: sni.example.test\n"
                                                << u"hostname-mismatch"_s;
    QTest::newRow("untrusted") << u"untrusted"_s << QStringList() << caRef << u"untrusted"_s;
    QTest::newRow("untrusted, root sent along")
        << u"untrusted"_s << QStringList { u"-cert_chain"_s, m_files[u"other"_s].cert } << caRef << u"untrusted"_s;
    QTest::newRow("self-signed") << u"selfsigned"_s << QStringList() << caRef << u"self-signed"_s;
    QTest::newRow("TLS 1.2 only vs minVersion 1.3")
        << u"good"_s << QStringList { u"-tls1_2"_s } << caRef + "    minVersion: \"1.3\"\n"
        << u"protocol-version"_s;
    QTest::newRow("h2 required, server has http/1.1 only")
        << u"good"_s << QStringList { u"-alpn"_s, u"http/1.1"_s } << caRef + "    alpnProtocols: [h2]\n"
        << u"alpn-mismatch"_s;
    QTest::newRow("h2 required, server has no ALPN")
        << u"good"_s << QStringList() << caRef + "    alpnProtocols: [h2]\n"
        << u"alpn-mismatch"_s;
}

void TestProbe::tlsFailures()
{
    QFETCH(QString, leaf);
    QFETCH(QStringList, serverArgs);
    QFETCH(QByteArray, tls);
    QFETCH(QString, expected);
    test::TlsServer* server = startServer(leaf, serverArgs);
    QVERIFY(server);

    QElapsedTimer clock;
    clock.start();
    const auto results = probe(u"fail"_s, backend("api", apiEndpoint, tls), { connectApiTo(server->port()) });
    QVERIFY2(clock.elapsed() < 5000, "a TLS failure is reported as it happens, not at the deadline");
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY(!r.ok());
    QVERIFY2(ProbeFailureNames::name(r.failure) == expected, qPrintable(describe(r)));
    QCOMPARE(r.tcp, u"ok"_s);
    QCOMPARE(r.address, server->address());
    QVERIFY(r.tls.attempted);
    QVERIFY(!r.tls.ok);
    QCOMPARE(ProbeFailureNames::name(r.tls.error), expected);
    QVERIFY2(!r.explanation.isEmpty(), "a failure is explained");
    QVERIFY2(!r.fix.isEmpty(), "a failure comes with a likely fix");
    // A server that refuses the version or every offered ALPN protocol aborts before it sends
    // its certificate; otherwise the chain is there to explain the failure.
    if (expected != u"protocol-version"_s && !serverArgs.contains(u"-alpn"_s))
        QVERIFY2(!r.tls.chain.isEmpty(), "the chain the server presented is reported");
    if (leaf == u"wrongname"_s)
        QVERIFY(r.tls.chain.first().subjectAltNames.contains(u"DNS:other.example.test"_s));
    if (leaf == u"expired"_s)
        QVERIFY(r.tls.chain.first().daysToExpiry < 0);
    if (leaf == u"selfsigned"_s)
        QVERIFY(r.tls.chain.first().selfSigned);
}

void TestProbe::refused()
{
    const int port = test::freeLocalPort();
    QVERIFY(port > 0);
    QElapsedTimer clock;
    clock.start();
    // An IP endpoint (plain TCP) and a TLS one dialled through --connect-to: both refused.
    const auto results = probe(u"refused"_s, backend("plain", ipEndpoint(port)) + backend("api", apiEndpoint, caRef),
        { connectApiTo(port) }, 5000, {}, 2);
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(results.size(), size_t(2));
    for (const ProbeResult& r : results) {
        QVERIFY2(r.failure == ProbeFailure::Refused, qPrintable(describe(r)));
        QCOMPARE(r.tcp, u"refused"_s);
        QVERIFY(!r.tls.attempted);
        QCOMPARE(r.address, u"127.0.0.1:"_s + QString::number(port));
        QVERIFY(!r.explanation.isEmpty());
        QVERIFY(!r.fix.isEmpty());
    }
}

void TestProbe::dnsFailure()
{
    QElapsedTimer clock;
    clock.start();
    const auto results = probe(u"dns"_s, backend("gone", "fqdn: {hostname: nothing.invalid, port: 443}", caRef), {});
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.failure == ProbeFailure::Dns, qPrintable(describe(r)));
    QCOMPARE(r.tcp, u"dns"_s);
    QVERIFY(r.dns.attempted);
    QVERIFY(!r.dns.error.isEmpty());
    QVERIFY(r.dns.addresses.isEmpty());
    QVERIFY(!r.tls.attempted);
    QVERIFY(!r.explanation.isEmpty());
}

void TestProbe::dnsAnswerInsideIsARisk()
{
    // A name the planner takes for one outside the cluster that answers with a loopback address
    // (here through /etc/hosts): reachable, but flagged as the rebinding risk it is.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ProbeTarget t;
    t.backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"probe"_s, u"rebind"_s };
    t.host = u"localhost"_s;
    t.port = server.serverPort();
    t.hostIsName = true;
    t.externalName = true;
    t.fieldPath = u"spec.endpoints[0]"_s;
    ProbeRunner::Options options;
    options.timeoutMs = 3000;
    auto results = ProbeRunner::runBlocking({ t }, options);
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.dns.attempted);
    QVERIFY(r.dns.addresses.contains(u"127.0.0.1"_s));
    QVERIFY(!r.dns.risks.isEmpty());
    QCOMPARE(r.dns.risks.first().range, u"loopback"_s);
    QVERIFY2(
        !r.warnings.isEmpty() && r.warnings.first().contains(u"CVE-2021-25740"_s), qPrintable(r.warnings.join(u'\n')));
    const QJsonObject json = r.toJson();
    QVERIFY(!json.value(u"dns"_s).toObject().value(u"risks"_s).toArray().isEmpty());

    // The same answer for a name inside the cluster is what it should be: no warning.
    t.externalName = false;
    results = ProbeRunner::runBlocking({ t }, options);
    QVERIFY(results.front().ok());
    QVERIFY(results.front().warnings.isEmpty());
}

void TestProbe::connectTimeoutIsBounded()
{
    test::BlackHole hole;
    QString error;
    QVERIFY2(hole.open(&error), qPrintable(error));
    QVERIFY2(hole.swallows(200), "the black hole completes connects on this machine");
    QElapsedTimer clock;
    clock.start();
    const auto results = probe(u"timeout"_s, backend("hole", ipEndpoint(hole.port())), {}, 500);
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 5000, qPrintable(u"took %1 ms"_s.arg(ms)));
    QVERIFY2(ms >= 400, qPrintable(u"gave up after %1 ms, before the 500 ms timeout"_s.arg(ms)));
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.failure == ProbeFailure::Timeout, qPrintable(describe(r)));
    QCOMPARE(r.tcp, u"timeout"_s);
    QVERIFY(!r.tls.attempted);
    QVERIFY(r.ms >= 400 && r.ms < 5000);
}

void TestProbe::tlsHandshakeTimeoutIsBounded()
{
    // The TCP connect completes (the kernel queues it) but no ServerHello ever comes.
    test::SilentListener silent;
    QVERIFY(silent.open());
    QElapsedTimer clock;
    clock.start();
    const auto results
        = probe(u"tls-timeout"_s, backend("api", apiEndpoint, caRef), { connectApiTo(silent.port()) }, 500);
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 5000, qPrintable(u"took %1 ms"_s.arg(ms)));
    QCOMPARE(results.size(), size_t(1));
    const ProbeResult& r = results.front();
    QVERIFY2(r.failure == ProbeFailure::Timeout, qPrintable(describe(r)));
    QCOMPARE(r.tcp, u"ok"_s);
    QVERIFY(r.tls.attempted);
    QVERIFY(!r.tls.ok);
    QCOMPARE(r.tls.error, ProbeFailure::Timeout);
}

void TestProbe::plainTcpAndUnixSocket()
{
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
    QLocalServer local;
    const QString socketPath = m_dir.filePath(u"probe.sock"_s);
    QVERIFY(local.listen(socketPath));
    const QByteArray yaml = backend("tcp", ipEndpoint(tcp.serverPort()))
        + backend("uds", "unix: {path: " + socketPath.toUtf8() + '}')
        + backend("uds-missing", "unix: {path: " + m_dir.filePath(u"missing.sock"_s).toUtf8() + '}');
    const auto results = probe(u"plain"_s, yaml, {}, 2000, {}, 3);
    QCOMPARE(results.size(), size_t(3));
    QHash<QString, const ProbeResult*> byName;
    for (const ProbeResult& r : results)
        byName.insert(r.target.backend.name, &r);
    QVERIFY(byName.contains(u"tcp"_s) && byName.contains(u"uds"_s) && byName.contains(u"uds-missing"_s));
    const ProbeResult& t = *byName[u"tcp"_s];
    QVERIFY2(t.ok(), qPrintable(describe(t)));
    QCOMPARE(t.tcp, u"ok"_s);
    QVERIFY(!t.tls.attempted);
    QCOMPARE(t.address, u"127.0.0.1:"_s + QString::number(tcp.serverPort()));
    const ProbeResult& u = *byName[u"uds"_s];
    QVERIFY2(u.ok(), qPrintable(describe(u)));
    QCOMPARE(u.target.transport, ProbeTarget::Transport::Unix);
    QCOMPARE(u.target.endpointText(), u"unix:"_s + socketPath);
    const ProbeResult& m = *byName[u"uds-missing"_s];
    QVERIFY2(!m.ok(), qPrintable(describe(m)));
}

void TestProbe::cancelStopsPromptly()
{
    test::BlackHole hole;
    QString error;
    QVERIFY2(hole.open(&error), qPrintable(error));
    std::vector<ProbeTarget> targets;
    for (int i = 0; i < 20; ++i) {
        ProbeTarget t;
        t.backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"probe"_s, u"hole-%1"_s.arg(i) };
        t.endpointIndex = 0;
        t.host = u"127.0.0.1"_s;
        t.port = hole.port();
        t.fieldPath = u"spec.endpoints[0]"_s;
        targets.push_back(t);
    }
    ProbeRunner runner;
    ProbeRunner::Options options;
    options.concurrency = 32;
    options.timeoutMs = 10000;
    runner.setOptions(options);
    QSignalSpy started(&runner, &ProbeRunner::started);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start(std::move(targets));
    QVERIFY(runner.isRunning());
    QCOMPARE(runner.total(), 20);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(runner.done(), 0);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(u"finished %1 ms after cancel()"_s.arg(clock.elapsed())));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(started.count(), 1);
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.results().size(), size_t(20));
    for (const ProbeResult& r : runner.results()) {
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
    }
    // No late signals after the run ended.
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
}

void TestProbe::concurrencyIsBounded()
{
    // Nine probes that each hang until their 300 ms deadline, three at a time: at least three rounds.
    test::SilentListener silent;
    QVERIFY(silent.open());
    std::vector<ProbeTarget> targets;
    for (int i = 0; i < 9; ++i) {
        ProbeTarget t;
        t.backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"probe"_s, u"silent-%1"_s.arg(i) };
        t.host = u"127.0.0.1"_s;
        t.port = silent.port();
        t.tls.enabled = true;
        t.tls.sni = u"api.example.test"_s;
        t.tls.verifyNames = { u"api.example.test"_s };
        t.tls.caCertificates = QSslCertificate::fromPath(m_files[u"ca"_s].cert);
        targets.push_back(t);
    }
    ProbeRunner runner;
    ProbeRunner::Options options;
    options.concurrency = 3;
    options.timeoutMs = 300;
    runner.setOptions(options);
    QSignalSpy progress(&runner, &ProbeRunner::progress);
    QSignalSpy ready(&runner, &ProbeRunner::resultReady);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(std::move(targets));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms >= 850, qPrintable(u"9 probes of 300 ms, 3 at a time, took only %1 ms"_s.arg(ms)));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(ready.count(), 9);
    QCOMPARE(progress.count(), 9);
    QCOMPARE(progress.last().at(0).toInt(), 9);
    QCOMPARE(progress.last().at(1).toInt(), 9);
    for (const ProbeResult& r : runner.results())
        QCOMPARE(r.failure, ProbeFailure::Timeout);
}

void TestProbe::threadsKeepOrderAndOutcome()
{
    // The same mixed run on one worker thread and on four: the same outcome, in target order.
    QTcpServer open;
    QVERIFY(open.listen(QHostAddress::LocalHost, 0));
    const int closed = test::freeLocalPort();
    std::vector<ProbeTarget> targets;
    for (int i = 0; i < 40; ++i) {
        ProbeTarget t;
        t.backend = { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"probe"_s, u"mixed-%1"_s.arg(i) };
        t.host = u"127.0.0.1"_s;
        t.port = i % 3 == 0 ? closed : open.serverPort();
        targets.push_back(t);
    }
    ProbeRunner::Options options;
    options.timeoutMs = 3000;
    options.concurrency = 8;
    options.threads = 1;
    const auto one = ProbeRunner::runBlocking(targets, options);
    options.threads = 4;
    const auto four = ProbeRunner::runBlocking(targets, options);
    QCOMPARE(one.size(), targets.size());
    QCOMPARE(four.size(), targets.size());
    for (size_t i = 0; i < targets.size(); ++i) {
        QCOMPARE(four[i].target.backend.name, targets[i].backend.name);
        QCOMPARE(four[i].failure, one[i].failure);
        QCOMPARE(four[i].failure, i % 3 == 0 ? ProbeFailure::Refused : ProbeFailure::None);
    }
}

// --- the command line ---

void TestProbe::cliGoodJson()
{
    test::TlsServer* server = startServer(u"good"_s);
    QVERIFY(server);
    const QString dir = writeWorkspace(u"cli-good"_s, backend("api", apiEndpoint, caRef));
    const Cli run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--timeout"_s, u"3000"_s, u"--connect-to"_s,
        connectApiArg(server->port()), dir });
    QVERIFY2(run.exitCode == 0, run.report().constData());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray probes = doc.object().value(u"probes"_s).toArray();
    QCOMPARE(probes.size(), 1);
    const QJsonObject p = probes.first().toObject();
    QCOMPARE(p.value(u"backend"_s).toString(), u"probe/api"_s);
    QVERIFY(!p.value(u"kind"_s).toString().isEmpty());
    QCOMPARE(p.value(u"endpoint"_s).toString(), u"api.example.test:443"_s);
    QCOMPARE(p.value(u"address"_s).toString(), server->address());
    QVERIFY(p.value(u"dns"_s).isObject());
    QCOMPARE(p.value(u"tcp"_s).toString(), u"ok"_s);
    QVERIFY(p.value(u"ms"_s).isDouble());
    QVERIFY(p.value(u"error"_s).isNull());
    const QJsonObject tls = p.value(u"tls"_s).toObject();
    QCOMPARE(tls.value(u"ok"_s).toBool(false), true);
    QVERIFY(tls.value(u"error"_s).isNull());
    QCOMPARE(tls.value(u"sni"_s).toString(), u"api.example.test"_s);
    QVERIFY(!tls.value(u"protocol"_s).toString().isEmpty());
    QVERIFY(!tls.value(u"cipher"_s).toString().isEmpty());
    QVERIFY(tls.contains(u"alpn"_s));
    QVERIFY(!tls.value(u"notAfter"_s).toString().isEmpty());
    const QJsonArray chain = tls.value(u"chain"_s).toArray();
    QVERIFY(!chain.isEmpty());
    QVERIFY2(QJsonDocument(chain.first().toObject()).toJson().contains("api.example.test"),
        QJsonDocument(chain).toJson().constData());
}

void TestProbe::cliFailures_data()
{
    QTest::addColumn<QString>("kind"); // "tls", "refused", "dns", "timeout"
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("tcp");

    QTest::newRow("expired") << u"tls"_s << u"expired"_s << QStringList() << caRef << u"expired"_s << u"ok"_s;
    QTest::newRow("not yet valid") << u"tls"_s << u"notyet"_s << QStringList() << caRef << u"not-yet-valid"_s
                                   << u"ok"_s;
    QTest::newRow("wrong name") << u"tls"_s << u"wrongname"_s << QStringList() << caRef << u"hostname-mismatch"_s
                                << u"ok"_s;
    QTest::newRow("untrusted") << u"tls"_s << u"untrusted"_s << QStringList() << caRef << u"untrusted"_s << u"ok"_s;
    QTest::newRow("self-signed") << u"tls"_s << u"selfsigned"_s << QStringList() << caRef << u"self-signed"_s
                                 << u"ok"_s;
    QTest::newRow("protocol version") << u"tls"_s << u"good"_s << QStringList { u"-tls1_2"_s }
                                      << caRef + "    minVersion: \"1.3\"\n"
                                      << u"protocol-version"_s << u"ok"_s;
    QTest::newRow("alpn") << u"tls"_s << u"good"_s << QStringList { u"-alpn"_s, u"http/1.1"_s }
                          << caRef + "    alpnProtocols: [h2]\n"
                          << u"alpn-mismatch"_s << u"ok"_s;
    QTest::newRow("refused") << u"refused"_s << QString() << QStringList() << caRef << u"refused"_s << u"refused"_s;
    QTest::newRow("dns") << u"dns"_s << QString() << QStringList() << caRef << u"dns"_s << u"dns"_s;
    QTest::newRow("timeout") << u"timeout"_s << QString() << QStringList() << caRef << u"timeout"_s << u"timeout"_s;
}

void TestProbe::cliFailures()
{
    QFETCH(QString, kind);
    QFETCH(QString, leaf);
    QFETCH(QStringList, serverArgs);
    QFETCH(QByteArray, tls);
    QFETCH(QString, expected);
    QFETCH(QString, tcp);

    QStringList args = { u"probe"_s, u"--format"_s, u"json"_s, u"--timeout"_s, u"3000"_s };
    QByteArray endpoint = apiEndpoint;
    test::BlackHole hole;
    if (kind == u"tls"_s) {
        test::TlsServer* server = startServer(leaf, serverArgs);
        QVERIFY(server);
        args << u"--connect-to"_s << connectApiArg(server->port());
    } else if (kind == u"refused"_s) {
        args << u"--connect-to"_s << connectApiArg(test::freeLocalPort());
    } else if (kind == u"dns"_s) {
        endpoint = "fqdn: {hostname: nothing.invalid, port: 443}";
    } else {
        QString error;
        QVERIFY2(hole.open(&error), qPrintable(error));
        args[4] = u"500"_s;
        args << u"--connect-to"_s << connectApiArg(hole.port());
    }
    args << writeWorkspace(u"cli-fail"_s, backend("api", endpoint, tls));
    const Cli run = cli(args);
    QVERIFY2(run.exitCode == 1, run.report().constData());
    if (kind == u"timeout"_s)
        QVERIFY2(run.ms < 5000, qPrintable(u"took %1 ms"_s.arg(run.ms)));
    const QJsonArray probes = run.probes();
    QCOMPARE(probes.size(), 1);
    const QJsonObject p = probes.first().toObject();
    QVERIFY2(p.value(u"error"_s).toString() == expected, QJsonDocument(p).toJson().constData());
    QCOMPARE(p.value(u"tcp"_s).toString(), tcp);
    QVERIFY(!p.value(u"explanation"_s).toString().isEmpty());
    QVERIFY(!p.value(u"fix"_s).toString().isEmpty());
    if (tcp == u"ok"_s) {
        const QJsonObject t = p.value(u"tls"_s).toObject();
        QCOMPARE(t.value(u"ok"_s).toBool(true), false);
        QCOMPARE(t.value(u"error"_s).toString(), expected);
    } else {
        QVERIFY2(p.value(u"tls"_s).isNull(), "no TLS outcome when TCP did not connect");
    }
}

void TestProbe::cliSystemCa()
{
    const QByteArray yaml = backend("api", apiEndpoint, "    wellKnownCACertificates: System\n");
    const QString bundle = m_files[u"sysca"_s].cert;
    {
        test::TlsServer* server = startServer(u"sysgood"_s);
        QVERIFY(server);
        const Cli run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--system-ca"_s, bundle, u"--connect-to"_s,
            connectApiArg(server->port()), writeWorkspace(u"cli-sys"_s, yaml) });
        QVERIFY2(run.exitCode == 0, run.report().constData());
        QVERIFY(run.probes().first().toObject().value(u"tls"_s).toObject().value(u"ok"_s).toBool());
    }
    {
        test::TlsServer* server = startServer(u"sysgood"_s);
        QVERIFY(server);
        QProcessEnvironment env;
        env.insert(QString::fromLatin1(SystemTrustStore::environmentVariable), bundle);
        const Cli run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--connect-to"_s, connectApiArg(server->port()),
                                writeWorkspace(u"cli-sys-env"_s, yaml) },
            env);
        QVERIFY2(run.exitCode == 0, run.report().constData());
    }
    {
        // Without the stand-in root, the real store does not know our test CA.
        test::TlsServer* server = startServer(u"sysgood"_s);
        QVERIFY(server);
        const Cli run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--connect-to"_s, connectApiArg(server->port()),
            writeWorkspace(u"cli-sys-real"_s, yaml) });
        QVERIFY2(run.exitCode == 1, run.report().constData());
        QCOMPARE(run.probes().first().toObject().value(u"error"_s).toString(), u"untrusted"_s);
    }
    {
        // A bundle that cannot be read is a usage error, not a silent fallback to the real store.
        const Cli run = cli({ u"probe"_s, u"--system-ca"_s, m_dir.filePath(u"no-such.pem"_s),
            writeWorkspace(u"cli-sys-missing"_s, yaml) });
        QVERIFY2(run.exitCode == 2, run.report().constData());
    }
}

void TestProbe::cliConnectToKeepsSni()
{
    test::TlsServer* server = startServer(u"good"_s, { u"-tlsextdebug"_s, u"-naccept"_s, u"1"_s });
    QVERIFY(server);
    const QString dir = writeWorkspace(u"cli-sni"_s, backend("api", apiEndpoint, caRef));
    const Cli run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--timeout"_s, u"3000"_s, u"--connect-to"_s,
        connectApiArg(server->port()), dir });
    QVERIFY2(run.exitCode == 0, run.report().constData());
    const QJsonObject p = run.probes().first().toObject();
    QCOMPARE(p.value(u"endpoint"_s).toString(), u"api.example.test:443"_s);
    QCOMPARE(p.value(u"address"_s).toString(), server->address());
    // s_server's output is complete once it exited (after its one connection).
    QVERIFY2(server->waitForExit(5000), "s_server -naccept 1 exits after the probe's connection");
    const QByteArray log = server->log();
    QVERIFY2(log.contains("TLS client extension \"server name\""), log.constData());
    QCOMPARE(test::serverNamesFromTlsExtDebug(log), QStringList { u"api.example.test"_s });
}

void TestProbe::cliExitCodes()
{
    test::TlsServer* server = startServer(u"good"_s);
    QVERIFY(server);
    const QString good = writeWorkspace(u"cli-exit-good"_s, backend("api", apiEndpoint, caRef));
    Cli run = cli({ u"probe"_s, u"--connect-to"_s, connectApiArg(server->port()), good });
    QVERIFY2(run.exitCode == 0, run.report().constData());

    // One success and one failure: 1.
    const int closed = test::freeLocalPort();
    const QString mixed = writeWorkspace(u"cli-exit-mixed"_s,
        backend("api", apiEndpoint, caRef) + backend("down", "fqdn: {hostname: down.example.test, port: 443}"));
    run = cli({ u"probe"_s, u"--format"_s, u"json"_s, u"--connect-to"_s, connectApiArg(server->port()),
        u"--connect-to"_s, u"down.example.test:443:127.0.0.1:"_s + QString::number(closed), mixed });
    QVERIFY2(run.exitCode == 1, run.report().constData());
    QCOMPARE(run.probes().size(), 2);

    const QStringList usage[] = {
        { u"probe"_s, u"--concurrency"_s, u"0"_s, good },
        { u"probe"_s, u"--connect-to"_s, u"api.example.test:443"_s, good },
        { u"probe"_s, u"--connect-to"_s, u"api.example.test:443:127.0.0.1:99999"_s, good },
        { u"probe"_s, u"--timeout"_s, u"soon"_s, good },
        { u"probe"_s, u"--format"_s, u"xml"_s, good },
    };
    for (const QStringList& args : usage) {
        run = cli(args);
        QVERIFY2(run.exitCode == 2,
            qPrintable(args.join(u' ') + u" => "_s + QString::number(run.exitCode) + u" "_s
                + QString::fromUtf8(run.out + run.err)));
        QVERIFY2(!run.err.isEmpty(), "a usage error says what is wrong on stderr");
    }
}

void TestProbe::cliTextFormat()
{
    test::TlsServer* server = startServer(u"expired"_s);
    QVERIFY(server);
    const QString dir = writeWorkspace(u"cli-text"_s, backend("api", apiEndpoint, caRef));
    const Cli run = cli({ u"probe"_s, u"--connect-to"_s, connectApiArg(server->port()), dir });
    QVERIFY2(run.exitCode == 1, run.report().constData());
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(u"probe/api"_s), qPrintable(text));
    QVERIFY2(text.contains(u"api.example.test:443"_s), qPrintable(text));
    QVERIFY2(text.contains(u"expired"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
