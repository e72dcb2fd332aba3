// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Envoy's priority arithmetic as FailoverSimulator does it: the worked examples (one primary
// Backend at priority 0, one fallback at priority 1, panic threshold 50, overprovisioning 1.4),
// the "below 72%" rule for every size of primary, locality weights and panic spreading.
#include <QtTest>

#include <cmath>

#include "simulation/failoversimulator.h"
#include "simulation/rulesimulation.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

using Sim = FailoverSimulator;

Sim::Locality locality(const QString& name, int priority, int hosts, int healthy, int weight = 1, int degraded = 0)
{
    Sim::Locality l;
    l.name = name;
    l.priority = priority;
    l.weight = weight;
    for (int i = 0; i < hosts; ++i) {
        Sim::Host h;
        h.address = u"10.0.%1.%2"_s.arg(priority).arg(i);
        h.health = i < healthy       ? Sim::HostHealth::Healthy
            : i < healthy + degraded ? Sim::HostHealth::Degraded
                                     : Sim::HostHealth::Unhealthy;
        l.hosts.push_back(h);
    }
    return l;
}

Sim::Input primaryAndFallback(int hosts0, int healthy0, int hosts1, int healthy1, int panicThreshold = 50)
{
    Sim::Input in;
    in.localities
        = { locality(u"shop/primary"_s, 0, hosts0, healthy0), locality(u"shop/fallback"_s, 1, hosts1, healthy1) };
    in.panicThreshold = panicThreshold;
    return in;
}

double sum(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

class TestFailoverSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workedExamples_data();
    void workedExamples();
    void panicThresholdZero();
    void seventyTwoPercentRule();
    void docsConsistency();
    void localityWeights();
    void panicSpreadsOverAllHosts();
    void degradedHosts();
    void noHostsAtAll();
    void rulesOfTheExampleWorkspace();
    void healthCheckDefaults();
    void failingShareCountsPanicRouting();
};

void TestFailoverSimulator::workedExamples_data()
{
    QTest::addColumn<int>("hosts0");
    QTest::addColumn<int>("healthy0");
    QTest::addColumn<int>("hosts1");
    QTest::addColumn<int>("healthy1");
    QTest::addColumn<int>("health0");
    QTest::addColumn<int>("health1");
    QTest::addColumn<int>("nta");
    QTest::addColumn<bool>("totalPanic");
    QTest::addColumn<int>("load0");
    QTest::addColumn<int>("load1");

    QTest::newRow("A") << 10 << 10 << 2 << 2 << 100 << 100 << 100 << false << 100 << 0;
    QTest::newRow("B") << 10 << 7 << 2 << 2 << 98 << 100 << 100 << false << 98 << 2;
    QTest::newRow("C") << 10 << 5 << 2 << 2 << 70 << 100 << 100 << false << 70 << 30;
    QTest::newRow("D") << 10 << 2 << 2 << 2 << 28 << 100 << 100 << false << 28 << 72;
    QTest::newRow("E") << 10 << 0 << 2 << 2 << 0 << 100 << 100 << false << 0 << 100;
    QTest::newRow("F") << 10 << 2 << 4 << 1 << 28 << 35 << 63 << true << 72 << 28;
    QTest::newRow("G") << 10 << 4 << 4 << 1 << 56 << 35 << 91 << true << 72 << 28;
    QTest::newRow("H") << 10 << 6 << 4 << 1 << 84 << 35 << 100 << false << 84 << 16;
    QTest::newRow("I") << 10 << 5 << 4 << 1 << 70 << 35 << 100 << false << 70 << 30;
    QTest::newRow("J") << 10 << 3 << 4 << 2 << 42 << 70 << 100 << false << 42 << 58;
    QTest::newRow("K") << 10 << 3 << 10 << 3 << 42 << 42 << 84 << true << 50 << 50;
    QTest::newRow("L") << 10 << 3 << 10 << 6 << 42 << 84 << 100 << false << 42 << 58;
}

void TestFailoverSimulator::workedExamples()
{
    QFETCH(int, hosts0);
    QFETCH(int, healthy0);
    QFETCH(int, hosts1);
    QFETCH(int, healthy1);
    const Sim::Result r = Sim::simulate(primaryAndFallback(hosts0, healthy0, hosts1, healthy1));
    QCOMPARE(r.priorities.size(), size_t(2));
    QTEST(r.priorities[0].health, "health0");
    QTEST(r.priorities[1].health, "health1");
    QTEST(r.normalizedTotalAvailability, "nta");
    QTEST(r.totalPanic, "totalPanic");
    QTEST(r.priorities[0].load, "load0");
    QTEST(r.priorities[1].load, "load1");
    QVERIFY(!r.noHealthyUpstream);
    QFETCH(int, load0);
    QFETCH(int, load1);
    QVERIFY(std::abs(r.localityShare[0] - load0) < 1e-9);
    QVERIFY(std::abs(r.localityShare[1] - load1) < 1e-9);
    QVERIFY(std::abs(sum(r.localityShare) - 100.0) < 1e-9);
    // Without panic only healthy hosts get requests; in total panic every host does.
    QFETCH(bool, totalPanic);
    for (size_t h = 0; h < size_t(hosts0); ++h) {
        const bool healthy = int(h) < healthy0;
        const double share = r.hostShare[0][h];
        if (totalPanic)
            QVERIFY(std::abs(share - double(load0) / hosts0) < 1e-9);
        else if (healthy)
            QVERIFY(std::abs(share - double(load0) / healthy0) < 1e-9);
        else
            QCOMPARE(share, 0.0);
    }
}

void TestFailoverSimulator::panicThresholdZero()
{
    // Example F with panicThreshold 0: nobody panics, the loads are normalised by NTA 63 and the
    // rounding remainder goes to priority 0.
    Sim::Result r = Sim::simulate(primaryAndFallback(10, 2, 4, 1, 0));
    QCOMPARE(r.normalizedTotalAvailability, 63);
    QVERIFY(!r.anyPanic());
    QCOMPARE(r.priorities[0].load, 45);
    QCOMPARE(r.priorities[1].load, 55);
    QCOMPARE(r.hostShare[0][9], 0.0); // unhealthy hosts get nothing
    // The docs' {20, 30} -> {40, 60} normalisation: health 20 and 30 need 1 of 7 and 3 of 14.
    r = Sim::simulate(primaryAndFallback(7, 1, 14, 3, 0));
    QCOMPARE(r.priorities[0].health, 20);
    QCOMPARE(r.priorities[1].health, 30);
    QCOMPARE(r.priorities[0].load, 40);
    QCOMPARE(r.priorities[1].load, 60);
    // Nothing healthy and panic off: priority 0 is chosen, and requests fail.
    r = Sim::simulate(primaryAndFallback(3, 0, 2, 0, 0));
    QCOMPARE(r.normalizedTotalAvailability, 0);
    QCOMPARE(r.priorities[0].load, 100);
    QVERIFY(r.noHealthyUpstream);
}

void TestFailoverSimulator::seventyTwoPercentRule()
{
    // One active Backend of N endpoints, one healthy fallback: the fallback gets traffic exactly
    // when healthy/N < 1/1.4, and then exactly 100 - floor(140 * healthy / N) percent.
    for (int n = 1; n <= 40; ++n) {
        for (int healthy = 0; healthy <= n; ++healthy) {
            const Sim::Result r = Sim::simulate(primaryAndFallback(n, healthy, 2, 2));
            const bool below = healthy * 1.4 < n; // healthy/N < 1/1.4
            const double expected = below ? 100.0 - std::floor(140.0 * healthy / n) : 0.0;
            const QByteArray where = QByteArray::number(healthy) + '/' + QByteArray::number(n);
            QVERIFY2((r.localityShare[1] > 0) == below, where.constData());
            QVERIFY2(std::abs(r.localityShare[1] - expected) < 0.01, where.constData());
            QVERIFY2(std::abs(r.localityShare[0] + r.localityShare[1] - 100.0) < 0.01, where.constData());
        }
    }
}

void TestFailoverSimulator::docsConsistency()
{
    // priority.rst: 71% healthy at P0 -> 99/1; panic_threshold.rst: 25% and 25% -> 50/50.
    Sim::Result r = Sim::simulate(primaryAndFallback(100, 71, 100, 100));
    QCOMPARE(r.priorities[0].load, 99);
    QCOMPARE(r.priorities[1].load, 1);
    r = Sim::simulate(primaryAndFallback(100, 25, 100, 25));
    QVERIFY(r.totalPanic);
    QCOMPARE(r.priorities[0].load, 50);
    QCOMPARE(r.priorities[1].load, 50);
}

void TestFailoverSimulator::localityWeights()
{
    // Two primary Backends weighted 80/20, both healthy: 80/20. With half of the first one down
    // its availability is min(1, 1.4 * 0.5) = 0.7, so 56 : 20 of the priority's load.
    Sim::Input in;
    in.localities = { locality(u"shop/a"_s, 0, 4, 4, 80), locality(u"shop/b"_s, 0, 2, 2, 20),
        locality(u"shop/standby"_s, 1, 2, 2) };
    Sim::Result r = Sim::simulate(in);
    QVERIFY(std::abs(r.localityShare[0] - 80.0) < 1e-9);
    QVERIFY(std::abs(r.localityShare[1] - 20.0) < 1e-9);
    QCOMPARE(r.localityShare[2], 0.0);
    QVERIFY(std::abs(r.hostShare[0][0] - 20.0) < 1e-9);

    in.localities[0] = locality(u"shop/a"_s, 0, 4, 2, 80);
    r = Sim::simulate(in);
    // Priority 0: 4 of 6 healthy -> floor(140 * 4 / 6) = 93.
    QCOMPARE(r.priorities[0].health, 93);
    QCOMPARE(r.priorities[0].load, 93);
    QCOMPARE(r.priorities[1].load, 7);
    const double a = 93.0 * 56.0 / 76.0;
    const double b = 93.0 * 20.0 / 76.0;
    QVERIFY(std::abs(r.localityShare[0] - a) < 1e-9);
    QVERIFY(std::abs(r.localityShare[1] - b) < 1e-9);
    QVERIFY(std::abs(r.hostShare[0][0] - a / 2) < 1e-9);
    QCOMPARE(r.hostShare[0][3], 0.0);
    QVERIFY(std::abs(sum(r.localityShare) - 100.0) < 1e-9);

    // Weight 0 takes nothing.
    in.localities[1].weight = 0;
    r = Sim::simulate(in);
    QCOMPARE(r.localityShare[1], 0.0);
}

void TestFailoverSimulator::panicSpreadsOverAllHosts()
{
    // Priority 0 below the threshold while the total is short, priority 1 fine: P0 keeps its
    // health-based load but spreads it over all its hosts, as Envoy does in panic.
    Sim::Input in;
    in.localities = { locality(u"shop/a"_s, 0, 10, 4), locality(u"shop/b"_s, 1, 10, 4) };
    Sim::Result r = Sim::simulate(in); // 56 + 56 = 100: no panic at all
    QVERIFY(!r.anyPanic());
    in.localities = { locality(u"shop/a"_s, 0, 10, 2), locality(u"shop/b"_s, 1, 10, 5) };
    r = Sim::simulate(in); // 28 + 70 = 98 < 100: P0 at 20% panics, P1 at 50% does not
    QVERIFY(r.priorities[0].panic);
    QVERIFY(!r.priorities[1].panic);
    QVERIFY(!r.totalPanic);
    QCOMPARE(r.priorities[0].load, 29); // floor(2800 / 98) = 28, plus the remainder
    QCOMPARE(r.priorities[1].load, 71);
    QVERIFY(std::abs(r.hostShare[0][9] - 2.9) < 1e-9); // an unhealthy host of the panicking level
    QVERIFY(std::abs(r.hostShare[1][0] - 71.0 / 5) < 1e-9);
    QCOMPARE(r.hostShare[1][9], 0.0);
    in.localities = { locality(u"shop/a"_s, 0, 10, 4), locality(u"shop/b"_s, 1, 10, 3) };
    r = Sim::simulate(in); // 56 + 42 = 98 < 100: P0 at 40% and P1 at 30% panic -> total panic
    QVERIFY(r.totalPanic);
    in.localities
        = { locality(u"shop/a"_s, 0, 10, 4), locality(u"shop/b"_s, 1, 10, 5), locality(u"shop/c"_s, 1, 10, 0) };
    r = Sim::simulate(in); // P0: 56; P1: 5 of 20 -> 35; NTA 91; P0 40% panic, P1 25% panic -> total
    QVERIFY(r.totalPanic);
    QCOMPARE(r.priorities[0].load, 34); // 100 * 10 / 30 = 33, plus the remainder
    QCOMPARE(r.priorities[1].load, 66);
    QVERIFY(std::abs(r.hostShare[2][9] - 66.0 / 20) < 1e-9); // unhealthy hosts too
}

void TestFailoverSimulator::degradedHosts()
{
    // Degraded hosts are used only after healthy ones of every priority.
    Sim::Input in;
    in.localities = { locality(u"shop/a"_s, 0, 10, 5, 1, 5), locality(u"shop/b"_s, 1, 2, 2) };
    const Sim::Result r = Sim::simulate(in);
    QCOMPARE(r.priorities[0].health, 70);
    QCOMPARE(r.priorities[0].degradedHealth, 70);
    QCOMPARE(r.normalizedTotalAvailability, 100);
    QCOMPARE(r.priorities[0].healthyLoad, 70);
    QCOMPARE(r.priorities[1].healthyLoad, 30);
    QCOMPARE(r.priorities[0].degradedLoad, 0);
    QCOMPARE(r.hostShare[0][7], 0.0);
}

void TestFailoverSimulator::noHostsAtAll()
{
    Sim::Input in;
    in.localities = { locality(u"shop/a"_s, 0, 0, 0) };
    const Sim::Result r = Sim::simulate(in);
    QVERIFY(r.noHealthyUpstream);
    QCOMPARE(r.localityShare[0], 0.0);
    const Sim::Result empty = Sim::simulate({});
    QCOMPARE(empty.priorities.size(), size_t(1));
    QVERIFY(empty.noHealthyUpstream);
}

void TestFailoverSimulator::rulesOfTheExampleWorkspace()
{
    Workspace ws;
    QVERIFY(ws.open({ QStringLiteral(BW_EXAMPLES_DIR) }) > 0);
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    const auto checkout = std::find_if(rules.begin(), rules.end(), [](const RuleSimulation& r) {
        return std::any_of(r.backends.begin(), r.backends.end(), [](const auto& b) { return b.fallback; });
    });
    QVERIFY(checkout != rules.end());
    QCOMPARE(checkout->routeText(), u"shop/storefront"_s);
    QCOMPARE(checkout->backends.size(), size_t(2));
    QCOMPARE(checkout->backends[0].name(), u"shop/checkout-primary"_s);
    QVERIFY(!checkout->backends[0].fallback);
    QCOMPARE(checkout->backends[0].endpoints.size(), 2);
    QCOMPARE(checkout->backends[1].name(), u"shop/checkout-standby"_s);
    QVERIFY(checkout->backends[1].fallback);
    // The route's BackendTrafficPolicy, with what it leaves out at Envoy Gateway's defaults.
    QCOMPARE(checkout->health.source, u"BackendTrafficPolicy shop/storefront-health"_s);
    QVERIFY(checkout->health.active.enabled);
    QCOMPARE(checkout->health.active.type, HealthCheckPolicy::Active::Type::Http);
    QCOMPARE(checkout->health.active.httpPath, u"/healthz"_s);
    QCOMPARE(checkout->health.active.expectedStatuses, QList<int>({ 200, 204 }));
    QCOMPARE(checkout->health.active.intervalMs, 3000);
    QCOMPARE(checkout->health.passive.maxEjectionPercent, 100);
    QCOMPARE(checkout->health.passive.baseEjectionTimeMs, 30000);
    QCOMPARE(checkout->health.panicThreshold, 50);

    // One of the two primary endpoints down: 1 of 2 healthy is below 5/7, so 70 / 30.
    const FailoverSimulator::Result r = FailoverSimulator::simulate(checkout->input([](int b, int e) {
        return b == 0 && e == 1 ? FailoverSimulator::HostHealth::Unhealthy : FailoverSimulator::HostHealth::Healthy;
    }));
    QCOMPARE(r.priorities[0].load, 70);
    QCOMPARE(r.priorities[1].load, 30);
    QVERIFY(std::abs(r.hostShare[0][0] - 70.0) < 1e-9);
    QCOMPARE(checkout->failingShare(r,
                 [](int b, int e) {
                     return b == 0 && e == 1 ? FailoverSimulator::HostHealth::Unhealthy
                                             : FailoverSimulator::HostHealth::Healthy;
                 }),
        0.0);
}

void TestFailoverSimulator::failingShareCountsPanicRouting()
{
    Workspace ws;
    QVERIFY(ws.open({ QStringLiteral(BW_EXAMPLES_DIR) }) > 0);
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    const auto checkout = std::find_if(rules.begin(), rules.end(), [](const RuleSimulation& r) {
        return std::any_of(r.backends.begin(), r.backends.end(), [](const auto& b) { return b.fallback; });
    });
    QVERIFY(checkout != rules.end());
    // Every host unhealthy: availability 0, total panic. Envoy still routes (to all hosts,
    // which answer nothing), so there is "an upstream", yet every request fails.
    const RuleSimulation::HealthOf allDown = [](int, int) { return FailoverSimulator::HostHealth::Unhealthy; };
    const FailoverSimulator::Result r = FailoverSimulator::simulate(checkout->input(allDown));
    QCOMPARE(r.normalizedTotalAvailability, 0);
    QVERIFY(r.totalPanic);
    QVERIFY(!r.noHealthyUpstream);
    QVERIFY(std::abs(checkout->failingShare(r, allDown) - 100.0) < 1e-9);
    // Everything healthy: nothing fails.
    QCOMPARE(checkout->failingShare(FailoverSimulator::simulate(checkout->input())), 0.0);
}

void TestFailoverSimulator::healthCheckDefaults()
{
    QStringList problems;
    HealthCheckPolicy p = HealthCheckPolicy::fromHealthCheck(
        QVariantMap { { u"active"_s,
            QVariantMap { { u"type"_s, u"TCP"_s }, { u"interval"_s, u"500ms"_s }, { u"timeout"_s, u"soon"_s } } } },
        &problems);
    QVERIFY(p.active.enabled);
    QCOMPARE(p.active.type, HealthCheckPolicy::Active::Type::Tcp);
    QCOMPARE(p.active.intervalMs, 500);
    QCOMPARE(p.active.timeoutMs, 1000); // unreadable: the default, and a problem saying so
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(u"spec.healthCheck.active.timeout"_s), qPrintable(problems.first()));
    QCOMPARE(p.active.unhealthyThreshold, 3);
    QCOMPARE(p.active.healthyThreshold, 1);
    QVERIFY(!p.passive.enabled);
    QCOMPARE(p.passive.maxEjectionPercent, 10);
    p = HealthCheckPolicy::fromHealthCheck(
        QVariantMap { { u"panicThreshold"_s, 0 }, { u"passive"_s, QVariantMap {} } });
    QCOMPARE(p.panicThreshold, 0);
    QVERIFY(p.passive.enabled);
    QCOMPARE(p.passive.consecutive5xxErrors, 5);
}

QTEST_GUILESS_MAIN(TestFailoverSimulator)
#include "tst_failoversimulator.moc"
