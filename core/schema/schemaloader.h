// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <vector>

#include "kindschema.h"

namespace bw {

// Reads kind schemas from our descriptor files, from CustomResourceDefinition manifests
// (what `kubectl get crd -o yaml` prints, or the YAML projects ship), and from an OpenAPI v3
// document's components (aggregated API servers such as Apoxy's publish no CRD).
class SchemaLoader
{
public:
    struct Result
    {
        std::vector<KindSchema> schemas;
        QString error; // empty on success; names the document and field that failed
    };

    static Result fromDescriptor(const QByteArray& json, const QString& source);
    // Every CustomResourceDefinition in a (multi-document) YAML or JSON file; one KindSchema
    // per distinct schema among its served versions.
    static Result fromCrd(const QByteArray& text, const QString& source);
    // components.schemas[name] with its $refs resolved.
    static Result fromOpenApiComponent(const QByteArray& json, const QString& schemaName, const QString& group,
        const QString& kind, const QStringList& versions, bool namespaced, const QString& source);
    static QJsonObject resolveRefs(const QJsonObject& node, const QJsonObject& components, int depth = 0);
};

} // namespace bw
