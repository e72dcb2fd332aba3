// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace bw {

class SchemaNode;

// Lists where one schema differs from another, field by field: the proof that our
// descriptors say what the real CRDs say, and the way to tell a user that the CRD installed
// in their cluster is not the one the workbench knows.
class SchemaComparer
{
public:
    enum class Mode {
        Exact, // same fields, types, enums and bounds
        StandardChannel, // the reference is the standard channel: our extra fields and enum
                         // values must be the ones marked experimental
        Subset, // the reference lacks constraints (an OpenAPI dump): ours may add some
    };

    // One line per difference, each starting with the field path.
    static QStringList differences(const SchemaNode& ours, const SchemaNode& reference, Mode mode);
};

} // namespace bw
