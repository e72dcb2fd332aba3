// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Planning a probe run without running it: which endpoints, with which options, and which
// findings of earlier runs go stale. Nothing here touches the network.
#include <QTest>

#include "probe/probesession.h"
#include "testutils.h"
#include "validation/probefindings.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
ResourceKey backend(const QString& name)
{
    return { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, name };
}

// Two Backends with endpoints on loopback (two and one), and one whose endpoints are gone.
QByteArray backends()
{
    return "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: pair, namespace: shop}\n"
           "spec:\n  endpoints:\n    - ip: {address: 127.0.0.1, port: 8080}\n    - ip: {address: 127.0.0.1, port: "
           "8081}\n"
           "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: one, namespace: shop}\n"
           "spec:\n  endpoints:\n    - ip: {address: 127.0.0.1, port: 8443}\n"
           "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: empty, namespace: shop}\n"
           "spec:\n  endpoints: []\n"_ba;
}

// What a run found about `key` (at its name: the workspace keeps findings only about what is
// in the files).
void report(Workspace& ws, const ResourceKey& key)
{
    ws.setFindings(ProbeFindings::sourceFor(key),
        { Finding { key, QString(), u"BW0901"_s, Severity::Error, u"connection refused"_s } });
}

QStringList backendsOf(const ProbeSession::Run& run)
{
    QStringList out;
    for (const ProbeTarget& t : run.targets)
        out.append(t.backend.name);
    out.sort();
    return out;
}
} // namespace

class TestProbeSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plansAllOrSomeBackends();
    void findingsOfBackendsWithNothingToProbeGoStale();
    void settingsAreClampedValues();
    void anUnusableSystemBundleIsANotice();
    void probeableKinds();
};

void TestProbeSession::plansAllOrSomeBackends()
{
    Workspace ws;
    ws.addText(u"b.yaml"_s, backends());
    ProbeSession session;
    const ProbeSession::Run all = session.plan(ws);
    QCOMPARE(backendsOf(all), (QStringList { u"one"_s, u"pair"_s, u"pair"_s }));
    QVERIFY(all.notice.isEmpty());
    QVERIFY(all.staleSources.isEmpty());
    const ProbeSession::Run some = session.plan(ws, { backend(u"one"_s) });
    QCOMPARE(backendsOf(some), QStringList { u"one"_s });
    // Again means the same backends as last time.
    QCOMPARE(session.lastBackends(), QSet<ResourceKey> { backend(u"one"_s) });
    QCOMPARE(backendsOf(session.planAgain(ws)), QStringList { u"one"_s });
    // A backend with no endpoint: nothing to probe, and the notice says so.
    const ProbeSession::Run none = session.plan(ws, { backend(u"empty"_s) });
    QVERIFY(none.targets.empty());
    QVERIFY2(none.notice.contains(u"Nothing to probe"_s), qPrintable(none.notice));
}

void TestProbeSession::findingsOfBackendsWithNothingToProbeGoStale()
{
    Workspace ws;
    ws.addText(u"b.yaml"_s, backends());
    report(ws, backend(u"pair"_s));
    report(ws, backend(u"empty"_s));
    ws.setFindings(u"cluster"_s, {}); // not a probe's: never touched
    ProbeSession session;
    // A run of everything: what it will probe gets new findings; the rest is stale.
    QCOMPARE(ws.findingSources().size(), 2);
    QCOMPARE(session.plan(ws).staleSources, QStringList { ProbeFindings::sourceFor(backend(u"empty"_s)) });
    // A run of some backends leaves the others' findings alone.
    QCOMPARE(session.plan(ws, { backend(u"pair"_s) }).staleSources, QStringList());
    QCOMPARE(session.plan(ws, { backend(u"empty"_s), backend(u"one"_s) }).staleSources,
        QStringList { ProbeFindings::sourceFor(backend(u"empty"_s)) });
    // Planning changes nothing by itself.
    QVERIFY(ws.findingSources().contains(ProbeFindings::sourceFor(backend(u"empty"_s))));
}

void TestProbeSession::settingsAreClampedValues()
{
    Workspace ws;
    ws.addText(u"b.yaml"_s, backends());
    ProbeSession session;
    QCOMPARE(session.plan(ws).options.timeoutMs, ProbeSession::Settings::defaultTimeoutMs);
    QCOMPARE(session.plan(ws).options.concurrency, ProbeSession::Settings::defaultConcurrency);
    ProbeSession::Settings settings;
    settings.timeoutMs = 0;
    settings.concurrency = 100000;
    settings.connectTo = { *ConnectToRule::parse(u"api.example.com:443:127.0.0.1:8443"_s) };
    session.setSettings(settings);
    const ProbeSession::Run run = session.plan(ws);
    QCOMPARE(run.options.timeoutMs, 1);
    QCOMPARE(run.options.concurrency, 1024);
    QCOMPARE(run.options.connectTo.size(), 1);
    settings.timeoutMs = 3000;
    settings.concurrency = 4;
    session.setSettings(settings);
    QCOMPARE(session.plan(ws).options.timeoutMs, 3000);
    QCOMPARE(session.plan(ws).options.concurrency, 4);
}

void TestProbeSession::anUnusableSystemBundleIsANotice()
{
    Workspace ws;
    ws.addText(u"b.yaml"_s, backends());
    ProbeSession session(QStringLiteral(BW_TEST_DATA_DIR "/no-such-bundle.pem"));
    const ProbeSession::Run run = session.plan(ws);
    QCOMPARE(run.targets.size(), size_t(3)); // still planned
    QVERIFY2(run.notice.contains(u"no-such-bundle.pem"_s), qPrintable(run.notice));
}

void TestProbeSession::probeableKinds()
{
    QVERIFY(ProbeSession::canProbe(backend(u"a"_s)));
    QVERIFY(ProbeSession::canProbe({ u"core.apoxy.dev"_s, u"Backend"_s, {}, u"a"_s }));
    QVERIFY(ProbeSession::canProbe({ u"gateway.networking.x-k8s.io"_s, u"XBackend"_s, u"ns"_s, u"a"_s }));
    QVERIFY(ProbeSession::canProbe({ {}, u"Service"_s, u"ns"_s, u"a"_s }));
    QVERIFY(!ProbeSession::canProbe({ {}, u"ConfigMap"_s, u"ns"_s, u"a"_s }));
    QVERIFY(!ProbeSession::canProbe({ u"example.com"_s, u"Backend"_s, u"ns"_s, u"a"_s }));
}

QTEST_GUILESS_MAIN(TestProbeSession)
#include "tst_probesession.moc"
