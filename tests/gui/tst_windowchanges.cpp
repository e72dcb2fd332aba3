// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// How changes reach the window: one update per model for a typed edit, checks on a worker
// that a newer edit cancels, and files replaced on disk by another program taken in at once.
#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QTreeView>
#include <QtTest>

#include <cstdio>
#include <map>
#include <set>

#include "editors/documentbuffer.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "models/diagnosticsmodel.h"
#include "models/topologymodel.h"
#include "models/workspacemodel.h"
#include "testutils.h"
#include "topology/topologyview.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// Numbers the events the application delivers. Signals a model emits while one event is
// handled are one update; signals in two different events are two updates.
class EventCounter : public QObject
{
public:
    EventCounter() { qApp->installEventFilter(this); }
    ~EventCounter() override { qApp->removeEventFilter(this); }
    quint64 now() const { return m_count; }

protected:
    bool eventFilter(QObject*, QEvent*) override
    {
        ++m_count;
        return false;
    }

private:
    quint64 m_count = 0;
};

// Every row signal of a model, by the event it came in.
class ModelUpdates
{
public:
    ModelUpdates(QAbstractItemModel* model, const EventCounter& events)
        : m_name(QString::fromLatin1(model->metaObject()->className()))
    {
        const auto note = [this, &events] { m_events.insert(events.now()); };
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, note);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, note);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, note);
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model, note);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, note);
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++m_resets; });
    }
    [[nodiscard]] int updates() const { return int(m_events.size()); }
    [[nodiscard]] int resets() const { return m_resets; }
    [[nodiscard]] QString name() const { return m_name; }

private:
    QString m_name;
    std::set<quint64> m_events;
    int m_resets = 0;
};

const ResourceKey kStorefront { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"storefront-primary"_s };

// The window's own models and the proxies over them (not the item models inside combo boxes).
QList<QAbstractItemModel*> windowModels(const MainWindow& w)
{
    QList<QAbstractItemModel*> out;
    for (QAbstractItemModel* m : w.findChildren<QAbstractItemModel*>()) {
        if (QByteArray(m->metaObject()->className()).startsWith("bw::") || qobject_cast<QAbstractProxyModel*>(m))
            out.append(m);
    }
    return out;
}

// Selects the first `port: 443` value after `from` in the YAML view and types `text` over it, as
// a user would.
void typeOverPort(YamlEditor* yaml, int from, const QString& text)
{
    const int at = int(yaml->toPlainText().indexOf(u"port: 443"_s, from)) + 6;
    QTextCursor c = yaml->textCursor();
    c.setPosition(at);
    c.setPosition(at + 3, QTextCursor::KeepAnchor);
    yaml->setTextCursor(c);
    yaml->setFocus();
    QTest::keyClicks(yaml, text);
}

// Waits until the checks and the graph of the last change are in (bounded).
bool waitUntilIdle(MainWindow& w, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!w.workspace()->checksPending() && !w.topology()->model()->isBuilding()) {
            QCoreApplication::processEvents();
            return true;
        }
        QTest::qWait(5);
    }
    return false;
}

// A Backend, a Service, a route using both, in namespace team-N: `groups` of them, plus the
// Gateway every route names.
QByteArray generated(int groups, int first = 0, const QByteArray& port = "443")
{
    QByteArray out;
    if (first == 0)
        out += "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: edge\n  namespace: infra\n"
               "spec:\n  gatewayClassName: eg\n  listeners:\n    - name: http\n      protocol: HTTP\n      port: 80\n"
               "      allowedRoutes:\n        namespaces:\n          from: All\n";
    for (int i = first; i < first + groups; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray ns = "team-" + QByteArray::number(i % 20);
        out += "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: api-" + n
            + "\n  namespace: " + ns + "\nspec:\n  endpoints:\n    - fqdn:\n        hostname: api-" + n
            + ".example.com\n        port: " + port + "\n";
        out += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-" + n + "\n  namespace: " + ns
            + "\nspec:\n  ports:\n    - name: http\n      port: 8080\n";
        out += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: route-" + n
            + "\n  namespace: " + ns
            + "\nspec:\n  parentRefs:\n    - name: edge\n      namespace: infra\n  rules:\n    - backendRefs:\n"
              "        - group: gateway.envoyproxy.io\n          kind: Backend\n          name: api-"
            + n + "\n          weight: 90\n        - name: web-" + n + "\n          port: 8080\n          weight: 10\n";
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// (code, file, line) of every problem, as the Problems dock lists them.
std::multiset<std::tuple<QString, QString, int>> shown(const DiagnosticsModel& model)
{
    std::multiset<std::tuple<QString, QString, int>> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const Diagnostic* d = model.diagnostic(r);
        out.insert({ d->code, QFileInfo(d->file).fileName(), d->position.line });
    }
    return out;
}

std::multiset<std::tuple<QString, QString, int>> freshCheck(const Workspace& ws)
{
    Workspace fresh;
    for (int id : ws.documentIds())
        fresh.addText(ws.document(id)->path(), ws.document(id)->text());
    std::multiset<std::tuple<QString, QString, int>> out;
    for (const Diagnostic& d : fresh.diagnostics())
        out.insert({ d.code, QFileInfo(d.file).fileName(), d.position.line });
    return out;
}

// Every row of a tree model, indented by depth, with its kind/value column.
QStringList rows(const QAbstractItemModel& m, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out.append(QString(depth, u' ') + i.data().toString() + u" | "_s
            + m.index(r, WorkspaceModel::KindColumn, parent).data().toString());
        out += rows(m, i, depth + 1);
    }
    return out;
}

} // namespace

class TestWindowChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typedEditIsOneUpdatePerModel();
    void editWhileCheckingCancelsTheCheck();
    void filesReplacedOnDiskReloadInOneUpdate();
    void editedFileChangedOnDiskAsksInTheBar();
    void typingBecomesTheEditOfWhatWasTyped_data();
    void typingBecomesTheEditOfWhatWasTyped();
    void treeIsRightAfterASyntaxErrorAndItsUndo_data();
    void treeIsRightAfterASyntaxErrorAndItsUndo();
};

void TestWindowChanges::typingBecomesTheEditOfWhatWasTyped_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("lf")
        << "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\xc3\xa9 \xf0\x9f\x98\x80 x\ndata: {}\n"_ba;
    QTest::newRow("crlf") << "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: ab\r\ndata: {}\r\n"_ba;
}

void TestWindowChanges::typingBecomesTheEditOfWhatWasTyped()
{
    // Keystrokes here and there before the pause (typing, deleting, replacing a selection,
    // typing before earlier typing) become one edit whose result is exactly the text shown.
    QFETCH(QByteArray, text);
    Workspace ws;
    ws.setBackgroundChecks(true);
    const int id = ws.addText(u"t.yaml"_s, text);
    DocumentBuffer buffer(&ws, id);
    QTextDocument* doc = buffer.textDocument();
    const auto at = [&](int position) {
        QTextCursor c(doc);
        c.setPosition(position);
        return c;
    };
    const QString shown = doc->toPlainText();
    const int name = int(shown.indexOf(u"name: "_s)) + 6;
    at(name).insertText(u"zz"_s);
    QTextCursor select = at(name + 2);
    select.setPosition(name + 3, QTextCursor::KeepAnchor);
    select.insertText(u"\u00fc\u00fc\u00fc"_s); // replace one character by three, two bytes each
    at(2).insertText(u"X"_s); // before the first change
    QTextCursor del = at(int(doc->toPlainText().indexOf(u"data"_s)));
    del.deleteChar();
    del.deleteChar();
    at(int(doc->toPlainText().size())).insertText(u"# end\n"_s);
    QVERIFY(buffer.hasPendingTyping());
    ws.commitTyping(id);
    QVERIFY(!buffer.hasPendingTyping());
    QByteArray expected = doc->toPlainText().toUtf8();
    if (text.contains("\r\n"))
        expected.replace("\n", "\r\n");
    QCOMPARE(ws.document(id)->text(), expected);
    QCOMPARE(ws.history(id).undoText(), u"Typing"_s);
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), text);
    QCOMPARE(doc->toPlainText().toUtf8().replace("\n", text.contains("\r\n") ? "\r\n" : "\n"), text);
    ws.finishChecks();
}

void TestWindowChanges::typedEditIsOneUpdatePerModel()
{
    QTemporaryDir dir;
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.show();
    w.openPaths({ test::copyExamples(dir.path()) });
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ResourceEditor* editor = w.openResource(kStorefront);
    QVERIFY(editor);
    editor->setCurrentWidget(editor->yaml());
    QVERIFY(waitUntilIdle(w));

    EventCounter events;
    std::vector<std::unique_ptr<ModelUpdates>> all;
    const QList<QAbstractItemModel*> models = windowModels(w);
    QVERIFY(models.size() >= 6);
    for (QAbstractItemModel* m : models)
        all.push_back(std::make_unique<ModelUpdates>(m, events));
    auto* diagnostics = w.findChild<DiagnosticsModel*>();
    auto* tree = w.findChild<WorkspaceModel*>();
    QVERIFY(diagnostics && tree);
    const auto updatesOf = [&](QAbstractItemModel* m) { return all[size_t(models.indexOf(m))]->updates(); };
    QSignalSpy changes(w.workspace(), &Workspace::changed);

    // Type an out-of-range port over 443.
    YamlEditor* yaml = editor->yaml();
    typeOverPort(yaml, 0, u"99999"_s);
    QTRY_COMPARE(changes.count(), 1);
    QVERIFY(waitUntilIdle(w));
    QCOMPARE(changes.count(), 1); // the edit, its objects and its problems in one change set
    QVERIFY(std::any_of(yaml->diagnostics().begin(), yaml->diagnostics().end(),
        [](const Diagnostic& d) { return d.code == u"BW0103"_s; }));

    // What changed is shown by one update of each model that shows it, and no model resets.
    QCOMPARE(updatesOf(diagnostics), 1); // BW0103 on the Backend, BW0512 on the route using it
    QCOMPARE(updatesOf(tree), 1); // the file is modified and has more problems
    // The graph is behind the editor tab: not built until it is shown, then once.
    QCOMPARE(updatesOf(w.topology()->model()->nodeModel()), 0);
    QVERIFY(!w.topology()->model()->isUpToDate());
    w.editors()->setCurrentWidget(w.topology());
    QVERIFY(waitUntilIdle(w));
    QVERIFY(w.topology()->model()->isUpToDate());
    QCOMPARE(updatesOf(w.topology()->model()->nodeModel()), 1); // the Backend's error badge
    QCOMPARE(changes.count(), 1);
    for (const auto& m : all) {
        QVERIFY2(m->updates() <= 1, qPrintable(m->name() + u" updated %1 times"_s.arg(m->updates())));
        QVERIFY2(m->resets() == 0, qPrintable(m->name() + u" was reset"_s));
    }
}

void TestWindowChanges::editWhileCheckingCancelsTheCheck()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"big"_s);
    QDir().mkpath(folder);
    writeFile(folder + u"/big.yaml"_s, generated(1500));
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.show();
    w.openPaths({ folder });
    QVERIFY(waitUntilIdle(w, 60000));
    Workspace* ws = w.workspace();
    const int id = ws->documentIds().constFirst();
    const ResourceKey backend { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"team-3"_s, u"api-743"_s };
    ResourceEditor* editor = w.openResource(backend);
    QVERIFY(editor);
    editor->setCurrentWidget(editor->yaml());
    QVERIFY(waitUntilIdle(w));
    const int cancelledBefore = ws->cancelledChecks();
    QSignalSpy changes(ws, &Workspace::changed);

    // A change to the Gateway: every route is checked again, on the worker.
    const QByteArray text = ws->document(id)->text();
    const qsizetype listener = text.indexOf("      port: 80\n") + 12;
    QVERIFY(ws->applyEdits(id, { DocumentEdit { listener, 2, "81" } }, u"listener port"_s));
    QElapsedTimer t;
    t.start();
    while (!ws->checksRunning() && ws->checksPending() && t.elapsed() < 5000)
        QThread::usleep(200);
    QVERIFY2(ws->checksRunning(), "the check of the Gateway edit should be running on the worker");
    QCOMPARE(changes.count(), 0); // not announced before its problems are known

    // Typing in the YAML view while it runs: the newer edit cancels the check.
    YamlEditor* yaml = editor->yaml();
    const int at = int(yaml->toPlainText().indexOf(u"name: api-743\n"_s));
    typeOverPort(yaml, at, u"99999"_s);
    ws->commitTyping(id); // as the typing pause would, now, while the check runs
    QCOMPARE(ws->cancelledChecks(), cancelledBefore + 1);
    QVERIFY(ws->document(id)->text().contains("port: 99999"));

    // What is shown afterwards is the verdict on the newest text, as a full check gives it.
    QVERIFY(waitUntilIdle(w, 60000));
    QCOMPARE(changes.count(), 1); // both edits, announced once
    auto* diagnostics = w.findChild<DiagnosticsModel*>();
    QCOMPARE(shown(*diagnostics), freshCheck(*ws));
    const int line = ws->document(id)->positionAt(ws->document(id)->text().indexOf("99999")).line;
    QVERIFY(std::any_of(yaml->diagnostics().begin(), yaml->diagnostics().end(),
        [line](const Diagnostic& d) { return d.code == u"BW0103"_s && d.position.line == line; }));
}

void TestWindowChanges::filesReplacedOnDiskReloadInOneUpdate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"repo"_s);
    QDir().mkpath(folder);
    constexpr int kFiles = 100;
    for (int f = 0; f < kFiles; ++f)
        writeFile(folder + u"/file-%1.yaml"_s.arg(f, 3, 10, QChar(u'0')), generated(2, f * 2 + (f == 0 ? 0 : 0)));
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.show();
    w.openPaths({ folder });
    QCOMPARE(w.workspace()->documentCount(), kFiles);
    QVERIFY(waitUntilIdle(w));

    EventCounter events;
    std::vector<std::unique_ptr<ModelUpdates>> all;
    for (QAbstractItemModel* m : windowModels(w))
        all.push_back(std::make_unique<ModelUpdates>(m, events));
    QSignalSpy changes(w.workspace(), &Workspace::changed);

    // Another program (a checkout, an editor saving by rename) replaces every file at once.
    QMap<QString, QByteArray> wanted;
    for (int f = 0; f < kFiles; ++f) {
        const QString path = folder + u"/file-%1.yaml"_s.arg(f, 3, 10, QChar(u'0'));
        const QByteArray bytes = generated(2, f * 2, "8443");
        writeFile(path + u".new"_s, bytes);
        QVERIFY(std::rename(QFile::encodeName(path + u".new"_s).constData(), QFile::encodeName(path).constData()) == 0);
        wanted.insert(QFileInfo(path).absoluteFilePath(), bytes);
    }
    const auto allReloaded = [&] {
        for (int id : w.workspace()->documentIds()) {
            const Document* d = w.workspace()->document(id);
            if (d->text() != wanted.value(QFileInfo(d->path()).absoluteFilePath()))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allReloaded(), 15000);
    QVERIFY(waitUntilIdle(w));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(w.findChildren<QMessageBox*>().isEmpty());
    QVERIFY(w.diskConflicts().isEmpty());
    for (int id : w.workspace()->documentIds())
        QVERIFY(!w.workspace()->document(id)->isModified());
    QCOMPARE(changes.count(), 1); // the hundred reloads are one change
    QCOMPARE(changes.first().first().value<WorkspaceChange>().reloaded.size(), kFiles);
    for (const auto& m : all) {
        QVERIFY2(m->updates() <= 1, qPrintable(m->name() + u" updated %1 times"_s.arg(m->updates())));
        QVERIFY2(m->resets() == 0, qPrintable(m->name() + u" was reset"_s));
    }
    // Another save by rename later is noticed too: the watch followed the new file.
    const QString first = folder + u"/file-000.yaml"_s;
    const QByteArray again = generated(2, 0, "9443");
    writeFile(first + u".new"_s, again);
    QVERIFY(std::rename(QFile::encodeName(first + u".new"_s).constData(), QFile::encodeName(first).constData()) == 0);
    const int firstId = w.workspace()->findDocument(first);
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->document(firstId)->text(), again, 10000);
}

void TestWindowChanges::editedFileChangedOnDiskAsksInTheBar()
{
    QTemporaryDir dir;
    const QString folder = test::copyExamples(dir.path());
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.resize(1280, 800);
    w.show();
    w.openPaths({ folder });
    QVERIFY(waitUntilIdle(w));
    Workspace* ws = w.workspace();
    const QString path = folder + u"/30-backends.yaml"_s;
    const int id = ws->findDocument(path);
    QVERIFY(id >= 0);
    const QByteArray original = ws->document(id)->text();
    QVERIFY(ws->applyEdits(id, { DocumentEdit { 0, 0, "# mine\n" } }, u"comment"_s));
    QVERIFY(waitUntilIdle(w));
    // Theirs, on disk; and a new file in the folder.
    writeFile(path, "# theirs\n" + original);
    writeFile(folder + u"/99-new.yaml"_s,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: added\n  namespace: shop\ndata: {}\n");
    auto* bar = w.findChild<QWidget*>(u"diskChangeBar"_s);
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(w.diskConflicts(), QList<int> { id });
    QVERIFY(ws->document(id)->text().startsWith("# mine\n")); // nothing of ours is lost
    QTRY_VERIFY(ws->findDocument(folder + u"/99-new.yaml"_s) >= 0); // the new file is opened
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // With BW_SCREENSHOT_DIR set (under xvfb-run, see README) the window is pictured there.
    if (const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR"); !out.isEmpty()) {
        w.openResource(kStorefront);
        QTest::qWait(300);
        QVERIFY(w.grab().save(out + u"/disk-change-bar.png"_s));
    }
    // Reloading takes theirs.
    auto* reload = bar->findChild<QPushButton*>(u"diskReload"_s);
    QVERIFY(reload);
    reload->click();
    QVERIFY(waitUntilIdle(w));
    QVERIFY(!bar->isVisible());
    QVERIFY(ws->document(id)->text().startsWith("# theirs\n"));
    QVERIFY(!ws->document(id)->isModified());
}

void TestWindowChanges::treeIsRightAfterASyntaxErrorAndItsUndo_data()
{
    QTest::addColumn<QString>("after"); // where the error is typed
    QTest::addColumn<QString>("typed");
    QTest::addRow("unclosed flow in a name") << u"name: checkout-primary"_s << u" ["_s;
    QTest::addRow("flow at an object's start") << u"wellKnownCACertificates: System\n---\n"_s << u"["_s;
    QTest::addRow("list at an object's start") << u"wellKnownCACertificates: System\n---\n"_s << u"- x"_s;
    QTest::addRow("unclosed quote") << u"name: storefront-primary"_s << u" \"x"_s;
}

void TestWindowChanges::treeIsRightAfterASyntaxErrorAndItsUndo()
{
    // Typed into one object of a multi-document file, as a user types, then undone with
    // Ctrl+Z: the workspace tree (and the filtered tree the window shows) lists what a tree
    // built afresh lists, every object once, at each step.
    QFETCH(QString, after);
    QFETCH(QString, typed);
    QTemporaryDir dir;
    MainWindow w;
    w.setRecoveryDirectory(dir.filePath(u"recovery"_s));
    w.show();
    w.openPaths({ test::copyExamples(dir.path()) });
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ResourceEditor* editor = w.openResource(kStorefront);
    editor->setCurrentWidget(editor->yaml());
    QVERIFY(waitUntilIdle(w));
    auto* model = w.findChild<WorkspaceModel*>();
    auto* view = w.findChild<QTreeView*>(u"workspaceView"_s);
    QVERIFY(model && view);
    view->expandAll();
    const QStringList before = rows(*model);
    const auto fresh = [&] {
        WorkspaceModel again(w.workspace());
        return rows(again);
    };
    YamlEditor* yaml = editor->yaml();
    const qsizetype at = yaml->toPlainText().indexOf(after);
    QVERIFY(at >= 0);
    QTextCursor c = yaml->textCursor();
    c.setPosition(int(at + after.size()));
    yaml->setTextCursor(c);
    yaml->setFocus();
    QTest::keyClicks(yaml, typed);
    QTRY_VERIFY(!editor->yaml()->buffer()->hasPendingTyping());
    QVERIFY(waitUntilIdle(w));
    QCOMPARE(rows(*model), fresh());
    QCOMPARE(rows(*view->model()), fresh());
    QTest::keyClick(yaml, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(waitUntilIdle(w));
    QCOMPARE(rows(*model), fresh());
    QCOMPARE(rows(*view->model()), fresh());
    QCOMPARE(rows(*model), before);
}

QTEST_MAIN(TestWindowChanges)
#include "tst_windowchanges.moc"
