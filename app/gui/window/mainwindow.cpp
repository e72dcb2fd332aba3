// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include "docks/probedock.h"
#include "docks/problemsproxymodel.h"
#include "docks/simulationpanel.h"
#include "document/textreplacement.h"
#include "editors/documentbuffer.h"
#include "editors/formview.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "models/diagnosticsmodel.h"
#include "models/topologymodel.h"
#include "models/workspacemodel.h"
#include "probe/connecttorule.h"
#include "topology/topologycontroller.h"
#include "topology/topologyview.h"
#include "validation/probefindings.h"
#include "window/diskchangebar.h"
#include "window/diskwatcher.h"
#include "window/findreplacedialog.h"
#include "window/preferencesdialog.h"
#include "window/recoverycontroller.h"
#include "window/sessionstore.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexporter.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
QString resourceLabel(const ResourceKey& k)
{
    return k.namespace_.isEmpty() ? QString(k.kind + u' ' + k.name)
                                  : QString(k.kind + u' ' + k.namespace_ + u'/' + k.name);
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_disk(new DiskWatcher(m_workspace, this))
    , m_session(new SessionStore(this))
{
    setObjectName(u"mainWindow"_s);
    // Checks after an edit run on a worker: typing never waits for them.
    m_workspace->setBackgroundChecks(true);
    m_model = new WorkspaceModel(m_workspace, this);
    m_diagnostics = new DiagnosticsModel(m_workspace, this);
    m_recovery = new RecoveryController(
        m_workspace, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s, this);
    connect(m_recovery, &RecoveryController::failed, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    // Above the tabs: the bar that lists files changed on disk while edited here.
    m_diskBar = new DiskChangeBar(m_workspace, m_disk);
    connect(m_disk, &DiskWatcher::synced, this,
        [this](const QString& message, bool error) { statusBar()->showMessage(message, error ? 8000 : 5000); });
    connect(m_disk, &DiskWatcher::reloadFailed, this,
        [this](const QString& message) { QMessageBox::critical(this, tr("Reload failed"), message); });
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_diskBar);
    centreLayout->addWidget(m_tabs, 1);
    setCentralWidget(centre);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        if (m_tabs->widget(i) != m_topology)
            delete m_tabs->widget(i);
    });

    // The Topology tab comes first and stays.
    m_topology = new TopologyView(m_workspace);
    m_tabs->addTab(m_topology, tr("Topology"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_topology, &TopologyView::nodeActivated, this, [this](const QString& id) {
        const TopologyGraph::Node* n = m_topology->model()->graph().node(id);
        if (n && n->resource && !n->missing) {
            ResourceEditor* e = openResource(*n->resource);
            if (e && n->type == TopologyGraph::NodeType::Rule)
                e->showProblem(u"spec.rules[%1]"_s.arg(n->ruleIndex), 0, 1);
        }
    });

    connect(m_topology->controller(), &TopologyController::probeRequested, this,
        [this](const ResourceKey& backend) { probeBackends({ backend }); });
    connect(m_topology->controller(), &TopologyController::simulateRequested, this,
        [this](const ResourceKey& route, int rule) { simulateRoute(route, rule); });

    createDocks();
    m_counts = new QLabel;
    m_context = new QLabel;
    m_context->setObjectName(u"statusContext"_s);
    statusBar()->addWidget(m_context, 1);
    statusBar()->addPermanentWidget(m_counts);
    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        refreshStatus();
        updateWindowTitle();
        // The graph and the workspace tree mark the object of the editor tab shown.
        if (const ResourceEditor* e = currentEditor(); e && e->resource()) {
            m_topology->selectNode(
                TopologyGraph::idOf(e->resource()->kind, e->resource()->namespace_, e->resource()->name));
            selectInTree(*e->resource());
        }
    });

    connect(m_workspace, &Workspace::changed, this, &MainWindow::workspaceChanged);
    connect(m_workspace, &Workspace::historyChanged, this, [this] {
        // An edit made on the Topology tab is the graph's: Undo there takes it back.
        if (!m_undoing && m_tabs->currentWidget() == m_topology && m_workspace->lastEditedDocument() >= 0)
            m_graphDocument = m_workspace->lastEditedDocument();
        updateActions();
    });

    QSettings settings;
    m_recovery->setDelaySeconds(
        settings.value(PreferencesDialog::autosaveKey, PreferencesDialog::defaultAutosaveSeconds).toInt());

    resize(1280, 800);
    restoreGeometry(m_session->windowGeometry());
    restoreState(m_session->windowState());
    updateActions();
    refreshStatus();
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::workspaceChanged(const WorkspaceChange& change)
{
    for (int id : change.removedDocuments) {
        for (int i = m_tabs->count() - 1; i >= 0; --i) {
            if (auto* e = qobject_cast<ResourceEditor*>(m_tabs->widget(i)); e && e->documentId() == id)
                delete e;
        }
        delete m_buffers.take(id);
        if (m_graphDocument == id)
            m_graphDocument = -1;
    }
    if (!change.addedDocuments.isEmpty())
        m_disk->watchDocuments();
    refreshEditorDiagnostics(change.problemsStale());
    if (!change.textChanged.isEmpty() || !change.savedDocuments.isEmpty() || change.historyChanged) {
        updateActions();
        updateWindowTitle();
    }
    if (!change.textChanged.isEmpty())
        m_recovery->noteChange();
}

void MainWindow::createDocks()
{
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_tree = new QTreeView;
    m_tree->setObjectName(u"workspaceView"_s);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragEnabled(true); // objects can be dropped on a rule in the Topology tab
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    // Sized once, not to the contents: measuring every row of a large workspace on each change
    // costs more than the change.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(WorkspaceModel::NameColumn, 190);
    m_tree->header()->resizeSection(WorkspaceModel::KindColumn, 110);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"workspaceFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by name, kind or namespace"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        // Files open to show the objects that match; expanding every field of thousands of
        // objects would cost more than the filter.
        if (!text.isEmpty())
            m_tree->expandToDepth(0);
    });
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_tree);
    auto* workspaceDock = new QDockWidget(tr("Workspace"), this);
    workspaceDock->setObjectName(u"workspaceDock"_s);
    workspaceDock->setWidget(left);
    addDockWidget(Qt::LeftDockWidgetArea, workspaceDock);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::activateTreeIndex);
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::activateTreeIndex);

    auto* problems = new ProblemsProxyModel(this);
    problems->setSourceModel(m_diagnostics);
    m_problems = new QTreeView;
    m_problems->setObjectName(u"problemsView"_s);
    m_problems->setModel(problems);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->setContextMenuPolicy(Qt::CustomContextMenu);
    m_problems->header()->setStretchLastSection(false);
    // Fixed widths from the font, not from thousands of rows (see the workspace tree).
    const QFontMetrics metrics = m_problems->fontMetrics();
    m_problems->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_problems->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_problems->header()->resizeSection(DiagnosticsModel::SeverityColumn, metrics.horizontalAdvance(u"warning"_s) + 48);
    m_problems->header()->resizeSection(DiagnosticsModel::CodeColumn, metrics.horizontalAdvance(u"BW0000"_s) + 24);
    m_problems->header()->resizeSection(
        DiagnosticsModel::LocationColumn, metrics.horizontalAdvance(u"90-broken-file.yaml:10000"_s) + 16);
    auto* dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(u"problemsDock"_s);
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 170 }, Qt::Vertical);
    resizeDocks({ workspaceDock }, { 300 }, Qt::Horizontal);
    connect(m_problems, &QTreeView::activated, this, &MainWindow::activateProblem);

    // Probes share the Problems area, shown once something was probed.
    m_probeDock = new ProbeDock(m_workspace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_probeDock);
    tabifyDockWidget(dock, m_probeDock);
    m_probeDock->hide();
    // So does the Simulation panel, shown once a rule's failover is simulated.
    m_simulationPanel = new SimulationPanel(m_workspace, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_simulationPanel);
    tabifyDockWidget(dock, m_simulationPanel);
    m_simulationPanel->hide();
    dock->raise();
    setConnectTo(QSettings().value(PreferencesDialog::connectToKey).toStringList());
    connect(m_simulationPanel, &SimulationPanel::fieldActivated, this, &MainWindow::showField);
    connect(m_probeDock, &ProbeDock::endpointActivated, this, &MainWindow::showField);
    connect(m_probeDock, &ProbeDock::runFinished, this,
        [this] { statusBar()->showMessage(m_probeDock->summaryText(), 8000); });
    connect(m_problems, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_problems->indexAt(pos);
        const Diagnostic* d = index.isValid() ? m_diagnostics->diagnostic(index.row()) : nullptr;
        QMenu menu;
        menu.addAction(tr("Show"), this, [this, index] { activateProblem(index); })->setEnabled(d);
        QAction* fix = menu.addAction(tr("Apply quick fix"));
        fix->setEnabled(d && d->fix);
        if (d && d->fix) {
            const Diagnostic copy = *d;
            connect(fix, &QAction::triggered, this, [this, copy] { applyQuickFix(copy); });
        }
        menu.exec(m_problems->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::createActions()
{
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* templates = file->addMenu(tr("&New from Template"));
    const QDir templateDir(u":/bw/templates"_s);
    for (const QString& name : templateDir.entryList({ u"*.yaml"_s }, QDir::Files, QDir::Name)) {
        const QString path = templateDir.filePath(name);
        templates->addAction(QFileInfo(name).completeBaseName(), this, [this, path] { newFromTemplate(path); });
    }
    QAction* open
        = file->addAction(icon(QStyle::SP_DialogOpenButton), tr("&Open File…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(icon(QStyle::SP_DirOpenIcon), tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    connect(m_session, &SessionStore::recentChanged, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_save = file->addAction(icon(QStyle::SP_DialogSaveButton), tr("&Save"), this, &MainWindow::saveCurrent);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAll = file->addAction(tr("Save A&ll"), this, &MainWindow::saveAll);
    m_saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_revert = file->addAction(tr("Re&vert"), this, &MainWindow::revertCurrent);
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export Validated YAML…"), this, &MainWindow::exportValidated);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* closeTab = file->addAction(tr("&Close Tab"), this, [this] {
        if (QWidget* w = m_tabs->currentWidget(); w && w != m_topology)
            delete w;
    });
    closeTab->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(icon(QStyle::SP_ArrowBack), tr("&Undo"), this, [this] {
        const QScopedValueRollback undoing(m_undoing, true);
        if (undoDocument() >= 0)
            m_workspace->undo(undoDocument());
    });
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = edit->addAction(icon(QStyle::SP_ArrowForward), tr("&Redo"), this, [this] {
        const QScopedValueRollback undoing(m_undoing, true);
        if (undoDocument() >= 0)
            m_workspace->redo(undoDocument());
    });
    m_redo->setObjectName(u"redoAction"_s);
    // Ctrl+Y as well as the platform's Redo key (Ctrl+Shift+Z here): both are what people type.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, &MainWindow::findDialog);
    find->setShortcut(QKeySequence::Find);
    QAction* replace = edit->addAction(tr("Re&place…"), this, &MainWindow::replaceDialog);
    replace->setShortcut(QKeySequence::Replace);
    QAction* goTo = edit->addAction(tr("&Go to Line…"), this, &MainWindow::goToLineDialog);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setObjectName(u"preferencesAction"_s);
    // The platform's key where it has one; Linux desktops have none, so Ctrl+, as editors use.
    prefs->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) }
            : QKeySequence::keyBindings(QKeySequence::Preferences));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* validate
        = tools->addAction(icon(QStyle::SP_DialogApplyButton), tr("&Validate"), this, &MainWindow::validateNow);
    validate->setShortcut(QKeySequence(Qt::Key_F7));
    QAction* probe
        = tools->addAction(icon(QStyle::SP_DriveNetIcon), tr("&Probe Endpoints"), this, [this] { probeBackends(); });
    probe->setObjectName(u"probeAction"_s);
    probe->setShortcut(QKeySequence(Qt::Key_F8));
    probe->setToolTip(tr("Probe every backend endpoint as the gateway would reach it (DNS, TCP, TLS with the "
                         "configured trust) and show what fails (F8)"));
    probe->setStatusTip(probe->toolTip());
    QAction* simulate = tools->addAction(
        icon(QStyle::SP_BrowserReload), tr("Simulate &Failover"), this, &MainWindow::simulateFailover);
    simulate->setObjectName(u"simulateAction"_s);
    simulate->setShortcut(QKeySequence(Qt::Key_F9));
    simulate->setToolTip(tr("Show where the selected route's requests go when endpoints fail: mark endpoints "
                            "unhealthy, run live health checks or play a scenario (F9)"));
    simulate->setStatusTip(simulate->toolTip());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* nextTab = view->addAction(tr("&Next Tab"), this, [this] { switchTab(1); });
    nextTab->setObjectName(u"nextTabAction"_s);
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previousTab = view->addAction(tr("P&revious Tab"), this, [this] { switchTab(-1); });
    previousTab->setObjectName(u"previousTabAction"_s);
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    toolbar->addAction(open);
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(validate);
    toolbar->addAction(probe);
    toolbar->addAction(simulate);
    toolbar->addAction(exportAction);
}

QString MainWindow::bundledExamplesDirectory()
{
    // Installed next to the program (share/backend-workbench/examples), or the source tree
    // when run from a build directory.
    const QString installed = QCoreApplication::applicationDirPath() + u"/../share/backend-workbench/examples"_s;
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(BW_SOURCE_EXAMPLES_DIR);
}

void MainWindow::openStartupWorkspace()
{
    const QStringList existing = m_session->sessionPaths();
    openPaths(existing.isEmpty() ? QStringList { bundledExamplesDirectory() } : existing);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const int before = m_workspace->documentCount();
    for (const QString& p : paths) {
        const QString folder = QFileInfo(p).absoluteFilePath();
        if (QFileInfo(p).isDir())
            m_disk->addFolder(folder); // new files appearing in it are opened too
    }
    m_workspace->open(paths);
    m_session->addRecent(paths);
    m_tree->expandToDepth(0);
    // Show something at once: the first object of the first file just opened.
    const QList<int> ids = m_workspace->documentIds();
    if (ids.size() > before) {
        const int first = ids.at(before);
        const auto& resources = m_workspace->resources(first);
        if (!resources.empty())
            openResource(resources.front().key);
        else
            openDocumentText(first);
    }
    refreshStatus();
}

DocumentBuffer* MainWindow::bufferFor(int documentId)
{
    if (DocumentBuffer* b = m_buffers.value(documentId))
        return b;
    if (!m_workspace->document(documentId))
        return nullptr;
    auto* b = new DocumentBuffer(m_workspace, documentId, this);
    connect(b, &DocumentBuffer::typingStarted, m_recovery, &RecoveryController::noteChange);
    m_buffers.insert(documentId, b);
    return b;
}

ResourceEditor* MainWindow::openResource(const ResourceKey& key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* e = qobject_cast<ResourceEditor*>(m_tabs->widget(i));
        if (e && e->resource() && *e->resource() == key) {
            m_tabs->setCurrentIndex(i);
            return e;
        }
    }
    const Resource* r = m_workspace->findResource(key);
    if (!r)
        return nullptr;
    const int documentId = r->documentId;
    auto* editor = new ResourceEditor(
        m_workspace, documentId, [this, documentId] { return bufferFor(documentId); }, key);
    const int i = m_tabs->addTab(editor, key.name);
    m_tabs->setTabToolTip(i, resourceLabel(key) + u"\n"_s + m_workspace->document(r->documentId)->path());
    m_tabs->setCurrentIndex(i);
    connect(editor, &ResourceEditor::quickFixRequested, this, &MainWindow::applyQuickFix);
    connect(editor, &ResourceEditor::cursorMoved, this, &MainWindow::refreshStatus);
    connect(editor, &QTabWidget::currentChanged, this, &MainWindow::refreshStatus);
    connect(editor->form(), &FormView::probeRequested, this,
        [this](const ResourceKey& backend) { probeBackends({ backend }); });
    refreshEditorDiagnostics({ r->documentId });
    return editor;
}

ResourceEditor* MainWindow::openDocumentText(int documentId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* e = qobject_cast<ResourceEditor*>(m_tabs->widget(i));
        if (e && !e->resource() && e->documentId() == documentId) {
            m_tabs->setCurrentIndex(i);
            return e;
        }
    }
    if (!bufferFor(documentId))
        return nullptr;
    auto* editor = new ResourceEditor(
        m_workspace, documentId, [this, documentId] { return bufferFor(documentId); }, std::nullopt);
    const QString path = m_workspace->document(documentId)->path();
    const int i = m_tabs->addTab(editor, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(i, path);
    m_tabs->setCurrentIndex(i);
    connect(editor, &ResourceEditor::quickFixRequested, this, &MainWindow::applyQuickFix);
    connect(editor, &ResourceEditor::cursorMoved, this, &MainWindow::refreshStatus);
    refreshEditorDiagnostics({ documentId });
    return editor;
}

ResourceEditor* MainWindow::currentEditor() const
{
    return qobject_cast<ResourceEditor*>(m_tabs->currentWidget());
}

int MainWindow::currentDocument() const
{
    const ResourceEditor* e = currentEditor();
    return e ? e->documentId() : -1;
}

void MainWindow::activateTreeIndex(const QModelIndex& proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const int documentId = index.data(WorkspaceModel::DocumentIdRole).toInt();
    const QString type = index.data(WorkspaceModel::ItemTypeRole).toString();
    const int line = index.data(WorkspaceModel::LineRole).toInt();
    const int yamlDocument = index.data(WorkspaceModel::YamlDocumentRole).toInt();
    const Resource* resource = nullptr;
    for (const Resource& r : m_workspace->resources(documentId)) {
        if (type != u"file"_s && r.yamlDocument == yamlDocument)
            resource = &r;
    }
    if (type == u"file"_s && !m_workspace->resources(documentId).empty())
        resource = &m_workspace->resources(documentId).front();
    ResourceEditor* editor = resource ? openResource(resource->key) : openDocumentText(documentId);
    if (editor && type == u"field"_s) {
        editor->showProblem(index.data(WorkspaceModel::FieldPathRole).toString(), line, 1);
    }
}

void MainWindow::selectInTree(const ResourceKey& key)
{
    const Resource* r = m_workspace->findResource(key);
    if (!r)
        return;
    const QModelIndex file = m_model->indexForDocument(r->documentId);
    for (int row = 0; row < m_model->rowCount(file); ++row) {
        const QModelIndex item = m_model->index(row, 0, file);
        if (item.data(WorkspaceModel::YamlDocumentRole).toInt() == r->yamlDocument) {
            const QModelIndex shown = m_filter->mapFromSource(item);
            if (shown.isValid()) {
                m_tree->setCurrentIndex(shown);
                m_tree->scrollTo(shown);
            }
            return;
        }
    }
}

void MainWindow::activateProblem(const QModelIndex& index)
{
    const Diagnostic* d = index.isValid() ? m_diagnostics->diagnostic(index.row()) : nullptr;
    if (!d)
        return;
    const int documentId = m_workspace->findDocument(d->file);
    if (documentId < 0)
        return;
    ResourceEditor* editor = nullptr;
    for (const Resource& r : m_workspace->resources(documentId)) {
        if (r.range.contains(d->range.begin) || (r.range.end == d->range.begin && r.range.end > r.range.begin)) {
            editor = openResource(r.key);
            break;
        }
    }
    if (!editor)
        editor = openDocumentText(documentId);
    if (editor)
        editor->showProblem(d->fieldPath, d->position.line, d->position.column);
}

int MainWindow::probeBackends(const QSet<ResourceKey>& backends)
{
    m_workspace->commitTyping(); // probe what the editors show, typing included
    m_probeDock->show();
    m_probeDock->raise();
    const int count = m_probeDock->probe(backends);
    statusBar()->showMessage(tr("Probing %n endpoint(s)…", nullptr, count), 3000);
    return count;
}

bool MainWindow::simulateRoute(const ResourceKey& route, int rule)
{
    m_workspace->commitTyping(); // simulate what the editors show, typing included
    m_simulationPanel->show();
    m_simulationPanel->raise();
    if (!m_simulationShown) {
        m_simulationShown = true;
        resizeDocks({ m_simulationPanel }, { 330 }, Qt::Vertical); // room for the tree and the chart
    }
    if (route.name.isEmpty()) {
        m_simulationPanel->refresh();
        return m_simulationPanel->currentRule() != nullptr;
    }
    const bool shown = m_simulationPanel->showRule(route, rule);
    if (!shown)
        statusBar()->showMessage(rule < 0
                ? tr("%1 has no rule with backendRefs to simulate").arg(resourceLabel(route))
                : tr("Rule %1 of %2 has no backendRefs to simulate").arg(rule).arg(resourceLabel(route)),
            5000);
    return shown;
}

void MainWindow::simulateFailover()
{
    ResourceKey route;
    int rule = -1;
    const auto isRoute = [](const ResourceKey& k) { return k.kind.endsWith(u"Route"_s); };
    if (const ResourceEditor* e = currentEditor(); e && e->resource() && isRoute(*e->resource())) {
        route = *e->resource();
    } else if (const QQuickItem* root = m_topology->quickWidget()->rootObject()) {
        const TopologyGraph::Node* n = m_topology->model()->graph().node(root->property("selectedNode").toString());
        if (n && n->resource && !n->missing
            && (n->type == TopologyGraph::NodeType::Route || n->type == TopologyGraph::NodeType::Rule)) {
            route = *n->resource;
            rule = n->type == TopologyGraph::NodeType::Rule ? n->ruleIndex : -1;
        }
    }
    simulateRoute(route, rule);
}

void MainWindow::showField(const ResourceKey& key, const QString& fieldPath)
{
    const Resource* r = m_workspace->findResource(key);
    if (!r) {
        statusBar()->showMessage(tr("%1 is no longer in the workspace").arg(resourceLabel(key)), 5000);
        return;
    }
    const int documentId = r->documentId;
    const qsizetype fallback = r->nameRange.begin;
    ResourceEditor* editor = openResource(key);
    if (!editor)
        return;
    const std::optional<SourceRange> range = m_workspace->fieldRange(key, fieldPath);
    const TextPosition at = m_workspace->document(documentId)->positionAt(range ? range->begin : fallback);
    editor->showProblem(fieldPath, at.line, at.column);
}

void MainWindow::applyQuickFix(const Diagnostic& d)
{
    if (!d.fix)
        return;
    const int documentId = m_workspace->findDocument(d.file);
    if (documentId < 0)
        return;
    m_workspace->commitTyping();
    m_workspace->finishChecks();
    // The problem was found on the current text; if typing changed it since, look again.
    for (const Diagnostic& now : m_workspace->diagnostics(documentId)) {
        if (now.code == d.code && now.fieldPath == d.fieldPath && now.message == d.message && now.fix) {
            m_workspace->applyEdits(documentId, { *now.fix }, tr("Quick fix: %1").arg(d.code));
            return;
        }
    }
}

void MainWindow::refreshEditorDiagnostics(const QList<int>& documentIds)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* e = qobject_cast<ResourceEditor*>(m_tabs->widget(i));
        if (e && e->hasYaml() && documentIds.contains(e->documentId()))
            e->yaml()->setDiagnostics(m_workspace->diagnostics(e->documentId()));
    }
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    m_counts->setText(
        tr("%n object(s) in %1 file(s)", nullptr, m_workspace->resourceCount()).arg(m_workspace->documentCount())
        + u" · "_s + tr("%n error(s)", nullptr, m_diagnostics->count(Severity::Error)) + u", "_s
        + tr("%n warning(s)", nullptr, m_diagnostics->count(Severity::Warning)));
    ResourceEditor* e = currentEditor();
    if (!e) {
        m_context->clear();
        return;
    }
    QString context = e->resource() ? resourceLabel(*e->resource())
                                    : QFileInfo(m_workspace->document(e->documentId())->path()).fileName();
    if (e->isYamlShown()) {
        // The YAML view shows the whole file: name the object the cursor is in.
        const QString object = objectAtCursor(e);
        context = object.isEmpty() ? QFileInfo(m_workspace->document(e->documentId())->path()).fileName() : object;
        context += u"  ·  "_s + tr("Line %1, Column %2").arg(e->yaml()->currentLine()).arg(e->yaml()->currentColumn());
    }
    m_context->setText(context);
}

QString MainWindow::objectAtCursor(ResourceEditor* editor) const
{
    const DocumentBuffer* buffer = editor->hasYaml() ? editor->yaml()->buffer() : nullptr;
    if (!buffer)
        return {};
    // Typing not applied yet shifts what follows it by a few characters: near enough to name
    // the object, and right again after the pause.
    const qsizetype at = buffer->view().toByte(editor->yaml()->textCursor().position());
    const std::vector<Resource>& resources = m_workspace->resources(editor->documentId());
    // Objects come in file order: the last one starting at or before the cursor, if the
    // cursor is inside it (the end of the file belongs to the last object).
    const auto after = std::upper_bound(resources.begin(), resources.end(), at,
        [](qsizetype position, const Resource& r) { return position < r.range.begin; });
    if (after == resources.begin())
        return {};
    const Resource& r = *std::prev(after);
    return at < r.range.end || after == resources.end() ? resourceLabel(r.key) : QString();
}

int MainWindow::undoDocument() const
{
    if (m_tabs->currentWidget() == m_topology)
        return m_workspace->document(m_graphDocument) ? m_graphDocument : -1;
    return currentDocument();
}

void MainWindow::switchTab(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void MainWindow::updateActions()
{
    const EditHistory& h = m_workspace->history(undoDocument());
    const int id = currentDocument();
    m_undo->setEnabled(h.canUndo());
    m_undo->setText(h.canUndo() ? tr("&Undo %1").arg(h.undoText()) : tr("&Undo"));
    m_redo->setEnabled(h.canRedo());
    m_redo->setText(h.canRedo() ? tr("&Redo %1").arg(h.redoText()) : tr("&Redo"));
    const Document* doc = m_workspace->document(id);
    m_save->setEnabled(doc && doc->isModified());
    m_revert->setEnabled(doc && doc->isModified());
    bool anyModified = false;
    for (int d : m_workspace->documentIds())
        anyModified = anyModified || m_workspace->document(d)->isModified();
    m_saveAll->setEnabled(anyModified);
    // Mark tabs of modified documents.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* e = qobject_cast<ResourceEditor*>(m_tabs->widget(i));
        if (!e)
            continue;
        const Document* d = m_workspace->document(e->documentId());
        QString text = e->title();
        if (d && d->isModified())
            text += u" •"_s;
        m_tabs->setTabText(i, text);
    }
}

void MainWindow::updateWindowTitle()
{
    const Document* doc = m_workspace->document(currentDocument());
    setWindowTitle(
        doc ? QFileInfo(doc->path()).fileName() + u"[*] — "_s + tr("Backend Workbench") : tr("Backend Workbench"));
    setWindowFilePath(doc ? doc->path() : QString());
    setWindowModified(doc && doc->isModified());
}

bool MainWindow::saveDocument(int documentId)
{
    Document::SaveResult r = m_workspace->save(documentId);
    if (r.status == Document::SaveStatus::ConflictOnDisk) {
        const auto answer = QMessageBox::warning(
            this, tr("File changed on disk"), r.message, QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Save)
            r = m_workspace->save(documentId, true);
    }
    if (r.status == Document::SaveStatus::Failed)
        QMessageBox::critical(this, tr("Save failed"), r.message);
    updateActions();
    updateWindowTitle();
    return r.status == Document::SaveStatus::Saved;
}

void MainWindow::saveCurrent()
{
    if (currentDocument() >= 0)
        saveDocument(currentDocument());
}

void MainWindow::saveAll()
{
    m_workspace->commitTyping();
    for (int id : m_workspace->documentIds()) {
        if (m_workspace->document(id)->isModified() && !saveDocument(id))
            return;
    }
    writeRecovery();
}

void MainWindow::revertCurrent()
{
    const int id = currentDocument();
    const Document* doc = m_workspace->document(id);
    if (!doc || !doc->isModified())
        return;
    if (QMessageBox::question(
            this, tr("Revert"), tr("Discard the unsaved changes to %1 and reload it from disk?").arg(doc->path()))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_workspace->reload(id, &error))
        QMessageBox::critical(this, tr("Revert failed"), error);
}

void MainWindow::exportValidated()
{
    m_workspace->commitTyping();
    m_workspace->finishChecks(); // export what the checks say of the text as it is
    const int errors = exportBlockingErrors();
    if (errors > 0) {
        const auto answer = QMessageBox::warning(this, tr("Export"),
            tr("The workspace has %n error(s); the API server or Envoy Gateway would refuse it. Export anyway?",
                nullptr, errors),
            QMessageBox::Cancel | QMessageBox::Ignore, QMessageBox::Cancel);
        if (answer != QMessageBox::Ignore)
            return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Validated YAML"), QString(), tr("YAML manifests (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    QString error;
    QStringList leftOut;
    if (!exportTo(path, &error, &leftOut)) {
        QMessageBox::critical(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    if (!leftOut.isEmpty()) {
        QMessageBox::warning(this, tr("Export"),
            tr("%n file(s) left out of the export because they do not parse:", nullptr, int(leftOut.size())) + u"\n"_s
                + leftOut.join(u'\n'));
    }
}

int MainWindow::exportBlockingErrors() const
{
    // Probe findings say how this machine sees the network, not what the configuration is:
    // the exporter does not count them, so neither does the question.
    return int(WorkspaceExporter::select(*m_workspace, m_workspace->documentIds()).errors.size());
}

bool MainWindow::exportTo(const QString& path, QString* error, QStringList* leftOut)
{
    m_workspace->commitTyping();
    // A file that does not parse is never written, whatever the user answered about errors.
    const WorkspaceExporter::Selection selection = WorkspaceExporter::select(*m_workspace, m_workspace->documentIds());
    if (leftOut) {
        leftOut->clear();
        for (int id : selection.leftOut)
            leftOut->append(QDir::toNativeSeparators(m_workspace->document(id)->path()));
    }
    if (selection.documents.isEmpty()) {
        if (error)
            *error = tr("Nothing to export: no file of the workspace parses.");
        return false;
    }
    const QByteArray bytes = WorkspaceExporter::exportDocuments(*m_workspace, selection.documents);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

void MainWindow::validateNow()
{
    m_workspace->commitTyping();
    // Checking is continuous; this re-reads CRD-independent results for everything and
    // brings the Problems dock forward.
    m_workspace->setSchemas(m_workspace->schemaRegistry());
    if (auto* dock = findChild<QDockWidget*>(u"problemsDock"_s)) {
        dock->show();
        dock->raise();
    }
    statusBar()->showMessage(tr("%n error(s)", nullptr, m_diagnostics->count(Severity::Error)) + u", "_s
            + tr("%n warning(s)", nullptr, m_diagnostics->count(Severity::Warning)),
        5000);
}

void MainWindow::newFromTemplate(const QString& templatePath)
{
    QFile f(templatePath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString suggested = QDir::homePath() + u'/' + QFileInfo(templatePath).fileName();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New from Template"), suggested, tr("YAML manifests (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    // The new file exists only in the workspace until it is saved.
    const int id = m_workspace->addText(path, QByteArray());
    m_workspace->applyEdits(id, { { 0, 0, f.readAll() } }, tr("New from template"));
    const auto& resources = m_workspace->resources(id);
    if (!resources.empty())
        openResource(resources.front().key);
    else
        openDocumentText(id);
}

void MainWindow::openFileDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Manifests"), QString(), tr("YAML manifests (*.yaml *.yml);;All files (*)"));
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder"));
    if (!dir.isEmpty())
        openPaths({ dir });
}

void MainWindow::goToLineDialog()
{
    ResourceEditor* e = currentEditor();
    if (!e)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(
        this, tr("Go to Line"), tr("Line:"), e->yaml()->currentLine(), 1, e->yaml()->document()->blockCount(), 1, &ok);
    if (ok)
        e->showInYaml(line, 1);
}

void MainWindow::findDialog()
{
    ResourceEditor* e = currentEditor();
    if (!e)
        return;
    FindReplaceDialog dialog(FindReplaceDialog::Mode::Find, m_lastFind, this);
    if (dialog.exec() != QDialog::Accepted || dialog.findText().isEmpty())
        return;
    const QString text = m_lastFind = dialog.findText();
    e->setCurrentWidget(e->yaml());
    if (!e->yaml()->find(text)) {
        // Wrap around to the start.
        QTextCursor c = e->yaml()->textCursor();
        c.movePosition(QTextCursor::Start);
        e->yaml()->setTextCursor(c);
        if (!e->yaml()->find(text))
            statusBar()->showMessage(tr("\"%1\" not found").arg(text), 4000);
    }
}

void MainWindow::replaceDialog()
{
    ResourceEditor* e = currentEditor();
    if (!e || e->yaml()->isReadOnly())
        return;
    FindReplaceDialog dialog(FindReplaceDialog::Mode::Replace, e->yaml()->textCursor().selectedText(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.findText().isEmpty())
        return;
    const int count = replaceAll(dialog.findText(), dialog.replacement());
    statusBar()->showMessage(
        count == 0 ? tr("\"%1\" not found").arg(dialog.findText()) : tr("%n replacement(s)", nullptr, count), 4000);
}

int MainWindow::replaceAll(const QString& find, const QString& replacement)
{
    const int id = currentDocument();
    DocumentBuffer* buffer = id >= 0 ? bufferFor(id) : nullptr;
    if (!buffer || buffer->isReadOnly())
        return 0;
    m_workspace->commitTyping(id);
    // All replacements of the file as one edit, so one undo takes them back.
    std::vector<DocumentEdit> edits = TextReplacement(find, replacement).edits(buffer->view());
    const int count = int(edits.size());
    if (count > 0 && !m_workspace->applyEdits(id, std::move(edits), tr("Replace \"%1\"").arg(find)))
        return 0;
    return count;
}

bool MainWindow::setConnectTo(const QStringList& rules, QString* error)
{
    QList<ConnectToRule> parsed;
    QStringList kept;
    for (const QString& text : rules) {
        const QString rule = text.trimmed();
        if (rule.isEmpty())
            continue;
        QString why;
        const std::optional<ConnectToRule> r = ConnectToRule::parse(rule, &why);
        if (!r) {
            if (error)
                *error = why;
            return false;
        }
        parsed.append(*r);
        kept.append(rule);
    }
    m_probeDock->setConnectTo(parsed);
    m_simulationPanel->setConnectTo(parsed);
    QSettings().setValue(PreferencesDialog::connectToKey, kept);
    return true;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setConnectTo(dialog.connectToRules()); // parsed by the dialog already
    m_recovery->setDelaySeconds(dialog.autosaveSeconds());
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = m_session->recent();
    for (const QString& p : recent)
        m_recentMenu->addAction(p, this, [this, p] { openPaths({ p }); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QList<int> MainWindow::diskConflicts() const
{
    return m_disk->conflicts();
}

void MainWindow::setRecoveryDirectory(const QString& directory)
{
    m_recovery->setDirectory(directory);
}

QString MainWindow::recoveryDirectory() const
{
    return m_recovery->directory();
}

bool MainWindow::writeRecovery()
{
    return m_recovery->write();
}

int MainWindow::offerRecovery(bool ask)
{
    const QList<int> recovered = m_recovery->offer(this, ask);
    QStringList paths;
    for (int id : recovered)
        paths.append(m_workspace->document(id)->path());
    // Another program may have changed a file since its unsaved text was kept: the bar asks.
    m_disk->checkSoon(paths);
    for (int id : recovered) {
        const auto& resources = m_workspace->resources(id);
        if (!resources.empty())
            openResource(resources.front().key);
        else
            openDocumentText(id);
    }
    if (!recovered.isEmpty())
        m_tree->expandToDepth(0);
    return int(recovered.size());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_workspace->commitTyping();
    QStringList unsaved;
    for (int id : m_workspace->documentIds()) {
        if (m_workspace->document(id)->isModified())
            unsaved.append(m_workspace->document(id)->path());
    }
    if (!unsaved.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("These files have changes that are not saved:\n%1\n\nSave them before quitting?")
                .arg(unsaved.join(u'\n')),
            QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::SaveAll);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::SaveAll) {
            saveAll();
            for (int id : m_workspace->documentIds()) {
                if (m_workspace->document(id)->isModified()) {
                    event->ignore();
                    return;
                }
            }
        }
    }
    // A clean end: nothing to recover next time.
    m_recovery->clear();
    m_session->setWindow(saveGeometry(), saveState());
    QStringList session;
    for (int id : m_workspace->documentIds()) {
        if (QFileInfo::exists(m_workspace->document(id)->path()))
            session.append(m_workspace->document(id)->path());
    }
    m_session->setSessionPaths(session);
    event->accept();
}

} // namespace bw
