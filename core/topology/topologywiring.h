// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/structurededitor.h"
#include "workspace/resource.h"

namespace bw {

class Workspace;

// The edits behind wiring in the graph: a backendRef added to a route rule (what a drop of a
// backend on a rule does), removed, or given a new weight. Each is a structured edit of the
// route's YAML, so comments stay and one undo takes it back.
class TopologyWiring
{
public:
    // The backendRef for `backend` as the Gateway API wants it written from `route`: group and
    // kind unless it is a Service, namespace only when it differs, and a port where one is
    // needed (a Service's first port, an XBackend's port).
    [[nodiscard]] static StructuredEditor::Result addBackendRef(
        const Workspace& workspace, const ResourceKey& route, int rule, const ResourceKey& backend);
    [[nodiscard]] static StructuredEditor::Result removeBackendRef(
        const Workspace& workspace, const ResourceKey& route, int rule, int refIndex);
    [[nodiscard]] static StructuredEditor::Result setWeight(
        const Workspace& workspace, const ResourceKey& route, int rule, int refIndex, int weight);
};

} // namespace bw
