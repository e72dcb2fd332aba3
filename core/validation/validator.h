// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "diagnostic.h"
#include "validationcontext.h"

namespace bw {

class SchemaRegistry;
class Workspace;
struct Resource;

// Checks one resource: against its kind's schema (ours, or a loaded CRD), then against the
// rules of its kind, which may look at the resources it refers to. Const and free of
// caches, so a workspace can check many resources on several threads at once.
class Validator
{
public:
    explicit Validator(std::shared_ptr<const SchemaRegistry> schemas);

    [[nodiscard]] const SchemaRegistry& schemas() const { return *m_schemas; }
    [[nodiscard]] const std::shared_ptr<const SchemaRegistry>& schemaRegistry() const { return m_schemas; }

    // Lookups shared by every check of one pass.
    static ValidationIndex buildIndex(const Workspace& workspace);
    [[nodiscard]] std::vector<Diagnostic> check(
        const Workspace& workspace, const ValidationIndex& index, const Resource& resource) const;

private:
    std::shared_ptr<const SchemaRegistry> m_schemas;
};

} // namespace bw
