// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/yamleditor.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include "editors/documentbuffer.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    [[nodiscard]] QSize sizeHint() const override { return { m_editor->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    YamlEditor* m_editor;
};

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xd0, 0x21, 0x21);
    case Severity::Warning:
        return QColor(0xc7, 0x8a, 0x00);
    case Severity::Info:
        return QColor(0x2a, 0x6f, 0xdb);
    }
    return Qt::red;
}
} // namespace

YamlEditor::YamlEditor(DocumentBuffer* buffer, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_buffer(buffer)
{
    setDocument(buffer->textDocument());
    setReadOnly(buffer->isReadOnly());
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    // The editor's own undo would bypass the document history; Ctrl+Z goes to the window.
    setUndoRedoEnabled(false);
    m_lineNumbers = new LineNumberArea(this);
    connect(
        this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::updateExtraSelections);
    connect(document(), &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        followEdit(position, removed, added);
        updateExtraSelections();
    });
    // Only the problems in view are underlined (a large file has thousands): scrolling brings
    // the others in.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &YamlEditor::updateExtraSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateExtraSelections();
}

int YamlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

void YamlEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void YamlEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            // A problem on this line colours its number.
            const auto found = m_worstOnLine.constFind(block.blockNumber());
            const std::optional<Severity> worst
                = found == m_worstOnLine.cend() ? std::nullopt : std::optional<Severity>(found.value());
            painter.setPen(worst ? severityColor(*worst)
                                 : (block.blockNumber() == current ? palette().color(QPalette::Text)
                                                                   : palette().color(QPalette::PlaceholderText)));
            QFont f = font();
            f.setBold(block.blockNumber() == current || worst.has_value());
            painter.setFont(f);
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void YamlEditor::setDiagnostics(std::vector<Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
    // Into editor positions once; from here on they follow the text as it is edited.
    const ViewText& view = m_buffer->view();
    m_spans.clear();
    m_spans.reserve(m_diagnostics.size());
    for (const Diagnostic& d : m_diagnostics) {
        const std::optional<std::pair<int, int>> now
            = m_buffer->currentRange(int(view.toView(d.range.begin)), int(view.toView(d.range.end)));
        m_spans.push_back(now ? Span { now->first, now->second, true } : Span { 0, 0, false });
    }
    updateExtraSelections();
}

void YamlEditor::followEdit(int position, int removed, int added)
{
    // A problem whose text was rewritten no longer describes what is shown: hidden until the
    // check of the new text says. Those after the edit move with their text.
    if (removed == added)
        return; // the highlighter re-formatting a line (or text replaced by text as long): nothing moved
    const int changedEnd = position + removed;
    for (Span& s : m_spans) {
        if (!s.alive)
            continue;
        const bool touches = removed > 0 ? (position < std::max(s.end, s.begin + 1) && changedEnd > s.begin)
                                         : (position > s.begin && position < s.end);
        if (touches) {
            s.alive = false;
        } else if (changedEnd <= s.begin) {
            s.begin += added - removed;
            s.end += added - removed;
        }
    }
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(palette().color(QPalette::Highlight).lighter(185));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    const int size = document()->characterCount() - 1;
    // Only what is in view is underlined: a large file has thousands of problems, and each
    // underline is a cursor the text document moves on every keystroke.
    const QTextBlock first = firstVisibleBlock();
    const int lines = viewport()->height() / std::max(1, fontMetrics().height()) + 2;
    const QTextBlock last = document()->findBlockByNumber(first.blockNumber() + lines);
    const int from = first.position();
    const int to = last.isValid() ? last.position() + last.length() : size;
    m_worstOnLine.clear();
    // Spans stay in text order as they move, so the first one in view is found by bisection;
    // a problem of an empty range reaches back to its line's start, hence the margin.
    auto it = std::lower_bound(
        m_spans.begin(), m_spans.end(), from - 256, [](const Span& s, int at) { return s.begin < at; });
    for (; it != m_spans.end() && it->begin <= to; ++it) {
        if (!it->alive || std::max(it->end, it->begin + 1) < from)
            continue;
        const Diagnostic& d = m_diagnostics[size_t(it - m_spans.begin())];
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColor(d.severity));
        int begin = std::clamp(it->begin, 0, size);
        int end = std::clamp(it->end, 0, size);
        const int lineOf = document()->findBlock(begin).blockNumber();
        if (const auto w = m_worstOnLine.constFind(lineOf);
            w == m_worstOnLine.cend() || int(d.severity) < int(w.value()))
            m_worstOnLine.insert(lineOf, d.severity);
        if (end <= begin) { // an empty range (a missing field): underline the rest of its line
            const QTextBlock b = document()->findBlock(begin);
            end = b.position() + b.length() - 1;
            if (end <= begin)
                begin = std::max(b.position(), begin - 1);
        }
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(std::clamp(begin, 0, size));
        s.cursor.setPosition(std::clamp(end, 0, size), QTextCursor::KeepAnchor);
        selections.append(s);
    }
    setExtraSelections(selections);
    m_lineNumbers->update();
}

const Diagnostic* YamlEditor::diagnosticAt(int position) const
{
    const Diagnostic* best = nullptr;
    const int line = document()->findBlock(position).blockNumber();
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span& s = m_spans[i];
        if (!s.alive)
            continue;
        const bool inside = (position >= s.begin && position < s.end)
            || (s.end <= s.begin && document()->findBlock(s.begin).blockNumber() == line);
        if (inside && (!best || int(m_diagnostics[i].severity) < int(best->severity)))
            best = &m_diagnostics[i];
    }
    return best;
}

bool YamlEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and redo belong to the document's history (the window's actions), not to the
        // text widget (Ctrl+Y included).
        auto* key = static_cast<QKeyEvent*>(event);
        // The same for Ctrl+PgUp/PgDn, which switch the window's tabs.
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y) || pressed == QKeySequence(Qt::CTRL | Qt::Key_PageUp)
            || pressed == QKeySequence(Qt::CTRL | Qt::Key_PageDown)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor c = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        if (const Diagnostic* d = diagnosticAt(c.position())) {
            QToolTip::showText(help->globalPos(),
                u"<b>%1</b> %2<br/>%3"_s.arg(
                    d->code, Diagnostic::severityName(d->severity), d->message.toHtmlEscaped()),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu();
    const QTextCursor c = cursorForPosition(event->pos());
    if (const Diagnostic* d = diagnosticAt(c.position()); d && d->fix) {
        const Diagnostic copy = *d;
        menu->insertSeparator(menu->actions().value(0));
        QAction* fix = new QAction(tr("Quick fix: %1").arg(d->message.left(80)), menu);
        connect(fix, &QAction::triggered, this, [this, copy] { Q_EMIT quickFixRequested(copy); });
        menu->insertAction(menu->actions().value(0), fix);
    }
    menu->exec(event->globalPos());
    delete menu;
}

QMenu* YamlEditor::createContextMenu()
{
    QMenu* menu = createStandardContextMenu();
    // The standard Undo and Redo act on the text widget's own stack, which is off: this text's
    // history is the document's, in the workspace. Ours stand in their place.
    Workspace* workspace = m_buffer->workspace();
    const int id = m_buffer->documentId();
    for (QAction* standard : menu->actions()) {
        const bool undo = standard->objectName() == u"edit-undo"_s;
        if (!undo && standard->objectName() != u"edit-redo"_s)
            continue;
        auto* action = new QAction(standard->text(), menu);
        action->setObjectName(standard->objectName());
        const bool can = workspace && (undo ? workspace->history(id).canUndo() : workspace->history(id).canRedo());
        action->setEnabled(!isReadOnly() && can);
        connect(action, &QAction::triggered, this, [workspace = QPointer<Workspace>(workspace), id, undo] {
            if (workspace)
                undo ? workspace->undo(id) : workspace->redo(id);
        });
        menu->insertAction(standard, action);
        menu->removeAction(standard);
    }
    return menu;
}

void YamlEditor::keyPressEvent(QKeyEvent* event)
{
    if (isReadOnly())
        return QPlainTextEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ControlModifier)) {
        // YAML forbids tabs for indentation: insert spaces up to the next multiple of two.
        QTextCursor c = textCursor();
        const int col = c.positionInBlock();
        c.insertText(QString(2 - col % 2, u' '));
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        QTextCursor c = textCursor();
        const QString line = c.block().text();
        int spaces = 0;
        while (spaces < line.size() && line[spaces] == u' ')
            ++spaces;
        const int remove = std::min(spaces, spaces % 2 ? 1 : 2);
        if (remove > 0) {
            c.setPosition(c.block().position());
            c.setPosition(c.block().position() + remove, QTextCursor::KeepAnchor);
            c.removeSelectedText();
        }
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Keep the indentation; go one step deeper after `key:` and align under a list item.
        QTextCursor c = textCursor();
        const QString before = c.block().text().left(c.positionInBlock());
        int indent = 0;
        while (indent < before.size() && before[indent] == u' ')
            ++indent;
        QString trimmed = before.trimmed();
        if (const qsizetype hash = trimmed.indexOf(u" #"_s); hash >= 0)
            trimmed = trimmed.left(hash).trimmed();
        if (trimmed.startsWith(u"- "_s))
            indent += 2;
        if (trimmed.endsWith(u':'))
            indent += 2;
        c.insertText(u'\n' + QString(indent, u' '));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void YamlEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

void YamlEditor::showLineAtTop(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    m_topLine = line;
    if (isVisible())
        scrollToTopLine();
}

void YamlEditor::showEvent(QShowEvent* event)
{
    QPlainTextEdit::showEvent(event);
    // Laid out for its real height only now: the scroll range is known once this returns.
    if (m_topLine > 0)
        QTimer::singleShot(0, this, &YamlEditor::scrollToTopLine);
}

void YamlEditor::scrollToTopLine()
{
    if (m_topLine <= 0)
        return;
    // Without line wrapping the vertical scroll bar counts lines.
    verticalScrollBar()->setValue(std::exchange(m_topLine, 0) - 1);
}

int YamlEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int YamlEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

} // namespace bw
