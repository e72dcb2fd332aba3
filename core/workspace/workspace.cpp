// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <unordered_set>

#include "document/fieldpath.h"
#include "document/parallelfor.h"
#include "kindcatalog.h"
#include "schema/schemaregistry.h"
#include "validation/manifestrules.h"
#include "validation/validator.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
Severity toSeverity(ParseProblem::Severity s)
{
    switch (s) {
    case ParseProblem::Severity::Error:
        return Severity::Error;
    case ParseProblem::Severity::Warning:
        return Severity::Warning;
    case ParseProblem::Severity::Info:
        return Severity::Info;
    }
    return Severity::Error;
}

const std::vector<Resource> kNoResources;

// Moves problems found in text that has since moved by `delta` bytes to where that text is now.
void shiftDiagnostics(std::vector<Diagnostic>& list, qsizetype delta, const Document& doc, qsizetype sizeBefore)
{
    for (Diagnostic& d : list) {
        d.range.begin += delta;
        d.range.end += delta;
        d.position = doc.positionAt(d.range.begin);
        if (d.fix)
            d.fix->offset = d.fix->offset >= sizeBefore ? doc.text().size() : d.fix->offset + delta;
    }
}
} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_schemas(SchemaRegistry::builtin())
    , m_checkJob(new BackgroundJob(this))
{
    qRegisterMetaType<WorkspaceChange>();
}

Workspace::~Workspace()
{
    // The workers read the entries: stop them before the entries go.
    m_checkJob->cancel();
    for (BackgroundJob* reader : std::as_const(m_readers))
        reader->cancel();
}

// ---- the change path ----

void Workspace::beginChange()
{
    if (m_changeDepth++ > 0)
        return;
    m_checkJob->cancel(); // what it was checking is still in m_toCheck
    for (BackgroundJob* reader : std::as_const(m_readers)) {
        if (reader->cancel())
            m_readerCancelled = true;
    }
}

void Workspace::endChange(bool background)
{
    if (--m_changeDepth > 0)
        return;
    ++m_generation;
    if (std::exchange(m_historyMoved, false))
        Q_EMIT historyChanged();
    if (m_toCheck.isEmpty() && !m_checkAll) {
        announce();
        return;
    }
    if (background && m_backgroundChecks)
        startCheckJob();
    else
        runPendingChecksNow();
}

std::vector<std::pair<int, size_t>> Workspace::pendingTargets() const
{
    std::vector<std::pair<int, size_t>> targets;
    for (int id : m_order) {
        const Entry& e = m_entries.at(id);
        for (size_t i = 0; i < e.resources.size(); ++i) {
            if (m_checkAll || m_toCheck.contains(e.resources[i].key))
                targets.emplace_back(id, i);
        }
    }
    return targets;
}

void Workspace::startCheckJob()
{
    auto targets = std::make_shared<const std::vector<std::pair<int, size_t>>>(pendingTargets());
    auto results = std::make_shared<std::vector<std::vector<Diagnostic>>>(targets->size());
    // The worker only reads: every change cancels it (and waits) before it touches anything.
    m_checkJob->start(
        [this, targets, results, validator = Validator(m_schemas)](const std::atomic<bool>& cancelled) {
            const ValidationIndex index = Validator::buildIndex(*this);
            ParallelFor::run(
                qsizetype(targets->size()),
                [&](qsizetype i) {
                    if (cancelled.load(std::memory_order_relaxed))
                        return;
                    const auto& [id, r] = (*targets)[size_t(i)];
                    (*results)[size_t(i)] = validator.check(*this, index, m_entries.at(id).resources[r]);
                },
                64);
        },
        [this, targets, results] {
            installChecks(*targets, std::move(*results));
            announce();
        });
}

void Workspace::runPendingChecksNow()
{
    const std::vector<std::pair<int, size_t>> targets = pendingTargets();
    const ValidationIndex index = Validator::buildIndex(*this);
    const Validator validator(m_schemas);
    std::vector<std::vector<Diagnostic>> results(targets.size());
    ParallelFor::run(
        qsizetype(targets.size()),
        [&](qsizetype i) {
            const auto& [id, r] = targets[size_t(i)];
            results[size_t(i)] = validator.check(*this, index, m_entries.at(id).resources[r]);
        },
        64);
    installChecks(targets, std::move(results));
    announce();
}

void Workspace::installChecks(
    const std::vector<std::pair<int, size_t>>& targets, std::vector<std::vector<Diagnostic>> results)
{
    for (size_t i = 0; i < targets.size(); ++i) {
        const auto& [id, r] = targets[i];
        Entry& e = m_entries.at(id);
        if (e.checks.size() != e.resources.size())
            e.checks.resize(e.resources.size());
        e.checks[r] = std::move(results[i]);
        if (!m_pending.diagnosticsChanged.contains(id))
            m_pending.diagnosticsChanged.append(id);
    }
    m_toCheck.clear();
    m_checkAll = false;
    m_lastCheckCount = int(targets.size());
    ++m_generation;
}

void Workspace::announce()
{
    WorkspaceChange change = std::exchange(m_pending, {});
    change.generation = m_generation;
    // The problems are put together once per change, for every view that shows them.
    for (int id : change.removedDocuments)
        m_announced.erase(id);
    for (const QList<int>* ids : { &change.diagnosticsChanged, &change.textChanged, &change.addedDocuments }) {
        for (int id : *ids) {
            if (m_entries.contains(id))
                m_announced[id] = collectDiagnostics(id);
        }
    }
    const bool readersStopped = std::exchange(m_readerCancelled, false);
    if (!change.isEmpty() || readersStopped)
        Q_EMIT changed(change);
}

void Workspace::setBackgroundChecks(bool on)
{
    if (!on)
        finishChecks();
    m_backgroundChecks = on;
}

bool Workspace::checksPending() const
{
    return m_checkJob->isActive() || !m_toCheck.isEmpty() || m_checkAll;
}

void Workspace::finishChecks()
{
    if (m_changeDepth > 0)
        return;
    if (m_checkJob->isActive())
        m_checkJob->finish();
    else if (!m_toCheck.isEmpty() || m_checkAll)
        runPendingChecksNow();
}

void Workspace::addReader(BackgroundJob* job)
{
    if (!m_readers.contains(job))
        m_readers.append(job);
}

void Workspace::removeReader(BackgroundJob* job)
{
    m_readers.removeAll(job);
}

// ---- documents ----

void Workspace::setDefaultNamespace(const QString& ns)
{
    if (ns == m_defaultNamespace)
        return;
    beginChange();
    m_defaultNamespace = ns;
    for (int id : std::as_const(m_order)) {
        for (const Resource& r : m_entries.at(id).resources)
            m_pending.removedResources.insert(r.key);
        indexResources(id);
        for (const Resource& r : m_entries.at(id).resources) {
            if (!m_pending.removedResources.remove(r.key))
                m_pending.addedResources.insert(r.key);
            else
                m_pending.changedResources.insert(r.key);
        }
    }
    rebuildReferences();
    m_checkAll = true;
    for (int id : std::as_const(m_order)) {
        if (!m_pending.diagnosticsChanged.contains(id))
            m_pending.diagnosticsChanged.append(id); // kinds known or not, even without objects
    }
    endChange(false);
}

void Workspace::openFolder(const QString& folder, QStringList& files) const
{
    QDirIterator it(folder, { u"*.yaml"_s, u"*.yml"_s }, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    QStringList found;
    while (it.hasNext())
        found.append(it.next());
    found.sort();
    files += found;
}

int Workspace::open(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths) {
        if (QFileInfo(p).isDir())
            openFolder(p, files);
        else
            files.append(p);
    }
    files.removeIf([this](const QString& f) { return findDocument(f) >= 0; });
    files.removeDuplicates();
    // Read and parse the files on all cores, then add them in order and check them once.
    std::vector<std::unique_ptr<Document>> loaded(size_t(files.size()));
    std::vector<QString> errors(size_t(files.size()));
    ParallelFor::run(
        files.size(),
        [&](qsizetype i) { loaded[size_t(i)] = Document::load(files[i], m_loadOptions, &errors[size_t(i)]); }, 2);
    int opened = 0;
    beginChange();
    ++m_batch;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!loaded[size_t(i)]) {
            Diagnostic d;
            const QFileInfo info(files[i]);
            d.code = info.exists() && info.size() > m_loadOptions.maxFileSize ? u"BW0008"_s : u"BW0012"_s;
            d.message = errors[size_t(i)];
            d.file = files[i];
            m_loadErrors.push_back(std::move(d));
            continue;
        }
        addDocument(std::move(loaded[size_t(i)]));
        ++opened;
    }
    --m_batch;
    rebuildReferences();
    m_checkAll = true;
    endChange(false);
    return opened;
}

int Workspace::addDocument(std::unique_ptr<Document> document)
{
    beginChange();
    const int id = m_nextId++;
    m_entries.emplace(id, Entry { std::move(document), {}, {}, {}, {} });
    m_order.append(id);
    m_orderIndex.insert(id, int(m_order.size()) - 1);
    indexResources(id);
    m_pending.addedDocuments.append(id);
    m_pending.diagnosticsChanged.append(id);
    for (const Resource& r : m_entries.at(id).resources)
        m_pending.addedResources.insert(r.key);
    if (m_batch == 0) {
        std::vector<const Resource*> fresh;
        for (const Resource& r : m_entries.at(id).resources)
            fresh.push_back(&r);
        replaceReferences({}, fresh);
        revalidateAround(keysOf(id));
    }
    endChange(false);
    return id;
}

int Workspace::addText(const QString& path, const QByteArray& text)
{
    return addDocument(std::make_unique<Document>(path, text, m_loadOptions.limits));
}

void Workspace::removeDocument(int id)
{
    if (!m_entries.contains(id))
        return;
    const QList<ResourceKey> keys = keysOf(id);
    for (const ResourceKey& k : keys) {
        m_keyIndex.remove(k, id);
        m_pending.removedResources.insert(k);
        m_pending.addedResources.remove(k);
        m_pending.changedResources.remove(k);
    }
    refreshDuplicates(QSet<ResourceKey>(keys.begin(), keys.end()));
    m_order.removeOne(id);
    rebuildOrderIndex();
    m_entries.erase(id);
    m_texts.remove(id);
    m_histories.erase(id);
    std::erase(m_undoOrder, id);
    std::erase(m_redoOrder, id);
    m_references.replaceFrom(keys, {});
    revalidateAround(keys);
    WorkspaceChange gone;
    gone.removedDocuments.append(id);
    m_pending.merge(gone);
    m_pending.historyChanged = m_historyMoved = true;
}

void Workspace::closeDocument(int id)
{
    closeDocuments({ id });
}

void Workspace::closeDocuments(const QList<int>& ids)
{
    beginChange();
    for (int id : ids)
        removeDocument(id);
    endChange(false);
}

void Workspace::rebuildOrderIndex()
{
    m_orderIndex.clear();
    for (int i = 0; i < m_order.size(); ++i)
        m_orderIndex.insert(m_order[i], i);
    countResources();
}

void Workspace::countResources()
{
    m_resourceCount = 0;
    for (const auto& [id, e] : m_entries)
        m_resourceCount += int(e.resources.size());
}

int Workspace::indexOf(int id) const
{
    return m_orderIndex.value(id, -1);
}

Document* Workspace::document(int id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.document.get();
}

int Workspace::findDocument(const QString& path) const
{
    for (int id : m_order) {
        if (m_entries.at(id).document->path() == path)
            return id;
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return -1;
    for (int id : m_order) {
        if (QFileInfo(m_entries.at(id).document->path()).canonicalFilePath() == canonical)
            return id;
    }
    return -1;
}

const std::vector<Resource>& Workspace::resources(int documentId) const
{
    auto it = m_entries.find(documentId);
    return it == m_entries.end() ? kNoResources : it->second.resources;
}

std::vector<const Resource*> Workspace::allResources() const
{
    std::vector<const Resource*> out;
    out.reserve(size_t(m_resourceCount));
    for (int id : m_order) {
        for (const Resource& r : m_entries.at(id).resources)
            out.push_back(&r);
    }
    return out;
}

const Resource* Workspace::findResource(const ResourceKey& key) const
{
    // With duplicates, the definition first in workspace order is the one that counts.
    const Resource* best = nullptr;
    int bestOrder = -1;
    for (auto it = m_keyIndex.constFind(key); it != m_keyIndex.cend() && it.key() == key; ++it) {
        const int order = indexOf(it.value());
        if (best && order > bestOrder)
            continue;
        const Entry& e = m_entries.at(it.value());
        if (const auto at = e.byKey.constFind(key); at != e.byKey.cend()) {
            best = &e.resources[size_t(at.value())];
            bestOrder = order;
        }
    }
    return best;
}

const YamlTree* Workspace::treeOf(const Resource& resource) const
{
    const Document* d = document(resource.documentId);
    if (!d || resource.yamlDocument < 0 || size_t(resource.yamlDocument) >= d->documents().size())
        return nullptr;
    return &d->documents()[size_t(resource.yamlDocument)].tree;
}

// ---- indexing ----

std::optional<Resource> Workspace::indexYamlDocument(
    int id, const Document& doc, size_t i, std::vector<Diagnostic>& structure) const
{
    const std::optional<ManifestRules::Identity> identity = ManifestRules::identify(doc, i, structure);
    if (!identity)
        return std::nullopt;
    const YamlDocument& yd = doc.documents()[i];
    const YamlTree& t = yd.tree;
    Resource r;
    r.apiVersion = identity->apiVersion;
    r.key.kind = identity->kind;
    r.key.name = identity->name;
    r.nameRange = identity->nameRange;
    KindCatalog::splitApiVersion(r.apiVersion, &r.key.group, &r.version);
    KindCatalog::KindInfo info = KindCatalog::lookup(r.key.group, r.key.kind);
    if (!info.known) {
        // A loaded CRD makes a kind known, with its scope.
        if (const KindSchema* schema = m_schemas->find(r.key.group, r.key.kind, r.version)) {
            info.known = true;
            info.namespaced = schema->namespaced;
        }
    }
    r.knownKind = info.known;
    if (!info.known)
        ManifestRules::reportUnknownKind(doc, *identity, structure);
    const int metadata = t.resolve(t.child(t.resolve(t.root), u"metadata"));
    const int nsNode = metadata >= 0 ? t.resolve(t.child(metadata, u"namespace")) : -1;
    r.namespaceExplicit = nsNode >= 0 && t.node(nsNode).isScalar() && !t.node(nsNode).value.empty();
    if (!info.namespaced)
        r.key.namespace_.clear();
    else
        r.key.namespace_ = r.namespaceExplicit ? QString::fromStdString(t.node(nsNode).value) : m_defaultNamespace;
    r.documentId = id;
    r.yamlDocument = int(i);
    r.range = yd.range;
    return r;
}

void Workspace::refreshDuplicates(const QSet<ResourceKey>& keys)
{
    for (const ResourceKey& k : keys) {
        if (m_keyIndex.count(k) > 1)
            m_duplicateKeys.insert(k);
        else
            m_duplicateKeys.remove(k);
    }
}

void Workspace::indexResources(int id)
{
    Entry& e = m_entries.at(id);
    QSet<ResourceKey> keys;
    for (const Resource& r : e.resources) {
        m_keyIndex.remove(r.key, id);
        keys.insert(r.key);
    }
    e.resources.clear();
    e.checks.clear();
    const Document& doc = *e.document;
    e.structure.assign(doc.documents().size(), {});
    for (size_t i = 0; i < doc.documents().size(); ++i) {
        if (std::optional<Resource> r = indexYamlDocument(id, doc, i, e.structure[i])) {
            m_keyIndex.insert(r->key, id);
            e.resources.push_back(std::move(*r));
        }
    }
    e.checks.resize(e.resources.size());
    e.indexKeys();
    for (const Resource& r : e.resources)
        keys.insert(r.key);
    refreshDuplicates(keys);
    countResources();
}

void Workspace::rebuildReferences()
{
    m_references.clear();
    for (int id : std::as_const(m_order)) {
        for (const Resource& r : m_entries.at(id).resources) {
            if (const YamlTree* t = treeOf(r))
                m_references.add(ReferenceIndex::extract(r, *t));
        }
    }
}

QList<ResourceKey> Workspace::keysOf(int documentId) const
{
    QList<ResourceKey> keys;
    for (const Resource& r : resources(documentId))
        keys.append(r.key);
    return keys;
}

void Workspace::replaceReferences(const QList<ResourceKey>& removed, const std::vector<const Resource*>& fresh)
{
    std::vector<Reference> refs;
    QList<ResourceKey> from = removed;
    for (const Resource* r : fresh) {
        from.append(r->key);
        if (const YamlTree* t = treeOf(*r)) {
            std::vector<Reference> mine = ReferenceIndex::extract(*r, *t);
            refs.insert(refs.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
        }
    }
    m_references.replaceFrom(from, std::move(refs));
}

void Workspace::setSchemas(std::shared_ptr<const SchemaRegistry> schemas)
{
    beginChange();
    m_schemas = std::move(schemas);
    for (int id : std::as_const(m_order)) {
        const QList<ResourceKey> before = keysOf(id);
        indexResources(id);
        for (const ResourceKey& k : before)
            m_pending.changedResources.insert(k);
        for (const Resource& r : m_entries.at(id).resources)
            m_pending.changedResources.insert(r.key);
    }
    rebuildReferences();
    m_checkAll = true;
    for (int id : std::as_const(m_order)) {
        if (!m_pending.diagnosticsChanged.contains(id))
            m_pending.diagnosticsChanged.append(id); // kinds known or not, even without objects
    }
    endChange(false);
}

void Workspace::reindexAfterEdit(
    int documentId, Entry before, const std::vector<qsizetype>& oldBegins, qsizetype sizeBefore)
{
    Entry& e = m_entries.at(documentId);
    const Document& doc = *e.document;
    const std::vector<int>& previous = doc.previousIndices();
    const size_t count = doc.documents().size();
    // YAML documents that were only moved keep their object, its problems and its results,
    // moved to where their text now is; only those parsed again are indexed and checked again.
    std::unordered_map<int, size_t> oldByDocument;
    for (size_t j = 0; j < before.resources.size(); ++j)
        oldByDocument.emplace(before.resources[j].yamlDocument, j);
    std::vector<bool> reused(before.resources.size(), false);
    e.resources.clear();
    e.checks.clear();
    e.structure.assign(count, {});
    std::vector<size_t> fresh;
    for (size_t s = 0; s < count; ++s) {
        const int old = s < previous.size() ? previous[s] : -1;
        if (old >= 0 && size_t(old) < before.structure.size() && size_t(old) < oldBegins.size()) {
            const qsizetype delta = doc.documents()[s].range.begin - oldBegins[size_t(old)];
            e.structure[s] = std::move(before.structure[size_t(old)]);
            shiftDiagnostics(e.structure[s], delta, doc, sizeBefore);
            if (const auto it = oldByDocument.find(old); it != oldByDocument.end()) {
                Resource r = before.resources[it->second];
                r.range.shift(delta);
                r.nameRange.shift(delta);
                r.yamlDocument = int(s);
                std::vector<Diagnostic> checks = it->second < before.checks.size()
                    ? std::move(before.checks[it->second])
                    : std::vector<Diagnostic> {};
                shiftDiagnostics(checks, delta, doc, sizeBefore);
                reused[it->second] = true;
                e.resources.push_back(std::move(r));
                e.checks.push_back(std::move(checks));
            }
            continue;
        }
        if (std::optional<Resource> r = indexYamlDocument(documentId, doc, s, e.structure[s])) {
            fresh.push_back(e.resources.size());
            e.resources.push_back(std::move(*r));
            e.checks.emplace_back(); // hidden until checked: the old results point at old text
        }
    }
    QSet<ResourceKey> gone;
    for (size_t j = 0; j < before.resources.size(); ++j) {
        if (!reused[j])
            gone.insert(before.resources[j].key);
    }
    QSet<ResourceKey> come;
    for (size_t i : fresh)
        come.insert(e.resources[i].key);
    // The same objects in the same places (the usual edit): the key lookup still holds.
    bool sameKeys = e.resources.size() == before.resources.size();
    for (size_t k = 0; sameKeys && k < fresh.size(); ++k)
        sameKeys = before.resources[fresh[k]].key == e.resources[fresh[k]].key;
    if (sameKeys)
        e.byKey = std::move(before.byKey);
    else
        e.indexKeys();
    QSet<ResourceKey> touched = gone;
    touched.unite(come);
    // Re-register the touched keys of this document, one entry per object defining them.
    std::vector<const Resource*> touchedResources;
    for (const ResourceKey& k : std::as_const(touched))
        m_keyIndex.remove(k, documentId);
    for (const Resource& r : e.resources) {
        if (touched.contains(r.key)) {
            m_keyIndex.insert(r.key, documentId);
            touchedResources.push_back(&r);
        }
    }
    refreshDuplicates(touched);
    countResources();
    WorkspaceChange change;
    for (const ResourceKey& k : std::as_const(touched)) {
        if (gone.contains(k) && come.contains(k))
            change.changedResources.insert(k);
        else if (come.contains(k))
            change.addedResources.insert(k);
        else
            change.removedResources.insert(k);
    }
    m_pending.merge(change);
    replaceReferences(gone.values(), touchedResources);
    revalidateAround(touched.values());
}

void Workspace::revalidateAround(const QList<ResourceKey>& changedKeys)
{
    // What an edit can change: the edited document's objects, those that refer to them or
    // that they refer to, and one step further along incoming references (a CA change
    // changes a Backend's verdict, which changes the verdict of the routes using it).
    const QSet<ResourceKey> keys(changedKeys.begin(), changedKeys.end());
    QSet<ResourceKey> affected = keys;
    bool allRoutes = false;
    QSet<QString> grantNamespaces;
    QSet<ResourceKey> frontier = keys;
    for (int level = 0; level < 2; ++level) {
        QSet<ResourceKey> next;
        for (const ResourceKey& k : std::as_const(frontier)) {
            for (const Reference* r : m_references.to(k))
                next.insert(r->from);
            if (level == 0) {
                for (const Reference* r : m_references.from(k))
                    next.insert(r->to);
                if (k.kind == u"ReferenceGrant")
                    grantNamespaces.insert(k.namespace_);
                if (k.kind == u"Gateway" || k.kind == u"GatewayClass")
                    allRoutes = true;
            }
        }
        next.subtract(affected);
        affected.unite(next);
        frontier = next;
    }
    if (!grantNamespaces.isEmpty()) {
        for (const Reference* r : m_references.all()) {
            if ((r->role == Reference::Role::BackendRef || r->role == Reference::Role::MirrorBackendRef)
                && grantNamespaces.contains(r->to.namespace_))
                affected.insert(r->from);
        }
    }
    if (allRoutes) {
        for (int id : std::as_const(m_order)) {
            for (const Resource& r : m_entries.at(id).resources) {
                if (KindCatalog::lookup(r.key.group, r.key.kind).role == KindCatalog::Role::Route)
                    affected.insert(r.key);
            }
        }
    }
    m_toCheck.unite(affected);
}

// ---- problems ----

Diagnostic Workspace::makeDiagnostic(int documentId, const ParseProblem& p) const
{
    Diagnostic d;
    const Document* doc = document(documentId);
    d.code = p.code;
    d.severity = toSeverity(p.severity);
    d.message = p.message;
    d.range = p.range;
    d.fieldPath = p.fieldPath;
    if (doc) {
        d.file = doc->path();
        d.position = doc->positionAt(p.range.begin);
    }
    return d;
}

const std::vector<Diagnostic>& Workspace::diagnostics(int documentId) const
{
    static const std::vector<Diagnostic> none;
    const auto it = m_announced.find(documentId);
    return it == m_announced.end() ? none : it->second;
}

std::vector<Diagnostic> Workspace::collectDiagnostics(int documentId) const
{
    std::vector<Diagnostic> out;
    auto found = m_entries.find(documentId);
    if (found == m_entries.end())
        return out;
    const Entry* it = &found->second;
    for (const ParseProblem& p : it->document->problems())
        out.push_back(makeDiagnostic(documentId, p));
    for (const std::vector<Diagnostic>& structure : it->structure)
        out.insert(out.end(), structure.begin(), structure.end());
    for (const std::vector<Diagnostic>& checks : it->checks)
        out.insert(out.end(), checks.begin(), checks.end());
    // Duplicate objects: the first definition in workspace order wins, later ones are flagged.
    // Only the few keys defined twice are looked at, not every object of the file.
    std::vector<const Resource*> duplicates;
    for (const ResourceKey& k : m_duplicateKeys) {
        if (!it->byKey.contains(k))
            continue;
        for (const Resource& r : it->resources) {
            if (r.key == k)
                duplicates.push_back(&r);
        }
    }
    for (const Resource* dup : duplicates) {
        const Resource& r = *dup;
        const Resource* original = findResource(r.key);
        if (!original || original == &r)
            continue;
        const Document* od = document(original->documentId);
        const TextPosition op = od->positionAt(original->nameRange.begin);
        Diagnostic d;
        d.code = u"BW0010"_s;
        d.message = tr("duplicate object %1: it is also defined at %2:%3; applying both makes the last one win")
                        .arg(r.key.toString(), od->path())
                        .arg(op.line);
        d.file = it->document->path();
        d.range = r.nameRange;
        d.position = it->document->positionAt(r.nameRange.begin);
        d.fieldPath = u"metadata.name"_s;
        out.push_back(std::move(d));
    }
    // Each problem names the object it lies in; objects are in text order.
    const std::vector<Resource>& rs = it->resources;
    for (Diagnostic& d : out) {
        auto next = std::upper_bound(rs.begin(), rs.end(), d.range.begin,
            [](qsizetype offset, const Resource& r) { return offset < r.range.begin; });
        if (next == rs.begin())
            continue;
        const Resource& r = *std::prev(next);
        if (d.range.begin <= r.range.end) {
            d.kind = r.key.kind;
            d.name = r.key.name;
            d.namespace_ = r.key.namespace_;
        }
    }
    appendFindings(documentId, out); // these name their object already
    std::stable_sort(
        out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
    return out;
}
std::optional<Workspace::FieldLocation> Workspace::locateField(
    const ResourceKey& object, const QString& fieldPath) const
{
    const Resource* r = findResource(object);
    const YamlTree* tree = r ? treeOf(*r) : nullptr;
    const Document* doc = r ? document(r->documentId) : nullptr;
    if (!tree || !doc)
        return std::nullopt;
    if (fieldPath.isEmpty())
        return FieldLocation { r, r->nameRange, {} };
    const std::optional<FieldPath> path = FieldPath::parse(fieldPath);
    const int found = path ? tree->find(*path) : -1;
    const int node = found >= 0 ? tree->resolve(found) : -1;
    if (node < 0)
        return std::nullopt;
    const YamlNode& n = tree->node(found);
    const SourceRange content = tree->node(node).valueRange.isEmpty() ? n.range : tree->node(node).valueRange;
    SourceRange anchor = content;
    const YamlNode* parent = n.parent >= 0 ? &tree->node(n.parent) : nullptr;
    if (parent && parent->isMapping()) {
        // A mapping entry: its key, as validation problems point at fields.
        for (size_t k = 1; k < parent->children.size(); k += 2) {
            if (parent->children[k] == found)
                anchor = tree->node(parent->children[k - 1]).valueRange;
        }
    } else if (parent && parent->isSequence() && tree->node(node).isCollection()) {
        // A list item spanning lines: its first line, not every line of it.
        const qsizetype newline = doc->text().indexOf('\n', content.begin);
        if (newline >= 0 && newline < content.end)
            anchor.end = newline;
    }
    return FieldLocation { r, anchor, content };
}

std::optional<SourceRange> Workspace::fieldRange(const ResourceKey& object, const QString& fieldPath) const
{
    const std::optional<FieldLocation> at = locateField(object, fieldPath);
    return at ? std::optional<SourceRange>(at->anchor) : std::nullopt;
}

QList<int> Workspace::documentsOf(const std::vector<StoredFinding>& findings) const
{
    QList<int> ids;
    for (const StoredFinding& f : findings) {
        const Resource* r = findResource(f.finding.object);
        if (r && !ids.contains(r->documentId))
            ids.append(r->documentId);
    }
    return ids;
}

void Workspace::setFindings(const QString& source, std::vector<Finding> findings)
{
    beginChange();
    QList<int> changed;
    if (const auto old = m_findings.find(source); old != m_findings.end())
        changed = documentsOf(old->second);
    std::vector<StoredFinding> stored;
    for (Finding& f : findings) {
        const std::optional<FieldLocation> at = locateField(f.object, f.fieldPath);
        if (!at)
            continue; // about something that is not in the files (any more)
        const QByteArray& text = document(at->resource->documentId)->text();
        stored.push_back({ std::move(f), text.mid(at->content.begin, at->content.length()) });
    }
    for (int id : documentsOf(stored)) {
        if (!changed.contains(id))
            changed.append(id);
    }
    if (stored.empty())
        m_findings.erase(source);
    else
        m_findings[source] = std::move(stored);
    for (int id : std::as_const(changed)) {
        if (!m_pending.diagnosticsChanged.contains(id))
            m_pending.diagnosticsChanged.append(id);
    }
    endChange(true);
}

void Workspace::clearFindings(const QString& source)
{
    if (m_findings.contains(source))
        setFindings(source, {});
}

QStringList Workspace::findingSources() const
{
    QStringList sources;
    for (const auto& [source, findings] : m_findings)
        sources.append(source);
    return sources;
}

void Workspace::appendFindings(int documentId, std::vector<Diagnostic>& out) const
{
    const Document* doc = document(documentId);
    for (const auto& [source, findings] : m_findings) {
        for (const StoredFinding& f : findings) {
            const std::optional<FieldLocation> at = locateField(f.finding.object, f.finding.fieldPath);
            if (!at || at->resource->documentId != documentId
                || doc->text().mid(at->content.begin, at->content.length()) != f.fieldText)
                continue;
            Diagnostic d;
            d.code = f.finding.code;
            d.severity = f.finding.severity;
            d.message = f.finding.message;
            d.file = doc->path();
            d.range = at->anchor;
            d.position = doc->positionAt(at->anchor.begin);
            d.fieldPath = f.finding.fieldPath.isEmpty() ? u"metadata.name"_s : f.finding.fieldPath;
            d.kind = f.finding.object.kind;
            d.name = f.finding.object.name;
            d.namespace_ = f.finding.object.namespace_;
            d.source = source;
            out.push_back(std::move(d));
        }
    }
}

std::vector<Diagnostic> Workspace::diagnostics() const
{
    std::vector<Diagnostic> out = m_loadErrors;
    for (int id : m_order) {
        const std::vector<Diagnostic>& d = diagnostics(id);
        out.insert(out.end(), d.begin(), d.end());
    }
    return out;
}

// ---- edits ----

void Workspace::attachText(int documentId, PendingText* text)
{
    if (m_entries.contains(documentId))
        m_texts.insert(documentId, text);
}

void Workspace::detachText(int documentId, PendingText* text)
{
    if (m_texts.value(documentId) == text)
        m_texts.remove(documentId);
}

void Workspace::commitTyping(int documentId)
{
    if (documentId >= 0) {
        if (PendingText* t = m_texts.value(documentId))
            t->applyPendingTyping();
        return;
    }
    const QList<PendingText*> texts = m_texts.values();
    for (PendingText* t : texts)
        t->applyPendingTyping();
}

bool Workspace::applyChange(int documentId, const std::vector<DocumentEdit>& edits, std::vector<DocumentEdit>* inverse)
{
    Document* doc = document(documentId);
    if (!doc)
        return false;
    const qsizetype sizeBefore = doc->text().size();
    std::vector<qsizetype> oldBegins;
    oldBegins.reserve(doc->documents().size());
    for (const YamlDocument& yd : doc->documents())
        oldBegins.push_back(yd.range.begin);
    std::optional<std::vector<DocumentEdit>> inv = doc->apply(edits);
    if (!inv)
        return false;
    if (inverse)
        *inverse = std::move(*inv);
    Entry& e = m_entries.at(documentId);
    Entry before { nullptr, std::move(e.resources), std::move(e.structure), std::move(e.checks), std::move(e.byKey) };
    reindexAfterEdit(documentId, std::move(before), oldBegins, sizeBefore);
    if (!m_pending.textChanged.contains(documentId))
        m_pending.textChanged.append(documentId);
    if (PendingText* t = m_texts.value(documentId))
        t->documentTextChanged();
    return true;
}

bool Workspace::applyStep(
    int documentId, std::vector<DocumentEdit> edits, const QString& description, const QString& mergeKey)
{
    std::vector<DocumentEdit> inverse;
    if (!applyChange(documentId, edits, &inverse))
        return false;
    EditHistory& h = m_histories[documentId];
    if (!(edits.size() == 1 && h.merge(mergeKey, edits.front()))) {
        h.push({ description, { EditHistory::Change { documentId, std::move(edits), std::move(inverse) } } });
        h.setMergeKeyOfLast(mergeKey);
        m_undoOrder.push_back(documentId);
    }
    std::erase(m_redoOrder, documentId); // its redo steps are gone
    m_pending.historyChanged = m_historyMoved = true;
    return true;
}

bool Workspace::applyTyping(int documentId, const DocumentEdit& edit)
{
    if (!document(documentId))
        return false;
    beginChange();
    const bool ok = applyStep(documentId, { edit }, tr("Typing"), u"typing"_s);
    endChange(true);
    return ok;
}

bool Workspace::applyEdits(
    int documentId, std::vector<DocumentEdit> edits, const QString& description, const QString& mergeKey)
{
    Document* doc = document(documentId);
    if (!doc)
        return false;
    beginChange();
    // Typing not applied yet goes first; edits computed before it are stale.
    const quint64 revision = doc->revision();
    commitTyping(documentId);
    const bool ok = doc->revision() == revision && applyStep(documentId, std::move(edits), description, mergeKey);
    endChange(true);
    return ok;
}

bool Workspace::applyEdits(int documentId, const StructuredEditor::Result& result, const QString& description)
{
    return result.ok() && applyEdits(documentId, result.edits, description);
}

bool Workspace::edit(int documentId, const std::function<StructuredEditor::Result()>& compute,
    const QString& description, QString* error)
{
    if (!document(documentId))
        return false;
    beginChange();
    commitTyping(documentId);
    const StructuredEditor::Result r = compute();
    if (error)
        *error = r.error;
    const bool ok = r.ok() && (r.edits.empty() || applyStep(documentId, r.edits, description, {}));
    endChange(true);
    return ok;
}

const EditHistory& Workspace::history(int documentId) const
{
    static const EditHistory empty;
    const auto it = m_histories.find(documentId);
    return it == m_histories.end() ? empty : it->second;
}

const EditHistory& Workspace::history() const
{
    return history(m_undoOrder.empty() ? -1 : m_undoOrder.back());
}

bool Workspace::undo(int documentId)
{
    if (!document(documentId))
        return false;
    beginChange();
    commitTyping(documentId);
    auto it = m_histories.find(documentId);
    const EditHistory::Step* step = it == m_histories.end() ? nullptr : it->second.undoStep();
    bool ok = step != nullptr;
    if (step) {
        for (auto c = step->changes.rbegin(); ok && c != step->changes.rend(); ++c)
            ok = applyChange(c->documentId, c->undo, nullptr);
    }
    if (ok) {
        it->second.stepBack();
        if (const auto last = std::find(m_undoOrder.rbegin(), m_undoOrder.rend(), documentId);
            last != m_undoOrder.rend())
            m_undoOrder.erase(std::next(last).base());
        m_redoOrder.push_back(documentId);
        m_pending.historyChanged = m_historyMoved = true;
    }
    endChange(true);
    return ok;
}

bool Workspace::redo(int documentId)
{
    if (!document(documentId))
        return false;
    beginChange();
    commitTyping(documentId);
    auto it = m_histories.find(documentId);
    const EditHistory::Step* step = it == m_histories.end() ? nullptr : it->second.redoStep();
    bool ok = step != nullptr;
    if (step) {
        for (auto c = step->changes.begin(); ok && c != step->changes.end(); ++c)
            ok = applyChange(c->documentId, c->redo, nullptr);
    }
    if (ok) {
        it->second.stepForward();
        if (const auto last = std::find(m_redoOrder.rbegin(), m_redoOrder.rend(), documentId);
            last != m_redoOrder.rend())
            m_redoOrder.erase(std::next(last).base());
        m_undoOrder.push_back(documentId);
        m_pending.historyChanged = m_historyMoved = true;
    }
    endChange(true);
    return ok;
}

bool Workspace::undo()
{
    return !m_undoOrder.empty() && undo(m_undoOrder.back());
}

bool Workspace::redo()
{
    return !m_redoOrder.empty() && redo(m_redoOrder.back());
}

Document::SaveResult Workspace::save(int documentId, bool overwriteExternalChanges)
{
    Document* doc = document(documentId);
    if (!doc)
        return { Document::SaveStatus::Failed, tr("no such document") };
    commitTyping(documentId); // save what the editors show
    Document::SaveResult r = doc->save(overwriteExternalChanges);
    if (r.status == Document::SaveStatus::Saved) {
        beginChange();
        m_pending.savedDocuments.append(documentId);
        endChange(true);
    }
    return r;
}

int Workspace::reload(const QList<int>& documentIds, QStringList* errors)
{
    int done = 0;
    beginChange();
    for (int id : documentIds) {
        Document* doc = document(id);
        if (!doc)
            continue;
        QString error;
        const std::optional<QByteArray> bytes = doc->readDisk(&error);
        if (!bytes) {
            if (errors)
                errors->append(error);
            continue;
        }
        if (*bytes != doc->text() && !applyChange(id, { doc->editReplacingText(*bytes) }, nullptr))
            continue;
        doc->setDiskText(*bytes);
        m_histories.erase(id);
        std::erase(m_undoOrder, id);
        std::erase(m_redoOrder, id);
        if (!m_pending.reloaded.contains(id))
            m_pending.reloaded.append(id);
        if (!m_pending.textChanged.contains(id))
            m_pending.textChanged.append(id);
        m_pending.historyChanged = m_historyMoved = true;
        ++done;
    }
    endChange(true);
    return done;
}

bool Workspace::reload(int documentId, QString* error)
{
    QStringList errors;
    const bool ok = reload(QList<int> { documentId }, &errors) == 1;
    if (error && !errors.isEmpty())
        *error = errors.first();
    return ok;
}

} // namespace bw
