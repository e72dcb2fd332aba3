// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

#include "kindschema.h"

namespace bw {

// Which schema applies to an object: a CRD the user loaded wins over our built-in
// descriptors for the versions it serves. The built-in set is read once, from the
// descriptors compiled into the program (resources/schema).
class SchemaRegistry
{
public:
    SchemaRegistry() = default;
    // Our descriptors for every kind the workbench knows.
    static std::shared_ptr<const SchemaRegistry> builtin();

    void add(KindSchema schema);
    // The schema for (group, kind, version); with no exact version, the kind's newest.
    [[nodiscard]] const KindSchema* find(QStringView group, QStringView kind, QStringView version = {}) const;
    [[nodiscard]] const SchemaNode* definition(const QString& name) const;
    [[nodiscard]] std::vector<const KindSchema*> all() const;
    [[nodiscard]] QString loadError() const { return m_loadError; }

private:
    std::vector<KindSchema> m_schemas; // later entries win
    QHash<QString, std::shared_ptr<const SchemaNode>> m_definitions;
    QString m_loadError;
};

} // namespace bw
