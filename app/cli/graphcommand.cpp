// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandlineoptions.h"
#include "topology/topologygraph.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

int GraphCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(name(), { u"--format"_s });
    if (const int done = parseWithPaths(options, arguments, workspace); done != Continue)
        return done;
    QString format;
    if (!readFormat(options, { u"json"_s, u"dot"_s }, &format))
        return UsageOrInput;
    const bool readable = openInput(workspace, options.positionals());
    if (readable) {
        if (const int none = requireManifests(workspace, options.positionals()); none != Continue)
            return none;
    }
    const TopologyGraph graph = TopologyGraph::build(workspace);
    if (format == u"json") {
        QJsonArray nodes;
        for (const TopologyGraph::Node& n : graph.nodes()) {
            nodes.append(QJsonObject {
                { u"id"_s, n.id },
                { u"kind"_s, n.kind },
                { u"namespace"_s, n.namespace_ },
                { u"name"_s, n.name },
                { u"missing"_s, n.missing },
                { u"type"_s, TopologyGraph::nodeTypeName(n.type) },
                { u"label"_s, n.label },
                { u"layer"_s, n.layer },
                { u"order"_s, n.order },
                { u"errors"_s, n.errors },
                { u"warnings"_s, n.warnings },
            });
        }
        QJsonArray edges;
        for (const TopologyGraph::Edge& e : graph.edges()) {
            edges.append(QJsonObject {
                { u"from"_s, e.from },
                { u"to"_s, e.to },
                { u"type"_s, TopologyGraph::edgeTypeName(e.type) },
                { u"weight"_s, e.weight ? QJsonValue(*e.weight) : QJsonValue() },
                { u"port"_s, e.port ? QJsonValue(*e.port) : QJsonValue() },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { u"nodes"_s, nodes }, { u"edges"_s, edges } })
                                       .toJson(QJsonDocument::Indented));
    } else {
        const auto quote = [](const QString& s) -> QString {
            return u'"' + QString(s).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
        };
        m_out << "digraph workbench {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"sans\"];\n";
        for (int layer = 0; layer < TopologyGraph::LayerCount; ++layer) {
            m_out << "  { rank=same;";
            for (const TopologyGraph::Node& n : graph.nodes()) {
                if (n.layer == layer)
                    m_out << ' ' << quote(n.id) << ';';
            }
            m_out << " }\n";
        }
        for (const TopologyGraph::Node& n : graph.nodes()) {
            QString attrs = u"label="_s
                + quote(n.type == TopologyGraph::NodeType::Rule || n.type == TopologyGraph::NodeType::Endpoint
                        ? n.label
                        : n.kind + u"\n"_s + (n.namespace_.isEmpty() ? n.name : n.namespace_ + u'/' + n.name));
            if (n.missing)
                attrs += u", style=\"rounded,dashed\", color=red"_s;
            else if (n.errors > 0)
                attrs += u", color=red"_s;
            if (n.fallback)
                attrs += u", style=\"rounded,dotted\""_s;
            m_out << "  " << quote(n.id) << " [" << attrs << "];\n";
        }
        for (const TopologyGraph::Edge& e : graph.edges()) {
            QString attrs;
            if (e.type == TopologyGraph::EdgeType::Mirror)
                attrs = u"style=dashed, label=\"mirror\""_s;
            else if (e.type == TopologyGraph::EdgeType::Policy)
                attrs = u"style=dotted, arrowhead=none"_s;
            else if (e.weight)
                attrs = u"label=\""_s + QString::number(*e.weight) + u'"';
            m_out << "  " << quote(e.from) << " -> " << quote(e.to)
                  << (attrs.isEmpty() ? QString() : u" ["_s + attrs + u']') << ";\n";
        }
        m_out << "}\n";
    }
    m_out.flush();
    return readable ? Success : UsageOrInput;
}

} // namespace bw
