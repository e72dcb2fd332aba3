// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMultiHash>

#include <optional>
#include <vector>

#include "diagnostic.h"
#include "document/document.h"
#include "document/fieldpath.h"
#include "document/yamltree.h"
#include "workspace/resource.h"

namespace bw {

class SchemaRegistry;
class Workspace;

// Lookups a validation pass builds once and every rule shares.
struct ValidationIndex
{
    QMultiHash<QString, const Resource*> grantsByNamespace; // ReferenceGrants by their namespace
};

// What a rule sees while it checks one resource: the resource, its parse, the workspace
// around it (for references), and where to put what it finds. Rules report against tree
// nodes; the context turns a node into a file, a range and a position.
class ValidationContext
{
public:
    enum class Anchor {
        Value, // the value itself (a scalar problem)
        Field, // the field's key, or the `-` item when the value is a list item
    };

    ValidationContext(const Workspace& workspace, const SchemaRegistry& schemas, const ValidationIndex& index,
        const Resource& resource, const Document& document, const YamlTree& tree, std::vector<Diagnostic>& out);

    const Workspace& workspace;
    const SchemaRegistry& schemas;
    const ValidationIndex& index;
    const Resource& resource;
    const Document& document;
    const YamlTree& tree;

    [[nodiscard]] int root() const { return tree.root; }
    // The value at `path` below `from` (the root by default), following aliases; -1 when absent
    // or null (Kubernetes drops null fields before it validates).
    [[nodiscard]] int at(int from, QStringView key) const;
    [[nodiscard]] int at(const FieldPath& path) const;
    [[nodiscard]] bool has(int map, QStringView key) const { return at(map, key) >= 0; }
    [[nodiscard]] QString text(int node) const { return tree.scalarText(node); }
    [[nodiscard]] QString text(int map, QStringView key) const
    {
        return at(map, key) >= 0 ? text(at(map, key)) : QString();
    }
    [[nodiscard]] bool isTrue(int map, QStringView key) const;
    [[nodiscard]] std::optional<qint64> integer(int map, QStringView key) const;
    [[nodiscard]] qsizetype count(int node) const; // entries of a collection, 0 otherwise
    [[nodiscard]] int item(int seq, qsizetype i) const { return tree.resolve(tree.item(seq, i)); }
    [[nodiscard]] FieldPath pathOf(int node) const { return tree.pathOf(node); }

    [[nodiscard]] SourceRange rangeOf(int node, Anchor anchor) const;
    Diagnostic& report(const QString& code, Severity severity, int node, Anchor anchor, const QString& message);
    // A problem of the resource as a whole (at its name).
    Diagnostic& reportOnResource(const QString& code, Severity severity, const QString& message);

    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return m_out; }

private:
    Diagnostic& add(
        const QString& code, Severity severity, SourceRange range, const QString& fieldPath, const QString& message);

    std::vector<Diagnostic>& m_out;
};

} // namespace bw
