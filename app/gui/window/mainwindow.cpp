// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "docks/probedock.h"
#include "docks/problemsproxymodel.h"
#include "docks/simulationpanel.h"
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
#include "workspace/disksync.h"
#include "workspace/recoverystore.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexporter.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
const QString kRecentKey = u"files/recent"_s;
const QString kSessionKey = u"session/paths"_s;
const QString kAutosaveKey = u"preferences/autosaveSeconds"_s;
const QString kLanguageKey = u"preferences/language"_s;
const QString kConnectToKey = u"probe/connectTo"_s;
constexpr int kMaxRecent = 10;
constexpr int kDiskSettleMs = 200;

QString resourceLabel(const ResourceKey& k)
{
    return k.namespace_.isEmpty() ? QString(k.kind + u' ' + k.name)
                                  : QString(k.kind + u' ' + k.namespace_ + u'/' + k.name);
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(u"mainWindow"_s);
    // Checks after an edit run on a worker: typing never waits for them.
    m_workspace->setBackgroundChecks(true);
    m_model = new WorkspaceModel(m_workspace, this);
    m_diagnostics = new DiagnosticsModel(m_workspace, this);
    m_recoveryDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    // Above the tabs: the bar that lists files changed on disk while edited here.
    m_diskBar = new QFrame;
    m_diskBar->setObjectName(u"diskChangeBar"_s);
    m_diskBar->setFrameShape(QFrame::StyledPanel);
    m_diskBar->setStyleSheet(u"#diskChangeBar { background: #fff4ce; border: 1px solid #e0c36c; }"_s);
    auto* barLayout = new QHBoxLayout(m_diskBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    m_diskBarText = new QLabel;
    m_diskBarText->setWordWrap(true);
    barLayout->addWidget(m_diskBarText, 1);
    auto* reloadButton = new QPushButton(tr("Reload from Disk"));
    reloadButton->setObjectName(u"diskReload"_s);
    reloadButton->setToolTip(tr("Discard the unsaved edits of these files and show what is on disk"));
    auto* keepButton = new QPushButton(tr("Keep My Edits"));
    keepButton->setObjectName(u"diskKeep"_s);
    keepButton->setToolTip(tr("Keep the text shown here; saving asks before it overwrites the other change"));
    barLayout->addWidget(reloadButton);
    barLayout->addWidget(keepButton);
    connect(reloadButton, &QPushButton::clicked, this, &MainWindow::reloadConflicts);
    connect(keepButton, &QPushButton::clicked, this, &MainWindow::keepConflicts);
    m_diskBar->hide();
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
    connect(m_workspace, &Workspace::historyChanged, this, &MainWindow::updateActions);
    // Other programs change files in bursts (a checkout, a save by rename): take them in once
    // the burst is over.
    m_diskTimer.setSingleShot(true);
    m_diskTimer.setInterval(kDiskSettleMs);
    connect(&m_diskTimer, &QTimer::timeout, this, &MainWindow::syncWithDisk);
    const auto noteDiskChange = [this](const QString& path) {
        m_diskPaths.insert(path);
        m_diskTimer.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, noteDiskChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, noteDiskChange);

    QSettings settings;
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(settings.value(kAutosaveKey, 5).toInt() * 1000);
    connect(&m_autosave, &QTimer::timeout, this, [this] { writeRecovery(); });

    resize(1280, 800);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
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
    }
    if (!change.addedDocuments.isEmpty())
        watchDocuments();
    refreshEditorDiagnostics(change.problemsStale());
    if (!change.textChanged.isEmpty() || !change.savedDocuments.isEmpty() || change.historyChanged) {
        updateActions();
        updateWindowTitle();
    }
    if (!change.textChanged.isEmpty())
        m_autosave.start();
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
    setConnectTo(QSettings().value(kConnectToKey).toStringList());
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
        if (currentDocument() >= 0)
            m_workspace->undo(currentDocument());
    });
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(icon(QStyle::SP_ArrowForward), tr("&Redo"), this, [this] {
        if (currentDocument() >= 0)
            m_workspace->redo(currentDocument());
    });
    m_redo->setShortcut(QKeySequence::Redo);
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
    prefs->setShortcut(QKeySequence::Preferences);

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
    const QStringList session = QSettings().value(kSessionKey).toStringList();
    QStringList existing;
    for (const QString& p : session) {
        if (QFileInfo::exists(p))
            existing.append(p);
    }
    openPaths(existing.isEmpty() ? QStringList { bundledExamplesDirectory() } : existing);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const int before = m_workspace->documentCount();
    for (const QString& p : paths) {
        const QString folder = QFileInfo(p).absoluteFilePath();
        if (QFileInfo(p).isDir() && !m_openFolders.contains(folder))
            m_openFolders.append(folder); // new files appearing in it are opened too
    }
    m_workspace->open(paths);
    addRecent(paths);
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
    if (e->isYamlShown())
        context += u"  ·  "_s + tr("Line %1, Column %2").arg(e->yaml()->currentLine()).arg(e->yaml()->currentColumn());
    m_context->setText(context);
}

void MainWindow::updateActions()
{
    const int id = currentDocument();
    const EditHistory& h = m_workspace->history(id);
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
    const int errors = m_diagnostics->count(Severity::Error);
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
    const QByteArray bytes = WorkspaceExporter::exportDocuments(*m_workspace, m_workspace->documentIds());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        QMessageBox::critical(this, tr("Export failed"), tr("%1: cannot write: %2").arg(path, out.errorString()));
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
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
    bool ok = false;
    static QString last;
    const QString text
        = QInputDialog::getText(this, tr("Find"), tr("Find in this file:"), QLineEdit::Normal, last, &ok);
    if (!ok || text.isEmpty())
        return;
    last = text;
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Replace"));
    auto* form = new QFormLayout(&dialog);
    auto* find = new QLineEdit(e->yaml()->textCursor().selectedText());
    auto* with = new QLineEdit;
    form->addRow(tr("Find:"), find);
    form->addRow(tr("Replace with:"), with);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Replace All"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || find->text().isEmpty())
        return;
    // All replacements of the file as one edit, so one undo takes them back.
    const int id = e->documentId();
    DocumentBuffer* buffer = bufferFor(id);
    m_workspace->commitTyping(id);
    const ViewText& view = buffer->view();
    std::vector<DocumentEdit> edits;
    for (qsizetype at = view.text().indexOf(find->text()); at >= 0;
         at = view.text().indexOf(find->text(), at + find->text().size()))
        edits.push_back(view.editFor(at, find->text().size(), with->text()));
    if (edits.empty()) {
        statusBar()->showMessage(tr("\"%1\" not found").arg(find->text()), 4000);
        return;
    }
    const int count = int(edits.size());
    m_workspace->applyEdits(id, std::move(edits), tr("Replace \"%1\"").arg(find->text()));
    statusBar()->showMessage(tr("%n replacement(s)", nullptr, count), 4000);
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
    QSettings().setValue(kConnectToKey, kept);
    return true;
}

void MainWindow::showPreferences()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* language = new QComboBox;
    language->addItem(tr("System default"), QString());
    language->addItem(u"English"_s, u"en"_s);
    language->addItem(u"Deutsch"_s, u"de"_s);
    QSettings settings;
    language->setCurrentIndex(std::max(0, language->findData(settings.value(kLanguageKey).toString())));
    auto* autosave = new QSpinBox;
    autosave->setRange(1, 600);
    autosave->setSuffix(tr(" s"));
    autosave->setValue(settings.value(kAutosaveKey, 5).toInt());
    auto* probeTimeout = new QSpinBox;
    probeTimeout->setRange(100, 600000);
    probeTimeout->setSingleStep(500);
    probeTimeout->setSuffix(tr(" ms"));
    probeTimeout->setValue(settings.value(ProbeDock::timeoutSetting, ProbeDock::defaultTimeoutMs).toInt());
    probeTimeout->setToolTip(tr("How long one endpoint may take (DNS, connect and TLS handshake together)"));
    auto* probeConcurrency = new QSpinBox;
    probeConcurrency->setRange(1, 1024);
    probeConcurrency->setValue(settings.value(ProbeDock::concurrencySetting, ProbeDock::defaultConcurrency).toInt());
    form->addRow(tr("Language (after a restart):"), language);
    form->addRow(tr("Keep unsaved changes for recovery after:"), autosave);
    form->addRow(tr("Probe timeout per endpoint:"), probeTimeout);
    form->addRow(tr("Endpoints probed at a time:"), probeConcurrency);
    auto* connectTo = new QPlainTextEdit;
    connectTo->setObjectName(u"connectToRules"_s);
    connectTo->setPlaceholderText(u"api.example.com:443:127.0.0.1:8443"_s);
    connectTo->setToolTip(tr("One rule per line, as curl's --connect-to: probes and live health checks dial "
                             "ADDRESS:PORT for HOST:PORT, while SNI and the verified name stay the configured ones"));
    connectTo->setPlainText(settings.value(kConnectToKey).toStringList().join(u'\n'));
    connectTo->setMaximumHeight(80);
    auto* connectToError = new QLabel;
    connectToError->setStyleSheet(u"color: #c62828"_s);
    connectToError->hide();
    form->addRow(tr("Connect to (HOST:PORT:ADDRESS:PORT):"), connectTo);
    form->addRow(QString(), connectToError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // A rule that does not parse keeps the dialog open, saying which one.
        QString error;
        if (!setConnectTo(connectTo->toPlainText().split(u'\n'), &error)) {
            connectToError->setText(error);
            connectToError->show();
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(kLanguageKey, language->currentData());
    settings.setValue(kAutosaveKey, autosave->value());
    settings.setValue(ProbeDock::timeoutSetting, probeTimeout->value());
    settings.setValue(ProbeDock::concurrencySetting, probeConcurrency->value());
    m_autosave.setInterval(autosave->value() * 1000);
}

void MainWindow::addRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    for (const QString& p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& p : recent)
        m_recentMenu->addAction(p, this, [this, p] { openPaths({ p }); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::watchDocuments()
{
    // Files and the folders holding them: an editor that saves by rename replaces the file
    // (its watch is gone), and only its folder hears of the new one.
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedFolders = m_watcher->directories();
    const QSet<QString> watched(watchedFiles.begin(), watchedFiles.end());
    QSet<QString> folders(watchedFolders.begin(), watchedFolders.end());
    QStringList paths;
    const auto watchFolder = [&](const QString& folder) {
        if (!folders.contains(folder) && QFileInfo(folder).isDir()) {
            folders.insert(folder);
            paths.append(folder);
        }
    };
    for (const QString& folder : std::as_const(m_openFolders))
        watchFolder(folder);
    for (int id : m_workspace->documentIds()) {
        const QString p = m_workspace->document(id)->path();
        if (!watched.contains(p) && QFileInfo::exists(p))
            paths.append(p);
        watchFolder(QFileInfo(p).absolutePath());
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void MainWindow::syncWithDisk()
{
    const QSet<QString> touched = std::exchange(m_diskPaths, {});
    const DiskSync::Result r = DiskSync::apply(*m_workspace, m_openFolders, touched.values());
    m_conflicts.clear();
    for (const QList<int>* ids : { &r.changedButModified, &r.deletedButModified }) {
        for (int id : *ids) {
            // Asked about already, and the disk still says the same: do not ask again.
            const Document* doc = m_workspace->document(id);
            QFile f(doc->path());
            const QByteArray onDisk = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            if (m_keptDisk.contains(id) && m_keptDisk.value(id) == onDisk)
                continue;
            m_conflicts.append(id);
        }
    }
    if (!r.errors.isEmpty())
        statusBar()->showMessage(r.errors.join(u"; "_s), 8000);
    else if (!r.reloaded.isEmpty() || !r.closed.isEmpty() || !r.opened.isEmpty()) {
        QStringList said;
        if (!r.reloaded.isEmpty())
            said.append(tr("Reloaded %n file(s) changed on disk", nullptr, int(r.reloaded.size())));
        if (!r.opened.isEmpty())
            said.append(tr("opened %n new file(s)", nullptr, int(r.opened.size())));
        if (!r.closed.isEmpty())
            said.append(tr("closed %n file(s) deleted on disk", nullptr, int(r.closed.size())));
        statusBar()->showMessage(said.join(u" · "_s), 5000);
    }
    showConflicts();
    watchDocuments(); // renamed-over files lost their watch
}

void MainWindow::showConflicts()
{
    QStringList names;
    for (int id : std::as_const(m_conflicts)) {
        if (const Document* doc = m_workspace->document(id))
            names.append(QFileInfo(doc->path()).fileName()
                + (QFileInfo::exists(doc->path()) ? QString() : u" "_s + tr("(deleted)")));
    }
    if (names.isEmpty()) {
        m_diskBar->hide();
        return;
    }
    constexpr int kShown = 6;
    QString list = QStringList(names.mid(0, kShown)).join(u", "_s);
    if (names.size() > kShown)
        list += u", "_s + tr("and %n more", nullptr, int(names.size() - kShown));
    m_diskBarText->setText(
        tr("%n file(s) changed on disk while you have unsaved edits in them: %1", nullptr, int(names.size()))
            .arg(list));
    m_diskBar->show();
}

void MainWindow::reloadConflicts()
{
    QList<int> reload;
    QList<int> close;
    for (int id : std::as_const(m_conflicts)) {
        if (const Document* doc = m_workspace->document(id))
            (QFileInfo::exists(doc->path()) ? reload : close).append(id);
    }
    m_conflicts.clear();
    m_diskBar->hide();
    QStringList errors;
    if (!reload.isEmpty())
        m_workspace->reload(reload, &errors);
    if (!close.isEmpty())
        m_workspace->closeDocuments(close);
    if (!errors.isEmpty())
        QMessageBox::critical(this, tr("Reload failed"), errors.join(u'\n'));
}

void MainWindow::keepConflicts()
{
    for (int id : std::as_const(m_conflicts)) {
        const Document* doc = m_workspace->document(id);
        QFile f(doc ? doc->path() : QString());
        m_keptDisk.insert(id, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    m_conflicts.clear();
    m_diskBar->hide();
}

void MainWindow::setRecoveryDirectory(const QString& directory)
{
    m_recoveryDirectory = directory;
}

bool MainWindow::writeRecovery()
{
    m_workspace->commitTyping();
    QString error;
    if (!RecoveryStore(m_recoveryDirectory).write(*m_workspace, &error)) {
        statusBar()->showMessage(error, 8000);
        return false;
    }
    return true;
}

int MainWindow::offerRecovery(bool ask)
{
    const RecoveryStore store(m_recoveryDirectory);
    const std::vector<RecoveryStore::Entry> pending = store.pending();
    if (pending.empty())
        return 0;
    if (ask) {
        QStringList files;
        for (const RecoveryStore::Entry& e : pending)
            files.append(u"%1 (%2)"_s.arg(e.path, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)));
        const auto answer = QMessageBox::question(this, tr("Recover unsaved changes"),
            tr("Backend Workbench did not end cleanly last time. Unsaved changes were kept for:\n%1\n\nRecover them? "
               "(Nothing is written to these files until you save.)")
                .arg(files.join(u'\n')),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryStore(m_recoveryDirectory).clear();
            return 0;
        }
    }
    int recovered = 0;
    for (const RecoveryStore::Entry& e : pending) {
        QString error;
        const int id = store.recover(*m_workspace, e, &error);
        if (id < 0) {
            statusBar()->showMessage(error, 8000);
            continue;
        }
        ++recovered;
        const auto& resources = m_workspace->resources(id);
        if (!resources.empty())
            openResource(resources.front().key);
        else
            openDocumentText(id);
    }
    m_tree->expandToDepth(0);
    return recovered;
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
    RecoveryStore(m_recoveryDirectory).clear();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QStringList session;
    for (int id : m_workspace->documentIds()) {
        if (QFileInfo::exists(m_workspace->document(id)->path()))
            session.append(m_workspace->document(id)->path());
    }
    settings.setValue(kSessionKey, session);
    event->accept();
}

} // namespace bw
