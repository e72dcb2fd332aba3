// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace bw {

// A half-open byte range [begin, end) into a document's UTF-8 text. Byte offsets, not
// characters, because edits and the parser both work on the raw bytes the user saved.
struct SourceRange
{
    qsizetype begin = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype length() const { return end - begin; }
    [[nodiscard]] bool isEmpty() const { return end <= begin; }
    [[nodiscard]] bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    [[nodiscard]] bool overlaps(const SourceRange& other) const { return begin < other.end && other.begin < end; }
    void shift(qsizetype delta)
    {
        begin += delta;
        end += delta;
    }
    friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

// 1-based line and column; the column counts Unicode code points, as editors show it.
struct TextPosition
{
    int line = 1;
    int column = 1;
    friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

} // namespace bw
