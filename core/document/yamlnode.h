// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "sourcerange.h"

namespace bw {

// One node of a parsed YAML document, with where it sits in the text. Nodes live in a
// YamlTree's arena and refer to each other by index, so a tree copies and shifts cheaply.
struct YamlNode
{
    enum class Type : quint8 { Null, Scalar, Mapping, Sequence, Alias };
    enum class Style : quint8 { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    Type type = Type::Null;
    Style style = Style::Plain;
    int parent = -1;
    // Everything the node occupies, including its anchor and tag.
    SourceRange range;
    // The content alone: the scalar's text with its quotes, or a collection from its first
    // token (`{`, `[`, the first key or `-`). An empty null sits right after its `:` or `-`.
    SourceRange valueRange;
    std::string tag; // as yaml-cpp reports it: "?" plain, "!" quoted/block, else the explicit tag
    std::string anchor;
    std::string value; // decoded scalar value (UTF-8)
    // Mapping: key0, value0, key1, value1, ...; Sequence: the items.
    std::vector<int> children;
    int aliasTarget = -1;

    [[nodiscard]] bool isMapping() const { return type == Type::Mapping; }
    [[nodiscard]] bool isSequence() const { return type == Type::Sequence; }
    [[nodiscard]] bool isScalar() const { return type == Type::Scalar; }
    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isCollection() const { return isMapping() || isSequence(); }
    [[nodiscard]] bool isQuoted() const { return style == Style::SingleQuoted || style == Style::DoubleQuoted; }
    [[nodiscard]] bool isBlockScalar() const { return style == Style::Literal || style == Style::Folded; }
    [[nodiscard]] bool isFlow() const { return style == Style::Flow; }
    [[nodiscard]] qsizetype entryCount() const
    {
        return isMapping() ? qsizetype(children.size() / 2) : qsizetype(children.size());
    }
};

} // namespace bw
