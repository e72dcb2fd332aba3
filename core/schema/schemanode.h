// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace bw {

// What one field may hold: the structural part of an OpenAPI v3 schema as Kubernetes uses
// it (types, enums, bounds, patterns, required members), plus our own notes (one-of groups,
// experimental-channel marks, a description in our words). Our descriptors and CRDs share
// the format, so one loader and one validator serve both.
class SchemaNode
{
public:
    enum class Type { Any, Object, Array, String, Integer, Number, Boolean };

    Type type = Type::Any;
    QString format;
    QString description;
    QString pattern;
    QRegularExpression patternRegex; // compiled once at load time
    // Further patterns a value must also match (from `allOf`).
    QStringList extraPatterns;
    QList<QRegularExpression> extraPatternRegexes;
    QVariantList enumValues;
    QVariantList experimentalEnumValues; // values the standard-channel CRD does not allow
    std::optional<QString> standardPattern; // the standard-channel CRD's pattern, where it differs
    std::optional<QVariant> defaultValue;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    std::optional<qint64> minProperties;
    std::optional<qint64> maxProperties;
    QStringList required;
    std::vector<std::pair<QString, std::shared_ptr<const SchemaNode>>> properties; // sorted by name
    std::shared_ptr<const SchemaNode> items;
    std::shared_ptr<const SchemaNode> additionalProperties; // schema of map values
    bool additionalPropertiesAllowed = false; // `additionalProperties: true`
    bool nullable = false;
    bool intOrString = false;
    bool preserveUnknownFields = false;
    bool experimental = false; // absent from the standard-channel CRD
    QString reference; // a shared definition by name ("ObjectMeta")
    QList<QStringList> exactlyOne; // groups of members of which exactly one must be set
    QList<QStringList> atMostOne;

    [[nodiscard]] const SchemaNode* property(QStringView name) const;
    [[nodiscard]] bool isRequired(QStringView name) const { return required.contains(name); }
    // Unknown members are allowed (a free-form map or preserved unknown fields).
    [[nodiscard]] bool isOpen() const
    {
        return preserveUnknownFields || additionalPropertiesAllowed || additionalProperties || type == Type::Any;
    }
    [[nodiscard]] QString typeName() const;
    static QString typeName(Type t);

    // Reads a node from OpenAPI v3 JSON (a CRD's openAPIV3Schema, or our descriptor).
    // `error` names the first unusable construct; the node is still as complete as possible.
    static std::shared_ptr<const SchemaNode> fromJson(const QJsonObject& json, QString* error = nullptr);
};

} // namespace bw
