// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace bw {

class Workspace;
class WorkspaceModel;
class DiagnosticsModel;

// The workbench window: the workspace tree, the selected file's text, and its problems.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    [[nodiscard]] Workspace* workspace() const { return m_workspace; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showDocument(int documentId, int line);
    void refreshProblems();
    void updateActions();
    void saveCurrent();
    void openDialog();

    Workspace* m_workspace = nullptr;
    WorkspaceModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QPlainTextEdit* m_text = nullptr;
    DiagnosticsModel* m_diagnostics = nullptr;
    QTreeView* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_save = nullptr;
    int m_currentDocument = -1;
};

} // namespace bw
