// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext.h"

namespace bw {

ValidationContext::ValidationContext(const Workspace& workspace_, const SchemaRegistry& schemas_,
    const ValidationIndex& index_, const Resource& resource_, const Document& document_, const YamlTree& tree_,
    std::vector<Diagnostic>& out)
    : workspace(workspace_)
    , schemas(schemas_)
    , index(index_)
    , resource(resource_)
    , document(document_)
    , tree(tree_)
    , m_out(out)
{ }

int ValidationContext::at(int from, QStringView key) const
{
    from = tree.resolve(from);
    if (from < 0 || !tree.node(from).isMapping())
        return -1;
    const int n = tree.resolve(tree.child(from, key));
    if (n < 0 || tree.scalarKind(n) == YamlTree::ScalarKind::Null)
        return -1;
    return n;
}

int ValidationContext::at(const FieldPath& path) const
{
    const int n = tree.resolve(tree.find(path));
    if (n < 0 || tree.scalarKind(n) == YamlTree::ScalarKind::Null)
        return -1;
    return n;
}

bool ValidationContext::isTrue(int map, QStringView key) const
{
    const int n = at(map, key);
    if (n < 0 || tree.scalarKind(n) != YamlTree::ScalarKind::Bool)
        return false;
    const QString v = text(n).toLower();
    return v == u"true" || v == u"yes" || v == u"on" || v == u"y";
}

std::optional<qint64> ValidationContext::integer(int map, QStringView key) const
{
    const int n = at(map, key);
    if (n < 0 || tree.scalarKind(n) != YamlTree::ScalarKind::Int)
        return std::nullopt;
    bool ok = false;
    const qint64 v = text(n).toLongLong(&ok, 0);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

qsizetype ValidationContext::count(int node) const
{
    node = tree.resolve(node);
    return node >= 0 && tree.node(node).isCollection() ? tree.node(node).entryCount() : 0;
}

SourceRange ValidationContext::rangeOf(int node, Anchor anchor) const
{
    if (node < 0)
        return resource.nameRange;
    const YamlNode& n = tree.node(node);
    if (anchor == Anchor::Field && n.parent >= 0) {
        const YamlNode& parent = tree.node(n.parent);
        if (parent.isMapping()) {
            for (size_t k = 1; k < parent.children.size(); k += 2) {
                if (parent.children[k] == node)
                    return tree.node(parent.children[k - 1]).valueRange;
            }
        }
    }
    return n.valueRange.isEmpty() ? n.range : n.valueRange;
}

Diagnostic& ValidationContext::add(
    const QString& code, Severity severity, SourceRange range, const QString& fieldPath, const QString& message)
{
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = message;
    d.file = document.path();
    d.range = range;
    d.position = document.positionAt(range.begin);
    d.fieldPath = fieldPath;
    d.kind = resource.key.kind;
    d.name = resource.key.name;
    d.namespace_ = resource.key.namespace_;
    m_out.push_back(std::move(d));
    return m_out.back();
}

Diagnostic& ValidationContext::report(
    const QString& code, Severity severity, int node, Anchor anchor, const QString& message)
{
    return add(code, severity, rangeOf(node, anchor), node >= 0 ? pathOf(node).toString() : QString(), message);
}

Diagnostic& ValidationContext::reportOnResource(const QString& code, Severity severity, const QString& message)
{
    return add(code, severity, resource.nameRange, QStringLiteral("metadata.name"), message);
}

} // namespace bw
