// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "testutils.h"
#include "validation/probefindings.h"
#include "workspace/recoverystore.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexporter.h"

using namespace bw;
using namespace Qt::StringLiterals;

namespace {
QStringList describeReferences(const Workspace& ws, const ResourceKey& from)
{
    QStringList out;
    static const char* roles[] = { "backendRef", "mirror", "parent", "target", "ca", "clientCert", "listenerCert" };
    for (const Reference* r : ws.references().from(from)) {
        QString s
            = QString::fromLatin1(roles[int(r->role)]) + u' ' + r->field.toString() + u" -> "_s + r->to.toString();
        if (r->port)
            s += u" port="_s + QString::number(*r->port);
        if (r->weight)
            s += u" weight="_s + QString::number(*r->weight);
        if (!r->sectionName.isEmpty())
            s += u" section="_s + r->sectionName;
        out.append(s);
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editThatBreaksUtf8IsCaughtWhereItIs();
    void historiesPerDocument();
    void typingMergesIntoOneStep();
    void recoveryBringsBackUnsavedEdits();
    void recoveryIsPrivateToTheUser();
    void recoveryOfOneWindowLeavesAnotherAlone();
    void recoveredTextKeepsTheDiskTextItWasBasedOn();
    void examplesIndex();
    void examplesDiagnostics();
    void references();
    void defaultNamespace();
    void duplicates();
    void structuralProblems_data();
    void structuralProblems();
    void saveIsAtomicAndKeepsPermissions();
    void saveRefusesExternalChange();
    void loadErrorsAreReported();
    void exportJoinsDocuments();
    void exportSelectionLeavesOutWhatDoesNotParse();
    void editSignalsAndIndexUpdate();
};

void TestWorkspace::examplesIndex()
{
    Workspace ws;
    QCOMPARE(ws.open({ QStringLiteral(BW_EXAMPLES_DIR) }), 9);
    QStringList keys;
    for (const Resource* r : ws.allResources())
        keys.append(r->key.toString());
    QCOMPARE(keys,
        QStringList({
            u"GatewayClass.gateway.networking.k8s.io envoy"_s,
            u"Gateway.gateway.networking.k8s.io infra/edge"_s,
            u"GatewayClass.gateway.networking.k8s.io partner-mesh"_s,
            u"Gateway.gateway.networking.k8s.io infra/partner"_s,
            u"HTTPRoute.gateway.networking.k8s.io shop/storefront"_s,
            u"HTTPRoute.gateway.networking.k8s.io shop/partner-api"_s,
            u"Backend.gateway.envoyproxy.io shop/storefront-primary"_s,
            u"Backend.gateway.envoyproxy.io shop/checkout-primary"_s,
            u"Backend.gateway.envoyproxy.io shop/checkout-standby"_s,
            u"XBackend.gateway.networking.x-k8s.io analytics/traffic-collector"_s,
            u"Backend.core.apoxy.dev legacy-api"_s,
            u"ReferenceGrant.gateway.networking.k8s.io analytics/shop-routes-to-collector"_s,
            u"BackendTLSPolicy.gateway.networking.k8s.io shop/storefront-canary-tls"_s,
            u"BackendTrafficPolicy.gateway.envoyproxy.io shop/storefront-health"_s,
            u"Service shop/storefront-canary"_s,
            u"ConfigMap shop/shop-internal-ca"_s,
            u"Secret infra/shop-wildcard-tls"_s,
        }));
}

void TestWorkspace::examplesDiagnostics()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    const std::vector<Diagnostic> diags = ws.diagnostics();
    QCOMPARE(diags.size(), size_t(1));
    const Diagnostic& d = diags.front();
    QVERIFY(d.file.endsWith(u"90-broken.yaml"_s));
    QCOMPARE(d.code, u"BW0001"_s);
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.position.line, 10);
}

void TestWorkspace::references()
{
    Workspace ws;
    ws.open({ QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(describeReferences(ws, { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"shop"_s, u"storefront"_s }),
        QStringList({
            u"parent spec.parentRefs[0] -> Gateway.gateway.networking.k8s.io infra/edge section=https"_s,
            u"backendRef spec.rules[0].backendRefs[0] -> Backend.gateway.envoyproxy.io shop/storefront-primary weight=90"_s,
            u"backendRef spec.rules[0].backendRefs[1] -> Service shop/storefront-canary port=8080 weight=10"_s,
            u"backendRef spec.rules[1].backendRefs[0] -> Backend.gateway.envoyproxy.io shop/checkout-primary weight=1"_s,
            u"backendRef spec.rules[1].backendRefs[1] -> Backend.gateway.envoyproxy.io shop/checkout-standby weight=1"_s,
        }));
    QCOMPARE(describeReferences(
                 ws, { u"gateway.networking.k8s.io"_s, u"BackendTLSPolicy"_s, u"shop"_s, u"storefront-canary-tls"_s }),
        QStringList({
            u"target spec.targetRefs[0] -> Service shop/storefront-canary"_s,
            u"ca spec.validation.caCertificateRefs[0] -> ConfigMap shop/shop-internal-ca"_s,
        }));
    QCOMPARE(describeReferences(ws, { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"storefront-primary"_s }),
        QStringList({ u"ca spec.tls.caCertificateRefs[0] -> ConfigMap shop/shop-internal-ca"_s }));
    QCOMPARE(describeReferences(
                 ws, { u"gateway.envoyproxy.io"_s, u"BackendTrafficPolicy"_s, u"shop"_s, u"storefront-health"_s }),
        QStringList({ u"target spec.targetRefs[0] -> HTTPRoute.gateway.networking.k8s.io shop/storefront"_s }));
    QCOMPARE(describeReferences(ws, { u"gateway.networking.k8s.io"_s, u"Gateway"_s, u"infra"_s, u"edge"_s }),
        QStringList({ u"listenerCert spec.listeners[1].tls.certificateRefs[0] -> Secret infra/shop-wildcard-tls"_s }));
    // From the other end: who points at the CA bundle.
    QCOMPARE(ws.references().to({ QString(), u"ConfigMap"_s, u"shop"_s, u"shop-internal-ca"_s }).size(), 2);
}

void TestWorkspace::defaultNamespace()
{
    Workspace ws;
    const int id = ws.addText(u"a.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: a\n---\n"
        "apiVersion: core.apoxy.dev/v1alpha2\nkind: Backend\nmetadata:\n  name: b\n  namespace: ignored\n"_ba);
    QCOMPARE(ws.resources(id)[0].key.namespace_, u"default"_s);
    QVERIFY(!ws.resources(id)[0].namespaceExplicit);
    QCOMPARE(ws.resources(id)[1].key.namespace_, QString()); // Apoxy Backends are cluster-scoped
    QSignalSpy changed(&ws, &Workspace::changed);
    ws.setDefaultNamespace(u"team-a"_s);
    QCOMPARE(ws.resources(id)[0].key.namespace_, u"team-a"_s);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.first().first().value<WorkspaceChange>();
    const ResourceKey a { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"team-a"_s, u"a"_s };
    QVERIFY(change.addedResources.contains(a));
    QVERIFY(change.removedResources.contains({ a.group, a.kind, u"default"_s, a.name }));
}

void TestWorkspace::duplicates()
{
    Workspace ws;
    const QByteArray backend
        = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: dup\n  namespace: default\n"_ba;
    ws.addText(u"one.yaml"_s, backend);
    const int second = ws.addText(u"two.yaml"_s,
        "# same object, namespace from the default\n"_ba + QByteArray(backend).replace("  namespace: default\n", ""));
    std::vector<Diagnostic> d = ws.diagnostics(second);
    std::erase_if(d, [](const Diagnostic& x) { return x.code != u"BW0010"_s; }); // not the missing spec
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].code, u"BW0010"_s);
    QCOMPARE(d[0].position.line, 5);
    QVERIFY2(d[0].message.contains(u"one.yaml:4"_s), qPrintable(d[0].message));
    QCOMPARE(d[0].kind, u"Backend"_s);
    QCOMPARE(d[0].name, u"dup"_s);
}

void TestWorkspace::structuralProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("severity");
    QTest::addRow("list document") << "- a\n- b\n"_ba << u"BW0004"_s << 1 << u"error"_s;
    QTest::addRow("scalar document") << "just text\n"_ba << u"BW0004"_s << 1 << u"error"_s;
    QTest::addRow("no kind") << "apiVersion: v1\nmetadata:\n  name: x\n"_ba << u"BW0005"_s << 1 << u"error"_s;
    QTest::addRow("kind not a string") << "apiVersion: v1\nkind: [a]\nmetadata:\n  name: x\n"_ba << u"BW0005"_s << 2
                                       << u"error"_s;
    QTest::addRow("name is a number") << "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 12\n"_ba << u"BW0005"_s
                                      << 4 << u"error"_s;
    QTest::addRow("metadata a list") << "apiVersion: v1\nkind: ConfigMap\nmetadata: []\n"_ba << u"BW0005"_s << 3
                                     << u"error"_s;
    QTest::addRow("unknown kind") << "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"_ba
                                  << u"BW0006"_s << 2 << u"warning"_s;
}

void TestWorkspace::structuralProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, severity);
    Workspace ws;
    const int id = ws.addText(u"p.yaml"_s, yaml);
    const std::vector<Diagnostic> d = ws.diagnostics(id);
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].code, code);
    QCOMPARE(d[0].position.line, line);
    QCOMPARE(Diagnostic::severityName(d[0].severity), severity);
    QCOMPARE(ws.document(id)->text(), yaml);
}

void TestWorkspace::saveIsAtomicAndKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"b.yaml"_s);
    writeFile(path, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x # keep\n"_ba);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    Workspace ws;
    QCOMPARE(ws.open({ path }), 1);
    const int id = ws.documentIds().first();
    QVERIFY(ws.applyEdits(id,
        StructuredEditor(*ws.document(id), 0)
            .setScalar(*FieldPath::parse(u"metadata.name"_s), ScalarValue::string(u"renamed"_s)),
        u"rename"_s));
    QVERIFY(ws.document(id)->isModified());
    QCOMPARE(ws.save(id).status, Document::SaveStatus::Saved);
    QCOMPARE(test::readFile(path), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: renamed # keep\n"_ba);
    QCOMPARE(QFileInfo(path).permissions()
            & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QVERIFY(!ws.document(id)->isModified());
    // No temporary files are left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"b.yaml"_s });
}

void TestWorkspace::saveRefusesExternalChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"b.yaml"_s);
    writeFile(path, "a: 1\n"_ba);
    Workspace ws;
    ws.open({ path });
    const int id = ws.documentIds().first();
    QVERIFY(ws.applyEdits(id, { DocumentEdit { 3, 1, "2" } }, u"edit"_s));
    writeFile(path, "a: 1\nb: from another editor\n"_ba);
    const Document::SaveResult r = ws.save(id);
    QCOMPARE(r.status, Document::SaveStatus::ConflictOnDisk);
    QVERIFY2(r.message.contains(path) && r.message.contains(u"changed on disk"_s), qPrintable(r.message));
    QCOMPARE(test::readFile(path), "a: 1\nb: from another editor\n"_ba);
    QCOMPARE(ws.document(id)->text(), "a: 2\n"_ba); // nothing lost in memory either
    QCOMPARE(ws.save(id, true).status, Document::SaveStatus::Saved);
    QCOMPARE(test::readFile(path), "a: 2\n"_ba);
    // Reload picks up the disk state and drops that file's undo history.
    writeFile(path, "a: 3\n"_ba);
    QString error;
    QVERIFY(ws.reload(id, &error));
    QCOMPARE(ws.document(id)->text(), "a: 3\n"_ba);
    QVERIFY(!ws.history().canUndo());
}

void TestWorkspace::loadErrorsAreReported()
{
    QTemporaryDir dir;
    Workspace ws;
    Document::LoadOptions o;
    o.maxFileSize = 64;
    ws.setLoadOptions(o);
    writeFile(dir.filePath(u"big.yaml"_s), QByteArray(100, '#'));
    QCOMPARE(ws.open({ dir.filePath(u"big.yaml"_s), dir.filePath(u"missing.yaml"_s) }), 0);
    const std::vector<Diagnostic> d = ws.diagnostics();
    QCOMPARE(d.size(), size_t(2));
    QCOMPARE(d[0].code, u"BW0008"_s);
    QCOMPARE(d[1].code, u"BW0012"_s);
    QVERIFY(d[1].message.contains(u"missing.yaml"_s));
}

void TestWorkspace::exportJoinsDocuments()
{
    Workspace ws;
    const int a = ws.addText(u"a.yaml"_s,
        "\xEF\xBB\xBF"
        "a: 1"_ba);
    const int b = ws.addText(u"b.yaml"_s,
        "\xEF\xBB\xBF"
        "b: 2\n"_ba);
    const int c = ws.addText(u"c.yaml"_s, "---\nc: 3\n"_ba);
    QCOMPARE(WorkspaceExporter::exportDocuments(ws, { a }),
        "\xEF\xBB\xBF"
        "a: 1"_ba);
    QCOMPARE(WorkspaceExporter::exportDocuments(ws, { a, b, c }),
        "\xEF\xBB\xBF"
        "a: 1\n---\nb: 2\n---\nc: 3\n"_ba);
    Document joined(u"j.yaml"_s, WorkspaceExporter::exportDocuments(ws, { a, b, c }));
    QCOMPARE(joined.documents().size(), size_t(3));
}

void TestWorkspace::exportSelectionLeavesOutWhatDoesNotParse()
{
    Workspace ws;
    const QByteArray backend
        = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: b\n"
          "spec:\n  endpoints:\n    - fqdn:\n        hostname: b.example.com\n        port: 443\n"_ba;
    const int good = ws.addText(u"good.yaml"_s, backend);
    const int broken = ws.addText(u"broken.yaml"_s, "a: [1, 2\nb: 3\n"_ba);
    // A failed probe is an error in the problems list, but says nothing of the configuration.
    const ResourceKey key { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"default"_s, u"b"_s };
    ws.setFindings(ProbeFindings::sourceFor(key),
        { Finding { key, u"spec.endpoints[0]"_s, u"BW0900"_s, Severity::Error, u"connection refused"_s } });
    QVERIFY(std::any_of(ws.diagnostics(good).begin(), ws.diagnostics(good).end(),
        [](const Diagnostic& d) { return d.code == u"BW0900" && ProbeFindings::isProbeSource(d.source); }));
    const WorkspaceExporter::Selection s = WorkspaceExporter::select(ws, { good, broken });
    QCOMPARE(s.documents, QList<int> { good });
    QCOMPARE(s.leftOut, QList<int> { broken });
    QVERIFY(!s.errors.empty());
    for (const Diagnostic& d : s.errors)
        QCOMPARE(d.file, u"broken.yaml"_s); // the syntax error; not the probe's finding
    QCOMPARE(WorkspaceExporter::select(ws, { good }).errors.size(), size_t(0));
}

void TestWorkspace::editSignalsAndIndexUpdate()
{
    Workspace ws;
    const int id = ws.addText(u"r.yaml"_s,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n    - backendRefs:\n        - name: svc\n          port: 80\n"_ba);
    QSignalSpy changed(&ws, &Workspace::changed);
    const ResourceKey route { u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"default"_s, u"r"_s };
    QCOMPARE(ws.references().from(route).size(), 1);
    const auto r
        = StructuredEditor(*ws.document(id), 0)
              .appendItem(*FieldPath::parse(u"spec.rules[0].backendRefs"_s),
                  YamlValue::mapping({ { u"group"_s, ScalarValue::string(u"gateway.envoyproxy.io"_s) },
                      { u"kind"_s, ScalarValue::string(u"Backend"_s) }, { u"name"_s, ScalarValue::string(u"be"_s) } }));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(ws.applyEdits(id, r, u"wire route to backend"_s));
    // One change set: the text, the route re-read, its problems, the history.
    QCOMPARE(changed.count(), 1);
    const auto change = changed.first().first().value<WorkspaceChange>();
    QCOMPARE(change.textChanged, QList<int> { id });
    QCOMPARE(change.changedResources, QSet<ResourceKey> { route });
    QVERIFY(change.addedResources.isEmpty() && change.removedResources.isEmpty());
    QCOMPARE(change.diagnosticsChanged, QList<int> { id });
    QVERIFY(change.historyChanged);
    QCOMPARE(ws.history().undoText(), u"wire route to backend"_s);
    const auto refs = ws.references().from(route);
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs[1]->to.toString(), u"Backend.gateway.envoyproxy.io default/be"_s);
    QVERIFY(ws.undo());
    QCOMPARE(ws.references().from(route).size(), 1);
    QCOMPARE(changed.count(), 2);
}

void TestWorkspace::historiesPerDocument()
{
    Workspace ws;
    const QByteArray a = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"_ba;
    const QByteArray b = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n"_ba;
    const int ida = ws.addText(u"a.yaml"_s, a);
    const int idb = ws.addText(u"b.yaml"_s, b);
    QVERIFY(ws.applyEdits(ida, { { 0, 0, "# a\n" } }, u"comment a"_s));
    QVERIFY(ws.applyEdits(idb, { { 0, 0, "# b\n" } }, u"comment b"_s));
    // Undo in a undoes a's step, though b was edited last.
    QVERIFY(ws.undo(ida));
    QCOMPARE(ws.document(ida)->text(), a);
    QCOMPARE(ws.document(idb)->text(), "# b\n"_ba + b);
    QVERIFY(!ws.history(ida).canUndo());
    QVERIFY(ws.history(ida).canRedo());
    QCOMPARE(ws.history(idb).undoText(), u"comment b"_s);
    // Without a document, undo acts on the most recent step anywhere.
    QVERIFY(ws.undo());
    QCOMPARE(ws.document(idb)->text(), b);
    QVERIFY(ws.redo());
    QCOMPARE(ws.document(idb)->text(), "# b\n"_ba + b);
}

void TestWorkspace::typingMergesIntoOneStep()
{
    Workspace ws;
    const QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"_ba;
    const int id = ws.addText(u"a.yaml"_s, text);
    const qsizetype at = text.indexOf("name: a") + 7;
    const QString typing = u"typing"_s;
    QVERIFY(ws.applyEdits(id, { { at, 0, "b" } }, u"Typing"_s, typing));
    QVERIFY(ws.applyEdits(id, { { at + 1, 0, "c" } }, u"Typing"_s, typing));
    QVERIFY(ws.applyEdits(id, { { at + 2, 0, "x" } }, u"Typing"_s, typing));
    QVERIFY(ws.applyEdits(id, { { at + 2, 1, "" } }, u"Typing"_s, typing)); // backspace
    QVERIFY(ws.applyEdits(id, { { at + 2, 0, "d" } }, u"Typing"_s, typing));
    QCOMPARE(ws.document(id)->text(), QByteArray(text).insert(at, "bcd"));
    QCOMPARE(ws.history(id).size(), size_t(1));
    // Typing elsewhere starts a new step.
    QVERIFY(ws.applyEdits(id, { { 0, 0, "#" } }, u"Typing"_s, typing));
    QCOMPARE(ws.history(id).size(), size_t(2));
    QVERIFY(ws.undo(id));
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), text);
    // After an undo, typing does not merge into the undone step.
    QVERIFY(ws.redo(id));
    QVERIFY(ws.applyEdits(id, { { at + 3, 0, "e" } }, u"Typing"_s, typing));
    QCOMPARE(ws.history(id).index(), size_t(2));
}

void TestWorkspace::recoveryBringsBackUnsavedEdits()
{
    // A session edits a file and the autosave writes the recovery store; then the program
    // "crashes" (the workspace is dropped without saving). The next session gets the edit back
    // from the recovery file, and the file on disk was never touched.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"backend.yaml"_s);
    const QByteArray original = "# keep me\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: x}\n"_ba;
    QVERIFY(test::writeFile(file, original));
    const QString root = dir.filePath(u"recovery"_s);
    QByteArray edited;
    {
        Workspace crashed;
        crashed.open({ file });
        const int id = crashed.findDocument(file);
        QVERIFY(crashed.applyEdits(id, { { original.indexOf("x}"), 1, "y" } }, u"edit"_s));
        edited = crashed.document(id)->text();
        RecoveryStore store(root);
        QVERIFY(store.write(crashed));
    }
    QCOMPARE(test::readFile(file), original);
    RecoveryStore store(root);
    const std::vector<RecoveryStore::Session> sessions = store.claimOrphans();
    QCOMPARE(sessions.size(), size_t(1));
    QCOMPARE(sessions[0].entries.size(), size_t(1));
    QCOMPARE(sessions[0].entries[0].path, file);
    QCOMPARE(sessions[0].workspace, QStringList { file });
    Workspace next;
    QString error;
    const int id = RecoveryStore::recover(next, sessions[0].entries[0], &error);
    QVERIFY2(id >= 0, qPrintable(error));
    QCOMPARE(next.document(id)->text(), edited);
    QVERIFY(next.document(id)->isModified());
    QCOMPARE(test::readFile(file), original);
    // Recovery is one undoable step; saving makes the document clean, and the next autosave
    // forgets it.
    QVERIFY(next.history(id).canUndo());
    QCOMPARE(next.save(id).status, Document::SaveStatus::Saved);
    store.discard(sessions[0]);
    QVERIFY(store.write(next));
    QVERIFY(RecoveryStore(root).claimOrphans().empty()); // ours is alive, the crashed one gone
    QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

void TestWorkspace::recoveryIsPrivateToTheUser()
{
    // Unsaved text can hold a Secret's key: what the recovery store keeps of it is readable by
    // the user alone, whatever the umask.
    QTemporaryDir dir;
    Workspace ws;
    const int id = ws.addText(dir.filePath(u"secret.yaml"_s),
        "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {key: hunter2}\n"_ba);
    QVERIFY(ws.applyEdits(id, { { 0, 0, "# edited\n" } }, u"edit"_s));
    const QString root = dir.filePath(u"recovery"_s);
    RecoveryStore store(root);
    QVERIFY(store.write(ws));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(root).permissions() & all, ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(QFileInfo(store.sessionDirectory()).permissions() & all, ownerOnly | QFileDevice::ExeOwner);
    const QFileInfoList kept = QDir(store.sessionDirectory()).entryInfoList(QDir::Files);
    QCOMPARE(kept.size(), 4); // the text, the disk text it is based on, the index, the session
    for (const QFileInfo& f : kept)
        QVERIFY2((f.permissions() & all) == ownerOnly, qPrintable(f.fileName()));
}

void TestWorkspace::recoveryOfOneWindowLeavesAnotherAlone()
{
    // Two windows share the recovery root. Each autosave and each clean end touches only the
    // window's own session; a live window's session is never offered to a third window, and a
    // dead one is offered to one window only.
    QTemporaryDir dir;
    const QString root = dir.filePath(u"recovery"_s);
    Workspace a;
    const int ida = a.addText(dir.filePath(u"a.yaml"_s), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"_ba);
    QVERIFY(a.applyEdits(ida, { { 0, 0, "# from A\n" } }, u"edit"_s));
    Workspace b;
    const int idb = b.addText(dir.filePath(u"b.yaml"_s), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n"_ba);
    QVERIFY(b.applyEdits(idb, { { 0, 0, "# from B\n" } }, u"edit"_s));
    auto storeA = std::make_unique<RecoveryStore>(root);
    auto storeB = std::make_unique<RecoveryStore>(root);
    QVERIFY(storeA->write(a));
    QVERIFY(storeB->write(b));
    QVERIFY(storeA->write(a)); // A's next autosave must not forget B's text
    QVERIFY(storeA->sessionDirectory() != storeB->sessionDirectory());
    QVERIFY(RecoveryStore(root).claimOrphans().empty()); // both alive: nothing to offer

    storeB.reset(); // B dies without a clean end
    storeA->clear(); // A ends cleanly
    RecoveryStore first(root);
    const std::vector<RecoveryStore::Session> offered = first.claimOrphans();
    QCOMPARE(offered.size(), size_t(1));
    QCOMPARE(offered[0].entries.size(), size_t(1));
    QCOMPARE(offered[0].entries[0].path, dir.filePath(u"b.yaml"_s));
    QVERIFY(RecoveryStore(root).claimOrphans().empty()); // claimed by the first to look
}

void TestWorkspace::recoveredTextKeepsTheDiskTextItWasBasedOn()
{
    // After a crash another program changed the file; the recovered edits were made to the
    // text before that change, so saving them must raise the conflict, not drop the change.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cm.yaml"_s);
    const QByteArray original = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: x}\n"_ba;
    QVERIFY(test::writeFile(file, original));
    const QString root = dir.filePath(u"recovery"_s);
    {
        Workspace crashed;
        crashed.open({ file });
        const int id = crashed.findDocument(file);
        QVERIFY(crashed.applyEdits(id, { { 0, 0, "# mine\n" } }, u"edit"_s));
        RecoveryStore(root).write(crashed);
    }
    const QByteArray theirs = original + "# theirs\n";
    QVERIFY(test::writeFile(file, theirs));
    RecoveryStore store(root);
    const std::vector<RecoveryStore::Session> sessions = store.claimOrphans();
    QCOMPARE(sessions.size(), size_t(1));
    Workspace next;
    const int id = RecoveryStore::recover(next, sessions[0].entries[0]);
    QVERIFY(id >= 0);
    QCOMPARE(next.document(id)->text(), "# mine\n" + original);
    QCOMPARE(next.document(id)->diskText(), original);
    QCOMPARE(next.save(id).status, Document::SaveStatus::ConflictOnDisk);
    QCOMPARE(test::readFile(file), theirs);
}

void TestWorkspace::editThatBreaksUtf8IsCaughtWhereItIs()
{
    // Only the edited lines are scanned for invalid UTF-8 once the text was valid: a byte
    // that breaks it in the middle of a large file must still be found, and undo clears it.
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-" + QByteArray::number(i)
            + "\n  namespace: caf\xc3\xa9\ndata: {}\n";
    Workspace ws;
    const int id = ws.addText(u"big.yaml"_s, text);
    const auto encoding = [&] {
        QList<int> lines;
        for (const Diagnostic& d : ws.diagnostics(id)) {
            if (d.code == u"BW0007"_s)
                lines.append(d.position.line);
        }
        return lines;
    };
    QVERIFY(encoding().isEmpty());
    const qsizetype at = text.indexOf("name: cm-120\n") + 9;
    QVERIFY(ws.applyEdits(id, { DocumentEdit { at, 0, "\xc3" } }, u"half a character"_s));
    QCOMPARE(encoding(), QList<int> { ws.document(id)->positionAt(at).line });
    QVERIFY(ws.undo(id));
    QVERIFY(encoding().isEmpty());
    QCOMPARE(ws.document(id)->text(), text);
    QCOMPARE(ws.resources(id).size(), size_t(200));
    // A character cut in two across an edit's end is caught too.
    const qsizetype e = text.indexOf("caf\xc3\xa9", at) + 4; // between the two bytes of the é
    QVERIFY(ws.applyEdits(id, { DocumentEdit { e - 1, 1, "x" } }, u"first byte replaced"_s));
    QCOMPARE(encoding().size(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
