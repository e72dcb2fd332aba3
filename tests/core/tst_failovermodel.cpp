// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simulation panel's models: FailoverModel over the examples' checkout rule (the 72 %
// rule, one and two primary endpoints down), toggled through setData as a view does, and the
// scenario timeline model the chart draws; both under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QPointF>
#include <QtTest>

#include "models/failovermodel.h"
#include "models/scenariotimelinemodel.h"
#include "simulation/rulesimulation.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const RuleSimulation* findRule(const std::vector<RuleSimulation>& rules, const QString& route, int rule)
{
    for (const RuleSimulation& r : rules) {
        if (r.routeText() == route && r.rule == rule)
            return &r;
    }
    return nullptr;
}

QString display(const QModelIndex& index)
{
    return index.data().toString();
}

// "NAME SHARE" per backend, and "  ADDRESS HEALTHY SHARE" per endpoint: the tree as the view shows it.
QStringList printTree(const FailoverModel& m)
{
    QStringList out;
    for (int b = 0; b < m.rowCount(); ++b) {
        out.append(
            display(m.index(b, FailoverModel::NameColumn)) + u' ' + display(m.index(b, FailoverModel::ShareColumn)));
        for (int e = 0; e < m.rowCount(m.index(b, 0)); ++e) {
            const QModelIndex ep = m.endpointIndex(b, e);
            out.append(u"  "_s + display(ep) + u' '
                + (ep.data(Qt::CheckStateRole).toInt() == Qt::Checked ? u"[x] "_s : u"[ ] "_s)
                + display(m.endpointIndex(b, e, FailoverModel::ShareColumn)));
        }
    }
    return out;
}

} // namespace

class TestFailoverModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void checkoutFailsOver();
    void canaryWeights();
    void noHealthCheckWarning();
    void liveDrivesHealth();
    void timelineModel();

private:
    Workspace m_examples;
    std::vector<RuleSimulation> m_rules;
};

void TestFailoverModel::initTestCase()
{
    QVERIFY(m_examples.open({ QStringLiteral(BW_EXAMPLES_DIR) }) > 0);
    m_rules = RuleSimulation::plan(m_examples);
    QVERIFY(findRule(m_rules, u"shop/storefront"_s, 1));
}

void TestFailoverModel::emptyModel()
{
    FailoverModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasRule());
    QVERIFY(model.summaryText().isEmpty());
    QVERIFY(model.warningText().isEmpty());
    QVERIFY(!model.setEndpointHealth(0, 0, false));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFailoverModel::checkoutFailsOver()
{
    FailoverModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resultChanged(&model, &FailoverModel::resultChanged);
    model.setRule(*findRule(m_rules, u"shop/storefront"_s, 1));
    QCOMPARE(resultChanged.count(), 1);

    QCOMPARE(printTree(model),
        QStringList({
            u"shop/checkout-primary 100 %"_s,
            u"  checkout-1.eu-west.shop.example.com:8443 [x] 50 %"_s,
            u"  checkout-2.eu-west.shop.example.com:8443 [x] 50 %"_s,
            u"shop/checkout-standby 0 %"_s,
            u"  checkout.us-east.shop.example.com:8443 [x] 0 %"_s,
        }));
    const QModelIndex primary = model.backendIndex(0);
    const QModelIndex standby = model.backendIndex(1);
    QCOMPARE(primary.data(FailoverModel::ItemTypeRole).toString(), u"backend"_s);
    QCOMPARE(primary.data(FailoverModel::KindRole).toString(), u"Backend"_s);
    QCOMPARE(primary.data(FailoverModel::FallbackRole).toBool(), false);
    QCOMPARE(standby.data(FailoverModel::FallbackRole).toBool(), true);
    QCOMPARE(standby.data(FailoverModel::PriorityRole).toInt(), 1);
    QCOMPARE(display(model.backendIndex(1, FailoverModel::PriorityColumn)), u"1 (fallback)"_s);
    QCOMPARE(display(model.backendIndex(0, FailoverModel::PriorityColumn)), u"0"_s);
    QCOMPARE(primary.data(FailoverModel::WeightRole).toInt(), 1);
    QCOMPARE(primary.data(FailoverModel::EndpointCountRole).toInt(), 2);
    QCOMPARE(primary.data(FailoverModel::MissingRole).toBool(), false);
    QCOMPARE(primary.data(FailoverModel::RefFieldRole).toString(), u"spec.rules[1].backendRefs[0]"_s);
    QCOMPARE(display(model.backendIndex(0, FailoverModel::HealthColumn)), u"2 of 2 healthy"_s);
    const QModelIndex first = model.endpointIndex(0, 0);
    QCOMPARE(first.data(FailoverModel::ItemTypeRole).toString(), u"endpoint"_s);
    QCOMPARE(first.data(FailoverModel::AddressRole).toString(), u"checkout-1.eu-west.shop.example.com:8443"_s);
    QCOMPARE(first.data(FailoverModel::BackendRole).toString(), u"shop/checkout-primary"_s);
    QCOMPARE(first.data(FailoverModel::BackendIndexRole).toInt(), 0);
    QCOMPARE(first.data(FailoverModel::EndpointIndexRole).toInt(), 0);
    QVERIFY(first.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(primary.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(model.warningText().isEmpty()); // storefront-health has an active check
    QCOMPARE(
        model.summaryText(), u"P0 load 100 % (2 of 2 healthy) · P1 load 0 % (1 of 1 healthy) · availability 100 %"_s);

    // The roles QML delegates bind to.
    const QHash<int, QByteArray> names = model.roleNames();
    for (const char* name : { "display", "itemType", "backend", "share", "healthy", "address", "fallback" })
        QVERIFY2(names.values().contains(QByteArray(name)), name);

    // One of two primary endpoints down: floor(140 · 1/2) = 70 → 70/30.
    test::ModelSpies spies(&model);
    QVERIFY(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QVERIFY(spies.changed.count() > 0);
    QCOMPARE(resultChanged.count(), 2);
    QCOMPARE(model.backendShare(0), 70.0);
    QCOMPARE(model.backendShare(1), 30.0);
    QCOMPARE(model.endpointShare(0, 0), 0.0);
    QCOMPARE(model.endpointShare(0, 1), 70.0);
    QCOMPARE(first.data(FailoverModel::HealthyRole).toBool(), false);
    QCOMPARE(primary.data(FailoverModel::HealthyCountRole).toInt(), 1);
    QCOMPARE(primary.data(FailoverModel::ShareRole).toDouble(), 70.0);
    QCOMPARE(display(model.backendIndex(0, FailoverModel::HealthColumn)), u"1 of 2 healthy"_s);
    QCOMPARE(display(model.endpointIndex(0, 0, FailoverModel::HealthColumn)), u"unhealthy"_s);
    QCOMPARE(printTree(model),
        QStringList({
            u"shop/checkout-primary 70 %"_s,
            u"  checkout-1.eu-west.shop.example.com:8443 [ ] 0 %"_s,
            u"  checkout-2.eu-west.shop.example.com:8443 [x] 70 %"_s,
            u"shop/checkout-standby 30 %"_s,
            u"  checkout.us-east.shop.example.com:8443 [x] 30 %"_s,
        }));
    // The same value again changes nothing.
    spies.clear();
    QVERIFY(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(spies.changed.count(), 0);

    // Both down (through HealthyRole, as a QML delegate would): everything on the standby.
    QVERIFY(model.setData(model.endpointIndex(0, 1), false, FailoverModel::HealthyRole));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.backendShare(0), 0.0);
    QCOMPARE(model.backendShare(1), 100.0);
    QCOMPARE(model.endpointShare(1, 0), 100.0);
    QCOMPARE(model.result().priorities.size(), size_t(2));
    QCOMPARE(model.result().priorities[0].load, 0);
    QCOMPARE(model.result().priorities[1].load, 100);
    QVERIFY(!model.result().anyPanic()); // availability is 100: the standby is fully healthy
    QVERIFY(model.summaryText().startsWith(u"P0 load 0 % (0 of 2 healthy) · P1 load 100 %"_s));

    // Setting data on a backend row, or another role, is refused.
    QVERIFY(!model.setData(primary, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.setData(first, u"x"_s, Qt::EditRole));

    // Back to all healthy in one recompute.
    resultChanged.clear();
    model.setAllHealthy();
    QCOMPARE(resultChanged.count(), 1);
    QCOMPARE(model.backendShare(0), 100.0);
    QCOMPARE(spies.reset.count(), 0);

    // Another rule replaces the rows (a reset).
    model.setRule(*findRule(m_rules, u"shop/storefront"_s, 0));
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestFailoverModel::canaryWeights()
{
    FailoverModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRule(*findRule(m_rules, u"shop/storefront"_s, 0));
    QCOMPARE(display(model.backendIndex(0)), u"shop/storefront-primary"_s);
    QCOMPARE(model.backendIndex(0).data(FailoverModel::WeightRole).toInt(), 90);
    QCOMPARE(model.backendShare(0), 90.0);
    QCOMPARE(model.backendShare(1), 10.0);
    QCOMPARE(display(model.backendIndex(1, FailoverModel::KindColumn)), u"Service"_s);
    QCOMPARE(display(model.backendIndex(1, FailoverModel::ShareColumn)), u"10 %"_s);
}

void TestFailoverModel::noHealthCheckWarning()
{
    Workspace ws;
    ws.addText(u"nocheck.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: a, namespace: n}\n"
        "spec:\n  endpoints: [{ip: {address: 10.0.0.1, port: 80}}, {ip: {address: 10.0.0.2, port: 80}},"
        " {ip: {address: 10.0.0.3, port: 80}}]\n---\n"
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: b, namespace: n}\n"
        "spec:\n  fallback: true\n  endpoints: [{ip: {address: 10.0.1.1, port: 80}}]\n---\n"
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: n}\n"
        "spec:\n  rules:\n    - backendRefs:\n        - {group: gateway.envoyproxy.io, kind: Backend, name: a}\n"
        "        - {group: gateway.envoyproxy.io, kind: Backend, name: b}\n");
    const std::vector<RuleSimulation> rules = RuleSimulation::plan(ws);
    QCOMPARE(rules.size(), size_t(1));
    FailoverModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRule(rules.front());
    QVERIFY(model.hasFallback());
    QVERIFY2(model.warningText().startsWith(u"No health check configured: failover never triggers"_s),
        qPrintable(model.warningText()));
    // Three hosts: floor(140 · 2/3) = 93 → 93/7 with one down; 46/54 with two down.
    QVERIFY(model.setEndpointHealth(0, 2, false));
    QCOMPARE(model.backendShare(0), 93.0);
    QCOMPARE(model.backendShare(1), 7.0);
    QCOMPARE(display(model.endpointIndex(0, 0, FailoverModel::ShareColumn)), u"46.5 %"_s);
    QVERIFY(model.setEndpointHealth(0, 1, false));
    QCOMPARE(model.backendShare(0), 46.0);
    QCOMPARE(model.backendShare(1), 54.0);
    QVERIFY(!model.setEndpointHealth(0, 3, false));
    QVERIFY(!model.setEndpointHealth(2, 0, false));
    // Only the fallback down: no failover needed, no share moves.
    model.setAllHealthy();
    QVERIFY(model.setEndpointHealth(1, 0, false));
    QCOMPARE(model.backendShare(0), 100.0);
}

void TestFailoverModel::liveDrivesHealth()
{
    FailoverModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRule(*findRule(m_rules, u"shop/storefront"_s, 1));
    test::ModelSpies spies(&model);
    QSignalSpy resultChanged(&model, &FailoverModel::resultChanged);
    model.setUserCheckable(false);
    QVERIFY(!(model.endpointIndex(0, 0).flags() & Qt::ItemIsUserCheckable));
    model.setHealth({ { false, false }, { true } });
    QCOMPARE(resultChanged.count(), 1);
    QCOMPARE(model.backendShare(1), 100.0);
    model.setEndpointDetail(0, 1, u"connection refused"_s);
    QCOMPARE(display(model.endpointIndex(0, 1, FailoverModel::HealthColumn)), u"unhealthy: connection refused"_s);
    QCOMPARE(model.endpointIndex(0, 1).data(FailoverModel::DetailRole).toString(), u"connection refused"_s);
    // A shorter list leaves the rest as it is.
    model.setHealth({ { true } });
    QCOMPARE(model.backendShare(0), 70.0);
    QCOMPARE(spies.reset.count(), 0);
    model.setUserCheckable(true);
    QVERIFY(model.endpointIndex(0, 0).flags() & Qt::ItemIsUserCheckable);
}

void TestFailoverModel::timelineModel()
{
    ScenarioTimeline timeline;
    timeline.route = u"shop/storefront"_s;
    timeline.rule = 1;
    const auto sample = [](qint64 at, double primary, double standby) {
        ScenarioTimeline::Sample s;
        s.atMs = at;
        s.backends = { { u"shop/checkout-primary"_s, false, primary }, { u"shop/checkout-standby"_s, true, standby } };
        return s;
    };
    timeline.samples
        = { sample(0, 100, 0), sample(1000, 100, 0), sample(2000, 70, 30), sample(3000, 0, 100), sample(4000, 100, 0) };
    timeline.backends = { { u"shop/checkout-primary"_s, false, 100, 2000, 4000 },
        { u"shop/checkout-standby"_s, true, 0, std::nullopt, std::nullopt } };
    timeline.failoverStartsAtMs = 2000;
    timeline.failoverEndsAtMs = 4000;
    timeline.notes = { u"a note"_s };

    ScenarioTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.failoverStartsAt(), -1.0);
    QSignalSpy changed(&model, &ScenarioTimelineModel::timelineChanged);
    model.setTimeline(timeline);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.backends(), QStringList({ u"shop/checkout-primary"_s, u"shop/checkout-standby"_s }));
    QCOMPARE(model.fallbacks(), QVariantList({ false, true }));
    QCOMPARE(model.failoverStartsAt(), 2.0);
    QCOMPARE(model.failoverEndsAt(), 4.0);
    QCOMPARE(model.duration(), 4.0);
    QCOMPARE(model.notes(), QStringList { u"a note"_s });
    QVERIFY(model.title().contains(u"shop/storefront"_s));
    const QModelIndex third = model.index(2, 0);
    QCOMPARE(third.data(ScenarioTimelineModel::TimeRole).toDouble(), 2.0);
    QCOMPARE(third.data(ScenarioTimelineModel::SharesRole).toList(), QVariantList({ 70.0, 30.0 }));
    QCOMPARE(third.data().toString(), u"2 s: shop/checkout-primary 70 %, shop/checkout-standby 30 %"_s);
    QVERIFY(model.roleNames().values().contains("t"));
    QVERIFY(model.roleNames().values().contains("shares"));
    // A step line: each share held until the next sample.
    QCOMPARE(model.stepPoints(1),
        QVariantList({ QPointF(0, 0), QPointF(1, 0), QPointF(2, 0), QPointF(2, 30), QPointF(3, 30), QPointF(3, 100),
            QPointF(4, 100), QPointF(4, 0) }));
    QVERIFY(model.stepPoints(2).isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failoverStartsAt(), -1.0);
}

QTEST_GUILESS_MAIN(TestFailoverModel)
#include "tst_failovermodel.moc"
