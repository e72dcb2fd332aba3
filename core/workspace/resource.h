// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "document/sourcerange.h"

namespace bw {

// What identifies a Kubernetes object: (group, kind, namespace, name). Cluster-scoped
// objects have an empty namespace.
struct ResourceKey
{
    QString group;
    QString kind;
    QString namespace_;
    QString name;

    // "Backend.gateway.envoyproxy.io default/web", as kubectl prints kind.group and ns/name.
    [[nodiscard]] QString toString() const
    {
        const QString kindGroup = group.isEmpty() ? kind : kind + u'.' + group;
        return kindGroup + u' ' + (namespace_.isEmpty() ? name : namespace_ + u'/' + name);
    }
    friend bool operator==(const ResourceKey&, const ResourceKey&) = default;
};

inline size_t qHash(const ResourceKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.group, k.kind, k.namespace_, k.name);
}

// One Kubernetes object found in a document, and where it is.
struct Resource
{
    ResourceKey key;
    QString apiVersion;
    QString version;
    int documentId = -1; // Workspace document id
    int yamlDocument = -1; // index of the YAML document inside the file
    SourceRange range; // the whole YAML document
    SourceRange nameRange; // metadata.name's value, or the document start
    bool namespaceExplicit = false;
    bool knownKind = false;
};

} // namespace bw
