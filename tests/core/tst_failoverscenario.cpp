// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Failover over time: Envoy's active health check state machine, outlier detection, the
// scenario file format, and whole scenarios run against a route rule with a primary Backend of
// two endpoints and a one-endpoint fallback — with the exact moments traffic moves.
#include <QtTest>

#include <cmath>

#include "simulation/activehealthchecker.h"
#include "simulation/failoverscenario.h"
#include "simulation/outlierdetector.h"
#include "simulation/rulesimulation.h"
#include "simulation/scenariorunner.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

using Checker = ActiveHealthChecker;
using Timeline = ScenarioTimeline;

const QString kPrimary = u"shop/checkout-primary"_s;
const QString kStandby = u"shop/checkout-standby"_s;

// The checkout rule of the example workspace, cut down, with `healthCheck` (YAML lines indented
// for spec.healthCheck) as its BackendTrafficPolicy; no policy at all when it is empty.
QByteArray workspaceText(const QByteArray& healthCheck)
{
    QByteArray text = R"(apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: storefront, namespace: shop}
spec:
  parentRefs: [{name: edge}]
  rules:
    - backendRefs:
        - {group: gateway.envoyproxy.io, kind: Backend, name: checkout-primary}
        - {group: gateway.envoyproxy.io, kind: Backend, name: checkout-standby}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: checkout-primary, namespace: shop}
spec:
  endpoints:
    - fqdn: {hostname: checkout-1.example.com, port: 8443}
    - fqdn: {hostname: checkout-2.example.com, port: 8443}
---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: Backend
metadata: {name: checkout-standby, namespace: shop}
spec:
  fallback: true
  endpoints:
    - fqdn: {hostname: standby.example.com, port: 8443}
)"_ba;
    if (!healthCheck.isEmpty()) {
        text += R"(---
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: BackendTrafficPolicy
metadata: {name: checkout-health, namespace: shop}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: storefront}]
  healthCheck:
)"_ba + healthCheck;
    }
    return text;
}

std::optional<RuleSimulation> checkoutRule(const std::vector<RuleSimulation>& rules)
{
    for (const RuleSimulation& r : rules) {
        if (std::any_of(r.backends.begin(), r.backends.end(), [](const auto& b) { return b.fallback; }))
            return r;
    }
    return std::nullopt;
}

std::optional<RuleSimulation> ruleWith(const QByteArray& healthCheck)
{
    Workspace ws;
    ws.addText(u"/scenario/workspace.yaml"_s, workspaceText(healthCheck));
    return checkoutRule(RuleSimulation::plan(ws));
}

const QByteArray kActive = "    active:\n      type: HTTP\n      http: {path: /healthz}\n";
const QByteArray kPassive100 = "    passive:\n      maxEjectionPercent: 100\n";

std::optional<FailoverScenario> parsed(const QByteArray& yaml, QString* error = nullptr)
{
    QString e;
    std::optional<FailoverScenario> s = FailoverScenario::parse(yaml, u"test.yaml"_s, &e);
    if (error)
        *error = e;
    else if (!s)
        qWarning("%s", qPrintable(e));
    return s;
}

std::vector<Timeline::Transition> transitions(const Timeline& t, const QString& what, int index = -1)
{
    std::vector<Timeline::Transition> out;
    for (const Timeline::Transition& x : t.transitions) {
        if (x.what == what && (index < 0 || x.index == index))
            out.push_back(x);
    }
    return out;
}

double share(const Timeline& t, qint64 atMs, const QString& backend)
{
    const Timeline::Sample* s = t.sampleAt(atMs);
    if (!s || s->atMs != atMs)
        return -1; // no sample there
    return t.shareAt(atMs, backend);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

bool anyNoteContains(const Timeline& t, const QString& text)
{
    return std::any_of(t.notes.begin(), t.notes.end(), [&](const QString& n) { return n.contains(text); });
}

qint64 nextSweepAfter(qint64 ms, qint64 interval = 3000)
{
    return (ms + interval - 1) / interval * interval;
}

} // namespace

class TestFailoverScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void activeThresholds();
    void activeTimeouts();
    void activeStatuses();
    void activeHealthyThreshold();
    void outlierConsecutive5xx();
    void outlierBackoff();
    void outlierGatewayErrors();
    void outlierMaxEjectionPercent();
    void outlierActiveCheckUnejects();
    void parseScenario();
    void parseErrors_data();
    void parseErrors();
    void parseErrorsAreCollected();
    void activeDownAndUp();
    void activeWholeBackendDown();
    void panicWhenEverythingIsDown();
    void latencyBeyondTimeout();
    void latencyWithinTimeout();
    void passiveEjectionGrows();
    void passiveMaxEjectionPercentTrap();
    void passiveAlwaysEjectOne();
    void noHealthCheckAtAll();
    void exampleOutage();
    void selectRule();
    void json();
};

void TestFailoverScenario::activeThresholds()
{
    // Defaults: interval 3 s, timeout 1 s, unhealthy after 3 failures, healthy after 1 pass.
    Checker c(HealthCheckPolicy::Active {});
    QVERIFY(c.healthy());
    QCOMPARE(c.nextAtMs(), 0);
    const auto refused = [](qint64) { return Checker::Probe { Checker::Outcome::Failure, 0, 0 }; };
    std::vector<Checker::Check> done = c.advanceTo(5999, refused);
    QCOMPARE(done.size(), size_t(2)); // at 0 and 3000: two failures, still healthy
    QVERIFY(c.healthy());
    QCOMPARE(c.consecutiveFailures(), 2);
    done = c.advanceTo(6000, refused);
    QCOMPARE(done.size(), size_t(1));
    QCOMPARE(done[0].sentAtMs, 6000);
    QVERIFY(done[0].changed());
    QVERIFY(!c.healthy());
    // One pass brings it back, at the next probe.
    done = c.advanceTo(9000, [](qint64) { return Checker::Probe {}; });
    QCOMPARE(done.size(), size_t(1));
    QCOMPARE(done[0].doneAtMs, 9000);
    QVERIFY(done[0].changed());
    QVERIFY(c.healthy());
    // A pass in between resets the failure count.
    int n = 0;
    c.advanceTo(30000, [&n](qint64) {
        return ++n % 3 == 0 ? Checker::Probe {} : Checker::Probe { Checker::Outcome::Failure, 0, 0 };
    });
    QVERIFY(c.healthy());
    // initialJitter delays the first probe (taken whole, for reproducible runs).
    HealthCheckPolicy::Active jittered;
    jittered.initialJitterMs = 500;
    QCOMPARE(Checker(jittered).nextAtMs(), 500);
}

void TestFailoverScenario::activeTimeouts()
{
    // A timeout is known only after `timeout`, and the next probe waits `interval` from then:
    // probes at 0, 4 s, 8 s; the third timeout, at 9 s, makes the host unhealthy.
    Checker c(HealthCheckPolicy::Active {});
    const auto silent = [](qint64) { return Checker::Probe { Checker::Outcome::Timeout, 0, 0 }; };
    QVERIFY(!c.step(silent)); // sent at 0, in flight
    QVERIFY(c.inFlight());
    QCOMPARE(c.nextAtMs(), 1000);
    std::optional<Checker::Check> done = c.step(silent);
    QVERIFY(done);
    QVERIFY(done->timedOut);
    QCOMPARE(done->doneAtMs, 1000);
    QCOMPARE(c.nextAtMs(), 4000);
    const std::vector<Checker::Check> more = c.advanceTo(9000, silent);
    QCOMPARE(more.size(), size_t(2));
    QCOMPARE(more[0].sentAtMs, 4000);
    QCOMPARE(more[1].sentAtMs, 8000);
    QCOMPARE(more[1].doneAtMs, 9000);
    QVERIFY(more[1].changed());
    QVERIFY(!c.healthy());

    // A slow answer is a timeout when it takes longer than the timeout; exactly as long passes.
    Checker slow(HealthCheckPolicy::Active {});
    done = slow.advanceTo(2000, [](qint64) { return Checker::Probe { Checker::Outcome::Success, 200, 2000 }; }).front();
    QVERIFY(done->timedOut);
    QCOMPARE(done->doneAtMs, 1000);
    QCOMPARE(done->verdict, Checker::Verdict::Fail);
    Checker justInTime(HealthCheckPolicy::Active {});
    done = justInTime.advanceTo(2000,
                         [](qint64) {
                             return Checker::Probe { Checker::Outcome::Success, 0, 1000 };
                         })
               .front();
    QVERIFY(!done->timedOut);
    QCOMPARE(done->verdict, Checker::Verdict::Pass);
    QCOMPARE(justInTime.nextAtMs(), 4000);
}

void TestFailoverScenario::activeStatuses()
{
    HealthCheckPolicy::Active http;
    http.type = HealthCheckPolicy::Active::Type::Http;
    http.expectedStatuses = { 200, 204 };
    http.retriableStatuses = { 503 };
    const Checker c(http);
    const auto status = [](int s) { return Checker::Probe { Checker::Outcome::HttpStatus, s, 0 }; };
    QCOMPARE(c.classify(status(204)), Checker::Verdict::Pass);
    QCOMPARE(c.classify(status(500)), Checker::Verdict::FailAtOnce);
    QCOMPARE(c.classify(status(503)), Checker::Verdict::Fail);
    QCOMPARE(c.classify(Checker::Probe { Checker::Outcome::Failure, 0, 0 }), Checker::Verdict::Fail);

    // Outside expectedStatuses: unhealthy at the first answer.
    Checker once(http);
    once.advanceTo(0, [&](qint64) { return status(500); });
    QVERIFY(!once.healthy());
    // Retriable: counts toward the threshold, so the third one.
    Checker retried(http);
    retried.advanceTo(3000, [&](qint64) { return status(503); });
    QVERIFY(retried.healthy());
    retried.advanceTo(6000, [&](qint64) { return status(503); });
    QVERIFY(!retried.healthy());

    // A TCP check only connects: HTTP errors pass. A gRPC check wants 200 (SERVING).
    HealthCheckPolicy::Active tcp;
    tcp.type = HealthCheckPolicy::Active::Type::Tcp;
    QCOMPARE(Checker(tcp).classify(status(500)), Checker::Verdict::Pass);
    HealthCheckPolicy::Active grpc;
    grpc.type = HealthCheckPolicy::Active::Type::Grpc;
    QCOMPARE(Checker(grpc).classify(status(503)), Checker::Verdict::FailAtOnce);
}

void TestFailoverScenario::activeHealthyThreshold()
{
    HealthCheckPolicy::Active p;
    p.unhealthyThreshold = 1;
    p.healthyThreshold = 2;
    p.intervalMs = 1000;
    Checker c(p);
    const auto fail = [](qint64) { return Checker::Probe { Checker::Outcome::Failure, 0, 0 }; };
    const auto pass = [](qint64) { return Checker::Probe {}; };
    c.advanceTo(0, fail);
    QVERIFY(!c.healthy());
    c.advanceTo(1000, pass);
    QVERIFY(!c.healthy()); // 1 of 2
    c.advanceTo(2000, fail); // resets the passes
    c.advanceTo(3000, pass);
    QVERIFY(!c.healthy());
    c.advanceTo(4000, pass);
    QVERIFY(c.healthy());
}

void TestFailoverScenario::outlierConsecutive5xx()
{
    HealthCheckPolicy::Passive p; // 5 consecutive 5xx, interval 3 s, base 30 s
    p.maxEjectionPercent = 100;
    OutlierDetector d(p, 3);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!d.response(0, 500, 100 + i));
    QCOMPARE(d.consecutive5xx(0), 4);
    QVERIFY(!d.response(0, 200, 200)); // anything else resets the count
    QCOMPARE(d.consecutive5xx(0), 0);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!d.response(0, 503, 300 + i));
    const std::optional<OutlierDetector::Ejection> e = d.response(0, 500, 1000);
    QVERIFY(e);
    QVERIFY(!e->refused);
    QCOMPARE(e->atMs, 1000);
    QCOMPARE(e->durationMs, 30000);
    QCOMPARE(e->reason, OutlierDetector::Reason::Consecutive5xx);
    QVERIFY(d.ejected(0));
    QCOMPARE(d.ejectedCount(), 1);
    // Still answering (say, in panic): no second ejection, and Envoy keeps counting.
    for (int i = 0; i < 7; ++i)
        QVERIFY(!d.response(0, 500, 1100 + i));
    QCOMPARE(d.consecutive5xx(0), 7);
    // 4xx are no errors here.
    for (int i = 0; i < 10; ++i)
        QVERIFY(!d.response(1, 404, 2000 + i));
    QVERIFY(!d.ejected(1));
    // consecutive5XxErrors 0 turns the check off.
    p.consecutive5xxErrors = 0;
    OutlierDetector off(p, 3);
    for (int i = 0; i < 50; ++i)
        QVERIFY(!off.response(0, 500, i));
}

void TestFailoverScenario::outlierBackoff()
{
    HealthCheckPolicy::Passive p;
    p.maxEjectionPercent = 100;
    OutlierDetector d(p, 2);
    const auto burst = [&](qint64 at) {
        std::optional<OutlierDetector::Ejection> e;
        for (int i = 0; i < 5 && !e; ++i)
            e = d.response(0, 503, at);
        return e;
    };
    const auto sweepUntil = [&](qint64 until) {
        std::vector<qint64> back;
        while (d.nextSweepAtMs() <= until) {
            const qint64 at = d.nextSweepAtMs();
            if (!d.sweep().empty())
                back.push_back(at);
        }
        return back;
    };
    QCOMPARE(burst(1000)->durationMs, 30000);
    // Back at the first sweep at least 30 s later: sweeps every 3 s, 30 s misses by 1 s.
    QCOMPARE(sweepUntil(33000), std::vector<qint64>({ 33000 }));
    // Failing again before an interval has passed: twice as long, then three times.
    QCOMPARE(burst(33100)->durationMs, 60000);
    QCOMPARE(sweepUntil(96000), std::vector<qint64>({ 96000 }));
    QCOMPARE(burst(96000)->durationMs, 90000);
    QCOMPARE(d.ejections(0), 3);
    QCOMPARE(sweepUntil(186000), std::vector<qint64>({ 186000 }));
    // Each sweep in service an interval after the return takes one step off the backoff.
    QCOMPARE(d.backoff(0), 3);
    sweepUntil(189000);
    QCOMPARE(d.backoff(0), 2);
    sweepUntil(195000);
    QCOMPARE(d.backoff(0), 0);
    QCOMPARE(burst(200000)->durationMs, 30000);
    // The duration stops growing at maxEjectionTime (300 s by default).
    QCOMPARE(d.maxEjectionTimeMs(), 300000);
}

void TestFailoverScenario::outlierGatewayErrors()
{
    HealthCheckPolicy::Passive p;
    p.maxEjectionPercent = 100;
    p.consecutiveGatewayErrors = 2;
    OutlierDetector d(p, 4);
    QVERIFY(!d.response(0, 502, 0));
    QVERIFY(!d.response(0, 500, 1)); // a 5xx that is no gateway error resets that count only
    QCOMPARE(d.consecutiveGatewayErrors(0), 0);
    QCOMPARE(d.consecutive5xx(0), 2);
    QVERIFY(!d.response(0, 504, 2));
    const std::optional<OutlierDetector::Ejection> e = d.response(0, 503, 3);
    QVERIFY(e);
    QCOMPARE(e->reason, OutlierDetector::Reason::ConsecutiveGatewayErrors);
    // Without consecutiveGatewayErrors only the 5xx count works.
    p.consecutiveGatewayErrors = 0;
    OutlierDetector plain(p, 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!plain.response(0, 502, i));
    QCOMPARE(plain.response(0, 502, 4)->reason, OutlierDetector::Reason::Consecutive5xx);
}

void TestFailoverScenario::outlierMaxEjectionPercent()
{
    // The default 10 % of a 3-endpoint cluster (primary and fallback together) is no endpoint.
    HealthCheckPolicy::Passive p;
    OutlierDetector d(p, 3);
    QCOMPARE(d.maxEjectable(), 0);
    std::optional<OutlierDetector::Ejection> e;
    for (int i = 0; i < 5; ++i)
        e = d.response(0, 503, i);
    QVERIFY(e);
    QVERIFY(e->refused);
    QVERIFY(!d.ejected(0));
    QCOMPARE(d.consecutive5xx(0), 0); // counted again from scratch
    // alwaysEjectOneEndpoint lets the first one out, not the second.
    p.alwaysEjectOneEndpoint = true;
    OutlierDetector one(p, 3);
    for (int i = 0; i < 5; ++i)
        e = one.response(0, 503, i);
    QVERIFY(!e->refused);
    for (int i = 0; i < 5; ++i)
        e = one.response(1, 503, i);
    QVERIFY(e->refused);
    QCOMPARE(one.ejectedCount(), 1);
    // 50 % of 4: two.
    p.alwaysEjectOneEndpoint = false;
    p.maxEjectionPercent = 50;
    QCOMPARE(OutlierDetector(p, 4).maxEjectable(), 2);
    p.maxEjectionPercent = 100;
    QCOMPARE(OutlierDetector(p, 3).maxEjectable(), 3);
}

void TestFailoverScenario::outlierActiveCheckUnejects()
{
    HealthCheckPolicy::Passive p;
    p.maxEjectionPercent = 100;
    OutlierDetector d(p, 2);
    for (int i = 0; i < 5; ++i)
        d.response(1, 500, 10);
    QVERIFY(d.ejected(1));
    QVERIFY(!d.activeCheckPassed(0, 20));
    QVERIFY(d.activeCheckPassed(1, 20));
    QVERIFY(!d.ejected(1));
    QCOMPARE(d.ejectedCount(), 0);
}

void TestFailoverScenario::parseScenario()
{
    const std::optional<FailoverScenario> s = parsed(R"(# a scenario
route: shop/storefront
rule: 1
duration: 2m
step: 500ms
requestRate: 20
events:
  - {at: 30, endpoint: shop/checkout-primary, event: up}
  - at: 10s
    endpoint: checkout-primary#1
    event: errors
    rate: 0.25
    status: 502
    probes: false
  - {at: 10s, endpoint: shop/checkout-primary#0, event: latency, latency: 1.5s}
  - {at: 0, endpoint: shop/checkout-primary, event: down}
)");
    QVERIFY(s);
    QCOMPARE(s->fileName, u"test.yaml"_s);
    QCOMPARE(s->route, u"shop/storefront"_s);
    QCOMPARE(s->rule, 1);
    QCOMPARE(s->durationMs, 120000);
    QCOMPARE(s->stepMs, 500);
    QCOMPARE(s->requestRate, 20.0);
    QCOMPARE(s->events.size(), size_t(4));
    // In time order, file order for the same time.
    QCOMPARE(s->events[0].kind, FailoverScenario::Event::Kind::Down);
    QCOMPARE(s->events[0].atMs, 0);
    QVERIFY(!s->events[0].endpoint);
    const FailoverScenario::Event& errors = s->events[1];
    QCOMPARE(errors.kind, FailoverScenario::Event::Kind::Errors);
    QCOMPARE(errors.backend, u"checkout-primary"_s);
    QCOMPARE(errors.endpoint, 1);
    QCOMPARE(errors.rate, 0.25);
    QCOMPARE(errors.status, 502);
    QVERIFY(!errors.probes);
    QCOMPARE(errors.index, 1);
    QCOMPARE(errors.line, 9);
    QCOMPARE(errors.where(), u"events[1] (line 9)"_s);
    QCOMPARE(s->events[2].latencyMs, 1500);
    QCOMPARE(s->events[2].endpointText(), u"shop/checkout-primary#0"_s);
    QCOMPARE(s->events[3].atMs, 30000);
    QCOMPARE(s->events[3].kind, FailoverScenario::Event::Kind::Up);

    // Everything left out has its default.
    const std::optional<FailoverScenario> minimal = parsed("events: []\n");
    QVERIFY(minimal);
    QCOMPARE(minimal->durationMs, 120000);
    QCOMPARE(minimal->stepMs, 1000);
    QCOMPARE(minimal->requestRate, 100.0);
    QVERIFY(minimal->events.empty());
}

void TestFailoverScenario::parseErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // the one error line, from its start

    const QByteArray head = "duration: 60s\nevents:\n  - at: 10s\n    endpoint: shop/checkout-primary\n";
    QTest::newRow("unknown event") << head + "    event: crash\n"
                                   << u"test.yaml:5:12: events[0].event: 'crash' is not one of down, up, errors, "
                                      "latency"_s;
    QTest::newRow("bad duration") << "duration: 60s\nevents:\n  - at: soon\n    endpoint: a/b\n    event: up\n"_ba
                                  << u"test.yaml:3:9: events[0].at: 'soon' is not a duration"_s;
    QTest::newRow("after the end") << "duration: 60s\nevents:\n  - {at: 90s, endpoint: a/b, event: up}\n"_ba
                                   << u"test.yaml:3:10: events[0].at: 90s is after the end of the scenario "
                                      "(duration 60s)"_s;
    QTest::newRow("missing endpoint") << "events:\n  - at: 1s\n    event: up\n"_ba
                                      << u"test.yaml:2:5: events[0]: 'endpoint' is missing"_s;
    QTest::newRow("bad index") << "events:\n  - {at: 1s, endpoint: 'a/b#x', event: down}\n"_ba
                               << u"test.yaml:2:24: events[0].endpoint: 'x' after # is not an endpoint index"_s;
    QTest::newRow("bad endpoint") << "events:\n  - {at: 1s, endpoint: a/b/c, event: down}\n"_ba
                                  << u"test.yaml:2:24: events[0].endpoint: 'a/b/c' is not NAMESPACE/NAME"_s;
    QTest::newRow("rate too high") << head + "    event: errors\n    rate: 2\n"
                                   << u"test.yaml:6:11: events[0].rate: must be from 0 to 1"_s;
    QTest::newRow("rate on down") << head + "    event: down\n    rate: 0.5\n"
                                  << u"test.yaml:6:11: events[0].rate: only applies to errors events"_s;
    QTest::newRow("status") << head + "    event: errors\n    status: 700\n"
                            << u"test.yaml:6:13: events[0].status: must be from 100 to 599"_s;
    QTest::newRow("latency missing") << head + "    event: latency\n"
                                     << u"test.yaml:3:5: events[0]: a latency event needs 'latency'"_s;
    QTest::newRow("unknown field") << "durration: 60s\n"_ba << u"test.yaml:1:1: durration: unknown field"_s;
    QTest::newRow("unknown event field") << head + "    event: up\n    when: later\n"
                                         << u"test.yaml:6:5: events[0].when: unknown field"_s;
    QTest::newRow("step") << "step: 0s\n"_ba << u"test.yaml:1:7: step: must be at least 10ms"_s;
    QTest::newRow("too many samples") << "duration: 24h\nstep: 10ms\n"_ba
                                      << u"test.yaml:2:7: step: gives more than 100000 samples"_s;
    QTest::newRow("request rate") << "requestRate: fast\n"_ba
                                  << u"test.yaml:1:14: requestRate: 'fast' is not a "
                                     "number"_s;
    QTest::newRow("events not a list") << "events: {at: 1s}\n"_ba
                                       << u"test.yaml:1:9: events: expected a list of events"_s;
    QTest::newRow("event not a mapping") << "events:\n  - down\n"_ba
                                         << u"test.yaml:2:5: events[0]: expected a mapping"_s;
    QTest::newRow("syntax") << "events: [\n"_ba << u"test.yaml:"_s;
    QTest::newRow("empty") << "# nothing\n"_ba << u"test.yaml:1:1: the scenario is empty"_s;
    QTest::newRow("list") << "- at: 1s\n"_ba << u"test.yaml:1:1: a scenario is a mapping"_s;
    QTest::newRow("two documents") << "duration: 1s\n---\nduration: 2s\n"_ba
                                   << u"test.yaml:2:1: a scenario file holds one YAML document"_s;
}

void TestFailoverScenario::parseErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parsed(yaml, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TestFailoverScenario::parseErrorsAreCollected()
{
    QString error;
    QVERIFY(!parsed("duration: never\nevents:\n  - {at: 1s, endpoint: a/b, event: boom}\n"
                    "  - {at: 2s, endpoint: '', event: up}\n",
        &error));
    const QStringList lines = error.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(u"test.yaml:1:11: duration:"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"test.yaml:3:36: events[0].event:"_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"test.yaml:4:24: events[1].endpoint:"_s), qPrintable(lines[2]));
}

void TestFailoverScenario::activeDownAndUp()
{
    // Active HTTP check at Envoy Gateway's defaults: probes at 0, 3, 6, 9 s pass; the endpoint
    // goes down at 10 s; the probes at 12 and 15 s fail, the one at 18 s is the third failure.
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    QVERIFY(rule->health.active.enabled);
    QVERIFY(!rule->health.passive.enabled);
    const std::optional<FailoverScenario> s = parsed(R"(duration: 60s
events:
  - {at: 10s, endpoint: shop/checkout-primary#0, event: down}
  - {at: 40s, endpoint: shop/checkout-primary#0, event: up}
)");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QCOMPARE(t.samples.size(), size_t(61));
    QCOMPARE(t.route, u"shop/storefront"_s);

    const std::vector<Timeline::Transition> down = transitions(t, u"unhealthy"_s);
    QCOMPARE(down.size(), size_t(1));
    QCOMPARE(down[0].atMs, 18000);
    QCOMPARE(down[0].backend, kPrimary);
    QCOMPARE(down[0].index, 0);
    // 1 of 2 primary endpoints healthy: floor(140 * 1 / 2) = 70 stays, 30 % to the fallback.
    QCOMPARE(share(t, 17000, kStandby), 0.0);
    QCOMPARE(share(t, 17000, kPrimary), 100.0);
    QVERIFY(near(t.sampleAt(15000)->failing, 50.0)); // half the requests hit the dead endpoint
    QCOMPARE(share(t, 18000, kStandby), 30.0);
    QCOMPARE(share(t, 18000, kPrimary), 70.0);
    QCOMPARE(t.sampleAt(18000)->failing, 0.0);
    QVERIFY(!t.sampleAt(18000)->endpoints[0].healthy);
    QVERIFY(t.sampleAt(18000)->endpoints[1].healthy);

    // Up at 40 s: the next probe, at 42 s, passes (healthyThreshold 1).
    const std::vector<Timeline::Transition> up = transitions(t, u"healthy"_s);
    QCOMPARE(up.size(), size_t(1));
    QCOMPARE(up[0].atMs, 42000);
    QCOMPARE(share(t, 41000, kStandby), 30.0);
    QCOMPARE(share(t, 42000, kStandby), 0.0);

    QCOMPARE(t.failoverStartsAtMs, 18000);
    QCOMPARE(t.failoverEndsAtMs, 42000);
    QCOMPARE(t.backends.size(), size_t(2));
    QCOMPARE(t.backends[0].backend, kPrimary);
    QCOMPARE(t.backends[0].baseline, 100.0);
    QCOMPARE(t.backends[0].lostAtMs, 18000);
    QCOMPARE(t.backends[0].returnsAtMs, 42000);
    QVERIFY(t.backends[1].fallback);
    QVERIFY(!t.backends[1].lostAtMs);
    QVERIFY2(t.notes.isEmpty(), qPrintable(t.notes.join(u'\n')));
}

void TestFailoverScenario::activeWholeBackendDown()
{
    // Without #index an event hits every endpoint of the backend: all traffic to the fallback.
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    const std::optional<FailoverScenario> s
        = parsed("duration: 30s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary, event: down}\n");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QCOMPARE(transitions(t, u"down"_s).size(), size_t(2));
    QCOMPARE(transitions(t, u"unhealthy"_s).size(), size_t(2));
    QCOMPARE(share(t, 17000, kStandby), 0.0);
    QCOMPARE(t.sampleAt(17000)->failing, 100.0);
    QCOMPARE(share(t, 18000, kStandby), 100.0);
    QCOMPARE(t.sampleAt(18000)->priorities[0].health, 0);
    QCOMPARE(t.sampleAt(18000)->priorities[1].load, 100);
    QVERIFY(!t.sampleAt(18000)->panic); // the fallback alone makes the cluster whole
    QCOMPARE(t.failoverStartsAtMs, 18000);
    QVERIFY(!t.failoverEndsAtMs);
}

void TestFailoverScenario::panicWhenEverythingIsDown()
{
    // Primary and standby down: once every endpoint is unhealthy, every priority is in panic and
    // Envoy spreads requests by host count over all of them, the unhealthy ones included.
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    const std::optional<FailoverScenario> s = parsed(R"(duration: 30s
events:
  - {at: 10s, endpoint: shop/checkout-primary, event: down}
  - {at: 10s, endpoint: shop/checkout-standby, event: down}
)");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QVERIFY(!t.sampleAt(17000)->panic);
    const Timeline::Sample* all = t.sampleAt(18000);
    QVERIFY(all->panic);
    QVERIFY(all->totalPanic);
    QCOMPARE(all->priorities[0].load, 67); // floor(100 * 2 / 3) = 66, plus the remainder
    QCOMPARE(all->priorities[1].load, 33);
    QCOMPARE(t.shareAt(18000, kStandby), 33.0);
    QCOMPARE(all->failing, 100.0);
    QVERIFY2(anyNoteContains(t, u"From 18 s a priority is in panic"_s), qPrintable(t.notes.join(u'\n')));
}

void TestFailoverScenario::latencyBeyondTimeout()
{
    // Answers take 2 s from 10 s, the timeout is 1 s: the probe sent at 12 s times out at 13 s,
    // the next goes out 3 s later (16 s, out at 17 s), and the third (20 s) at 21 s.
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    const std::optional<FailoverScenario> s = parsed(R"(duration: 40s
events:
  - {at: 10s, endpoint: shop/checkout-primary#1, event: latency, latency: 2s}
  - {at: 30s, endpoint: shop/checkout-primary#1, event: up}
)");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    const std::vector<Timeline::Transition> down = transitions(t, u"unhealthy"_s);
    QCOMPARE(down.size(), size_t(1));
    QCOMPARE(down[0].atMs, 21000);
    QCOMPARE(down[0].index, 1);
    QCOMPARE(share(t, 20000, kStandby), 0.0);
    QCOMPARE(share(t, 21000, kStandby), 30.0);
    // Still slow at 24 s (out at 25 s) and 28 s (29 s); up at 30 s; the probe at 32 s passes.
    const std::vector<Timeline::Transition> up = transitions(t, u"healthy"_s);
    QCOMPARE(up.size(), size_t(1));
    QCOMPARE(up[0].atMs, 32000);
    QCOMPARE(t.failoverStartsAtMs, 21000);
    QCOMPARE(t.failoverEndsAtMs, 32000);
    QCOMPARE(t.sampleAt(20000)->failing, 0.0); // slow is not failed, for the requests
}

void TestFailoverScenario::latencyWithinTimeout()
{
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    const std::optional<FailoverScenario> s
        = parsed("duration: 40s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary#1, event: latency, "
                 "latency: 900ms}\n");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QVERIFY(transitions(t, u"unhealthy"_s).empty());
    QVERIFY(!t.failoverStartsAtMs);
}

void TestFailoverScenario::passiveEjectionGrows()
{
    // Passive only, maxEjectionPercent 100: the endpoint answers 503 from 10 s; at 100 requests/s
    // it gets every other one, so 5 consecutive 5xx take it out within 0.1 s.
    const std::optional<RuleSimulation> rule = ruleWith(kPassive100);
    QVERIFY(rule);
    QVERIFY(rule->health.passive.enabled);
    const std::optional<FailoverScenario> s = parsed(R"(duration: 120s
requestRate: 100
events:
  - {at: 10s, endpoint: shop/checkout-primary#0, event: errors, rate: 1.0, status: 503}
)");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    const std::vector<Timeline::Transition> out = transitions(t, u"ejected"_s);
    const std::vector<Timeline::Transition> back = transitions(t, u"unejected"_s);
    QVERIFY(out.size() >= 3);
    QVERIFY2(out[0].atMs >= 10000 && out[0].atMs <= 10100, qPrintable(QString::number(out[0].atMs)));
    // 30 s, rounded up to the 3 s sweep; then back for a moment, failing again at once, so
    // the next ejection lasts 60 s, the one after 90 s.
    QCOMPARE(back.size(), size_t(2));
    QCOMPARE(back[0].atMs, nextSweepAfter(out[0].atMs + 30000));
    QCOMPARE(back[0].atMs, 42000);
    QVERIFY(out[1].atMs >= back[0].atMs && out[1].atMs <= back[0].atMs + 100);
    QCOMPARE(back[1].atMs, nextSweepAfter(out[1].atMs + 60000));
    QCOMPARE(back[1].atMs, 105000);
    QVERIFY(out[2].atMs >= back[1].atMs && out[2].atMs <= back[1].atMs + 100);
    QVERIFY2(out[2].detail.contains(u"90 s"_s), qPrintable(out[2].detail));

    QCOMPARE(share(t, 10000, kStandby), 0.0);
    QCOMPARE(share(t, 11000, kStandby), 30.0);
    QCOMPARE(share(t, 41000, kStandby), 30.0);
    QCOMPARE(share(t, 42000, kStandby), 0.0); // back, until the next burst of errors
    QCOMPARE(share(t, 43000, kStandby), 30.0);
    QCOMPARE(t.failoverStartsAtMs, 11000);
    QCOMPARE(t.failoverEndsAtMs, 42000);
    QCOMPARE(t.backends[0].lostAtMs, 11000);
    QCOMPARE(t.backends[0].returnsAtMs, 42000);
}

void TestFailoverScenario::passiveMaxEjectionPercentTrap()
{
    // semantics.md §5.3: passive checks only, maxEjectionPercent left at 10: of the cluster's
    // 3 endpoints (the fallback's included) none may be ejected, so failover never happens —
    // even with the whole primary Backend down.
    const QByteArray yaml = "duration: 60s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary, event: down}\n";
    const std::optional<FailoverScenario> s = parsed(yaml);
    QVERIFY(s);
    const std::optional<RuleSimulation> trap = ruleWith("    passive: {}\n");
    QVERIFY(trap);
    QVERIFY(trap->health.passive.enabled);
    QCOMPARE(trap->health.passive.maxEjectionPercent, 10);
    Timeline t = ScenarioRunner::run(*trap, *s);
    QVERIFY(transitions(t, u"ejected"_s).empty());
    QVERIFY(!transitions(t, u"ejectionRefused"_s).empty());
    for (const Timeline::Sample& sample : t.samples)
        QCOMPARE(t.shareAt(sample.atMs, kStandby), 0.0);
    QVERIFY(!t.failoverStartsAtMs);
    QCOMPARE(t.sampleAt(30000)->failing, 100.0);
    QVERIFY2(anyNoteContains(t, u"maxEjectionPercent 10"_s), qPrintable(t.notes.join(u'\n')));
    QVERIFY2(anyNoteContains(t, u"never taken out"_s), qPrintable(t.notes.join(u'\n')));

    // maxEjectionPercent 100, as Envoy Gateway's failover guide has it: both ejected at once.
    const std::optional<RuleSimulation> fixed = ruleWith(kPassive100);
    QVERIFY(fixed);
    t = ScenarioRunner::run(*fixed, *s);
    QCOMPARE(transitions(t, u"ejectionRefused"_s).size(), size_t(0));
    QVERIFY(transitions(t, u"ejected"_s).size() >= 2);
    QCOMPARE(share(t, 10000, kStandby), 0.0);
    QCOMPARE(share(t, 11000, kStandby), 100.0);
    QCOMPARE(t.failoverStartsAtMs, 11000);
    QVERIFY(!anyNoteContains(t, u"maxEjectionPercent"_s));
}

void TestFailoverScenario::passiveAlwaysEjectOne()
{
    // alwaysEjectOneEndpoint lets one out whatever the percentage: one of two, 70 / 30.
    const std::optional<RuleSimulation> rule = ruleWith("    passive:\n      alwaysEjectOneEndpoint: true\n");
    QVERIFY(rule);
    const std::optional<FailoverScenario> s
        = parsed("duration: 20s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary, event: down}\n");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QCOMPARE(transitions(t, u"ejected"_s).size(), size_t(1));
    QCOMPARE(share(t, 11000, kStandby), 30.0);
    QCOMPARE(t.sampleAt(11000)->failing, 70.0); // the other one is down too, and still used
}

void TestFailoverScenario::noHealthCheckAtAll()
{
    const std::optional<RuleSimulation> rule = ruleWith({});
    QVERIFY(rule);
    QVERIFY(rule->health.source.isEmpty());
    const std::optional<FailoverScenario> s
        = parsed("duration: 60s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary, event: down}\n");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QVERIFY(transitions(t, u"unhealthy"_s).empty());
    QVERIFY(transitions(t, u"ejected"_s).empty());
    for (const Timeline::Sample& sample : t.samples) {
        QCOMPARE(t.shareAt(sample.atMs, kStandby), 0.0);
        QVERIFY(sample.endpoints[0].healthy);
    }
    QCOMPARE(t.sampleAt(59000)->failing, 100.0);
    QVERIFY(!t.failoverStartsAtMs);
    QVERIFY2(anyNoteContains(t, u"No health check applies"_s), qPrintable(t.notes.join(u'\n')));
    QVERIFY2(
        anyNoteContains(t, u"shop/checkout-primary#0 fails requests from 10 s"_s), qPrintable(t.notes.join(u'\n')));
}

void TestFailoverScenario::exampleOutage()
{
    // The example workspace's checkout rule (active HTTP checks and passive ones with
    // maxEjectionPercent 100) through resources/scenarios/checkout-outage.yaml.
    Workspace ws;
    QVERIFY(ws.open({ QStringLiteral(BW_EXAMPLES_DIR) }) > 0);
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    QFile file(QStringLiteral(BW_SOURCE_DIR "/resources/scenarios/checkout-outage.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<FailoverScenario> s = FailoverScenario::parse(file.readAll(), file.fileName(), &error);
    QVERIFY2(s, qPrintable(error));
    const RuleSimulation* rule = s->selectRule(rules, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->routeText(), u"shop/storefront"_s);
    const Timeline t = ScenarioRunner::run(*rule, *s);
    QVERIFY2(t.notes.isEmpty(), qPrintable(t.notes.join(u'\n')));

    // Zone a goes down at 10 s: requests fail until outlier detection takes it out, well
    // before the third failed probe at 18 s would.
    const std::vector<Timeline::Transition> ejected = transitions(t, u"ejected"_s, 0);
    QVERIFY(!ejected.empty());
    QVERIFY(ejected[0].atMs > 10000 && ejected[0].atMs < 11000);
    QCOMPARE(transitions(t, u"unhealthy"_s, 0).front().atMs, 18000);
    QCOMPARE(share(t, 11000, kStandby), 30.0);
    QCOMPARE(t.failoverStartsAtMs, 11000);
    QCOMPARE(share(t, 29000, kStandby), 30.0);
    // Zone b answers 503 from 30 s: the probe at 30 s sees a status outside expectedStatuses
    // and marks it unhealthy at once — everything to the standby.
    QCOMPARE(transitions(t, u"unhealthy"_s, 1).front().atMs, 30000);
    QCOMPARE(share(t, 30000, kStandby), 100.0);
    QVERIFY(transitions(t, u"ejected"_s, 1).empty()); // it got no requests after that probe
    // Zone a's ejection ends at 42 s, but its active check still holds it out.
    QCOMPARE(transitions(t, u"unejected"_s, 0).front().atMs, 42000);
    QCOMPARE(share(t, 42000, kStandby), 100.0);
    // Both back at 60 s, and the probes at 60 s pass.
    QCOMPARE(share(t, 59000, kStandby), 100.0);
    QCOMPARE(share(t, 60000, kStandby), 0.0);
    QCOMPARE(t.failoverEndsAtMs, 60000);
    QCOMPARE(t.backends[0].lostAtMs, 11000);
    QCOMPARE(t.backends[0].returnsAtMs, 60000);
}

void TestFailoverScenario::selectRule()
{
    Workspace ws;
    QVERIFY(ws.open({ QStringLiteral(BW_EXAMPLES_DIR) }) > 0);
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    QString error;
    std::optional<FailoverScenario> s = parsed("events:\n  - {at: 1s, endpoint: checkout-primary, event: down}\n");
    QVERIFY(s);
    const RuleSimulation* rule = s->selectRule(rules, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->backends[0].name(), kPrimary);
    s = parsed("route: shop/partner-api\nevents:\n  - {at: 1s, endpoint: checkout-primary, event: down}\n");
    QVERIFY(s);
    QVERIFY(!s->selectRule(rules, &error));
    QVERIFY2(error.contains(u"shop/partner-api"_s), qPrintable(error));

    // An event naming a backend the rule does not have is reported, not fatal.
    s = parsed("events:\n  - {at: 1s, endpoint: shop/nowhere, event: down}\n"
               "  - {at: 1s, endpoint: 'shop/checkout-primary#7', event: down}\n");
    QVERIFY(s);
    const Timeline t = ScenarioRunner::run(*checkoutRule(rules), *s);
    QVERIFY2(
        anyNoteContains(t, u"events[0] (line 2): shop/nowhere is not a backend"_s), qPrintable(t.notes.join(u'\n')));
    QVERIFY2(anyNoteContains(t, u"no #7"_s), qPrintable(t.notes.join(u'\n')));
    QVERIFY(t.transitions.empty());
}

void TestFailoverScenario::json()
{
    const std::optional<RuleSimulation> rule = ruleWith(kActive);
    QVERIFY(rule);
    const std::optional<FailoverScenario> s
        = parsed("duration: 20s\nstep: 2s\nevents:\n  - {at: 10s, endpoint: shop/checkout-primary#0, event: down}\n");
    QVERIFY(s);
    const QJsonObject o = ScenarioRunner::run(*rule, *s).toJson();
    const QJsonArray samples = o.value(u"samples"_s).toArray();
    QCOMPARE(samples.size(), 11);
    const QJsonObject last = samples.last().toObject();
    QCOMPARE(last.value(u"t"_s).toDouble(), 20.0);
    const QJsonArray backends = last.value(u"backends"_s).toArray();
    QCOMPARE(backends.size(), 2);
    QCOMPARE(backends[1].toObject().value(u"backend"_s).toString(), kStandby);
    QCOMPARE(backends[1].toObject().value(u"share"_s).toDouble(), 30.0);
    const QJsonArray priorities = last.value(u"priorities"_s).toArray();
    QCOMPARE(priorities.size(), 2);
    QCOMPARE(priorities[0].toObject().value(u"health"_s).toInt(), 70);
    QCOMPARE(priorities[0].toObject().value(u"load"_s).toInt(), 70);
    QCOMPARE(priorities[1].toObject().value(u"priority"_s).toInt(), 1);
    QVERIFY(last.value(u"panic"_s).isBool());
    const QJsonArray endpoints = last.value(u"endpoints"_s).toArray();
    QCOMPARE(endpoints.size(), 3);
    QCOMPARE(endpoints[0].toObject().value(u"backend"_s).toString(), kPrimary);
    QCOMPARE(endpoints[0].toObject().value(u"index"_s).toInt(), 0);
    QCOMPARE(endpoints[0].toObject().value(u"healthy"_s).toBool(), false);
    QCOMPARE(o.value(u"failoverStartsAt"_s).toDouble(), 18.0);
    QVERIFY(o.value(u"failoverEndsAt"_s).isNull());
    QVERIFY(o.value(u"notes"_s).isArray());
    QCOMPARE(o.value(u"transitions"_s).toArray().first().toObject().value(u"what"_s).toString(), u"down"_s);
    QCOMPARE(o.value(u"backends"_s).toArray().first().toObject().value(u"lostAt"_s).toDouble(), 18.0);
}

QTEST_GUILESS_MAIN(TestFailoverScenario)
#include "tst_failoverscenario.moc"
