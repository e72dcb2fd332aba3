// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

#include "document/documentedit.h"

namespace bw {

// The undo/redo history of one document. Each step is one user action (a form change, a
// quick fix, a burst of typing); steps hold the exact edits, so undo restores exact bytes.
class EditHistory
{
public:
    struct Change
    {
        int documentId = -1;
        std::vector<DocumentEdit> redo;
        std::vector<DocumentEdit> undo;
    };
    struct Step
    {
        QString description;
        std::vector<Change> changes;
    };

    void push(Step step);
    // Adds a single edit to the newest step instead of a new one, when that step carries the
    // same non-empty merge key and the edit continues it (typing on, or deleting what was just
    // typed), and nothing was undone since. Returns false when it cannot merge.
    bool merge(const QString& mergeKey, const DocumentEdit& redo);
    void setMergeKeyOfLast(const QString& key) { m_lastMergeKey = key; }
    [[nodiscard]] bool canUndo() const { return m_index > 0; }
    [[nodiscard]] bool canRedo() const { return m_index < m_steps.size(); }
    [[nodiscard]] QString undoText() const { return canUndo() ? m_steps[m_index - 1].description : QString(); }
    [[nodiscard]] QString redoText() const { return canRedo() ? m_steps[m_index].description : QString(); }
    // The step to undo or redo; the caller applies it and then confirms with stepBack/stepForward.
    [[nodiscard]] const Step* undoStep() const { return canUndo() ? &m_steps[m_index - 1] : nullptr; }
    [[nodiscard]] const Step* redoStep() const { return canRedo() ? &m_steps[m_index] : nullptr; }
    void stepBack()
    {
        m_lastMergeKey.clear();
        if (canUndo())
            --m_index;
    }
    void stepForward()
    {
        if (canRedo())
            ++m_index;
    }
    // A document left the workspace: its steps can no longer be replayed.
    void forgetDocument(int documentId);
    void clear();
    [[nodiscard]] size_t size() const { return m_steps.size(); }
    [[nodiscard]] size_t index() const { return m_index; }

    static constexpr size_t kMaxSteps = 1000;

private:
    std::vector<Step> m_steps;
    size_t m_index = 0;
    QString m_lastMergeKey; // of m_steps.back(), while it is the newest and not undone
};

} // namespace bw
