// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPlainTextEdit>
#include <QTreeView>
#include <QtTest>

#include "mainwindow.h"
#include "models/diagnosticsmodel.h"
#include "models/workspacemodel.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensExamplesAndShowsProblems();
};

void TestMainWindow::opensExamplesAndShowsProblems()
{
    bw::MainWindow w;
    w.show();
    w.openPaths({ QStringLiteral(BW_EXAMPLES_DIR) });
    auto* tree = w.findChild<QTreeView*>(u"workspaceView"_s);
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 9);
    auto* text = w.findChild<QPlainTextEdit*>();
    QVERIFY(text->toPlainText().contains(u"GatewayClass"_s));
    auto* problems = w.findChild<QTreeView*>(u"problemsView"_s);
    QVERIFY(problems);
    QCOMPARE(problems->model()->rowCount(), 1);
    const QModelIndex first = problems->model()->index(0, bw::DiagnosticsModel::LocationColumn);
    QCOMPARE(first.data().toString(), u"90-broken.yaml:10"_s);
    QCOMPARE(problems->model()->index(0, bw::DiagnosticsModel::CodeColumn).data().toString(), u"BW0001"_s);
    // Activating the problem shows the broken file at that line.
    emit problems->activated(first);
    QVERIFY(text->toPlainText().contains(u"half-written"_s));
    QCOMPARE(text->textCursor().blockNumber() + 1, 10);

    // Problems follow edits at once: break a port in the Backends file, then undo.
    bw::Workspace* ws = w.workspace();
    const int backends = ws->findDocument(QStringLiteral(BW_EXAMPLES_DIR "/30-backends.yaml"));
    const QByteArray before = ws->document(backends)->text();
    const qsizetype port = before.indexOf("port: 443") + 6;
    QVERIFY(ws->applyEdits(backends, { { port, 3, "70000" } }, u"port"_s));
    // The port itself, and the route using that Backend (which Envoy Gateway would now reject).
    QStringList codes;
    for (int r = 0; r < problems->model()->rowCount(); ++r)
        codes.append(problems->model()->index(r, bw::DiagnosticsModel::CodeColumn).data().toString());
    codes.sort();
    QCOMPARE(codes, (QStringList { u"BW0001"_s, u"BW0103"_s, u"BW0512"_s }));
    QVERIFY(ws->undo());
    QCOMPARE(problems->model()->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
