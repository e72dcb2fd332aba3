// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "models/workspacemodel.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace bw;
using namespace Qt::StringLiterals;

namespace {
// The model as indented text: "file", " Kind name", "  field = summary".
QStringList printTree(const QAbstractItemModel& m, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        QString line = QString(depth, u' ') + i.data().toString();
        const QString second = m.index(r, WorkspaceModel::KindColumn, parent).data().toString();
        if (!second.isEmpty())
            line += (depth == 2 ? u" = "_s : u" | "_s) + second;
        out.append(line);
        out += printTree(m, i, depth + 1);
    }
    return out;
}

const QByteArray kTwoObjects = "# two objects\n"
                               "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
                               "kind: Backend\n"
                               "metadata:\n"
                               "  name: a\n"
                               "spec:\n"
                               "  endpoints:\n"
                               "    - fqdn: {hostname: a.example.com, port: 443}\n"
                               "---\n"
                               "apiVersion: v1\n"
                               "kind: Service\n"
                               "metadata:\n"
                               "  name: s\n"_ba;

} // namespace

class TestWorkspaceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFilesResourcesFields();
    void scalarEditIsDataChanged();
    void newKeyIsRowInserted();
    void removedDocumentIsRowsRemoved();
    void newFileAndClose();
    void undoRedoStayFineGrained();
    void rolesAndNames();
    void syntaxErrorAndUndoKeepTheTreeRight_data();
    void syntaxErrorAndUndoKeepTheTreeRight();
};

void TestWorkspaceModel::showsFilesResourcesFields()
{
    Workspace ws;
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ws.addText(u"/tmp/two.yaml"_s, kTwoObjects);
    QCOMPARE(printTree(model),
        QStringList({
            u"two.yaml"_s,
            u" a | Backend"_s,
            u"  apiVersion = gateway.envoyproxy.io/v1alpha1"_s,
            u"  kind = Backend"_s,
            u"  metadata = 1 field(s)"_s,
            u"  spec = 1 field(s)"_s,
            u" s | Service"_s,
            u"  apiVersion = v1"_s,
            u"  kind = Service"_s,
            u"  metadata = 1 field(s)"_s,
        }));
}

void TestWorkspaceModel::scalarEditIsDataChanged()
{
    Workspace ws;
    const int id = ws.addText(u"two.yaml"_s, kTwoObjects);
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ModelSpies spies(&model);
    // Rename the Backend: same row, new name.
    ws.applyEdits(id,
        StructuredEditor(*ws.document(id), 0)
            .setScalar(*FieldPath::parse(u"metadata.name"_s), ScalarValue::string(u"renamed"_s)),
        u"rename"_s);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1); // identity of the object row is its key: old row out ...
    QCOMPARE(spies.inserted.count(), 1); // ... new row in
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), u"renamed"_s);
    QVERIFY(spies.changed.count() >= 1); // the file row: modified marker
    // Change a port: only dataChanged, and rows the user looks at keep their identity.
    spies.removed.clear();
    spies.inserted.clear();
    spies.changed.clear();
    const QPersistentModelIndex spec = model.index(3, 0, model.index(0, 0, model.index(0, 0)));
    const qlonglong lengthBefore = model.index(0, 0, model.index(0, 0)).data(WorkspaceModel::LengthRole).toLongLong();
    const auto r = StructuredEditor(*ws.document(id), 0)
                       .setScalar(*FieldPath::parse(u"spec.endpoints[0].fqdn.port"_s), ScalarValue::integer(8443));
    QVERIFY(ws.applyEdits(id, r, u"port"_s));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    // Nothing the tree shows changed (the port is below a top-level field): no signal at all,
    // yet the object's extent follows the text.
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(WorkspaceModel::LengthRole).toLongLong(), lengthBefore + 1);
    QVERIFY(spec.isValid());
    QCOMPARE(spec.data().toString(), u"spec"_s);
}

void TestWorkspaceModel::newKeyIsRowInserted()
{
    Workspace ws;
    const int id = ws.addText(u"two.yaml"_s, kTwoObjects);
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ModelSpies spies(&model);
    const auto r = StructuredEditor(*ws.document(id), 1)
                       .setScalar(*FieldPath::parse(u"spec.type"_s), ScalarValue::string(u"ClusterIP"_s));
    QVERIFY(ws.applyEdits(id, r, u"add spec"_s));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    const QList<QVariant> args = spies.inserted.first();
    const QModelIndex parent = args.at(0).value<QModelIndex>();
    QCOMPARE(parent.data().toString(), u"s"_s);
    QCOMPARE(args.at(1).toInt(), 3);
    QCOMPARE(model.index(3, 0, parent).data().toString(), u"spec"_s);
}

void TestWorkspaceModel::removedDocumentIsRowsRemoved()
{
    Workspace ws;
    const int id = ws.addText(u"two.yaml"_s, kTwoObjects);
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ModelSpies spies(&model);
    const QByteArray text = ws.document(id)->text();
    const qsizetype cut = text.indexOf("---\n");
    QVERIFY(ws.applyEdits(id, { DocumentEdit { cut, text.size() - cut, {} } }, u"drop the Service"_s));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
}

void TestWorkspaceModel::newFileAndClose()
{
    Workspace ws;
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ModelSpies spies(&model);
    const int a = ws.addText(u"a.yaml"_s, kTwoObjects);
    ws.addText(u"b.yaml"_s, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"_ba);
    QCOMPARE(spies.inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    ws.closeDocument(a);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"b.yaml"_s);
    QCOMPARE(spies.reset.count(), 0);
}

void TestWorkspaceModel::undoRedoStayFineGrained()
{
    Workspace ws;
    const int id = ws.addText(u"two.yaml"_s, kTwoObjects);
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ModelSpies spies(&model);
    const QStringList before = printTree(model);
    QVERIFY(ws.applyEdits(
        id, StructuredEditor(*ws.document(id), 0).remove(*FieldPath::parse(u"spec"_s)), u"remove spec"_s));
    QVERIFY(ws.undo());
    QCOMPARE(printTree(model), before);
    QVERIFY(ws.redo());
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 2);
    QCOMPARE(spies.inserted.count(), 1);
}

void TestWorkspaceModel::rolesAndNames()
{
    Workspace ws;
    ws.addText(u"/x/two.yaml"_s, kTwoObjects);
    WorkspaceModel model(&ws);
    const QModelIndex file = model.index(0, 0);
    const QModelIndex backend = model.index(0, 0, file);
    QCOMPARE(backend.data(WorkspaceModel::ItemTypeRole).toString(), u"resource"_s);
    QCOMPARE(backend.data(WorkspaceModel::KindRole).toString(), u"Backend"_s);
    QCOMPARE(backend.data(WorkspaceModel::NamespaceRole).toString(), u"default"_s);
    QCOMPARE(backend.data(WorkspaceModel::LineRole).toInt(), 5);
    QCOMPARE(file.data(WorkspaceModel::FilePathRole).toString(), u"/x/two.yaml"_s);
    const QModelIndex spec = model.index(3, 0, backend);
    QCOMPARE(spec.data(WorkspaceModel::FieldPathRole).toString(), u"spec"_s);
    QCOMPARE(spec.data(WorkspaceModel::LineRole).toInt(), 6);
    const auto names = model.roleNames();
    QCOMPARE(names.value(WorkspaceModel::KindRole), "kind"_ba);
    QCOMPARE(names.value(WorkspaceModel::FieldPathRole), "fieldPath"_ba);
    QCOMPARE(model.indexForDocument(ws.documentIds().first()), file);
}

void TestWorkspaceModel::syntaxErrorAndUndoKeepTheTreeRight_data()
{
    QTest::addColumn<QByteArray>("after"); // typed into the second object after this
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<bool>("background");
    QTest::addRow("unclosed flow") << "name: two"_ba
                                   << " ["_ba << false;
    QTest::addRow("unclosed flow, background") << "name: two"_ba
                                               << " ["_ba << true;
    QTest::addRow("unclosed quote") << "name: two"_ba
                                    << " \"x"_ba << false;
    QTest::addRow("unclosed quote, background") << "name: two"_ba
                                                << " \"x"_ba << true;
    QTest::addRow("bad indent") << "name: two"_ba
                                << "\n bad: x"_ba << false;
    QTest::addRow("bad indent, background") << "name: two"_ba
                                            << "\n bad: x"_ba << true;
    // The object's first line: its problem count must follow (the syntax problem comes with
    // the text, not with the checks).
    QTest::addRow("flow at the start") << "one\ndata:\n  k: v\n---\n"_ba
                                       << " ["_ba << false;
    QTest::addRow("list at the start") << "one\ndata:\n  k: v\n---\n"_ba
                                       << "- x\n"_ba << false;
    QTest::addRow("list at the start, background") << "one\ndata:\n  k: v\n---\n"_ba
                                                   << "- x\n"_ba << true;
}

void TestWorkspaceModel::syntaxErrorAndUndoKeepTheTreeRight()
{
    // A syntax error typed into one object of a multi-document file, key by key as the YAML
    // view applies typing, then undone: the tree lists what a model built afresh lists.
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, typed);
    QFETCH(bool, background);
    QByteArray text;
    for (const char* name : { "one", "two", "three", "four" })
        text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "_ba + name + "\ndata:\n  k: v\n";
    Workspace ws;
    ws.setBackgroundChecks(background);
    const int id = ws.addText(u"/tmp/four.yaml"_s, text);
    WorkspaceModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList before = printTree(model);
    // A model built now over this workspace, and one over a workspace that read the text anew.
    const auto freshTree = [&] {
        WorkspaceModel fresh(&ws);
        return printTree(fresh);
    };
    const auto rereadTree = [&] {
        Workspace again;
        again.addText(u"/tmp/four.yaml"_s, ws.document(id)->text());
        WorkspaceModel other(&again);
        QStringList out = printTree(other);
        if (ws.document(id)->isModified()) // the one thing the two workspaces differ in
            out[0].replace(u"four.yaml"_s, u"four.yaml *"_s);
        return out;
    };
    qsizetype at = text.indexOf(after) + after.size();
    for (char c : typed) {
        QVERIFY(ws.applyTyping(id, DocumentEdit { at, 0, QByteArray(1, c) }));
        ++at;
        if (background)
            QCoreApplication::processEvents();
    }
    ws.finishChecks();
    QCOMPARE(printTree(model), freshTree());
    QCOMPARE(printTree(model), rereadTree());
    QVERIFY(ws.undo(id));
    ws.finishChecks();
    QCOMPARE(ws.document(id)->text(), text);
    QCOMPARE(printTree(model), freshTree());
    QCOMPARE(printTree(model), before);
    QVERIFY(ws.redo(id));
    ws.finishChecks();
    QCOMPARE(printTree(model), freshTree());
    QCOMPARE(printTree(model), rereadTree());
    QVERIFY(ws.undo(id));
    ws.finishChecks();
    QCOMPARE(printTree(model), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
