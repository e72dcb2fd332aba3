// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemanode.h"

namespace bw {

class ValidationContext;

// Checks a resource's tree against its kind's schema as the API server would before any
// CEL rule runs: types, required members, enums, bounds, patterns, formats, list and map
// sizes; unknown fields are warned about, with a "did you mean" fix for a near miss.
class StructuralValidator
{
public:
    static void check(ValidationContext& context, const SchemaNode& root);

private:
    static void checkNode(ValidationContext& context, int node, const SchemaNode& schema, int depth);
    static void checkMapping(ValidationContext& context, int node, const SchemaNode& schema, int depth);
    static void checkScalar(ValidationContext& context, int node, const SchemaNode& schema);
};

} // namespace bw
