// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include "document/fieldpath.h"
#include "document/parallelfor.h"
#include "kindcatalog.h"
#include "schema/schemaregistry.h"

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
} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_validator(SchemaRegistry::builtin())
{ }

Workspace::~Workspace() = default;

void Workspace::setDefaultNamespace(const QString& ns)
{
    if (ns == m_defaultNamespace)
        return;
    m_defaultNamespace = ns;
    for (int id : std::as_const(m_order)) {
        indexResources(id);
    }
    rebuildReferences();
    revalidateAll();
    for (int id : std::as_const(m_order))
        Q_EMIT documentChanged(id);
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
    revalidateAll();
    return opened;
}

int Workspace::addDocument(std::unique_ptr<Document> document)
{
    const int id = m_nextId++;
    m_entries.emplace(id, Entry { std::move(document), {}, {}, {} });
    m_order.append(id);
    indexResources(id);
    if (m_batch == 0) {
        updateReferences(id, {});
        revalidateAround(keysOf(id));
    }
    Q_EMIT documentAdded(id);
    return id;
}

int Workspace::addText(const QString& path, const QByteArray& text)
{
    return addDocument(std::make_unique<Document>(path, text, m_loadOptions.limits));
}

void Workspace::closeDocument(int id)
{
    if (!m_entries.contains(id))
        return;
    Q_EMIT documentAboutToBeClosed(id);
    const QList<ResourceKey> keys = keysOf(id);
    for (const ResourceKey& k : keys)
        m_keyIndex.remove(k, id);
    m_order.removeOne(id);
    m_entries.erase(id);
    ++m_generation;
    m_histories.erase(id);
    std::erase(m_undoOrder, id);
    std::erase(m_redoOrder, id);
    m_references.replaceFrom(keys, {});
    revalidateAround(keys);
    Q_EMIT documentClosed(id);
    Q_EMIT historyChanged();
}

Document* Workspace::document(int id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.document.get();
}

int Workspace::findDocument(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int id : m_order) {
        const QString& p = m_entries.at(id).document->path();
        if (p == path || (!canonical.isEmpty() && QFileInfo(p).canonicalFilePath() == canonical))
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
    qsizetype bestOrder = -1;
    for (auto it = m_keyIndex.constFind(key); it != m_keyIndex.cend() && it.key() == key; ++it) {
        const qsizetype order = m_order.indexOf(it.value());
        if (best && order > bestOrder)
            continue;
        for (const Resource& r : m_entries.at(it.value()).resources) {
            if (r.key == key) {
                best = &r;
                bestOrder = order;
                break;
            }
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

void Workspace::indexResources(int id)
{
    ++m_generation;
    Entry& e = m_entries[id];
    for (const Resource& r : e.resources)
        m_keyIndex.remove(r.key, id);
    e.resources.clear();
    e.checks.clear();
    e.structure.clear();
    const Document& doc = *e.document;
    auto problem = [&](const QString& code, Severity severity, const QString& message, SourceRange range,
                       const QString& field = {}) {
        Diagnostic d;
        d.code = code;
        d.severity = severity;
        d.message = message;
        d.file = doc.path();
        d.range = range;
        d.position = doc.positionAt(range.begin);
        d.fieldPath = field;
        e.structure.push_back(std::move(d));
    };
    for (size_t i = 0; i < doc.documents().size(); ++i) {
        const YamlDocument& yd = doc.documents()[i];
        const YamlTree& t = yd.tree;
        if (yd.syntaxError || t.isEmpty())
            continue;
        const int root = t.resolve(t.root);
        if (root < 0)
            continue;
        const YamlNode& rn = t.node(root);
        if (rn.isNull())
            continue;
        if (!rn.isMapping()) {
            problem(u"BW0004"_s, Severity::Error,
                tr("this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind and "
                   "metadata")
                    .arg(rn.isSequence() ? tr("a list") : tr("a scalar")),
                rn.valueRange);
            continue;
        }
        auto requiredString = [&](const FieldPath& path, QString* out, SourceRange* where) {
            const int n = t.resolve(t.find(path));
            if (n < 0) {
                problem(u"BW0005"_s, Severity::Error,
                    tr("%1 is missing; every Kubernetes object needs it").arg(path.toString()),
                    { rn.valueRange.begin, rn.valueRange.begin }, path.toString());
                return false;
            }
            const YamlNode& nd = t.node(n);
            if (!nd.isScalar() || nd.value.empty() || t.scalarKind(n) != YamlTree::ScalarKind::String) {
                problem(u"BW0005"_s, Severity::Error, tr("%1 must be a non-empty string").arg(path.toString()),
                    nd.valueRange, path.toString());
                return false;
            }
            *out = QString::fromStdString(nd.value);
            if (where)
                *where = nd.valueRange;
            return true;
        };
        Resource r;
        SourceRange kindRange;
        bool ok = requiredString(FieldPath::parse(u"apiVersion"_s).value(), &r.apiVersion, nullptr);
        ok = requiredString(FieldPath::parse(u"kind"_s).value(), &r.key.kind, &kindRange) && ok;
        const int metadata = t.resolve(t.child(root, u"metadata"));
        if (metadata >= 0 && !t.node(metadata).isMapping()) {
            problem(u"BW0005"_s, Severity::Error, tr("metadata must be a mapping"), t.node(metadata).valueRange,
                u"metadata"_s);
            ok = false;
        } else if (metadata >= 0 && t.child(metadata, u"name") < 0 && t.child(metadata, u"generateName") >= 0) {
            r.key.name = t.stringAt(FieldPath::parse(u"metadata.generateName"_s).value());
            r.nameRange = t.node(t.child(metadata, u"generateName")).valueRange;
        } else {
            ok = requiredString(FieldPath::parse(u"metadata.name"_s).value(), &r.key.name, &r.nameRange) && ok;
        }
        if (!ok)
            continue;
        KindCatalog::splitApiVersion(r.apiVersion, &r.key.group, &r.version);
        KindCatalog::KindInfo info = KindCatalog::lookup(r.key.group, r.key.kind);
        if (!info.known) {
            // A loaded CRD makes a kind known, with its scope.
            if (const KindSchema* schema = m_validator.schemas().find(r.key.group, r.key.kind, r.version)) {
                info.known = true;
                info.namespaced = schema->namespaced;
            }
        }
        r.knownKind = info.known;
        if (!info.known) {
            problem(u"BW0006"_s, Severity::Warning,
                tr("%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. "
                   "Load its CRD to have it checked")
                    .arg(r.key.kind, r.apiVersion),
                kindRange, u"kind"_s);
        }
        const int nsNode = metadata >= 0 ? t.resolve(t.child(metadata, u"namespace")) : -1;
        r.namespaceExplicit = nsNode >= 0 && t.node(nsNode).isScalar() && !t.node(nsNode).value.empty();
        if (!info.namespaced)
            r.key.namespace_.clear();
        else
            r.key.namespace_ = r.namespaceExplicit ? QString::fromStdString(t.node(nsNode).value) : m_defaultNamespace;
        r.documentId = id;
        r.yamlDocument = int(i);
        r.range = yd.range;
        m_keyIndex.insert(r.key, id);
        e.resources.push_back(std::move(r));
    }
    e.checks.resize(e.resources.size());
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

void Workspace::updateReferences(int documentId, const QList<ResourceKey>& oldKeys)
{
    std::vector<Reference> refs;
    for (const Resource& r : resources(documentId)) {
        if (const YamlTree* t = treeOf(r)) {
            std::vector<Reference> mine = ReferenceIndex::extract(r, *t);
            refs.insert(refs.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
        }
    }
    QList<ResourceKey> from = oldKeys;
    from += keysOf(documentId);
    m_references.replaceFrom(from, std::move(refs));
}

void Workspace::setSchemas(std::shared_ptr<const SchemaRegistry> schemas)
{
    m_validator = Validator(std::move(schemas));
    for (int id : std::as_const(m_order))
        indexResources(id);
    rebuildReferences();
    revalidateAll();
    for (int id : std::as_const(m_order))
        Q_EMIT documentChanged(id);
}

Workspace::Snapshot Workspace::snapshot(int documentId)
{
    Snapshot s;
    auto it = m_entries.find(documentId);
    if (it == m_entries.end())
        return s;
    s.resources = it->second.resources;
    s.checks = std::move(it->second.checks);
    return s;
}

void Workspace::reindexAfterEdit(int documentId, Snapshot before, qsizetype textSizeBefore)
{
    indexResources(documentId);
    Entry& e = m_entries.at(documentId);
    const Document& doc = *e.document;
    const std::vector<int>& reparsed = doc.reparsedDocuments();
    // Objects whose YAML document was not re-parsed keep their results, moved to where
    // their text now is; only what changed, and what depends on it, is checked again.
    QList<ResourceKey> changed;
    std::vector<bool> matched(before.resources.size(), false);
    for (size_t i = 0; i < e.resources.size(); ++i) {
        const Resource& r = e.resources[i];
        const bool parsedAgain = std::find(reparsed.begin(), reparsed.end(), r.yamlDocument) != reparsed.end();
        const auto same = [&](size_t j) {
            return !matched[j] && before.resources[j].key == r.key
                && before.resources[j].range.length() == r.range.length();
        };
        // Usually the object sits at the same index as before.
        size_t j = i < before.resources.size() && same(i) ? i : 0;
        while (j < before.resources.size() && !same(j))
            ++j;
        if (parsedAgain || j == before.resources.size()) {
            changed.append(r.key);
            continue;
        }
        matched[j] = true;
        const qsizetype delta = r.range.begin - before.resources[j].range.begin;
        std::vector<Diagnostic> moved = std::move(before.checks[j]);
        for (Diagnostic& d : moved) {
            d.range.begin += delta;
            d.range.end += delta;
            d.position = doc.positionAt(d.range.begin);
            if (d.fix)
                d.fix->offset = d.fix->offset >= textSizeBefore ? doc.text().size() : d.fix->offset + delta;
        }
        e.checks[i] = std::move(moved);
    }
    for (size_t j = 0; j < before.resources.size(); ++j) {
        if (!matched[j])
            changed.append(before.resources[j].key);
    }
    QList<ResourceKey> old;
    for (const Resource& r : before.resources)
        old.append(r.key);
    updateReferences(documentId, old);
    revalidateAround(changed);
}

void Workspace::revalidateAll()
{
    std::vector<std::pair<int, size_t>> targets;
    for (int id : std::as_const(m_order)) {
        Entry& e = m_entries.at(id);
        e.checks.assign(e.resources.size(), {});
        for (size_t i = 0; i < e.resources.size(); ++i)
            targets.emplace_back(id, i);
    }
    runChecks(targets);
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
        for (const Reference& r : m_references.all()) {
            if ((r.role == Reference::Role::BackendRef || r.role == Reference::Role::MirrorBackendRef)
                && grantNamespaces.contains(r.to.namespace_))
                affected.insert(r.from);
        }
    }
    std::vector<std::pair<int, size_t>> targets;
    for (int id : std::as_const(m_order)) {
        const Entry& e = m_entries.at(id);
        for (size_t i = 0; i < e.resources.size(); ++i) {
            const Resource& r = e.resources[i];
            if (affected.contains(r.key)
                || (allRoutes && KindCatalog::lookup(r.key.group, r.key.kind).role == KindCatalog::Role::Route))
                targets.emplace_back(id, i);
        }
    }
    runChecks(targets);
}

void Workspace::runChecks(const std::vector<std::pair<int, size_t>>& targets)
{
    const ValidationIndex index = Validator::buildIndex(*this);
    std::vector<std::vector<Diagnostic>> results(targets.size());
    ParallelFor::run(
        qsizetype(targets.size()),
        [&](qsizetype i) {
            const auto& [id, r] = targets[size_t(i)];
            results[size_t(i)] = m_validator.check(*this, index, m_entries.at(id).resources[r]);
        },
        64);
    QList<int> changed;
    for (size_t i = 0; i < targets.size(); ++i) {
        const auto& [id, r] = targets[i];
        Entry& e = m_entries.at(id);
        if (e.checks.size() != e.resources.size())
            e.checks.resize(e.resources.size());
        e.checks[r] = std::move(results[i]);
        if (!changed.contains(id))
            changed.append(id);
    }
    m_lastCheckCount = int(targets.size());
    ++m_generation;
    if (!changed.isEmpty())
        Q_EMIT diagnosticsChanged(changed);
}

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

std::vector<Diagnostic> Workspace::diagnostics(int documentId) const
{
    std::vector<Diagnostic> out;
    auto found = m_entries.find(documentId);
    if (found == m_entries.end())
        return out;
    const Entry* it = &found->second;
    for (const ParseProblem& p : it->document->problems())
        out.push_back(makeDiagnostic(documentId, p));
    out.insert(out.end(), it->structure.begin(), it->structure.end());
    for (const std::vector<Diagnostic>& checks : it->checks)
        out.insert(out.end(), checks.begin(), checks.end());
    // Duplicate objects: the first definition in workspace order wins, later ones are flagged.
    QHash<ResourceKey, const Resource*> first;
    for (int id : m_order) {
        for (const Resource& r : m_entries.at(id).resources) {
            const auto slot = first.constFind(r.key);
            if (slot == first.cend()) {
                first.insert(r.key, &r);
                continue;
            }
            if (id != documentId)
                continue;
            const Resource* original = slot.value();
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
    }
    for (Diagnostic& d : out) {
        for (const Resource& r : it->resources) {
            if (r.range.begin <= d.range.begin && d.range.begin <= r.range.end) {
                d.kind = r.key.kind;
                d.name = r.key.name;
                d.namespace_ = r.key.namespace_;
                break;
            }
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
    ++m_generation;
    if (!changed.isEmpty())
        Q_EMIT diagnosticsChanged(changed);
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
            out.push_back(std::move(d));
        }
    }
}

std::vector<Diagnostic> Workspace::diagnostics() const
{
    std::vector<Diagnostic> out = m_loadErrors;
    for (int id : m_order) {
        std::vector<Diagnostic> d = diagnostics(id);
        out.insert(out.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
    }
    return out;
}

bool Workspace::applyChange(int documentId, const std::vector<DocumentEdit>& edits, std::vector<DocumentEdit>* inverse)
{
    Document* doc = document(documentId);
    if (!doc)
        return false;
    // Views apply text typed but not yet applied now; edits computed before that are stale.
    const quint64 revision = doc->revision();
    Q_EMIT documentAboutToChange(documentId);
    if (doc->revision() != revision)
        return false;
    const qsizetype textSizeBefore = doc->text().size();
    std::optional<std::vector<DocumentEdit>> inv = doc->apply(edits);
    if (!inv)
        return false;
    Snapshot before = snapshot(documentId); // the objects as they were: not re-indexed yet
    if (inverse)
        *inverse = std::move(*inv);
    reindexAfterEdit(documentId, std::move(before), textSizeBefore);
    Q_EMIT documentChanged(documentId);
    return true;
}

bool Workspace::applyEdits(
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
    Q_EMIT historyChanged();
    return true;
}

bool Workspace::applyEdits(int documentId, const StructuredEditor::Result& result, const QString& description)
{
    return result.ok() && applyEdits(documentId, result.edits, description);
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

void Workspace::prepareToEdit(int documentId)
{
    if (m_entries.contains(documentId))
        Q_EMIT documentAboutToChange(documentId);
}

bool Workspace::undo(int documentId)
{
    prepareToEdit(documentId);
    auto it = m_histories.find(documentId);
    const EditHistory::Step* step = it == m_histories.end() ? nullptr : it->second.undoStep();
    if (!step)
        return false;
    for (auto c = step->changes.rbegin(); c != step->changes.rend(); ++c) {
        if (!applyChange(c->documentId, c->undo, nullptr))
            return false;
    }
    it->second.stepBack();
    if (const auto last = std::find(m_undoOrder.rbegin(), m_undoOrder.rend(), documentId); last != m_undoOrder.rend())
        m_undoOrder.erase(std::next(last).base());
    m_redoOrder.push_back(documentId);
    Q_EMIT historyChanged();
    return true;
}

bool Workspace::redo(int documentId)
{
    prepareToEdit(documentId);
    auto it = m_histories.find(documentId);
    const EditHistory::Step* step = it == m_histories.end() ? nullptr : it->second.redoStep();
    if (!step)
        return false;
    for (const EditHistory::Change& c : step->changes) {
        if (!applyChange(c.documentId, c.redo, nullptr))
            return false;
    }
    it->second.stepForward();
    if (const auto last = std::find(m_redoOrder.rbegin(), m_redoOrder.rend(), documentId); last != m_redoOrder.rend())
        m_redoOrder.erase(std::next(last).base());
    m_undoOrder.push_back(documentId);
    Q_EMIT historyChanged();
    return true;
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
    return doc->save(overwriteExternalChanges);
}

bool Workspace::reload(int documentId, QString* error)
{
    Document* doc = document(documentId);
    if (!doc)
        return false;
    Q_EMIT documentAboutToChange(documentId);
    const qsizetype textSizeBefore = doc->text().size();
    if (!doc->reload(error))
        return false;
    Snapshot before = snapshot(documentId);
    m_histories.erase(documentId);
    std::erase(m_undoOrder, documentId);
    std::erase(m_redoOrder, documentId);
    reindexAfterEdit(documentId, std::move(before), textSizeBefore);
    Q_EMIT documentChanged(documentId);
    Q_EMIT historyChanged();
    return true;
}

} // namespace bw
