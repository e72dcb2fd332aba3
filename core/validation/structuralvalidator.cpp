// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuralvalidator.h"

#include <QCoreApplication>

#include <cmath>

#include "namesyntax.h"
#include "schema/schemaregistry.h"
#include "validationcontext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::StructuralValidator)
};

using Anchor = ValidationContext::Anchor;
using Kind = YamlTree::ScalarKind;

QString quoted(const QString& s)
{
    return u'"' + s + u'"';
}

QString enumList(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts.append(quoted(v.toString()));
    return parts.join(u", "_s);
}

QString describeKind(Kind k)
{
    switch (k) {
    case Kind::Null:
        return Strings::tr("null");
    case Kind::Bool:
        return Strings::tr("a boolean");
    case Kind::Int:
        return Strings::tr("an integer");
    case Kind::Float:
        return Strings::tr("a number");
    case Kind::String:
        return Strings::tr("a string");
    }
    return {};
}

QString bound(double v)
{
    return QString::number(v, 'g', 15);
}
} // namespace

void StructuralValidator::check(ValidationContext& context, const SchemaNode& root)
{
    if (context.root() >= 0)
        checkNode(context, context.tree.resolve(context.root()), root, 0);
}

void StructuralValidator::checkNode(ValidationContext& c, int node, const SchemaNode& schemaIn, int depth)
{
    node = c.tree.resolve(node);
    if (node < 0 || depth > 128)
        return;
    const SchemaNode* schema = &schemaIn;
    if (!schema->reference.isEmpty()) {
        if (const SchemaNode* def = c.schemas.definition(schema->reference))
            schema = def;
    }
    const YamlNode& n = c.tree.node(node);
    if (n.isNull() || (n.isScalar() && c.tree.scalarKind(node) == Kind::Null))
        return; // dropped by the API server before validation
    if (schema->experimental)
        c.report(u"BW0110"_s, Severity::Info, node, Anchor::Field,
            Strings::tr("%1 exists only in the experimental-channel CRD; a cluster with the standard channel drops it")
                .arg(c.pathOf(node).toString()));

    switch (schema->type) {
    case SchemaNode::Type::Object:
        if (!n.isMapping()) {
            c.report(u"BW0100"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1 must be an object").arg(c.pathOf(node).toString()));
            return;
        }
        checkMapping(c, node, *schema, depth);
        return;
    case SchemaNode::Type::Array: {
        if (!n.isSequence()) {
            c.report(u"BW0100"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1 must be a list").arg(c.pathOf(node).toString()));
            return;
        }
        const qsizetype count = n.entryCount();
        if (schema->minItems && count < *schema->minItems)
            c.report(u"BW0106"_s, Severity::Error, node, Anchor::Field,
                Strings::tr("%1 must have at least %n item(s)", nullptr, int(*schema->minItems))
                    .arg(c.pathOf(node).toString()));
        if (schema->maxItems && count > *schema->maxItems)
            c.report(u"BW0106"_s, Severity::Error, node, Anchor::Field,
                Strings::tr("%1 must have at most %n item(s), it has %2", nullptr, int(*schema->maxItems))
                    .arg(c.pathOf(node).toString())
                    .arg(count));
        if (schema->items) {
            for (int child : n.children)
                checkNode(c, child, *schema->items, depth + 1);
        }
        return;
    }
    case SchemaNode::Type::Any:
        if (n.isMapping() && !schema->properties.empty())
            checkMapping(c, node, *schema, depth);
        return;
    default:
        if (!n.isScalar()) {
            c.report(u"BW0100"_s, Severity::Error, node, Anchor::Field,
                Strings::tr("%1 must be %2, not a %3")
                    .arg(c.pathOf(node).toString(), schema->typeName(),
                        n.isMapping() ? Strings::tr("mapping") : Strings::tr("list")));
            return;
        }
        checkScalar(c, node, *schema);
    }
}

void StructuralValidator::checkMapping(ValidationContext& c, int node, const SchemaNode& schema, int depth)
{
    const YamlNode& n = c.tree.node(node);
    const QString path = c.pathOf(node).toString();
    const QString where = path.isEmpty() ? Strings::tr("the object") : path;
    QStringList present;
    for (size_t k = 0; k + 1 < n.children.size(); k += 2) {
        const int keyNode = n.children[k];
        const int valueNode = n.children[k + 1];
        const QString key = c.tree.scalarText(keyNode);
        if (key == "<<"_L1)
            continue; // merge keys are expanded by YamlTree::child
        if (c.tree.scalarKind(valueNode) != Kind::Null)
            present.append(key);
        if (depth == 0 && key == "metadata"_L1) {
            // Every kind's metadata is ObjectMeta, though CRDs only say "object".
            if (const SchemaNode* meta = c.schemas.definition(u"ObjectMeta"_s)) {
                checkNode(c, valueNode, *meta, depth + 1);
                continue;
            }
        }
        if (const SchemaNode* child = schema.property(key)) {
            checkNode(c, valueNode, *child, depth + 1);
            continue;
        }
        if (schema.additionalProperties) {
            checkNode(c, valueNode, *schema.additionalProperties, depth + 1);
            continue;
        }
        if (schema.isOpen())
            continue;
        // Unknown: suggest the closest known member when it is a plausible typo.
        QString best;
        int bestDistance = 3;
        for (const auto& [name, _] : schema.properties) {
            if (present.contains(name) || c.tree.child(node, name) >= 0)
                continue;
            const int limit = std::min(2, int(std::max(key.size(), name.size()) / 3));
            const int d = NameSyntax::editDistance(key, name, limit);
            if (d <= limit && d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        const QString fieldPath = path.isEmpty() ? key : path + u'.' + key;
        if (best.isEmpty()) {
            c.report(u"BW0107"_s, Severity::Warning, valueNode, Anchor::Field,
                Strings::tr("unknown field %1; the API server drops it or, with strict validation, refuses the object")
                    .arg(quoted(fieldPath)));
            continue;
        }
        Diagnostic& d = c.report(u"BW0107"_s, Severity::Warning, valueNode, Anchor::Field,
            Strings::tr("unknown field %1; did you mean \"%2\"?").arg(quoted(fieldPath), best));
        const YamlNode& kn = c.tree.node(keyNode);
        if (kn.isScalar() && !kn.isQuoted())
            d.fix = DocumentEdit { kn.valueRange.begin, kn.valueRange.length(), best.toUtf8() };
    }
    for (const QString& required : schema.required) {
        if (!present.contains(required) && c.at(node, required) < 0)
            c.report(u"BW0101"_s, Severity::Error, node, Anchor::Field,
                path.isEmpty() ? Strings::tr("required field \"%1\" is missing").arg(required)
                               : Strings::tr("%1 is missing the required field \"%2\"").arg(path, required));
    }
    const qsizetype count = n.entryCount();
    if (schema.minProperties && count < *schema.minProperties)
        c.report(u"BW0108"_s, Severity::Error, node, Anchor::Field,
            Strings::tr("%1 must have at least %n entries", nullptr, int(*schema.minProperties)).arg(where));
    if (schema.maxProperties && count > *schema.maxProperties)
        c.report(u"BW0108"_s, Severity::Error, node, Anchor::Field,
            Strings::tr("%1 must have at most %n entries", nullptr, int(*schema.maxProperties)).arg(where));
}

void StructuralValidator::checkScalar(ValidationContext& c, int node, const SchemaNode& schema)
{
    const Kind kind = c.tree.scalarKind(node);
    const QString value = c.tree.scalarText(node);
    const QString path = c.pathOf(node).toString();
    const YamlNode& n = c.tree.node(node);
    const auto typeError = [&](const QString& expected) {
        Diagnostic& d = c.report(u"BW0100"_s, Severity::Error, node, Anchor::Value,
            Strings::tr("%1 must be %2, not %3 (%4)").arg(path, expected, describeKind(kind), value));
        // A plain 80 or true where a string belongs: quoting it is the unambiguous fix.
        if (expected == Strings::tr("a string") && !n.isQuoted() && !n.isBlockScalar())
            d.fix = DocumentEdit { n.valueRange.begin, n.valueRange.length(), QString(u'"' + value + u'"').toUtf8() };
    };

    bool isNumber = false;
    switch (schema.type) {
    case SchemaNode::Type::String:
        if (kind != Kind::String && !(schema.intOrString && kind == Kind::Int)) {
            typeError(Strings::tr("a string"));
            return;
        }
        break;
    case SchemaNode::Type::Integer:
        if (kind != Kind::Int) {
            typeError(Strings::tr("an integer"));
            return;
        }
        isNumber = true;
        break;
    case SchemaNode::Type::Number:
        if (kind != Kind::Int && kind != Kind::Float) {
            typeError(Strings::tr("a number"));
            return;
        }
        isNumber = true;
        break;
    case SchemaNode::Type::Boolean:
        if (kind != Kind::Bool) {
            typeError(Strings::tr("a boolean (true or false)"));
            return;
        }
        break;
    default:
        break;
    }
    if (schema.intOrString && kind == Kind::Int)
        isNumber = true;

    if (!schema.enumValues.isEmpty()) {
        bool found = false;
        for (const QVariant& v : schema.enumValues) {
            if (v.toString() == value) {
                found = true;
                break;
            }
        }
        if (!found) {
            c.report(u"BW0102"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1: unsupported value \"%2\"; supported values: %3")
                    .arg(path, value, enumList(schema.enumValues)));
            return;
        }
        for (const QVariant& v : schema.experimentalEnumValues) {
            if (v.toString() == value)
                c.report(u"BW0110"_s, Severity::Info, node, Anchor::Value,
                    Strings::tr("%1: \"%2\" is allowed only by the experimental-channel CRD").arg(path, value));
        }
    }

    if (isNumber) {
        bool ok = false;
        const double number = kind == Kind::Int ? double(value.toLongLong(&ok, 0)) : value.toDouble(&ok);
        if (!ok)
            return;
        const bool belowMin
            = schema.minimum && (schema.exclusiveMinimum ? number <= *schema.minimum : number < *schema.minimum);
        const bool aboveMax
            = schema.maximum && (schema.exclusiveMaximum ? number >= *schema.maximum : number > *schema.maximum);
        if (belowMin || aboveMax) {
            QString range;
            if (schema.minimum && schema.maximum)
                range = Strings::tr("between %1 and %2").arg(bound(*schema.minimum), bound(*schema.maximum));
            else if (schema.minimum)
                range = Strings::tr("at least %1").arg(bound(*schema.minimum));
            else
                range = Strings::tr("at most %1").arg(bound(*schema.maximum));
            c.report(u"BW0103"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1 must be %2, not %3").arg(path, range, value));
            return;
        }
        if (kind == Kind::Int && schema.format == "int32"_L1 && (number < -2147483648.0 || number > 2147483647.0))
            c.report(u"BW0109"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1 must fit in a 32-bit integer, not %2").arg(path, value));
        return;
    }

    // Kubernetes counts characters (runes), not bytes.
    const qsizetype length = value.toUcs4().size();
    if (schema.minLength && length < *schema.minLength) {
        c.report(u"BW0104"_s, Severity::Error, node, Anchor::Value,
            *schema.minLength == 1
                ? Strings::tr("%1 must not be empty").arg(path)
                : Strings::tr("%1 must be at least %n characters long", nullptr, int(*schema.minLength)).arg(path));
        return;
    }
    if (schema.maxLength && length > *schema.maxLength) {
        c.report(u"BW0104"_s, Severity::Error, node, Anchor::Value,
            Strings::tr("%1 must be at most %n characters long", nullptr, int(*schema.maxLength)).arg(path) + u' '
                + Strings::tr("(it has %1)").arg(length));
        return;
    }
    if (!schema.pattern.isEmpty() && schema.patternRegex.isValid() && !schema.patternRegex.match(value).hasMatch()) {
        c.report(u"BW0105"_s, Severity::Error, node, Anchor::Value,
            Strings::tr("%1: \"%2\" does not match the required pattern %3").arg(path, value, schema.pattern));
        return;
    }
    for (qsizetype i = 0; i < schema.extraPatternRegexes.size(); ++i) {
        if (schema.extraPatternRegexes[i].isValid() && !schema.extraPatternRegexes[i].match(value).hasMatch()) {
            c.report(u"BW0105"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1: \"%2\" does not match the required pattern %3")
                    .arg(path, value, schema.extraPatterns[i]));
            return;
        }
    }
    if (schema.format == "go-duration"_L1) {
        double ms = 0;
        if (!NameSyntax::parseGoDuration(value, &ms))
            c.report(u"BW0109"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1: \"%2\" is not a duration; write it like 500ms, 5s, 1m30s or 2h").arg(path, value));
    } else if (schema.format == "ip"_L1) {
        if (!NameSyntax::isIpAddress(value))
            c.report(u"BW0109"_s, Severity::Error, node, Anchor::Value,
                Strings::tr("%1: \"%2\" is not an IPv4 or IPv6 address").arg(path, value));
    } else if (schema.format == "byte"_L1) {
        const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            c.report(
                u"BW0109"_s, Severity::Error, node, Anchor::Value, Strings::tr("%1 must be base64-encoded").arg(path));
    }
}

} // namespace bw
