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

    // Why the workspace would reject a backendRef from `route` to `backend` (the route's
    // controller cannot use that kind: an XBackend behind Envoy Gateway, say); empty when it
    // can take it. addBackendRef refuses the same drops with the same words.
    [[nodiscard]] static QString refusal(
        const Workspace& workspace, const ResourceKey& route, const ResourceKey& backend);

    // The edits of one document.
    struct DocumentEdits
    {
        int documentId = -1;
        std::vector<DocumentEdit> edits;
    };
    struct Change
    {
        // Applied in this order; one entry when both rules are in the same file (the edits,
        // computed on the same text, do not overlap), so the move is one undo step there.
        std::vector<DocumentEdits> documents;
        QString error; // empty on success
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };
    // Moves backendRef `refIndex` of rule `fromRule` of `fromRoute` to the end of rule
    // `toRule` of `toRoute`, with its fields (weight, port, namespace...) as written. A ref
    // with nested fields (filters) is refused: it is moved in the YAML view.
    [[nodiscard]] static Change moveBackendRef(const Workspace& workspace, const ResourceKey& fromRoute, int fromRule,
        int refIndex, const ResourceKey& toRoute, int toRule);
};

} // namespace bw
