// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <vector>

#include "fieldpath.h"
#include "yamlnode.h"

namespace bw {

// The parse of one YAML document: an arena of nodes and the index of the root (-1 when the
// document holds nothing but comments). Lookups follow aliases and `<<` merge keys, as
// Kubernetes' YAML decoder does.
class YamlTree
{
public:
    enum class ScalarKind { Null, Bool, Int, Float, String };

    std::vector<YamlNode> nodes;
    int root = -1;

    [[nodiscard]] bool isEmpty() const { return root < 0; }
    [[nodiscard]] const YamlNode& node(int i) const { return nodes[size_t(i)]; }
    // Follows alias chains (bounded) to the node they name; returns -1 on a dangling alias.
    [[nodiscard]] int resolve(int i) const;
    // The value node of `key` in mapping `map`, or -1.
    [[nodiscard]] int child(int map, QStringView key) const;
    // The key node of `key` in mapping `map` (the key itself, not its value), or -1.
    [[nodiscard]] int keyNode(int map, QStringView key) const;
    [[nodiscard]] int item(int seq, qsizetype index) const;
    // Walks `path` from `from` (the root by default); returns -1 where it does not exist.
    [[nodiscard]] int find(const FieldPath& path, int from = -2) const;
    // The deepest node along `path` that exists and how many segments it consumed.
    struct PartialMatch
    {
        int node = -1;
        qsizetype consumed = 0;
    };
    [[nodiscard]] PartialMatch findPartial(const FieldPath& path, int from = -2) const;
    [[nodiscard]] FieldPath pathOf(int node) const;

    [[nodiscard]] QString scalarText(int node) const; // resolved value as text ("" for null/collections)
    [[nodiscard]] ScalarKind scalarKind(int node) const;
    // The string at `path` when it is a scalar, else `fallback`.
    [[nodiscard]] QString stringAt(const FieldPath& path, const QString& fallback = {}, int from = -2) const;
    [[nodiscard]] QVariant toVariant(int node, int budget = 100000) const;

    void shift(qsizetype delta);

    // How YAML (1.1 as Kubernetes reads it, and 1.2) resolves a plain scalar's text.
    static ScalarKind resolvePlain(QStringView text);
};

} // namespace bw
