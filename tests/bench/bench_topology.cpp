// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The topology graph at scale: 1,000 routes (two rules each) over 2,000 Backends, spread over
// 20 namespaces. Measures building the graph with its layout from a loaded workspace, against
// the workspace load measured in the same run, and the crossings left. Target: <= 1 s.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#include "topology/topologygraph.h"
#include "workspace/workspace.h"

using namespace bw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QByteArray text;
    for (int b = 0; b < 2000; ++b) {
        text += "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: be-"
            + QByteArray::number(b) + ", namespace: ns-" + QByteArray::number(b % 20)
            + "}\nspec:\n  endpoints:\n    - fqdn: {hostname: be-" + QByteArray::number(b)
            + ".example.com, port: 443}\n";
    }
    for (int r = 0; r < 1000; ++r) {
        // Each route uses backends of its own namespace, in a scrambled order.
        const int a = (r * 7) % 2000 / 20 * 20 + r % 20;
        const int c = (r * 13 + 5) % 2000 / 20 * 20 + r % 20;
        text += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: route-"
            + QByteArray::number(r) + ", namespace: ns-" + QByteArray::number(r % 20)
            + "}\nspec:\n  parentRefs: [{name: edge, namespace: infra}]\n  rules:\n"
              "    - backendRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: be-"
            + QByteArray::number(a) + ", weight: 80}, {group: gateway.envoyproxy.io, kind: Backend, name: be-"
            + QByteArray::number(c)
            + ", weight: 20}]\n    - backendRefs: [{group: gateway.envoyproxy.io, kind: Backend, name: be-"
            + QByteArray::number(c) + "}]\n";
    }
    QElapsedTimer t;
    t.start();
    Workspace ws;
    ws.addText(QStringLiteral("scale.yaml"), text);
    const double load = t.nsecsElapsed() / 1e6;
    double best = 1e18;
    int crossings = 0;
    size_t nodes = 0;
    size_t edges = 0;
    int unordered = 0;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        TopologyGraph g = TopologyGraph::build(ws);
        best = std::min(best, t.nsecsElapsed() / 1e6);
        crossings = g.crossings();
        nodes = g.nodes().size();
        edges = g.edges().size();
        g.layout(0);
        unordered = g.crossings();
    }
    out << "workspace load + validation (baseline): " << load << " ms\n";
    out << "graph build + layout: " << best << " ms for " << nodes << " nodes, " << edges
        << " edges (target <= 1000 ms)\n";
    out << "    ratio to load: " << QString::number(best / load, 'f', 2) << "\n";
    out << "crossings: " << unordered << " in name order, " << crossings << " after layout\n";
    return 0;
}
