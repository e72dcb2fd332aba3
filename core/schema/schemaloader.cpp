// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "document/document.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::SchemaLoader)
};

QString located(const QString& source, const Document& doc, qsizetype offset, const QString& message)
{
    const TextPosition p = doc.positionAt(offset);
    return u"%1:%2:%3: %4"_s.arg(source).arg(p.line).arg(p.column).arg(message);
}
} // namespace

SchemaLoader::Result SchemaLoader::fromDescriptor(const QByteArray& json, const QString& source)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        result.error = Strings::tr("%1: not a schema descriptor: %2").arg(source, parseError.errorString());
        return result;
    }
    const QJsonObject o = doc.object();
    KindSchema k;
    k.group = o.value("group"_L1).toString();
    k.kind = o.value("kind"_L1).toString();
    k.plural = o.value("plural"_L1).toString();
    k.namespaced = o.value("scope"_L1).toString() != "Cluster"_L1;
    for (const QJsonValue& v : o.value("versions"_L1).toArray())
        k.versions.append(v.toString());
    for (const QJsonValue& v : o.value("standardVersions"_L1).toArray())
        k.standardVersions.append(v.toString());
    k.description = o.value("description"_L1).toString();
    k.source = source;
    QString error;
    k.root = SchemaNode::fromJson(o.value("schema"_L1).toObject(), &error);
    if (k.kind.isEmpty() || k.versions.isEmpty())
        error = Strings::tr("kind and versions are required");
    if (!error.isEmpty()) {
        result.error = u"%1: %2"_s.arg(source, error);
        return result;
    }
    result.schemas.push_back(std::move(k));
    return result;
}

SchemaLoader::Result SchemaLoader::fromCrd(const QByteArray& text, const QString& source)
{
    Result result;
    ParseLimits limits;
    limits.maxExpandedNodes = 2'000'000; // CRDs are large (HTTPRoute's is half a megabyte)
    const Document doc(source, text, limits);
    for (const ParseProblem& p : doc.problems()) {
        if (p.severity == ParseProblem::Severity::Error) {
            result.error = located(source, doc, p.range.begin, p.message);
            return result;
        }
    }
    for (const YamlDocument& yd : doc.documents()) {
        if (yd.tree.isEmpty())
            continue;
        const QJsonObject crd = QJsonObject::fromVariantMap(yd.tree.toVariant(yd.tree.root, 4'000'000).toMap());
        if (crd.value("kind"_L1).toString() != "CustomResourceDefinition"_L1) {
            result.error = located(source, doc, yd.range.begin,
                Strings::tr("not a CustomResourceDefinition (kind is \"%1\")").arg(crd.value("kind"_L1).toString()));
            return result;
        }
        const QJsonObject spec = crd.value("spec"_L1).toObject();
        const QJsonObject names = spec.value("names"_L1).toObject();
        KindSchema base;
        base.group = spec.value("group"_L1).toString();
        base.kind = names.value("kind"_L1).toString();
        base.plural = names.value("plural"_L1).toString();
        base.namespaced = spec.value("scope"_L1).toString() != "Cluster"_L1;
        base.source = source;
        if (base.kind.isEmpty() || base.group.isEmpty()) {
            result.error
                = located(source, doc, yd.range.begin, Strings::tr("spec.group and spec.names.kind are required"));
            return result;
        }
        // Versions with the same schema share one KindSchema.
        std::vector<std::pair<QJsonObject, QStringList>> bySchema;
        const QJsonArray versions = spec.value("versions"_L1).toArray();
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const QJsonObject v = versions.at(i).toObject();
            if (!v.value("served"_L1).toBool(true))
                continue;
            const QJsonObject schema = v.value("schema"_L1).toObject().value("openAPIV3Schema"_L1).toObject();
            if (schema.isEmpty()) {
                result.error = located(source, doc, yd.range.begin,
                    Strings::tr("spec.versions[%1].schema.openAPIV3Schema is missing").arg(i));
                return result;
            }
            auto it = std::find_if(bySchema.begin(), bySchema.end(), [&](const auto& e) { return e.first == schema; });
            if (it == bySchema.end())
                bySchema.emplace_back(schema, QStringList { v.value("name"_L1).toString() });
            else
                it->second.append(v.value("name"_L1).toString());
        }
        for (auto& [schema, versionNames] : bySchema) {
            KindSchema k = base;
            k.versions = versionNames;
            k.description = schema.value("description"_L1).toString().section(u'\n', 0, 0);
            QString error;
            k.root = SchemaNode::fromJson(schema, &error);
            if (!error.isEmpty()) {
                result.error = located(
                    source, doc, yd.range.begin, u"%1 %2: %3"_s.arg(k.kindGroup(), versionNames.join(u", "_s), error));
                return result;
            }
            result.schemas.push_back(std::move(k));
        }
    }
    if (result.schemas.empty())
        result.error = Strings::tr("%1: no CustomResourceDefinition found").arg(source);
    return result;
}

QJsonObject SchemaLoader::resolveRefs(const QJsonObject& node, const QJsonObject& components, int depth)
{
    if (depth > 64)
        return {};
    QJsonObject out;
    if (node.contains("$ref"_L1)) {
        const QString name = node.value("$ref"_L1).toString().section(u'/', -1);
        out = resolveRefs(components.value(name).toObject(), components, depth + 1);
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.key() == "$ref"_L1)
            continue;
        if (it.value().isObject()) {
            out.insert(it.key(), resolveRefs(it.value().toObject(), components, depth + 1));
        } else if (it.value().isArray()) {
            QJsonArray a;
            for (const QJsonValue& v : it.value().toArray())
                a.append(v.isObject() ? QJsonValue(resolveRefs(v.toObject(), components, depth + 1)) : v);
            out.insert(it.key(), a);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

SchemaLoader::Result SchemaLoader::fromOpenApiComponent(const QByteArray& json, const QString& schemaName,
    const QString& group, const QString& kind, const QStringList& versions, bool namespaced, const QString& source)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject components = doc.object().value("components"_L1).toObject().value("schemas"_L1).toObject();
    if (!components.contains(schemaName)) {
        result.error = Strings::tr("%1: no schema named %2").arg(source, schemaName);
        return result;
    }
    KindSchema k;
    k.group = group;
    k.kind = kind;
    k.versions = versions;
    k.namespaced = namespaced;
    k.source = source;
    QString error;
    k.root = SchemaNode::fromJson(resolveRefs(components.value(schemaName).toObject(), components), &error);
    if (!error.isEmpty()) {
        result.error = u"%1: %2"_s.arg(source, error);
        return result;
    }
    result.schemas.push_back(std::move(k));
    return result;
}

} // namespace bw
