// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaexplainer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include "kindschema.h"
#include "schemaregistry.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::SchemaExplainer)
};

const SchemaNode* resolved(const SchemaRegistry& registry, const SchemaNode* node)
{
    if (node && !node->reference.isEmpty()) {
        if (const SchemaNode* def = registry.definition(node->reference))
            return def;
    }
    return node;
}

// Steps through list items and map values to the object whose fields a path names.
const SchemaNode* container(const SchemaRegistry& registry, const SchemaNode* node)
{
    node = resolved(registry, node);
    while (node && node->properties.empty() && (node->items || node->additionalProperties))
        node = resolved(registry, node->items ? node->items.get() : node->additionalProperties.get());
    return node;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString valueText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString)
        return u'"' + v.toString() + u'"';
    const QJsonValue j = QJsonValue::fromVariant(v);
    if (j.isObject() || j.isArray())
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    return v.toString();
}

void tree(const SchemaRegistry& registry, const SchemaNode& node, int depth, QString& out)
{
    const SchemaNode* c = container(registry, &node);
    if (!c || depth > 24)
        return;
    for (const auto& [name, child] : c->properties) {
        out += QString(depth * 2 + 2, u' ') + name + u"\t"_s
            + SchemaExplainer::typeLabel(*resolved(registry, child.get()))
            + (c->isRequired(name) ? Strings::tr(" -required-") : QString()) + u'\n';
        tree(registry, *child, depth + 1, out);
    }
}
} // namespace

QString SchemaExplainer::typeLabel(const SchemaNode& node)
{
    if (node.intOrString)
        return u"<integer or string>"_s;
    switch (node.type) {
    case SchemaNode::Type::Array:
        return u"<[]"_s + (node.items ? typeLabel(*node.items).mid(1) : u"any>"_s);
    case SchemaNode::Type::Object:
        if (node.additionalProperties && node.properties.empty())
            return u"<map[string]"_s + typeLabel(*node.additionalProperties).mid(1);
        return u"<Object>"_s;
    default:
        return u'<' + node.typeName() + u'>';
    }
}

QStringList SchemaExplainer::constraints(const SchemaNode& node)
{
    QStringList out;
    if (!node.enumValues.isEmpty()) {
        QStringList values;
        for (const QVariant& v : node.enumValues)
            values.append(valueText(v));
        out.append(Strings::tr("one of: %1").arg(values.join(u", "_s)));
    }
    if (node.defaultValue)
        out.append(Strings::tr("default: %1").arg(valueText(*node.defaultValue)));
    if (node.minimum && node.maximum)
        out.append(Strings::tr("range: %1 to %2").arg(number(*node.minimum), number(*node.maximum)));
    else if (node.minimum)
        out.append(Strings::tr("minimum: %1").arg(number(*node.minimum)));
    else if (node.maximum)
        out.append(Strings::tr("maximum: %1").arg(number(*node.maximum)));
    if (node.minLength || node.maxLength)
        out.append(Strings::tr("length: %1 to %2 characters")
                       .arg(node.minLength.value_or(0))
                       .arg(node.maxLength ? QString::number(*node.maxLength) : Strings::tr("any")));
    if (node.minItems || node.maxItems)
        out.append(Strings::tr("items: %1 to %2")
                       .arg(node.minItems.value_or(0))
                       .arg(node.maxItems ? QString::number(*node.maxItems) : Strings::tr("any")));
    if (!node.pattern.isEmpty())
        out.append(Strings::tr("pattern: %1").arg(node.pattern));
    for (const QString& p : node.extraPatterns)
        out.append(Strings::tr("pattern: %1").arg(p));
    if (!node.format.isEmpty())
        out.append(Strings::tr("format: %1").arg(node.format));
    for (const QStringList& group : node.exactlyOne)
        out.append(Strings::tr("exactly one of: %1").arg(group.join(u", "_s)));
    for (const QStringList& group : node.atMostOne)
        out.append(Strings::tr("at most one of: %1").arg(group.join(u", "_s)));
    if (node.experimental)
        out.append(Strings::tr("experimental channel only"));
    return out;
}

QString SchemaExplainer::explain(const SchemaRegistry& registry, const KindSchema& kind, const QStringList& fieldPath,
    bool recursive, QString* error)
{
    const SchemaNode* node = kind.root.get();
    const SchemaNode* parent = nullptr;
    QString walked = kind.kind;
    for (const QString& segment : fieldPath) {
        parent = container(registry, node);
        const SchemaNode* next = parent ? parent->property(segment) : nullptr;
        if (!next) {
            QStringList names;
            if (parent) {
                for (const auto& [name, _] : parent->properties)
                    names.append(name);
            }
            if (error)
                *error = names.isEmpty() ? Strings::tr("%1 has no fields; \"%2\" does not exist").arg(walked, segment)
                                         : Strings::tr("field \"%1\" does not exist in %2; its fields are: %3")
                                               .arg(segment, walked, names.join(u", "_s));
            return {};
        }
        walked += u'.' + segment;
        node = next;
    }
    node = resolved(registry, node);
    QString out;
    out += Strings::tr("KIND:     %1").arg(kind.kind) + u'\n';
    out += Strings::tr("GROUP:    %1").arg(kind.group.isEmpty() ? u"(core)"_s : kind.group) + u'\n';
    out += Strings::tr("VERSIONS: %1").arg(kind.versions.join(u", "_s)) + u'\n';
    out += Strings::tr("SCOPE:    %1").arg(kind.namespaced ? Strings::tr("Namespaced") : Strings::tr("Cluster"))
        + u'\n';
    out += u'\n';
    if (!fieldPath.isEmpty()) {
        const bool required = parent && parent->isRequired(fieldPath.last());
        out += Strings::tr("FIELD:    %1 %2").arg(fieldPath.last(), typeLabel(*node))
            + (required ? Strings::tr(" -required-") : QString()) + u"\n\n"_s;
    }
    out += Strings::tr("DESCRIPTION:") + u'\n';
    const QString description = fieldPath.isEmpty() ? kind.description : node->description;
    out += u"    "_s + (description.isEmpty() ? Strings::tr("(none)") : description) + u'\n';
    const QStringList limits = constraints(*node);
    if (!limits.isEmpty()) {
        out += u'\n' + Strings::tr("CONSTRAINTS:") + u'\n';
        for (const QString& l : limits)
            out += u"    "_s + l + u'\n';
    }
    const SchemaNode* fields = container(registry, node);
    if (fields && !fields->properties.empty()) {
        out += u'\n' + Strings::tr("FIELDS:") + u'\n';
        if (recursive) {
            tree(registry, *fields, 0, out);
        } else {
            for (const auto& [name, child] : fields->properties) {
                const SchemaNode* c = resolved(registry, child.get());
                out += u"  "_s + name + u"\t"_s + typeLabel(*c)
                    + (fields->isRequired(name) ? Strings::tr(" -required-") : QString()) + u'\n';
                if (!c->description.isEmpty())
                    out += u"    "_s + c->description + u'\n';
            }
        }
    }
    return out;
}

} // namespace bw
