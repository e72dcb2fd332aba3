// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <optional>

#include "workspace/resource.h"

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace bw {

class DiagnosticsModel;
class DiskChangeBar;
class DiskWatcher;
class DocumentBuffer;
class ProbeDock;
class RecoveryController;
class ResourceEditor;
class SessionStore;
class SimulationPanel;
class TopologyView;
class Workspace;
class WorkspaceModel;
struct Diagnostic;
struct WorkspaceChange;

// The workbench window: the workspace tree (with a filter) on the left, one editor tab per
// resource with Form and YAML views of the same text, the Problems, Probes and Simulation docks
// below, and the status bar with the counts and the object under the cursor. It composes the
// parts: DiskWatcher and DiskChangeBar (files changed by other programs), RecoveryController
// (unsaved text kept for a crash), SessionStore (recent files, last session), PreferencesDialog
// and FindReplaceDialog.
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
    [[nodiscard]] QList<int> diskConflicts() const;
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
    [[nodiscard]] QString recoveryDirectory() const;
    // Writes the recovery store now (the timer does it a few seconds after a change).
    bool writeRecovery();
    // Offers the unsaved text of a session that did not end cleanly; returns how many
    // documents were recovered. `ask` false recovers without asking (tests).
    int offerRecovery(bool ask = true);
    static QString bundledExamplesDirectory();

    // The document Undo and Redo act on: the current tab's, or on the Topology tab the one
    // the last graph edit changed (-1 when there is none).
    [[nodiscard]] int undoDocument() const;
    // Errors that make File > Export ask first. Probe findings are not among them: they
    // describe this machine's view of the network, not the configuration.
    [[nodiscard]] int exportBlockingErrors() const;
    // Writes the export to `path` without asking; false (with `error`) when it cannot.
    // Writes the files that parse; `leftOut` names those that do not.
    bool exportTo(const QString& path, QString* error = nullptr, QStringList* leftOut = nullptr);
    // Replaces every occurrence of `find` in the current tab's file as one undoable step;
    // returns how many.
    int replaceAll(const QString& find, const QString& replacement);

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
    void rebuildRecentMenu();
    void switchTab(int step);
    [[nodiscard]] int currentDocument() const;
    [[nodiscard]] QString objectAtCursor(ResourceEditor* editor) const;

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
    DiskWatcher* m_disk = nullptr;
    DiskChangeBar* m_diskBar = nullptr;
    RecoveryController* m_recovery = nullptr;
    SessionStore* m_session = nullptr;
    int m_graphDocument = -1; // the document the last graph edit changed
    bool m_undoing = false; // our own undo or redo moves the history, not a new edit
    QString m_lastFind;
};

} // namespace bw
