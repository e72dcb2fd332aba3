// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPlainTextEdit>

class QMenu;

#include <vector>

#include "validation/diagnostic.h"

namespace bw {

class DocumentBuffer;

// The YAML view of a document: line numbers, the current line highlighted, problems
// underlined with their message as a tooltip, indentation with spaces only (Tab inserts
// two, Return keeps the indentation and indents after a `key:`), go-to-line.
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlEditor(DocumentBuffer* buffer, QWidget* parent = nullptr);

    [[nodiscard]] DocumentBuffer* buffer() const { return m_buffer; }
    void setDiagnostics(std::vector<Diagnostic> diagnostics);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    // 1-based line and column (column in characters).
    void goToLine(int line, int column = 1);
    [[nodiscard]] int currentLine() const;
    [[nodiscard]] int currentColumn() const;
    [[nodiscard]] int lineNumberAreaWidth() const;
    // The context menu, its Undo and Redo acting on the document's history.
    [[nodiscard]] QMenu* createContextMenu();
    // Puts the cursor at the start of a 1-based line and scrolls it to the top of the view,
    // now or, before the view is first shown, when it is.
    void showLineAtTop(int line);
    void paintLineNumbers(QPaintEvent* event);

Q_SIGNALS:
    void quickFixRequested(const bw::Diagnostic& diagnostic);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateExtraSelections();
    void followEdit(int position, int removed, int added);
    [[nodiscard]] const Diagnostic* diagnosticAt(int position) const;

    void scrollToTopLine();

    DocumentBuffer* m_buffer = nullptr;
    QWidget* m_lineNumbers = nullptr;
    int m_topLine = 0; // 1-based, to scroll to once shown; 0: none
    std::vector<Diagnostic> m_diagnostics; // by position
    struct Span
    {
        int begin = 0; // in the editor's text as it is now
        int end = 0;
        bool alive = true; // false once typing rewrote the problem's text
    };
    std::vector<Span> m_spans; // one per diagnostic
    QHash<int, Severity> m_worstOnLine; // 0-based block -> worst problem, of what is in view
};

} // namespace bw
