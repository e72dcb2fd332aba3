// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window, driven as a user would: forms and YAML over the same text, problems as you
// type, undo across views, and recovery after a crash.
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "editors/documentbuffer.h"
#include "editors/formview.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "models/diagnosticsmodel.h"
#include "models/topologymodel.h"
#include "models/workspacemodel.h"
#include "testutils.h"
#include "topology/topologycontroller.h"
#include "topology/topologyview.h"
#include "validation/probefindings.h"
#include "window/mainwindow.h"
#include "window/preferencesdialog.h"
#include "window/recoverycontroller.h"
#include "workspace/recoverystore.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
const ResourceKey kStorefront { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"storefront-primary"_s };

// Shows the window on a copy of the examples, keeping its recovery store in `dir` too.
void showExamples(MainWindow& w, const QTemporaryDir& dir)
{
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.show();
    w.openPaths({ test::copyExamples(dir.path()) });
}

int problemRow(QAbstractItemModel* model, const QString& code)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, DiagnosticsModel::CodeColumn).data().toString() == code)
            return r;
    }
    return -1;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensExamplesAndShowsProblems();
    void formEditShowsInYamlAndUndoInYamlRestoresBytes();
    void typingShowsProblemAndDoubleClickMovesCursor();
    void recoveryAfterCrashBringsBackUnsavedEdit();
    void recoveryKeepsUpWithSteadyTyping();
    void filterNarrowsTheTree();
    void viewsRenderTheProblem();
    void undoRedoOnTheTopologyTab();
    void shortcutsForRedoPreferencesAndTabs();
    void yamlContextMenuUndoesThroughTheHistory();
    void objectTabShowsItsObject();
    void probeFindingsDoNotBlockExport();
    void exportLeavesOutWhatDoesNotParse();
    void replaceAllIsOneUndoStep();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery stay out of the user's home
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the Topology tab, without a GPU
}

void TestMainWindow::opensExamplesAndShowsProblems()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    auto* tree = w.findChild<QTreeView*>(u"workspaceView"_s);
    QCOMPARE(tree->model()->rowCount(), 9);
    // The first object opens at once, with its form.
    ResourceEditor* editor = w.currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->resource()->kind, u"GatewayClass"_s);
    QVERIFY(editor->form());
    // The graph marks what the editor shows.
    w.openResource(kStorefront);
    QCOMPARE(w.topology()->quickWidget()->rootObject()->property("selectedNode").toString(),
        u"Backend/shop/storefront-primary"_s);
    QCOMPARE(tree->currentIndex().data(WorkspaceModel::NameRole).toString(), u"storefront-primary"_s);
    auto* problems = w.findChild<QTreeView*>(u"problemsView"_s);
    QCOMPARE(problems->model()->rowCount(), 1);
    const QModelIndex first = problems->model()->index(0, DiagnosticsModel::LocationColumn);
    QCOMPARE(first.data().toString(), u"90-broken.yaml:10"_s);
    // Activating the problem opens the broken file's text at that line.
    emit problems->activated(first);
    editor = w.currentEditor();
    QVERIFY(!editor->resource());
    QCOMPARE(editor->currentWidget(), editor->yaml());
    QVERIFY(editor->yaml()->toPlainText().contains(u"half-written"_s));
    QCOMPARE(editor->yaml()->currentLine(), 10);
}

void TestMainWindow::formEditShowsInYamlAndUndoInYamlRestoresBytes()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ResourceEditor* editor = w.openResource(kStorefront);
    QVERIFY(editor);
    const int id = editor->documentId();
    const QByteArray before = w.workspace()->document(id)->text();

    // Change the endpoint port in the form.
    editor->setCurrentWidget(editor->form());
    auto* port = editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s);
    QVERIFY(port);
    QCOMPARE(port->value(), 443);
    QVERIFY(!port->toolTip().isEmpty()); // our description of the field
    port->setValue(8443);
    // The YAML shows the new value, and the comment on that line is still there.
    editor->setCurrentWidget(editor->yaml());
    QVERIFY(editor->yaml()->toPlainText().contains(u"        port: 8443  # the storefront's TLS port\n"_s));
    QByteArray expected = before;
    expected.replace("port: 443  #", "port: 8443  #");
    QCOMPARE(w.workspace()->document(id)->text(), expected);
    QVERIFY(w.windowTitle().contains(u"30-backends.yaml"_s));

    // Undo from the YAML view (Ctrl+Z there) restores the exact bytes.
    editor->yaml()->setFocus();
    QTest::keyClick(editor->yaml(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.workspace()->document(id)->text(), before);
    QVERIFY(editor->yaml()->toPlainText().contains(u"        port: 443  # the storefront's TLS port\n"_s));
    QVERIFY(!w.workspace()->document(id)->isModified());
    // ... and the form follows.
    editor->setCurrentWidget(editor->form());
    QTRY_COMPARE(editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s)->value(), 443);
}

void TestMainWindow::typingShowsProblemAndDoubleClickMovesCursor()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ResourceEditor* editor = w.openResource(kStorefront);
    editor->setCurrentWidget(editor->yaml());
    YamlEditor* yaml = editor->yaml();
    // Select "443" on line 11 and type an out-of-range port over it.
    const QString text = yaml->toPlainText();
    const int at = int(text.indexOf(u"port: 443"_s)) + 6;
    QTextCursor c = yaml->textCursor();
    c.setPosition(at);
    c.setPosition(at + 3, QTextCursor::KeepAnchor);
    yaml->setTextCursor(c);
    yaml->setFocus();
    QTest::keyClicks(yaml, u"99999"_s);
    // Checked after a short pause in typing; the problem points at line 11.
    auto* problems = w.findChild<QTreeView*>(u"problemsView"_s);
    QTRY_VERIFY(problemRow(problems->model(), u"BW0103"_s) >= 0);
    const int row = problemRow(problems->model(), u"BW0103"_s);
    const QModelIndex index = problems->model()->index(row, DiagnosticsModel::MessageColumn);
    QCOMPARE(index.data(DiagnosticsModel::LineRole).toInt(), 11);
    QVERIFY(index.data().toString().contains(u"65535"_s));
    // The YAML view underlines it.
    QVERIFY(std::any_of(yaml->diagnostics().begin(), yaml->diagnostics().end(),
        [](const Diagnostic& d) { return d.code == u"BW0103"_s; }));
    // The form shows it beside the field.
    editor->setCurrentWidget(editor->form());
    auto* label = editor->form()->findChild<QLabel*>(u"problems:spec.endpoints[0].fqdn.port"_s);
    QTRY_VERIFY(label && label->isVisible() && label->text().contains(u"BW0103"_s));

    // Move the cursor away, then double-click the problem: the cursor goes to its line.
    editor->setCurrentWidget(editor->yaml());
    yaml->goToLine(1);
    problems->scrollTo(index);
    const QRect rect = problems->visualRect(index);
    // A double-click is a press (which selects the row) followed by the double-click event.
    QTest::mousePress(problems->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(problems->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.currentEditor(), editor);
    QCOMPARE(editor->currentWidget(), editor->yaml());
    QCOMPARE(yaml->currentLine(), 11);
    QCOMPARE(yaml->currentColumn(), index.data(DiagnosticsModel::ColumnRole).toInt());
}

void TestMainWindow::recoveryKeepsUpWithSteadyTyping()
{
    // Someone typing a key every 200 ms never pauses for the delay: the store must still be
    // written within the delay of the first unsaved change, or a crash loses all of it.
    QTemporaryDir dir;
    Workspace ws;
    const int id = ws.addText(dir.filePath(u"a.yaml"_s), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"_ba);
    const QString folder = dir.filePath(u"recovery"_s);
    RecoveryController recovery(&ws, folder);
    recovery.setDelaySeconds(1);
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 1800) {
        QVERIFY(ws.applyEdits(id, { { 0, 0, "#" } }, u"key"_s));
        recovery.noteChange();
        QTest::qWait(200);
    }
    QVERIFY(!recovery.sessionDirectory().isEmpty());
    QVERIFY(test::readFile(recovery.sessionDirectory() + u"/index.json"_s).contains("a.yaml"));
}

void TestMainWindow::recoveryAfterCrashBringsBackUnsavedEdit()
{
    QTemporaryDir dir;
    const QString examples = test::copyExamples(dir.path());
    const QString file = examples + u"/30-backends.yaml"_s;
    const QByteArray onDisk = test::readFile(file);
    const QString recovery = dir.filePath(u"recovery"_s);
    QByteArray edited;
    {
        auto* crashing = new MainWindow;
        crashing->setRecoveryDirectory(recovery);
        crashing->show();
        crashing->openPaths({ examples });
        ResourceEditor* editor = crashing->openResource(kStorefront);
        editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s)->setValue(9443);
        edited = crashing->workspace()->document(editor->documentId())->text();
        QVERIFY(edited.contains("port: 9443  #"));
        QVERIFY(crashing->writeRecovery()); // what the autosave timer does a few seconds later
        delete crashing; // no close event, no save, no clean-up: as if the process died
    }
    QCOMPARE(test::readFile(file), onDisk);

    MainWindow next;
    next.setRecoveryDirectory(recovery);
    next.show();
    QCOMPARE(next.offerRecovery(false), 1);
    const int id = next.workspace()->findDocument(file);
    QVERIFY(id >= 0);
    QCOMPARE(next.workspace()->document(id)->text(), edited);
    QVERIFY(next.workspace()->document(id)->isModified());
    QCOMPARE(test::readFile(file), onDisk); // nothing written until the user saves
    QVERIFY(next.currentEditor());
    QCOMPARE(next.currentEditor()->documentId(), id);
}

void TestMainWindow::filterNarrowsTheTree()
{
    QTemporaryDir dir;
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.openPaths({ test::copyExamples(dir.path()) });
    auto* tree = w.findChild<QTreeView*>(u"workspaceView"_s);
    auto* filter = w.findChild<QLineEdit*>(u"workspaceFilter"_s);
    filter->setText(u"checkout"_s);
    QCOMPARE(tree->model()->rowCount(), 1); // only 30-backends.yaml holds a match
    filter->clear();
    QCOMPARE(tree->model()->rowCount(), 9);
}

void TestMainWindow::viewsRenderTheProblem()
{
    // What the README's screenshots show, checked on the rendered window; with
    // BW_SCREENSHOT_DIR set (under xvfb-run, see README) the pictures are written there.
    const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR");
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1280, 800);
    showExamples(w, dir);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ResourceEditor* editor = w.openResource(kStorefront);
    editor->setCurrentWidget(editor->form());
    auto* port = editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s);
    QVERIFY(port && port->isVisible());
    const QImage form = w.grab().toImage();
    QVERIFY(!form.isNull());
    if (!out.isEmpty())
        QVERIFY(form.save(out + u"/form-view.png"_s));
    // An out-of-range port typed in the YAML view: underlined (a wave in the problem's colour
    // under the value), listed in Problems, flagged beside the field in the form.
    editor->setCurrentWidget(editor->yaml());
    YamlEditor* yaml = editor->yaml();
    const int at = int(yaml->toPlainText().indexOf(u"port: 443"_s)) + 6;
    QTextCursor c = yaml->textCursor();
    c.setPosition(at);
    c.setPosition(at + 3, QTextCursor::KeepAnchor);
    yaml->setTextCursor(c);
    yaml->insertPlainText(u"99999"_s);
    QTRY_VERIFY(std::any_of(yaml->diagnostics().begin(), yaml->diagnostics().end(),
        [](const Diagnostic& d) { return d.code == u"BW0103"_s; }));
    const auto underlined = [&] {
        for (const QTextEdit::ExtraSelection& sel : yaml->extraSelections()) {
            if (sel.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && sel.cursor.selectedText() == u"99999"_s)
                return true;
        }
        return false;
    };
    QVERIFY(underlined());
    const QImage text = w.grab().toImage();
    QVERIFY(!text.isNull() && text != form);
    if (!out.isEmpty())
        QVERIFY(text.save(out + u"/yaml-view.png"_s));
}

void TestMainWindow::undoRedoOnTheTopologyTab()
{
    // Undo and Redo on the Topology tab take back the graph's edit, even after an edit in
    // another file since.
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Workspace* ws = w.workspace();
    w.editors()->setCurrentWidget(w.topology());
    QTRY_VERIFY(w.topology()->model()->isUpToDate() && !ws->checksPending());
    const int routes = ws->findDocument(QDir(dir.path()).filePath(u"examples/20-routes.yaml"_s));
    QVERIFY(routes >= 0);
    const QByteArray routesBefore = ws->document(routes)->text();
    bool weighted = false;
    for (int row = 0; row < 64 && !weighted; ++row)
        weighted = w.topology()->controller()->setWeight(row, 7);
    QVERIFY(weighted);
    const QByteArray routesAfter = ws->document(routes)->text();
    QVERIFY(routesAfter != routesBefore);
    // An edit elsewhere, then back to the graph.
    ResourceEditor* editor = w.openResource(kStorefront);
    editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s)->setValue(8443);
    const QByteArray backends = ws->document(editor->documentId())->text();
    w.editors()->setCurrentWidget(w.topology());
    QCOMPARE(w.undoDocument(), routes);
    auto* undo = w.findChild<QAction*>(u"undoAction"_s);
    auto* redo = w.findChild<QAction*>(u"redoAction"_s);
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    auto* tree = w.findChild<QTreeView*>(u"workspaceView"_s);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ws->document(routes)->text(), routesBefore);
    QCOMPARE(ws->document(editor->documentId())->text(), backends); // the other file keeps its edit
    QVERIFY(redo->isEnabled());
    QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier); // Ctrl+Y redoes, as Ctrl+Shift+Z does
    QCOMPARE(ws->document(routes)->text(), routesAfter);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ws->document(routes)->text(), routesAfter); // nothing left to redo
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ws->document(routes)->text(), routesAfter);
}

void TestMainWindow::shortcutsForRedoPreferencesAndTabs()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* redo = w.findChild<QAction*>(u"redoAction"_s);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(redo->shortcuts().contains(QKeySequence::keyBindings(QKeySequence::Redo).value(0)));
    // Preferences has a key where the platform gives none (Linux desktops).
    auto* prefs = w.findChild<QAction*>(u"preferencesAction"_s);
    QVERIFY(prefs && !prefs->shortcut().isEmpty());
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        QCOMPARE(prefs->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    bool opened = false;
    QTimer::singleShot(0, &w, [&] {
        if (auto* d = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            d->reject();
        }
    });
    auto* tree = w.findChild<QTreeView*>(u"workspaceView"_s);
    tree->setFocus();
    QTest::keySequence(tree, prefs->shortcut());
    QVERIFY(opened);
    QApplication::setActiveWindow(&w); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Ctrl+PgUp / Ctrl+PgDn walk the tabs, from the YAML view too.
    ResourceEditor* first = w.openResource(kStorefront);
    ResourceEditor* second
        = w.openResource({ u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"checkout-primary"_s });
    QVERIFY(first && second && first != second);
    QCOMPARE(w.currentEditor(), second);
    second->setCurrentWidget(second->yaml());
    second->yaml()->setFocus();
    QTest::keyClick(second->yaml(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(w.currentEditor(), first);
    QTest::keyClick(tree, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.currentEditor(), second);
}

void TestMainWindow::yamlContextMenuUndoesThroughTheHistory()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    ResourceEditor* editor = w.openResource(kStorefront);
    const int id = editor->documentId();
    const QByteArray before = w.workspace()->document(id)->text();
    YamlEditor* yaml = editor->yaml();
    const auto menuAction = [](QMenu* menu, const QString& name) -> QAction* {
        for (QAction* a : menu->actions()) {
            if (a->objectName() == name)
                return a;
        }
        return nullptr;
    };
    std::unique_ptr<QMenu> menu(yaml->createContextMenu());
    QVERIFY(menuAction(menu.get(), u"edit-undo"_s));
    QVERIFY(!menuAction(menu.get(), u"edit-undo"_s)->isEnabled()); // nothing to undo yet
    editor->form()->findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s)->setValue(8443);
    const QByteArray edited = w.workspace()->document(id)->text();
    menu.reset(yaml->createContextMenu());
    QAction* undo = menuAction(menu.get(), u"edit-undo"_s);
    QVERIFY(undo && undo->isEnabled());
    QVERIFY(!menuAction(menu.get(), u"edit-redo"_s)->isEnabled());
    undo->trigger();
    QCOMPARE(w.workspace()->document(id)->text(), before);
    menu.reset(yaml->createContextMenu());
    QAction* redo = menuAction(menu.get(), u"edit-redo"_s);
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QCOMPARE(w.workspace()->document(id)->text(), edited);
}

void TestMainWindow::objectTabShowsItsObject()
{
    // A file of five objects, each long enough that they do not fit in one view.
    QTemporaryDir dir;
    QByteArray text;
    for (int i = 1; i <= 5; ++i) {
        text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-" + QByteArray::number(i)
            + "\n  namespace: shop\ndata:\n";
        for (int k = 0; k < 60; ++k)
            text += "  key" + QByteArray::number(k) + ": value\n";
    }
    const QString path = dir.filePath(u"five.yaml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
    f.close();
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPaths({ path });
    const auto lineOf = [&](const QByteArray& what) { return int(text.left(text.indexOf(what)).count('\n')) + 1; };
    ResourceEditor* third = w.openResource({ QString(), u"ConfigMap"_s, u"shop"_s, u"cm-3"_s });
    QVERIFY(third);
    third->setCurrentWidget(third->yaml());
    YamlEditor* yaml = third->yaml();
    const int first = lineOf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-3");
    QCOMPARE(yaml->currentLine(), first);
    QTRY_COMPARE(yaml->cursorForPosition(QPoint(1, 1)).blockNumber() + 1, first); // the top line in view
    // The status bar names the object the cursor is in, not only the tab's.
    auto* status = w.findChild<QLabel*>(u"statusContext"_s);
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(u"ConfigMap shop/cm-3"_s), qPrintable(status->text()));
    yaml->goToLine(lineOf("name: cm-4") + 3);
    QVERIFY2(status->text().startsWith(u"ConfigMap shop/cm-4"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"Line %1"_s.arg(lineOf("name: cm-4") + 3)));
    if (const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(w.grab().save(out + u"/object-tab.png"_s));
}

void TestMainWindow::probeFindingsDoNotBlockExport()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    Workspace* ws = w.workspace();
    ws->finishChecks();
    const int before = w.exportBlockingErrors();
    QCOMPARE(before, 1); // 90-broken.yaml
    // A probe that could not connect from this machine says nothing about the configuration.
    ws->setFindings(ProbeFindings::sourceFor(kStorefront),
        { Finding { kStorefront, u"spec.endpoints[0]"_s, QStringView(ProbeFindings::failedCode).toString(),
            Severity::Error, u"connection refused"_s } });
    ws->finishChecks();
    auto* problems = w.findChild<DiagnosticsModel*>();
    QTRY_COMPARE(problems->count(Severity::Error), before + 1); // shown in Problems
    QCOMPARE(w.exportBlockingErrors(), before); // but not asked about on export
    const QString out = dir.filePath(u"export.yaml"_s);
    QVERIFY(w.exportTo(out));
    QVERIFY(test::readFile(out).contains("storefront-primary"));
}

void TestMainWindow::exportLeavesOutWhatDoesNotParse()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    const QString broken = dir.filePath(u"zz-malformed.yaml"_s);
    QVERIFY(QFile::copy(QStringLiteral(BW_TEST_DATA_DIR "/malformed.yaml"), broken));
    w.openPaths({ broken });
    w.workspace()->finishChecks();
    // Even when the user chose to export despite the errors, a file that does not parse is
    // never written, and the user is told which it was.
    const QString out = dir.filePath(u"export.yaml"_s);
    QStringList leftOut;
    QVERIFY(w.exportTo(out, nullptr, &leftOut));
    QVERIFY2(leftOut.contains(QDir::toNativeSeparators(broken)), qPrintable(leftOut.join(u", "_s)));
    const QByteArray exported = test::readFile(out);
    QVERIFY(exported.contains("storefront-primary"));
    QVERIFY(!exported.contains("name: broken"));
}

void TestMainWindow::replaceAllIsOneUndoStep()
{
    QTemporaryDir dir;
    MainWindow w;
    showExamples(w, dir);
    ResourceEditor* editor = w.openResource(kStorefront);
    const int id = editor->documentId();
    const QByteArray before = w.workspace()->document(id)->text();
    const int count = int(before.count("shop.example.com"));
    QVERIFY(count > 2);
    QCOMPARE(w.replaceAll(u"shop.example.com"_s, u"shop.example.net"_s), count);
    QCOMPARE(w.workspace()->document(id)->text().count("shop.example.net"), count);
    QCOMPARE(w.workspace()->history(id).undoText(), u"Replace \"shop.example.com\""_s);
    QVERIFY(w.workspace()->undo(id));
    QCOMPARE(w.workspace()->document(id)->text(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
