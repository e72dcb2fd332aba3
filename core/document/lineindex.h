// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

#include "sourcerange.h"

namespace bw {

// Maps byte offsets to 1-based lines and code-point columns and back.
class LineIndex
{
public:
    void rebuild(const QByteArray& text);
    [[nodiscard]] TextPosition positionAt(qsizetype offset) const;
    [[nodiscard]] qsizetype offsetAt(TextPosition pos) const;
    [[nodiscard]] qsizetype lineStart(int line) const; // 1-based line
    [[nodiscard]] qsizetype lineCount() const { return qsizetype(m_starts.size()); }

private:
    const QByteArray* m_text = nullptr;
    std::vector<qsizetype> m_starts { 0 };
};

} // namespace bw
