// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "sourcerange.h"

namespace bw {

// The only way text changes: replace `length` bytes at `offset` with `replacement`.
// Forms, the YAML editor, graph wiring and quick fixes all reduce to these, which is what
// keeps every byte the user did not touch exactly as it was.
struct DocumentEdit
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray replacement;

    [[nodiscard]] SourceRange range() const { return { offset, offset + length }; }
    // The edit that undoes this one, given the bytes it is about to replace.
    [[nodiscard]] DocumentEdit inverse(const QByteArray& textBefore) const
    {
        return { offset, replacement.size(), textBefore.mid(offset, length) };
    }
    [[nodiscard]] bool isValidFor(const QByteArray& text) const
    {
        return offset >= 0 && length >= 0 && offset + length <= text.size();
    }
    void applyTo(QByteArray& text) const { text.replace(offset, length, replacement); }
    friend bool operator==(const DocumentEdit&, const DocumentEdit&) = default;
};

} // namespace bw
