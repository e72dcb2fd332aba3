// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologywiring.h"

#include <QCoreApplication>

#include "validation/routerules.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::TopologyWiring)
};

StructuredEditor::Result failure(const QString& message)
{
    return { {}, message };
}

FieldPath refsOf(int rule)
{
    return FieldPath::parse(u"spec.rules"_s).value().index(rule).key(u"backendRefs"_s);
}

// Appends `ref` to the rule's backendRefs, or starts the list when there is none (or null).
StructuredEditor::Result append(const Workspace& workspace, const Resource& route, int rule, const YamlValue& ref)
{
    const StructuredEditor editor(*workspace.document(route.documentId), route.yamlDocument);
    const FieldPath refs = refsOf(rule);
    const YamlTree* rt = workspace.treeOf(route);
    if (!rt || rt->find(FieldPath::parse(u"spec.rules"_s).value().index(rule)) < 0)
        return failure(Strings::tr("rule %1 of %2 does not exist").arg(rule).arg(route.key.name));
    if (rt->find(refs) < 0 || rt->node(rt->resolve(rt->find(refs))).isNull())
        return editor.setValue(refs, YamlValue::sequence({ ref }));
    return editor.appendItem(refs, ref);
}
} // namespace

QString TopologyWiring::refusal(const Workspace& workspace, const ResourceKey& route, const ResourceKey& backend)
{
    const Resource* r = workspace.findResource(route);
    if (!r)
        return Strings::tr("the route is no longer in the workspace");
    return RouteRules::unsupportedBackend(workspace, *r, backend.group, backend.kind);
}

StructuredEditor::Result TopologyWiring::addBackendRef(
    const Workspace& workspace, const ResourceKey& route, int rule, const ResourceKey& backend)
{
    const Resource* r = workspace.findResource(route);
    const Resource* b = workspace.findResource(backend);
    if (!r || !b)
        return failure(Strings::tr("the route or the backend is no longer in the workspace"));
    if (const QString why = refusal(workspace, route, backend); !why.isEmpty())
        return failure(why);
    const YamlTree* bt = workspace.treeOf(*b);
    QList<QPair<QString, YamlValue>> ref;
    if (!backend.group.isEmpty()) {
        ref.append({ u"group"_s, ScalarValue::string(backend.group) });
        ref.append({ u"kind"_s, ScalarValue::string(backend.kind) });
    } else if (backend.kind != u"Service"_s) {
        ref.append({ u"kind"_s, ScalarValue::string(backend.kind) });
    }
    ref.append({ u"name"_s, ScalarValue::string(backend.name) });
    if (!backend.namespace_.isEmpty() && backend.namespace_ != route.namespace_)
        ref.append({ u"namespace"_s, ScalarValue::string(backend.namespace_) });
    QString port;
    if (backend.kind == u"Service"_s && bt)
        port = bt->stringAt(FieldPath::parse(u"spec.ports[0].port"_s).value());
    else if (backend.kind == u"XBackend"_s && bt)
        port = bt->stringAt(FieldPath::parse(u"spec.port.port"_s).value());
    if (!port.isEmpty())
        ref.append({ u"port"_s, ScalarValue::integer(port.toLongLong()) });

    return append(workspace, *r, rule, YamlValue::mapping(ref));
}

StructuredEditor::Result TopologyWiring::removeBackendRef(
    const Workspace& workspace, const ResourceKey& route, int rule, int refIndex)
{
    const Resource* r = workspace.findResource(route);
    if (!r)
        return failure(Strings::tr("the route is no longer in the workspace"));
    const StructuredEditor editor(*workspace.document(r->documentId), r->yamlDocument);
    return editor.remove(FieldPath::parse(u"spec.rules"_s).value().index(rule).key(u"backendRefs"_s).index(refIndex));
}

StructuredEditor::Result TopologyWiring::setWeight(
    const Workspace& workspace, const ResourceKey& route, int rule, int refIndex, int weight)
{
    const Resource* r = workspace.findResource(route);
    if (!r)
        return failure(Strings::tr("the route is no longer in the workspace"));
    const StructuredEditor editor(*workspace.document(r->documentId), r->yamlDocument);
    return editor.setScalar(
        FieldPath::parse(u"spec.rules"_s).value().index(rule).key(u"backendRefs"_s).index(refIndex).key(u"weight"_s),
        ScalarValue::integer(weight));
}

TopologyWiring::Change TopologyWiring::moveBackendRef(const Workspace& workspace, const ResourceKey& fromRoute,
    int fromRule, int refIndex, const ResourceKey& toRoute, int toRule)
{
    Change change;
    const Resource* source = workspace.findResource(fromRoute);
    const Resource* dest = workspace.findResource(toRoute);
    if (!source || !dest) {
        change.error = Strings::tr("the route is no longer in the workspace");
        return change;
    }
    if (fromRoute == toRoute && fromRule == toRule) {
        change.error = Strings::tr("the backendRef is already in rule %1 of %2").arg(toRule).arg(toRoute.name);
        return change;
    }
    const YamlTree* tree = workspace.treeOf(*source);
    const int item = tree ? tree->resolve(tree->find(refsOf(fromRule).index(refIndex))) : -1;
    if (item < 0 || !tree->node(item).isMapping()) {
        change.error = Strings::tr("backendRef %1 of rule %2 of %3 does not exist")
                           .arg(refIndex)
                           .arg(fromRule)
                           .arg(fromRoute.name);
        return change;
    }
    // The ref is written again field by field, each scalar with its type (a quoted "80" stays
    // a string).
    QList<QPair<QString, YamlValue>> fields;
    const YamlNode& map = tree->node(item);
    QString group;
    QString kind = u"Service"_s;
    for (size_t k = 0; k + 1 < map.children.size(); k += 2) {
        const int value = tree->resolve(map.children[k + 1]);
        if (value < 0 || !tree->node(value).isScalar()) {
            change.error = Strings::tr("this backendRef has filters; move it in the YAML view");
            return change;
        }
        const QString key = tree->scalarText(map.children[k]);
        const QString text = tree->scalarText(value);
        ScalarValue v = ScalarValue::string(text);
        switch (tree->scalarKind(value)) {
        case YamlTree::ScalarKind::Int:
            v = ScalarValue::integer(text.toLongLong(nullptr, 0));
            break;
        case YamlTree::ScalarKind::Bool:
            v = ScalarValue::boolean(text.toLower() == u"true"_s);
            break;
        default:
            break;
        }
        if (key == u"group"_s)
            group = text;
        else if (key == u"kind"_s)
            kind = text;
        fields.append({ key, v });
    }
    if (const QString why = RouteRules::unsupportedBackend(workspace, *dest, group, kind); !why.isEmpty()) {
        change.error = why;
        return change;
    }
    const StructuredEditor::Result add = append(workspace, *dest, toRule, YamlValue::mapping(fields));
    const StructuredEditor::Result remove = removeBackendRef(workspace, fromRoute, fromRule, refIndex);
    if (!add.ok() || !remove.ok()) {
        change.error = add.ok() ? remove.error : add.error;
        return change;
    }
    if (source->documentId == dest->documentId) {
        DocumentEdits one { source->documentId, add.edits };
        one.edits.insert(one.edits.end(), remove.edits.begin(), remove.edits.end());
        change.documents.push_back(std::move(one));
    } else {
        change.documents.push_back({ dest->documentId, add.edits });
        change.documents.push_back({ source->documentId, remove.edits });
    }
    return change;
}

} // namespace bw
