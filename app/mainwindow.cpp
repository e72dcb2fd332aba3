// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>

#include "models/diagnosticsmodel.h"
#include "models/workspacemodel.h"
#include "problemsproxymodel.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
{
    setWindowTitle(tr("Backend Workbench"));
    m_model = new WorkspaceModel(m_workspace, this);

    m_tree = new QTreeView;
    m_tree->setObjectName(u"workspaceView"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(WorkspaceModel::NameColumn, QHeaderView::ResizeToContents);

    m_text = new QPlainTextEdit;
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_diagnostics = new DiagnosticsModel(m_workspace, this);
    auto* problems = new ProblemsProxyModel(this);
    problems->setSourceModel(m_diagnostics);
    m_problems = new QTreeView;
    m_problems->setObjectName(u"problemsView"_s);
    m_problems->setModel(problems);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(DiagnosticsModel::CodeColumn, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_problems->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn, QHeaderView::ResizeToContents);
    auto* dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(u"problemsDock"_s);
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 140 }, Qt::Vertical);

    m_status = new QLabel;
    statusBar()->addPermanentWidget(m_status);
    createActions();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            showDocument(
                current.data(WorkspaceModel::DocumentIdRole).toInt(), current.data(WorkspaceModel::LineRole).toInt());
    });
    connect(m_problems, &QTreeView::activated, this, [this](const QModelIndex& index) {
        showDocument(
            index.data(DiagnosticsModel::DocumentIdRole).toInt(), index.data(DiagnosticsModel::LineRole).toInt());
    });
    connect(m_workspace, &Workspace::documentChanged, this, [this](int id) {
        if (id == m_currentDocument)
            showDocument(id, 0);
    });
    connect(m_diagnostics, &DiagnosticsModel::countsChanged, this, &MainWindow::refreshProblems);
    connect(m_workspace, &Workspace::documentAdded, this, &MainWindow::refreshProblems);
    connect(m_workspace, &Workspace::historyChanged, this, &MainWindow::updateActions);
    resize(1200, 760);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_save = file->addAction(tr("&Save"), this, &MainWindow::saveCurrent);
    m_save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, [this] { m_workspace->undo(); });
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"), this, [this] { m_workspace->redo(); });
    m_redo->setShortcut(QKeySequence::Redo);
}

void MainWindow::openPaths(const QStringList& paths)
{
    m_workspace->open(paths);
    m_tree->expandToDepth(0);
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    refreshProblems();
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open manifests"), QString(), tr("YAML manifests (*.yaml *.yml);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::showDocument(int documentId, int line)
{
    const Document* doc = m_workspace->document(documentId);
    if (!doc)
        return;
    if (documentId != m_currentDocument || m_text->toPlainText().toUtf8() != doc->text()) {
        const int scroll = documentId == m_currentDocument ? m_text->verticalScrollBar()->value() : 0;
        m_text->setPlainText(QString::fromUtf8(doc->text()));
        m_text->verticalScrollBar()->setValue(scroll);
        m_currentDocument = documentId;
    }
    if (line > 0) {
        QTextCursor cursor(m_text->document()->findBlockByNumber(line - 1));
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
    setWindowFilePath(doc->path());
    updateActions();
}

void MainWindow::refreshProblems()
{
    m_status->setText(tr("%n object(s) in %1 file(s)", nullptr, int(m_workspace->allResources().size()))
                          .arg(m_workspace->documentCount())
        + u" · "_s + tr("%n error(s)", nullptr, m_diagnostics->count(Severity::Error)) + u", "_s
        + tr("%n warning(s)", nullptr, m_diagnostics->count(Severity::Warning)));
}

void MainWindow::updateActions()
{
    const EditHistory& h = m_workspace->history();
    m_undo->setEnabled(h.canUndo());
    m_undo->setText(h.canUndo() ? tr("&Undo %1").arg(h.undoText()) : tr("&Undo"));
    m_redo->setEnabled(h.canRedo());
    m_redo->setText(h.canRedo() ? tr("&Redo %1").arg(h.redoText()) : tr("&Redo"));
    const Document* doc = m_workspace->document(m_currentDocument);
    m_save->setEnabled(doc && doc->isModified());
}

void MainWindow::saveCurrent()
{
    if (m_currentDocument < 0)
        return;
    Document::SaveResult r = m_workspace->save(m_currentDocument);
    if (r.status == Document::SaveStatus::ConflictOnDisk) {
        const auto answer = QMessageBox::warning(
            this, tr("File changed on disk"), r.message, QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Save)
            r = m_workspace->save(m_currentDocument, true);
    }
    if (r.status == Document::SaveStatus::Failed)
        QMessageBox::critical(this, tr("Save failed"), r.message);
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QStringList unsaved;
    for (int id : m_workspace->documentIds()) {
        if (m_workspace->document(id)->isModified())
            unsaved.append(m_workspace->document(id)->path());
    }
    if (unsaved.isEmpty()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("These files have changes that are not saved:\n%1\n\nQuit anyway and lose them?").arg(unsaved.join(u'\n')),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

} // namespace bw
