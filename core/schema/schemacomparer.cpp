// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacomparer.h"

#include <QSet>

#include "schemanode.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString show(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : u"none"_s;
}

QString show(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : u"none"_s;
}

QStringList strings(const QVariantList& values)
{
    QStringList out;
    for (const QVariant& v : values)
        out.append(v.toString());
    out.sort();
    return out;
}

struct Walker
{
    SchemaComparer::Mode mode;
    QStringList out;

    void differ(const QString& path, const QString& what, const QString& ours, const QString& theirs)
    {
        out.append(u"%1: %2 is %3 here but %4 in the reference"_s.arg(
            path.isEmpty() ? u"(root)"_s : path, what, ours, theirs));
    }

    template <typename T> void same(const QString& path, const QString& what, const T& ours, const T& theirs)
    {
        if (ours == theirs)
            return;
        if (mode == SchemaComparer::Mode::Subset && !theirs)
            return; // the reference does not constrain it
        differ(path, what, show(ours), show(theirs));
    }

    void walk(const SchemaNode& a, const SchemaNode& b, const QString& path)
    {
        if (path == u"metadata"_s)
            return; // ObjectMeta is ours for every kind; CRDs only say "object"
        const bool subset = mode == SchemaComparer::Mode::Subset;
        if (a.type != b.type && !(subset && b.type == SchemaNode::Type::Any))
            differ(path, u"type"_s, a.typeName(), b.typeName());
        if (a.intOrString != b.intOrString)
            differ(
                path, u"int-or-string"_s, a.intOrString ? u"set"_s : u"unset"_s, b.intOrString ? u"set"_s : u"unset"_s);
        if (a.format != b.format && !(subset && b.format.isEmpty()))
            differ(path, u"format"_s, a.format, b.format);
        const QString ourPattern
            = mode == SchemaComparer::Mode::StandardChannel && a.standardPattern ? *a.standardPattern : a.pattern;
        if (ourPattern != b.pattern && !(subset && b.pattern.isEmpty()))
            differ(path, u"pattern"_s, ourPattern, b.pattern);
        if (a.extraPatterns != b.extraPatterns)
            differ(path, u"further patterns"_s, a.extraPatterns.join(u' '), b.extraPatterns.join(u' '));
        same(path, u"minimum"_s, a.minimum, b.minimum);
        same(path, u"maximum"_s, a.maximum, b.maximum);
        same(path, u"minLength"_s, a.minLength, b.minLength);
        same(path, u"maxLength"_s, a.maxLength, b.maxLength);
        same(path, u"minItems"_s, a.minItems, b.minItems);
        same(path, u"maxItems"_s, a.maxItems, b.maxItems);
        same(path, u"minProperties"_s, a.minProperties, b.minProperties);
        same(path, u"maxProperties"_s, a.maxProperties, b.maxProperties);
        if (a.exclusiveMinimum != b.exclusiveMinimum || a.exclusiveMaximum != b.exclusiveMaximum)
            differ(path, u"exclusive bounds"_s, u"different"_s, u"different"_s);
        if (a.preserveUnknownFields != b.preserveUnknownFields)
            differ(path, u"x-kubernetes-preserve-unknown-fields"_s, QString::number(a.preserveUnknownFields),
                QString::number(b.preserveUnknownFields));

        QStringList ourEnum = strings(a.enumValues);
        const QStringList theirEnum = strings(b.enumValues);
        if (mode == SchemaComparer::Mode::StandardChannel) {
            for (const QString& v : strings(a.experimentalEnumValues))
                ourEnum.removeAll(v);
        }
        if (ourEnum != theirEnum && !(subset && theirEnum.isEmpty()))
            differ(path, u"enum"_s, ourEnum.join(u','), theirEnum.join(u','));

        QStringList ourRequired = a.required;
        QStringList theirRequired = b.required;
        ourRequired.sort();
        theirRequired.sort();
        if (ourRequired != theirRequired && !(subset && theirRequired.isEmpty()))
            differ(path, u"required"_s, ourRequired.join(u','), theirRequired.join(u','));

        const auto child = [&](const QString& name) { return path.isEmpty() ? name : path + u'.' + name; };
        for (const auto& [name, theirs] : b.properties) {
            const SchemaNode* ours = a.property(name);
            if (!ours) {
                out.append(u"%1: field missing here"_s.arg(child(name)));
                continue;
            }
            walk(*ours, *theirs, child(name));
        }
        for (const auto& [name, ours] : a.properties) {
            if (b.property(name))
                continue;
            if (mode == SchemaComparer::Mode::StandardChannel && ours->experimental)
                continue;
            if (path.isEmpty() && name == u"metadata"_s)
                continue;
            out.append(u"%1: field not in the reference"_s.arg(child(name)));
        }
        if (a.items && b.items)
            walk(*a.items, *b.items, path + u"[]"_s);
        else if (bool(a.items) != bool(b.items))
            differ(path, u"items"_s, a.items ? u"set"_s : u"unset"_s, b.items ? u"set"_s : u"unset"_s);
        if (a.additionalProperties && b.additionalProperties)
            walk(*a.additionalProperties, *b.additionalProperties, path + u"{}"_s);
        else if (bool(a.additionalProperties) != bool(b.additionalProperties))
            differ(path, u"additionalProperties"_s, a.additionalProperties ? u"set"_s : u"unset"_s,
                b.additionalProperties ? u"set"_s : u"unset"_s);
    }
};

} // namespace

QStringList SchemaComparer::differences(const SchemaNode& ours, const SchemaNode& reference, Mode mode)
{
    Walker w { mode, {} };
    w.walk(ours, reference, QString());
    return w.out;
}

} // namespace bw
