// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

#include "document/viewtext.h"
#include "workspace/pendingtext.h"

class QTextDocument;

namespace bw {

class Workspace;

// The text of one document as the YAML editors show it (a QTextDocument that every view of
// the file shares), kept in step with the Document in both directions. Typing is collected
// for a moment and then applied as one exact-byte edit, so the parse and the checks run
// after a pause rather than on every key; any other change to the document first takes in
// what was typed (the workspace asks for it through PendingText), so nothing is lost or
// reordered.
class DocumentBuffer : public QObject, public PendingText
{
    Q_OBJECT
public:
    DocumentBuffer(Workspace* workspace, int documentId, QObject* parent = nullptr);
    ~DocumentBuffer() override;

    [[nodiscard]] int documentId() const { return m_documentId; }
    [[nodiscard]] Workspace* workspace() const;
    [[nodiscard]] QTextDocument* textDocument() const { return m_text; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] bool hasPendingTyping() const { return m_pending; }
    // Editor positions <-> byte offsets of the document as last synchronised.
    [[nodiscard]] const ViewText& view() const { return m_view; }
    // Where the editor range [begin, end) of the text as last synchronised is in the editor
    // now, after typing not applied yet; nullopt when that typing changed the range itself
    // (a problem found there no longer describes what is shown).
    [[nodiscard]] std::optional<std::pair<int, int>> currentRange(int begin, int end) const;

    static constexpr int kTypingDelayMs = 250;

    void applyPendingTyping() override;
    void documentTextChanged() override;

Q_SIGNALS:
    // The first key typed since the typing held was last applied: unsaved text exists now,
    // before it becomes an edit of the workspace.
    void typingStarted();

private:
    void onContentsChange(int position, int removed, int added);
    void syncFromDocument();

    QPointer<Workspace> m_workspace;
    int m_documentId = -1;
    QTextDocument* m_text = nullptr;
    ViewText m_view;
    QTimer m_timer;
    bool m_syncing = false; // we are changing the QTextDocument ourselves
    bool m_flushing = false;
    bool m_pending = false; // typed, not applied yet
    struct Typed
    {
        int position;
        int removed;
        int added;
    };
    std::vector<Typed> m_typed; // since m_view was taken, in order
    bool m_readOnly = false;
};

} // namespace bw
