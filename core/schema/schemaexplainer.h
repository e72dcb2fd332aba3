// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bw {

struct KindSchema;
class SchemaNode;
class SchemaRegistry;

// Describes a kind or one of its fields in words, as `kubectl explain` does from a live
// cluster: type, description, constraints, and the fields below it.
class SchemaExplainer
{
public:
    // `fieldPath` like {"spec", "endpoints", "fqdn"}; list items are stepped into silently.
    // Returns empty and fills `error` (naming the fields that do exist) when the path does not.
    static QString explain(const SchemaRegistry& registry, const KindSchema& kind, const QStringList& fieldPath,
        bool recursive, QString* error);
    // "<string>", "<[]Object>", "<map[string]string>" ...
    static QString typeLabel(const SchemaNode& node);
    // The enum, bounds, pattern, default and one-of groups of a node, one per line.
    static QStringList constraints(const SchemaNode& node);
};

} // namespace bw
