// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw {

// A view that edits a document's text ahead of the workspace: the YAML editor collects typing
// for a moment before it becomes an edit. The workspace talks to it directly, both ways,
// because it is the other half of the document's text: before any change, the typing it holds
// is applied (so no edit is computed from older text), and after a change made elsewhere it
// shows the new text at once, before the checks of that change are done.
class PendingText
{
public:
    virtual ~PendingText() = default;
    // Applies the typing held, through Workspace::applyTyping().
    virtual void applyPendingTyping() = 0;
    // The document's text changed by another way (form, undo, reload): show it.
    virtual void documentTextChanged() = 0;
};

} // namespace bw
