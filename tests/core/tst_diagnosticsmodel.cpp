// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/diagnosticsmodel.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
const QByteArray kBackend = "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
                            "kind: Backend\n"
                            "metadata:\n"
                            "  name: api\n"
                            "  namespace: shop\n"
                            "spec:\n"
                            "  endpoints:\n"
                            "    - fqdn:\n"
                            "        hostname: api.example.com\n"
                            "        port: 443\n"_ba;

QStringList rows(const DiagnosticsModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, DiagnosticsModel::CodeColumn).data().toString() + u'@'
            + m.index(r, 0).data(DiagnosticsModel::LineRole).toString());
    return out;
}

QStringList expected(const Workspace& ws)
{
    QStringList out;
    for (const Diagnostic& d : ws.diagnostics())
        out.append(d.code + u'@' + QString::number(d.position.line));
    return out;
}
} // namespace

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mirrorsWorkspaceDiagnostics();
    void editsChangeOnlyAffectedRows();
    void crossResourceProblemsFollowEdits();
    void editRechecksOnlyItsNeighbourhood();
    void documentsComeAndGo();
    void incrementalResultsEqualAFullCheck();
};

void TestDiagnosticsModel::mirrorsWorkspaceDiagnostics()
{
    Workspace ws;
    DiagnosticsModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR), u"/nonexistent/file.yaml"_s });
    QCOMPARE(rows(model), expected(ws));
    QCOMPARE(model.rowCount(), 2); // the broken example and the unreadable file
    QCOMPARE(model.count(Severity::Error), 2);
    const QModelIndex broken = model.index(1, 0);
    QCOMPARE(broken.data(DiagnosticsModel::CodeRole).toString(), u"BW0001"_s);
    QVERIFY(broken.data(DiagnosticsModel::FileRole).toString().endsWith(u"90-broken.yaml"_s));
    QCOMPARE(broken.data(DiagnosticsModel::LineRole).toInt(), 10);
    QCOMPARE(model.index(1, DiagnosticsModel::LocationColumn).data().toString(), u"90-broken.yaml:10"_s);
    QVERIFY(model.roleNames().values().contains("fieldPath"));
}

void TestDiagnosticsModel::editsChangeOnlyAffectedRows()
{
    Workspace ws;
    DiagnosticsModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int id = ws.addText(u"b.yaml"_s, kBackend);
    QCOMPARE(model.rowCount(), 0);
    test::ModelSpies spies(&model);
    QSignalSpy counts(&model, &DiagnosticsModel::countsChanged);

    // A bad port: one row appears, located at the value.
    const qsizetype port = kBackend.indexOf("443");
    QVERIFY(ws.applyEdits(id, { { port, 3, "70000" } }, u"port"_s));
    QCOMPARE(rows(model), QStringList { u"BW0103@10"_s });
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::FieldPathRole).toString(), u"spec.endpoints[0].fqdn.port"_s);

    // Typing a comment above it moves the problem: the row is updated, not replaced.
    spies.clear();
    QVERIFY(ws.applyEdits(id, { { 0, 0, "# owned by the shop team\n" } }, u"comment"_s));
    QCOMPARE(rows(model), QStringList { u"BW0103@11"_s });
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.changed.count(), 1);

    // Undo both: the row goes away.
    spies.clear();
    QVERIFY(ws.undo());
    QVERIFY(ws.undo());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
}

void TestDiagnosticsModel::crossResourceProblemsFollowEdits()
{
    // A route in another file refers to the Backend; renaming the Backend must flag the
    // route (BackendNotFound) without the route's file being touched.
    Workspace ws;
    DiagnosticsModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int backend = ws.addText(u"backend.yaml"_s, kBackend);
    ws.addText(u"route.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\n"
        "kind: HTTPRoute\n"
        "metadata: {name: web, namespace: shop}\n"
        "spec:\n"
        "  rules:\n"
        "    - backendRefs:\n"
        "        - group: gateway.envoyproxy.io\n"
        "          kind: Backend\n"
        "          name: api\n"_ba);
    QCOMPARE(model.rowCount(), 0);
    const qsizetype name = kBackend.indexOf("api\n");
    QVERIFY(ws.applyEdits(backend, { { name, 3, "api-v2" } }, u"rename"_s));
    QCOMPARE(rows(model), QStringList { u"BW0505@7"_s });
    QVERIFY(model.index(0, 0).data(DiagnosticsModel::FileRole).toString().endsWith(u"route.yaml"_s));
    QVERIFY(model.index(0, 0).data(DiagnosticsModel::MessageRole).toString().contains(u"BackendNotFound"_s));
    QVERIFY(ws.undo());
    QCOMPARE(model.rowCount(), 0);
}

void TestDiagnosticsModel::editRechecksOnlyItsNeighbourhood()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const int total = int(ws.allResources().size());
    QCOMPARE(ws.lastCheckCount(), total);
    // The Apoxy Backend is referred to by nothing: an edit re-checks it alone.
    const int apoxy = ws.findDocument(QStringLiteral(BW_EXAMPLES_DIR "/36-apoxy-backend.yaml"));
    QVERIFY(apoxy >= 0);
    QVERIFY(ws.applyEdits(apoxy, { { 0, 0, "# note\n" } }, u"comment"_s));
    QCOMPARE(ws.lastCheckCount(), 1);
    // The checkout Backend is used by a route: both are re-checked, and nothing else
    // beyond what refers to them.
    const int backends = ws.findDocument(QStringLiteral(BW_EXAMPLES_DIR "/30-backends.yaml"));
    QVERIFY(ws.applyEdits(backends, { { 0, 0, "# note\n" } }, u"comment"_s));
    QVERIFY(ws.lastCheckCount() > 3);
    QVERIFY(ws.lastCheckCount() < total);
}

void TestDiagnosticsModel::documentsComeAndGo()
{
    Workspace ws;
    DiagnosticsModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int a = ws.addText(u"a.yaml"_s, "kind: [\n"_ba);
    const int b = ws.addText(u"b.yaml"_s, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: 5\n"_ba);
    QCOMPARE(rows(model), expected(ws));
    QCOMPARE(model.rowCount(), 2);
    ws.closeDocument(a);
    QCOMPARE(rows(model), expected(ws));
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::CodeRole).toString(), u"BW0100"_s);
    ws.closeDocument(b);
    QCOMPARE(model.rowCount(), 0);
}

void TestDiagnosticsModel::incrementalResultsEqualAFullCheck()
{
    // After each edit, what the workspace reports (partly carried over, partly re-checked)
    // must be exactly what a fresh load of the same text reports.
    const QByteArray route = "apiVersion: gateway.networking.k8s.io/v1\n"
                             "kind: HTTPRoute\n"
                             "metadata: {name: web, namespace: shop}\n"
                             "spec:\n"
                             "  rules:\n"
                             "    - backendRefs:\n"
                             "        - {group: gateway.envoyproxy.io, kind: Backend, name: api}\n"
                             "        - {name: other, namespace: elsewhere, port: 80}\n"_ba;
    const QByteArray combined = kBackend + "---\n" + route + "---\n"
        + QByteArray(kBackend).replace("name: api", "name: api2") + "---\n"
        + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\ndata: {a: 1}\n"_ba;
    Workspace ws;
    const int id = ws.addText(u"all.yaml"_s, combined);
    const auto describe = [](const std::vector<Diagnostic>& list) {
        QStringList out;
        for (const Diagnostic& d : list)
            out.append(u"%1 %2:%3 [%4,%5) %6 fix@%7"_s.arg(d.code)
                           .arg(d.position.line)
                           .arg(d.position.column)
                           .arg(d.range.begin)
                           .arg(d.range.end)
                           .arg(d.message)
                           .arg(d.fix ? d.fix->offset : -1));
        return out;
    };
    const auto fresh = [&] {
        Workspace other;
        other.addText(u"all.yaml"_s, ws.document(id)->text());
        return describe(other.diagnostics());
    };
    QCOMPARE(describe(ws.diagnostics()), fresh());
    QVERIFY(!ws.diagnostics().empty());
    const QByteArray text = ws.document(id)->text();
    const std::vector<DocumentEdit> edits {
        { 0, 0, "# a comment that moves everything below\n" }, // shift every later result
        { text.indexOf("443"), 3, "99999" }, // break the first Backend's port
        { text.indexOf("name: api\n"), 9, "name: gone" }, // the route's ref stops resolving
        { text.indexOf("data: {a: 1}"), 12, "data: {a: '1'}" }, // fix the last document only
    };
    for (const DocumentEdit& e : edits) {
        // Offsets above refer to the original text; re-find them in the current one.
        const QByteArray current = ws.document(id)->text();
        const QByteArray target = text.mid(e.offset, e.length);
        const qsizetype at = e.length ? current.indexOf(target) : 0;
        QVERIFY(at >= 0);
        QVERIFY(ws.applyEdits(id, { { at, e.length, e.replacement } }, u"edit"_s));
        QCOMPARE(describe(ws.diagnostics()), fresh());
    }
    while (ws.undo())
        QCOMPARE(describe(ws.diagnostics()), fresh());
}

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
