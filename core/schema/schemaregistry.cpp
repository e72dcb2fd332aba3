// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "schemaloader.h"

using namespace Qt::StringLiterals;

static void initSchemaResources()
{
    Q_INIT_RESOURCE(schemas);
}

namespace bw {

std::shared_ptr<const SchemaRegistry> SchemaRegistry::builtin()
{
    static const std::shared_ptr<const SchemaRegistry> registry = [] {
        initSchemaResources();
        auto r = std::make_shared<SchemaRegistry>();
        const QDir dir(u":/bw/schema"_s);
        const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            if (o.contains("definition"_L1)) {
                r->m_definitions.insert(
                    o.value("definition"_L1).toString(), SchemaNode::fromJson(o.value("schema"_L1).toObject()));
                continue;
            }
            SchemaLoader::Result loaded = SchemaLoader::fromDescriptor(bytes, name);
            if (!loaded.error.isEmpty())
                r->m_loadError += loaded.error + u'\n';
            for (KindSchema& k : loaded.schemas)
                r->add(std::move(k));
        }
        if (files.isEmpty())
            r->m_loadError = u"no schema descriptors compiled in"_s;
        return r;
    }();
    return registry;
}

void SchemaRegistry::add(KindSchema schema)
{
    m_schemas.push_back(std::move(schema));
}

const KindSchema* SchemaRegistry::find(QStringView group, QStringView kind, QStringView version) const
{
    const KindSchema* any = nullptr;
    for (auto it = m_schemas.rbegin(); it != m_schemas.rend(); ++it) {
        if (it->group != group || it->kind != kind)
            continue;
        if (version.isEmpty() || it->versions.contains(version))
            return &*it;
        if (!any)
            any = &*it;
    }
    return any;
}

const SchemaNode* SchemaRegistry::definition(const QString& name) const
{
    if (const auto it = m_definitions.constFind(name); it != m_definitions.cend())
        return it->get();
    // A registry built by hand (tests, user CRDs alone) still knows ObjectMeta.
    return this == builtin().get() ? nullptr : builtin()->definition(name);
}

std::vector<const KindSchema*> SchemaRegistry::all() const
{
    std::vector<const KindSchema*> out;
    for (const KindSchema& k : m_schemas)
        out.push_back(&k);
    return out;
}

} // namespace bw
