// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

#include "schemanode.h"

namespace bw {

// The schema of one kind, with where it came from: our descriptors, or a CRD the user
// loaded (which then takes precedence for the versions it serves).
struct KindSchema
{
    QString group;
    QString kind;
    QString plural;
    bool namespaced = true;
    QStringList versions; // served versions this schema describes
    QStringList standardVersions; // versions served by the standard-channel CRD, when known
    QString description;
    QString source; // file it was read from
    std::shared_ptr<const SchemaNode> root;

    [[nodiscard]] QString kindGroup() const { return group.isEmpty() ? kind : kind + u'.' + group; }
};

} // namespace bw
