// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithistory.h"

#include <algorithm>

namespace bw {

void EditHistory::push(Step step)
{
    m_steps.resize(m_index);
    m_steps.push_back(std::move(step));
    if (m_steps.size() > kMaxSteps)
        m_steps.erase(m_steps.begin());
    m_index = m_steps.size();
}

void EditHistory::forgetDocument(int documentId)
{
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
    m_steps.clear();
    m_index = 0;
}

} // namespace bw
