// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologywiring.h"

#include <QCoreApplication>

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
} // namespace

StructuredEditor::Result TopologyWiring::addBackendRef(
    const Workspace& workspace, const ResourceKey& route, int rule, const ResourceKey& backend)
{
    const Resource* r = workspace.findResource(route);
    const Resource* b = workspace.findResource(backend);
    if (!r || !b)
        return failure(Strings::tr("the route or the backend is no longer in the workspace"));
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

    const StructuredEditor editor(*workspace.document(r->documentId), r->yamlDocument);
    const FieldPath rulePath = FieldPath::parse(u"spec.rules"_s).value().index(rule);
    const YamlTree* rt = workspace.treeOf(*r);
    if (!rt || rt->find(rulePath) < 0)
        return failure(Strings::tr("rule %1 of %2 does not exist").arg(rule).arg(route.name));
    const FieldPath refs = rulePath.key(u"backendRefs"_s);
    if (rt->find(refs) < 0 || rt->node(rt->resolve(rt->find(refs))).isNull())
        return editor.setValue(refs, YamlValue::sequence({ YamlValue::mapping(ref) }));
    return editor.appendItem(refs, YamlValue::mapping(ref));
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

} // namespace bw
