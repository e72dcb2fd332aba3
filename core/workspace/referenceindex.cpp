// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceindex.h"

#include <QSet>

#include "document/yamltree.h"
#include "kindcatalog.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Extractor
{
    const Resource& res;
    const YamlTree& t;
    std::vector<Reference>& out;

    QString str(int map, QStringView key, const QString& fallback = {}) const
    {
        const int n = t.resolve(t.child(map, key));
        if (n < 0 || !t.node(n).isScalar())
            return fallback;
        return QString::fromStdString(t.node(n).value);
    }
    std::optional<int> integer(int map, QStringView key) const
    {
        const int n = t.resolve(t.child(map, key));
        if (n < 0 || !t.node(n).isScalar())
            return std::nullopt;
        bool ok = false;
        const int v = QString::fromStdString(t.node(n).value).toInt(&ok);
        return ok ? std::optional<int>(v) : std::nullopt;
    }
    template <typename F> void forEachItem(int map, QStringView key, F&& f) const
    {
        const int seq = t.resolve(t.child(map, key));
        if (seq < 0 || !t.node(seq).isSequence())
            return;
        for (size_t i = 0; i < t.node(seq).children.size(); ++i) {
            const int item = t.resolve(t.node(seq).children[i]);
            if (item >= 0 && t.node(item).isMapping())
                f(int(i), item);
        }
    }

    // An object reference with the API's defaults for group, kind and namespace.
    void add(Reference::Role role, int refNode, const QString& defaultGroup, const QString& defaultKind,
        bool allowNamespace, int rule = -1)
    {
        const QString name = str(refNode, u"name");
        if (name.isEmpty())
            return;
        Reference r;
        r.from = res.key;
        r.role = role;
        r.field = t.pathOf(refNode);
        r.range = t.node(refNode).range;
        const int groupNode = t.child(refNode, u"group");
        r.to.group = groupNode >= 0 ? str(refNode, u"group") : defaultGroup;
        r.to.kind = str(refNode, u"kind", defaultKind);
        r.to.name = name;
        const KindCatalog::KindInfo info = KindCatalog::lookup(r.to.group, r.to.kind);
        r.to.namespace_ = !info.namespaced
            ? QString()
            : (allowNamespace ? str(refNode, u"namespace", res.key.namespace_) : res.key.namespace_);
        r.port = integer(refNode, u"port");
        if (role == Reference::Role::BackendRef)
            r.weight = integer(refNode, u"weight").value_or(1);
        r.sectionName = str(refNode, u"sectionName");
        r.ruleIndex = rule;
        out.push_back(std::move(r));
    }

    void mirrorFilters(int owner, int rule)
    {
        forEachItem(owner, u"filters", [&](int, int filter) {
            if (str(filter, u"type") != u"RequestMirror")
                return;
            const int mirror = t.resolve(t.child(filter, u"requestMirror"));
            const int ref = mirror >= 0 ? t.resolve(t.child(mirror, u"backendRef")) : -1;
            if (ref >= 0 && t.node(ref).isMapping())
                add(Reference::Role::MirrorBackendRef, ref, QString(), u"Service"_s, true, rule);
        });
    }

    void route()
    {
        const int spec = t.resolve(t.child(t.root, u"spec"));
        if (spec < 0)
            return;
        const QString parentGroup
            = res.key.group == KindCatalog::apoxyGatewayGroup ? res.key.group : KindCatalog::gatewayApiGroup.toString();
        forEachItem(spec, u"parentRefs",
            [&](int, int ref) { add(Reference::Role::ParentRef, ref, parentGroup, u"Gateway"_s, true); });
        forEachItem(spec, u"rules", [&](int ruleIndex, int rule) {
            forEachItem(rule, u"backendRefs", [&](int, int ref) {
                add(Reference::Role::BackendRef, ref, QString(), u"Service"_s, true, ruleIndex);
                mirrorFilters(ref, ruleIndex);
            });
            mirrorFilters(rule, ruleIndex);
        });
    }

    void policyTargets(int spec)
    {
        const int single = t.resolve(t.child(spec, u"targetRef"));
        if (single >= 0 && t.node(single).isMapping())
            add(Reference::Role::PolicyTarget, single, QString(), QString(), false);
        forEachItem(spec, u"targetRefs",
            [&](int, int ref) { add(Reference::Role::PolicyTarget, ref, QString(), QString(), false); });
    }

    void caRefs(int owner)
    {
        forEachItem(owner, u"caCertificateRefs",
            [&](int, int ref) { add(Reference::Role::CaCertificate, ref, QString(), u"ConfigMap"_s, false); });
    }

    void clientCert(int tls, bool allowNamespace)
    {
        const int ref = t.resolve(t.child(tls, u"clientCertificateRef"));
        if (ref >= 0 && t.node(ref).isMapping())
            add(Reference::Role::ClientCertificate, ref, QString(), u"Secret"_s, allowNamespace);
    }

    void run()
    {
        const QString& g = res.key.group;
        const QString& k = res.key.kind;
        const int spec = t.resolve(t.child(t.root, u"spec"));
        if (spec < 0 || !t.node(spec).isMapping())
            return;
        const KindCatalog::KindInfo info = KindCatalog::lookup(g, k);
        if (info.role == KindCatalog::Role::Route) {
            route();
        } else if (g == KindCatalog::gatewayApiGroup && k == u"BackendTLSPolicy") {
            policyTargets(spec);
            const int validation = t.resolve(t.child(spec, u"validation"));
            if (validation >= 0)
                caRefs(validation);
        } else if (info.role == KindCatalog::Role::Policy) {
            policyTargets(spec);
        } else if (g == KindCatalog::envoyGatewayGroup && k == u"Backend") {
            const int tls = t.resolve(t.child(spec, u"tls"));
            if (tls >= 0) {
                caRefs(tls);
                clientCert(tls, true);
            }
        } else if (g == KindCatalog::gatewayApiExperimentalGroup && k == u"XBackend") {
            const int tls = t.resolve(t.child(spec, u"tls"));
            if (tls >= 0) {
                clientCert(tls, true);
                const int validation = t.resolve(t.child(tls, u"validation"));
                if (validation >= 0)
                    caRefs(validation);
            }
        } else if (g == KindCatalog::gatewayApiGroup && k == u"Gateway") {
            forEachItem(spec, u"listeners", [&](int, int listener) {
                const int tls = t.resolve(t.child(listener, u"tls"));
                if (tls >= 0)
                    forEachItem(tls, u"certificateRefs", [&](int, int ref) {
                        add(Reference::Role::ListenerCertificate, ref, QString(), u"Secret"_s, true);
                    });
            });
        }
    }
};

} // namespace

std::vector<Reference> ReferenceIndex::extract(const Resource& resource, const YamlTree& tree)
{
    std::vector<Reference> out;
    if (tree.root < 0)
        return out;
    Extractor { resource, tree, out }.run();
    return out;
}

void ReferenceIndex::clear()
{
    m_byFrom.clear();
    m_to.clear();
    m_count = 0;
}

void ReferenceIndex::add(std::vector<Reference> refs)
{
    for (Reference& r : refs) {
        if (!m_to.contains(r.to, r.from))
            m_to.insert(r.to, r.from);
        m_byFrom[r.from].push_back(std::move(r));
        ++m_count;
    }
}

void ReferenceIndex::removeFrom(const ResourceKey& from)
{
    const auto it = m_byFrom.find(from);
    if (it == m_byFrom.end())
        return;
    for (const Reference& r : it.value())
        m_to.remove(r.to, from);
    m_count -= qsizetype(it.value().size());
    m_byFrom.erase(it);
}

void ReferenceIndex::replaceFrom(const QList<ResourceKey>& from, std::vector<Reference> refs)
{
    // Only the references of the objects named change: the cost follows the edit, not the
    // workspace.
    for (const ResourceKey& k : from)
        removeFrom(k);
    add(std::move(refs));
}

std::vector<const Reference*> ReferenceIndex::all() const
{
    std::vector<const Reference*> out;
    out.reserve(size_t(m_count));
    for (const std::vector<Reference>& refs : m_byFrom) {
        for (const Reference& r : refs)
            out.push_back(&r);
    }
    return out;
}

QList<const Reference*> ReferenceIndex::from(const ResourceKey& key) const
{
    QList<const Reference*> out;
    const auto it = m_byFrom.constFind(key);
    if (it == m_byFrom.cend())
        return out;
    for (const Reference& r : it.value())
        out.append(&r);
    return out;
}

QList<const Reference*> ReferenceIndex::to(const ResourceKey& key) const
{
    // The objects referring to `key`, first referrer first (a multi-hash lists the latest first).
    QList<ResourceKey> referrers;
    for (auto it = m_to.constFind(key); it != m_to.cend() && it.key() == key; ++it)
        referrers.prepend(it.value());
    QList<const Reference*> out;
    for (const ResourceKey& from : std::as_const(referrers)) {
        const auto refs = m_byFrom.constFind(from);
        if (refs == m_byFrom.cend())
            continue;
        for (const Reference& r : refs.value()) {
            if (r.to == key)
                out.append(&r);
        }
    }
    return out;
}

} // namespace bw
