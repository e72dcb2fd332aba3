// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include <vector>

#include "reference.h"

namespace bw {

class YamlTree;

// Every reference between the workspace's resources, looked up from either end. Validation
// uses it to re-check only what an edit can affect; the topology graph draws its edges.
class ReferenceIndex
{
public:
    // The references a resource's own fields make.
    static std::vector<Reference> extract(const Resource& resource, const YamlTree& tree);

    void clear();
    void add(std::vector<Reference> refs);
    void removeFrom(const ResourceKey& from);
    // Drops every reference made by `from` and adds `refs`, with one lookup rebuild.
    void replaceFrom(const QList<ResourceKey>& from, std::vector<Reference> refs);

    [[nodiscard]] std::vector<const Reference*> all() const;
    [[nodiscard]] QList<const Reference*> from(const ResourceKey& key) const;
    [[nodiscard]] QList<const Reference*> to(const ResourceKey& key) const;

private:
    QHash<ResourceKey, std::vector<Reference>> m_byFrom; // in the order the object writes them
    QMultiHash<ResourceKey, ResourceKey> m_to; // target -> each object referring to it, once
    qsizetype m_count = 0;
};

} // namespace bw
