// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/documentbuffer.h"

#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

DocumentBuffer::DocumentBuffer(Workspace* workspace, int documentId, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_documentId(documentId)
    , m_text(new QTextDocument(this))
{
    m_text->setDocumentLayout(new QPlainTextDocumentLayout(m_text));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kTypingDelayMs);
    // The pause after typing ends: the workspace applies it (and anything else pending).
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_workspace)
            m_workspace->commitTyping(m_documentId);
    });
    const Document* doc = workspace->document(documentId);
    m_text->setMetaInformation(QTextDocument::DocumentUrl, doc->path());
    m_view = ViewText(doc->text());
    // Text that is not valid UTF-8 cannot be edited as text without changing bytes.
    m_readOnly = QString::fromUtf8(doc->text()).toUtf8() != doc->text();
    m_syncing = true;
    m_text->setPlainText(m_view.text());
    m_text->setModified(false);
    m_text->clearUndoRedoStacks(); // undo is the workspace's, per document
    m_text->setUndoRedoEnabled(false);
    m_syncing = false;
    connect(m_text, &QTextDocument::contentsChange, this, &DocumentBuffer::onContentsChange);
    workspace->attachText(documentId, this);
}

Workspace* DocumentBuffer::workspace() const
{
    return m_workspace;
}

DocumentBuffer::~DocumentBuffer()
{
    if (m_workspace)
        m_workspace->detachText(m_documentId, this);
}

void DocumentBuffer::documentTextChanged()
{
    if (!m_flushing)
        syncFromDocument();
}

void DocumentBuffer::onContentsChange(int position, int removed, int added)
{
    if (m_syncing || m_readOnly)
        return;
    const bool first = !m_pending;
    m_pending = true;
    m_typed.push_back({ position, removed, added });
    m_timer.start();
    if (first)
        Q_EMIT typingStarted();
}

std::optional<std::pair<int, int>> DocumentBuffer::currentRange(int begin, int end) const
{
    for (const Typed& t : m_typed) {
        const int changedEnd = t.position + t.removed;
        const bool touches = t.removed > 0 ? (t.position < std::max(end, begin + 1) && changedEnd > begin)
                                           : (t.position > begin && t.position < end);
        if (touches)
            return std::nullopt;
        if (changedEnd <= begin) {
            begin += t.added - t.removed;
            end += t.added - t.removed;
        }
    }
    return std::pair { begin, end };
}

void DocumentBuffer::applyPendingTyping()
{
    if (!m_pending || !m_workspace || m_flushing)
        return;
    m_timer.stop();
    m_pending = false;
    // One edit covering everything typed since the last flush: the span the typing touched,
    // in the text as last synchronised and as it is now. Found from the changes themselves,
    // so a keystroke in a large file costs the span, not the file.
    if (m_typed.empty())
        return;
    int start = m_typed.front().position;
    int endOld = start + m_typed.front().removed;
    int endNew = start + m_typed.front().added;
    for (size_t i = 1; i < m_typed.size(); ++i) {
        const Typed& t = m_typed[i];
        const int reach = std::max(endNew, t.position + t.removed);
        endOld = reach + (endOld - endNew);
        endNew = reach + (t.added - t.removed);
        start = std::min(start, t.position);
    }
    QTextCursor span(m_text);
    span.setPosition(std::clamp(start, 0, m_text->characterCount() - 1));
    span.setPosition(std::clamp(endNew, 0, m_text->characterCount() - 1), QTextCursor::KeepAnchor);
    QString typed = span.selection().toPlainText();
    // Keep surrogate pairs whole at the span's ends.
    qsizetype head = start;
    qsizetype removed = endOld - start;
    const QString& before = m_view.text();
    if (head > 0 && head <= before.size() && before[head - 1].isHighSurrogate()) {
        --head;
        ++removed;
        typed.prepend(before[head]);
    }
    if (head + removed < before.size() && head + removed > 0 && before[head + removed].isLowSurrogate()) {
        typed.append(before[head + removed]);
        ++removed;
    }
    // The highlighter's re-formatting reports spans as changed that are not: trim to what differs.
    qsizetype same = 0;
    while (same < removed && same < typed.size() && before[head + same] == typed[same])
        ++same;
    qsizetype sameTail = 0;
    while (sameTail < removed - same && sameTail < typed.size() - same
        && before[head + removed - 1 - sameTail] == typed[typed.size() - 1 - sameTail])
        ++sameTail;
    if (same > 0 && before[head + same - 1].isHighSurrogate())
        --same;
    if (sameTail > 0 && head + removed - sameTail < before.size() && before[head + removed - sameTail].isLowSurrogate())
        --sameTail;
    head += same;
    removed -= same + sameTail;
    typed = typed.mid(same, typed.size() - same - sameTail);
    if (removed == 0 && typed.isEmpty()) {
        m_typed.clear(); // only formats changed
        return;
    }
    const DocumentEdit edit = m_view.editFor(head, removed, typed);
    const qsizetype shownLength = m_text->characterCount() - 1;
    m_flushing = true;
    const bool ok = m_workspace->applyTyping(m_documentId, edit);
    m_flushing = false;
    const Document* doc = m_workspace->document(m_documentId);
    if (!doc)
        return;
    if (ok)
        m_view.apply(edit, doc->text()); // the lines typed on, not the whole file
    else
        m_view = ViewText(doc->text());
    m_typed.clear();
    if (!ok || m_view.text().size() != shownLength)
        syncFromDocument(); // never show text that is not the document's
}

void DocumentBuffer::syncFromDocument()
{
    const Document* doc = m_workspace ? m_workspace->document(m_documentId) : nullptr;
    if (!doc)
        return;
    m_timer.stop();
    m_pending = false;
    m_view = ViewText(doc->text());
    m_typed.clear();
    const QString current = m_text->toPlainText();
    const QString& wanted = m_view.text();
    if (current == wanted)
        return;
    // Replace only the part that differs, so cursors and scroll positions elsewhere stay.
    qsizetype head = 0;
    const qsizetype limit = std::min(current.size(), wanted.size());
    while (head < limit && current[head] == wanted[head])
        ++head;
    qsizetype tail = 0;
    while (tail < limit - head && current[current.size() - 1 - tail] == wanted[wanted.size() - 1 - tail])
        ++tail;
    m_syncing = true;
    QTextCursor cursor(m_text);
    cursor.setPosition(int(head));
    cursor.setPosition(int(current.size() - tail), QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(head, wanted.size() - head - tail));
    m_syncing = false;
}

} // namespace bw
