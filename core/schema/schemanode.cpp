// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemanode.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

const SchemaNode* SchemaNode::property(QStringView name) const
{
    const auto it = std::lower_bound(properties.begin(), properties.end(), name,
        [](const auto& entry, QStringView n) { return QStringView(entry.first) < n; });
    return it != properties.end() && it->first == name ? it->second.get() : nullptr;
}

QString SchemaNode::typeName(Type t)
{
    switch (t) {
    case Type::Any:
        return u"any"_s;
    case Type::Object:
        return u"object"_s;
    case Type::Array:
        return u"array"_s;
    case Type::String:
        return u"string"_s;
    case Type::Integer:
        return u"integer"_s;
    case Type::Number:
        return u"number"_s;
    case Type::Boolean:
        return u"boolean"_s;
    }
    return {};
}

QString SchemaNode::typeName() const
{
    return intOrString ? u"integer or string"_s : typeName(type);
}

namespace {

std::optional<qint64> optionalInt(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

std::optional<double> optionalNumber(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QList<QStringList> groups(const QJsonValue& v)
{
    QList<QStringList> out;
    for (const QJsonValue& g : v.toArray()) {
        QStringList members;
        for (const QJsonValue& m : g.toArray())
            members.append(m.toString());
        out.append(members);
    }
    return out;
}

struct Reader
{
    QString* error = nullptr;
    int budget = 200000; // nodes; a hostile CRD cannot make us recurse forever

    void fail(const QString& message)
    {
        if (error && error->isEmpty())
            *error = message;
    }

    QRegularExpression compile(const QString& pattern)
    {
        QRegularExpression re(pattern);
        if (!re.isValid())
            fail(u"invalid pattern \"%1\": %2"_s.arg(pattern, re.errorString()));
        re.optimize(); // compile now: matching from several threads must not race on it
        return re;
    }

    std::shared_ptr<const SchemaNode> read(const QJsonObject& o, int depth)
    {
        auto node = std::make_shared<SchemaNode>();
        if (--budget < 0 || depth > 64) {
            fail(u"schema too large or too deeply nested"_s);
            node->preserveUnknownFields = true;
            return node;
        }
        static const QHash<QString, SchemaNode::Type> types = {
            { u"object"_s, SchemaNode::Type::Object },
            { u"array"_s, SchemaNode::Type::Array },
            { u"string"_s, SchemaNode::Type::String },
            { u"integer"_s, SchemaNode::Type::Integer },
            { u"number"_s, SchemaNode::Type::Number },
            { u"boolean"_s, SchemaNode::Type::Boolean },
        };
        const QString type = o.value("type"_L1).toString();
        if (!type.isEmpty()) {
            const auto it = types.constFind(type);
            if (it == types.cend())
                fail(u"unknown type \"%1\""_s.arg(type));
            else
                node->type = *it;
        } else if (o.contains("properties"_L1)) {
            node->type = SchemaNode::Type::Object;
        }
        node->format = o.value("format"_L1).toString();
        node->description = o.value("description"_L1).toString();
        node->pattern = o.value("pattern"_L1).toString();
        if (!node->pattern.isEmpty())
            node->patternRegex = compile(node->pattern);
        node->enumValues = o.value("enum"_L1).toArray().toVariantList();
        // `allOf` members in CRDs only add constraints to the same value: enums and patterns.
        for (const QJsonValue& member : o.value("allOf"_L1).toArray()) {
            const QJsonObject m = member.toObject();
            if (m.contains("enum"_L1) && node->enumValues.isEmpty())
                node->enumValues = m.value("enum"_L1).toArray().toVariantList();
            const QString p = m.value("pattern"_L1).toString();
            if (p.isEmpty())
                continue;
            if (node->pattern.isEmpty() && !o.contains("pattern"_L1)) {
                node->pattern = p;
                node->patternRegex = compile(p);
            } else {
                node->extraPatterns.append(p);
                node->extraPatternRegexes.append(compile(p));
            }
        }
        node->experimentalEnumValues = o.value("x-bw-experimentalEnum"_L1).toArray().toVariantList();
        if (o.contains("x-bw-standardPattern"_L1))
            node->standardPattern = o.value("x-bw-standardPattern"_L1).toString();
        if (o.contains("default"_L1))
            node->defaultValue = o.value("default"_L1).toVariant();
        node->minimum = optionalNumber(o, "minimum"_L1);
        node->maximum = optionalNumber(o, "maximum"_L1);
        node->exclusiveMinimum = o.value("exclusiveMinimum"_L1).toBool();
        node->exclusiveMaximum = o.value("exclusiveMaximum"_L1).toBool();
        node->minLength = optionalInt(o, "minLength"_L1);
        node->maxLength = optionalInt(o, "maxLength"_L1);
        node->minItems = optionalInt(o, "minItems"_L1);
        node->maxItems = optionalInt(o, "maxItems"_L1);
        node->minProperties = optionalInt(o, "minProperties"_L1);
        node->maxProperties = optionalInt(o, "maxProperties"_L1);
        for (const QJsonValue& r : o.value("required"_L1).toArray())
            node->required.append(r.toString());
        node->nullable = o.value("nullable"_L1).toBool();
        node->intOrString = o.value("x-kubernetes-int-or-string"_L1).toBool();
        node->preserveUnknownFields = o.value("x-kubernetes-preserve-unknown-fields"_L1).toBool();
        node->experimental = o.value("x-bw-experimental"_L1).toBool();
        node->reference = o.value("x-bw-ref"_L1).toString();
        node->exactlyOne = groups(o.value("x-bw-exactlyOne"_L1));
        node->atMostOne = groups(o.value("x-bw-atMostOne"_L1));

        const QJsonObject props = o.value("properties"_L1).toObject();
        node->properties.reserve(size_t(props.size()));
        for (auto it = props.begin(); it != props.end(); ++it) // QJsonObject iterates sorted by key
            node->properties.emplace_back(it.key(), read(it.value().toObject(), depth + 1));
        std::sort(node->properties.begin(), node->properties.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
        if (o.value("items"_L1).isObject())
            node->items = read(o.value("items"_L1).toObject(), depth + 1);
        const QJsonValue ap = o.value("additionalProperties"_L1);
        if (ap.isObject())
            node->additionalProperties = read(ap.toObject(), depth + 1);
        else if (ap.isBool())
            node->additionalPropertiesAllowed = ap.toBool();
        return node;
    }
};

} // namespace

std::shared_ptr<const SchemaNode> SchemaNode::fromJson(const QJsonObject& json, QString* error)
{
    Reader reader { error };
    return reader.read(json, 0);
}

} // namespace bw
