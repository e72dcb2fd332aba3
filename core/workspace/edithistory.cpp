// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithistory.h"

#include <algorithm>

namespace bw {

void EditHistory::push(Step step)
{
    m_lastMergeKey.clear();
    m_steps.resize(m_index);
    m_steps.push_back(std::move(step));
    if (m_steps.size() > kMaxSteps)
        m_steps.erase(m_steps.begin());
    m_index = m_steps.size();
}

bool EditHistory::merge(const QString& mergeKey, const DocumentEdit& redo)
{
    if (mergeKey.isEmpty() || mergeKey != m_lastMergeKey || m_index != m_steps.size() || m_steps.empty())
        return false;
    Step& top = m_steps.back();
    if (top.changes.size() != 1 || top.changes[0].redo.size() != 1 || top.changes[0].undo.size() != 1)
        return false;
    DocumentEdit& r = top.changes[0].redo[0];
    DocumentEdit& u = top.changes[0].undo[0];
    const qsizetype typedEnd = r.offset + r.replacement.size();
    if (redo.length == 0 && redo.offset == typedEnd) {
        r.replacement += redo.replacement; // typing on
    } else if (redo.length > 0 && redo.offset >= r.offset && redo.offset + redo.length == typedEnd) {
        // deleting (and maybe retyping) the tail of what was just typed
        r.replacement = r.replacement.left(redo.offset - r.offset) + redo.replacement;
    } else {
        return false;
    }
    u.length = r.replacement.size();
    return true;
}

void EditHistory::forgetDocument(int documentId)
{
    m_lastMergeKey.clear();
    const auto touches = [&](const Step& s) {
        return std::any_of(
            s.changes.begin(), s.changes.end(), [&](const Change& c) { return c.documentId == documentId; });
    };
    // Steps are replayed in order, so everything from the first affected step on is dropped.
    const auto first = std::find_if(m_steps.begin(), m_steps.end(), touches);
    const size_t keep = size_t(first - m_steps.begin());
    m_steps.resize(keep);
    m_index = std::min(m_index, keep);
}

void EditHistory::clear()
{
    m_lastMergeKey.clear();
    m_steps.clear();
    m_index = 0;
}

} // namespace bw
