// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <optional>

#include "workspace/resource.h"

class QAction;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace bw {

class DiagnosticsModel;
class DocumentBuffer;
class ProbeDock;
class ResourceEditor;
class SimulationPanel;
class TopologyView;
class Workspace;
class WorkspaceModel;
struct Diagnostic;
struct WorkspaceChange;

// The workbench window: the workspace tree (with a filter) on the left, one editor tab per
// resource with Form and YAML views of the same text, the Problems, Probes and Simulation docks below, and the
// status bar with the counts and where the cursor is. Unsaved text is written to a recovery
// store a few seconds after each change, and offered back after a crash.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    // What a start without arguments opens: the last session's files, else the examples.
    void openStartupWorkspace();
    [[nodiscard]] Workspace* workspace() const { return m_workspace; }
    [[nodiscard]] QTabWidget* editors() const { return m_tabs; }
    [[nodiscard]] ResourceEditor* currentEditor() const;
    [[nodiscard]] TopologyView* topology() const { return m_topology; }
    [[nodiscard]] ProbeDock* probeDock() const { return m_probeDock; }
    [[nodiscard]] SimulationPanel* simulationPanel() const { return m_simulationPanel; }
    // The files changed on disk while edited here, listed in the bar above the editors.
    [[nodiscard]] QList<int> diskConflicts() const { return m_conflicts; }
    // curl-style --connect-to rules (HOST:PORT:ADDRESS:PORT) for probes and live failover checks,
    // kept in the settings. False, with `error` naming the rule, when one does not parse; then
    // nothing changes.
    bool setConnectTo(const QStringList& rules, QString* error = nullptr);
    ResourceEditor* openResource(const ResourceKey& key);
    ResourceEditor* openDocumentText(int documentId);
    DocumentBuffer* bufferFor(int documentId);
    // Probes the endpoints of `backends` (all when empty) in the Probes dock, which comes forward.
    int probeBackends(const QSet<ResourceKey>& backends = {});
    // Shows rule `rule` of `route` (its first rule for -1) in the Simulation panel, which comes
    // forward; false when the route has no rule with backendRefs.
    bool simulateRoute(const ResourceKey& route, int rule = -1);
    // Tools > Simulate Failover: the route of the editor tab shown, else the route or rule
    // selected in the graph, else the panel's first rule.
    void simulateFailover();
    // Opens the object's editor at a field (a probed endpoint).
    void showField(const ResourceKey& key, const QString& fieldPath);

    // Where unsaved text is kept for recovery (tests point it at a temporary folder).
    void setRecoveryDirectory(const QString& directory);
    [[nodiscard]] QString recoveryDirectory() const { return m_recoveryDirectory; }
    // Writes the recovery store now (the timer does it a few seconds after a change).
    bool writeRecovery();
    // Offers the unsaved text of a session that did not end cleanly; returns how many
    // documents were recovered. `ask` false recovers without asking (tests).
    int offerRecovery(bool ask = true);
    static QString bundledExamplesDirectory();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void workspaceChanged(const WorkspaceChange& change);
    void createActions();
    void createDocks();
    void activateTreeIndex(const QModelIndex& index);
    void activateProblem(const QModelIndex& index);
    void selectInTree(const ResourceKey& key);
    void applyQuickFix(const Diagnostic& diagnostic);
    void refreshStatus();
    void refreshEditorDiagnostics(const QList<int>& documentIds);
    void updateActions();
    void updateWindowTitle();
    bool saveDocument(int documentId);
    void saveCurrent();
    void saveAll();
    void revertCurrent();
    void exportValidated();
    void validateNow();
    void newFromTemplate(const QString& templatePath);
    void openFileDialog();
    void openFolderDialog();
    void goToLineDialog();
    void findDialog();
    void replaceDialog();
    void showPreferences();
    void addRecent(const QStringList& paths);
    void rebuildRecentMenu();
    void watchDocuments();
    void syncWithDisk();
    void showConflicts();
    void reloadConflicts();
    void keepConflicts();
    [[nodiscard]] int currentDocument() const;

    Workspace* m_workspace = nullptr;
    WorkspaceModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    DiagnosticsModel* m_diagnostics = nullptr;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTabWidget* m_tabs = nullptr;
    TopologyView* m_topology = nullptr;
    QTreeView* m_problems = nullptr;
    ProbeDock* m_probeDock = nullptr;
    SimulationPanel* m_simulationPanel = nullptr;
    bool m_simulationShown = false; // the bottom area grows the first time
    QLabel* m_counts = nullptr;
    QLabel* m_context = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAll = nullptr;
    QAction* m_revert = nullptr;
    QHash<int, DocumentBuffer*> m_buffers;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_autosave;
    QString m_recoveryDirectory;
    QTimer m_diskTimer;
    QSet<QString> m_diskPaths; // changed on disk, not looked at yet
    QStringList m_openFolders;
    QList<int> m_conflicts; // changed on disk and edited here, listed in the bar
    QHash<int, QByteArray> m_keptDisk; // what was on disk when the user chose to keep their edits
    QFrame* m_diskBar = nullptr;
    QLabel* m_diskBarText = nullptr;
};

} // namespace bw
