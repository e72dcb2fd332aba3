// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QtTest>

#include "mainwindow.h"
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
    auto* tree = w.findChild<QTreeView*>();
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 9);
    auto* text = w.findChild<QPlainTextEdit*>();
    QVERIFY(text->toPlainText().contains(u"GatewayClass"_s));
    auto* problems = w.findChild<QListWidget*>();
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(u"90-broken.yaml:10:"_s));
    // Activating the problem shows the broken file at that line.
    emit problems->itemActivated(problems->item(0));
    QVERIFY(text->toPlainText().contains(u"half-written"_s));
    QCOMPARE(text->textCursor().blockNumber() + 1, 10);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
