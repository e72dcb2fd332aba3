// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacemodel.h"

#include <QFileInfo>
#include <QMimeData>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

struct WorkspaceModel::Node
{
    enum class Type { Root, File, Resource, Field };
    Type type = Type::Root;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    QString identity; // what makes two snapshots "the same row"
    int documentId = -1;
    QString filePath;
    QString display;
    QString kind;
    QString name;
    QString namespace_;
    QString apiVersion;
    QString fieldPath;
    QString summary;
    // Positions change with every edit above them and are shown nowhere but tooltips, so they
    // are kept up to date without telling the views. A field's offsets are relative to its
    // object, which moves as one.
    qsizetype offset = 0; // file: 0; object: its YAML document; field: its key, from the object
    qsizetype anchor = 0; // where the row points (object: its name), from `offset`
    qsizetype length = 0;
    int row = 0; // in parent->children
    bool modified = false;
    int problems = 0;
    int yamlDocument = -1;

    void renumberChildren()
    {
        for (size_t i = 0; i < children.size(); ++i)
            children[i]->row = int(i);
    }
    [[nodiscard]] qsizetype absoluteOffset() const
    {
        return type == Type::Field && parent ? parent->offset + offset : offset;
    }

    // Everything shown, so a refresh can tell whether a row really changed.
    [[nodiscard]] bool sameData(const Node& o) const
    {
        return display == o.display && kind == o.kind && name == o.name && namespace_ == o.namespace_
            && apiVersion == o.apiVersion && fieldPath == o.fieldPath && summary == o.summary && modified == o.modified
            && problems == o.problems && filePath == o.filePath;
    }
    void copyPositions(const Node& o)
    {
        offset = o.offset;
        anchor = o.anchor;
        length = o.length;
        yamlDocument = o.yamlDocument;
    }
    void copyData(const Node& o)
    {
        identity = o.identity;
        documentId = o.documentId;
        filePath = o.filePath;
        display = o.display;
        kind = o.kind;
        name = o.name;
        namespace_ = o.namespace_;
        apiVersion = o.apiVersion;
        fieldPath = o.fieldPath;
        summary = o.summary;
        offset = o.offset;
        anchor = o.anchor;
        length = o.length;
        modified = o.modified;
        problems = o.problems;
        yamlDocument = o.yamlDocument;
    }
};

WorkspaceModel::WorkspaceModel(Workspace* workspace, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_root(std::make_unique<Node>())
{
    for (int id : workspace->documentIds())
        m_root->children.push_back(buildFile(id));
    for (auto& c : m_root->children)
        c->parent = m_root.get();
    m_root->renumberChildren();
    connect(workspace, &Workspace::changed, this, &WorkspaceModel::applyChange);
}

void WorkspaceModel::applyChange(const WorkspaceChange& change)
{
    if (!m_workspace)
        return;
    for (int id : change.removedDocuments)
        removeDocument(id);
    for (int id : change.addedDocuments) {
        if (m_workspace->document(id))
            addDocument(id);
    }
    // Documents whose objects were indexed again without a text change (a new schema or
    // default namespace) are found through their objects.
    QList<int> refresh = change.textChanged;
    for (int id : change.savedDocuments) {
        if (!refresh.contains(id))
            refresh.append(id);
    }
    for (const QSet<ResourceKey>* keys : { &change.changedResources, &change.addedResources }) {
        for (const ResourceKey& k : *keys) {
            const Resource* r = m_workspace->findResource(k);
            if (r && !refresh.contains(r->documentId) && !change.addedDocuments.contains(r->documentId))
                refresh.append(r->documentId);
        }
    }
    for (int id : std::as_const(refresh))
        refreshDocument(id, change);
    // Syntax problems come with the text, not with the checks: a new text can change the
    // count without the checks saying so.
    for (int id : change.problemsStale()) {
        if (Node* file = fileNode(id)) {
            const int problems = problemCount(id);
            if (problems != file->problems) {
                file->problems = problems;
                const QModelIndex at = indexOf(file);
                Q_EMIT dataChanged(at, at.siblingAtColumn(NUM_COLUMNS - 1));
            }
        }
    }
}

int WorkspaceModel::problemCount(int documentId) const
{
    int problems = 0;
    for (const Diagnostic& d : m_workspace->diagnostics(documentId))
        problems += d.severity != Severity::Info ? 1 : 0;
    return problems;
}

WorkspaceModel::Node* WorkspaceModel::fileNode(int documentId) const
{
    for (const auto& f : m_root->children) {
        if (f->documentId == documentId)
            return f.get();
    }
    return nullptr;
}

namespace {
QString identityOf(const Resource& r, QHash<QString, int>& seen)
{
    const QString base = r.key.group + u'/' + r.key.kind + u'/' + r.key.namespace_ + u'/' + r.key.name;
    return base + u'#' + QString::number(seen[base]++);
}
} // namespace

WorkspaceModel::~WorkspaceModel() = default;

std::unique_ptr<WorkspaceModel::Node> WorkspaceModel::buildFile(int id) const
{
    auto file = std::make_unique<Node>();
    const Document* doc = m_workspace->document(id);
    file->type = Node::Type::File;
    file->documentId = id;
    file->filePath = doc->path();
    file->identity = u"file:"_s + QString::number(id);
    file->display = QFileInfo(doc->path()).fileName();
    file->modified = doc->isModified();
    file->length = doc->text().size();
    file->problems = problemCount(id);
    QHash<QString, int> seen;
    for (const Resource& r : m_workspace->resources(id)) {
        std::unique_ptr<Node> res = buildResource(r, identityOf(r, seen));
        res->parent = file.get();
        file->children.push_back(std::move(res));
    }
    file->renumberChildren();
    return file;
}

std::unique_ptr<WorkspaceModel::Node> WorkspaceModel::buildResource(const Resource& r, const QString& identity) const
{
    const int id = r.documentId;
    const Document* doc = m_workspace->document(id);
    auto res = std::make_unique<Node>();
    res->type = Node::Type::Resource;
    res->documentId = id;
    res->filePath = doc->path();
    res->identity = identity;
    res->display = r.key.name;
    res->kind = r.key.kind;
    res->name = r.key.name;
    res->namespace_ = r.key.namespace_;
    res->apiVersion = r.apiVersion;
    res->offset = r.range.begin;
    res->anchor = r.nameRange.begin - r.range.begin;
    res->length = r.range.length();
    res->yamlDocument = r.yamlDocument;
    const YamlTree& t = doc->documents()[size_t(r.yamlDocument)].tree;
    const int root = t.resolve(t.root);
    const YamlNode& rn = t.node(root);
    for (size_t k = 0; k + 1 < rn.children.size(); k += 2) {
        const YamlNode& key = t.node(rn.children[k]);
        const int valueIndex = t.resolve(rn.children[k + 1]);
        auto field = std::make_unique<Node>();
        field->type = Node::Type::Field;
        field->parent = res.get();
        field->documentId = id;
        field->filePath = doc->path();
        field->display = QString::fromStdString(key.value);
        field->identity = field->display;
        field->fieldPath = field->display;
        field->kind = r.key.kind;
        field->name = r.key.name;
        field->namespace_ = r.key.namespace_;
        field->yamlDocument = r.yamlDocument;
        field->offset = key.range.begin - r.range.begin;
        if (valueIndex >= 0) {
            const YamlNode& v = t.node(valueIndex);
            field->length = std::max(v.range.end, key.range.end) - key.range.begin;
            if (v.isScalar())
                field->summary = QString::fromStdString(v.value);
            else if (v.isMapping())
                field->summary = tr("%n field(s)", nullptr, int(v.entryCount()));
            else if (v.isSequence())
                field->summary = tr("%n item(s)", nullptr, int(v.entryCount()));
        }
        res->children.push_back(std::move(field));
    }
    res->renumberChildren();
    return res;
}

QModelIndex WorkspaceModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex WorkspaceModel::indexForDocument(int documentId) const
{
    for (const auto& f : m_root->children) {
        if (f->documentId == documentId)
            return indexOf(f.get());
    }
    return {};
}

void WorkspaceModel::addDocument(int id)
{
    const int row = int(m_root->children.size());
    auto file = buildFile(id);
    file->parent = m_root.get();
    file->row = row;
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(file));
    endInsertRows();
}

void WorkspaceModel::removeDocument(int id)
{
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        if (m_root->children[i]->documentId != id)
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_root->children.erase(m_root->children.begin() + qsizetype(i));
        m_root->renumberChildren();
        endRemoveRows();
        return;
    }
}

void WorkspaceModel::refreshDocument(int id, const WorkspaceChange& change)
{
    Node* file = fileNode(id);
    const Document* doc = m_workspace->document(id);
    if (!file || !doc)
        return;
    const std::vector<Resource>& resources = m_workspace->resources(id);
    QHash<QString, int> seen;
    QStringList identities;
    identities.reserve(qsizetype(resources.size()));
    for (const Resource& r : resources)
        identities.append(identityOf(r, seen));
    bool sameObjects = identities.size() == qsizetype(file->children.size());
    for (qsizetype i = 0; sameObjects && i < identities.size(); ++i)
        sameObjects = file->children[size_t(i)]->identity == identities[i];
    if (!sameObjects) {
        std::unique_ptr<Node> fresh = buildFile(id);
        sync(file, indexOf(file), std::move(*fresh));
        return;
    }
    // The usual edit: the same objects, one of them parsed again. Only that one is built
    // anew; the others only moved.
    Node header;
    header.copyData(*file);
    header.modified = doc->isModified();
    header.length = doc->text().size();
    if (!file->sameData(header)) {
        file->copyData(header);
        const QModelIndex at = indexOf(file);
        Q_EMIT dataChanged(at, at.siblingAtColumn(NUM_COLUMNS - 1));
    }
    file->copyPositions(header);
    for (size_t i = 0; i < resources.size(); ++i) {
        const Resource& r = resources[i];
        Node* node = file->children[i].get();
        if (change.changedResources.contains(r.key) || change.addedResources.contains(r.key)
            || node->yamlDocument != r.yamlDocument || change.reloaded.contains(id)) {
            std::unique_ptr<Node> fresh = buildResource(r, identities[qsizetype(i)]);
            sync(node, indexOf(node), std::move(*fresh));
            continue;
        }
        node->offset = r.range.begin;
        node->anchor = r.nameRange.begin - r.range.begin;
        node->length = r.range.length();
    }
}

// Brings `target`'s children in line with `fresh`'s, emitting the smallest set of row
// removals and insertions (longest common subsequence over row identities) and dataChanged
// for rows that stayed but show something new.
void WorkspaceModel::sync(Node* target, const QModelIndex& targetIndex, Node&& fresh)
{
    if (target != m_root.get() && !target->sameData(fresh)) {
        target->copyData(fresh);
        Q_EMIT dataChanged(targetIndex, targetIndex.siblingAtColumn(NUM_COLUMNS - 1));
    } else if (target != m_root.get()) {
        target->copyData(fresh); // positions only: nothing a view shows
    }
    auto& oldKids = target->children;
    auto& newKids = fresh.children;
    const size_t n = oldKids.size();
    const size_t m = newKids.size();
    std::vector<bool> keepOld(n, false);
    std::vector<int> matchOfNew(m, -1);
    // An edit usually changes a few rows in the middle: match the common ends directly and
    // run the quadratic LCS only on what is left, and only while that stays small.
    size_t head = 0;
    while (head < n && head < m && oldKids[head]->identity == newKids[head]->identity) {
        keepOld[head] = true;
        matchOfNew[head] = int(head);
        ++head;
    }
    size_t tail = 0;
    while (tail < n - head && tail < m - head && oldKids[n - 1 - tail]->identity == newKids[m - 1 - tail]->identity) {
        keepOld[n - 1 - tail] = true;
        matchOfNew[m - 1 - tail] = int(n - 1 - tail);
        ++tail;
    }
    const size_t on = n - head - tail;
    const size_t nn = m - head - tail;
    constexpr size_t kMaxLcsCells = 4 * 1024 * 1024;
    if (on > 0 && nn > 0 && on * nn <= kMaxLcsCells) {
        std::vector<std::vector<int>> lcs(on + 1, std::vector<int>(nn + 1, 0));
        for (size_t i = on; i-- > 0;) {
            for (size_t j = nn; j-- > 0;) {
                lcs[i][j] = oldKids[head + i]->identity == newKids[head + j]->identity
                    ? lcs[i + 1][j + 1] + 1
                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (size_t i = 0, j = 0; i < on && j < nn;) {
            if (oldKids[head + i]->identity == newKids[head + j]->identity) {
                keepOld[head + i] = true;
                matchOfNew[head + j] = int(head + i);
                ++i;
                ++j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    // Pair kept old nodes with their fresh counterparts before rows move around.
    std::vector<std::pair<Node*, Node*>> pairs;
    for (size_t j = 0; j < m; ++j) {
        if (matchOfNew[j] >= 0)
            pairs.emplace_back(oldKids[size_t(matchOfNew[j])].get(), newKids[j].get());
    }
    for (size_t i = n; i-- > 0;) {
        if (keepOld[i])
            continue;
        beginRemoveRows(targetIndex, int(i), int(i));
        oldKids.erase(oldKids.begin() + qsizetype(i));
        target->renumberChildren();
        endRemoveRows();
    }
    for (size_t j = 0; j < m; ++j) {
        if (matchOfNew[j] >= 0)
            continue;
        beginInsertRows(targetIndex, int(j), int(j));
        std::unique_ptr<Node> node = std::move(newKids[j]);
        node->parent = target;
        for (auto& c : node->children)
            c->parent = node.get();
        oldKids.insert(oldKids.begin() + qsizetype(j), std::move(node));
        target->renumberChildren();
        endInsertRows();
    }
    for (auto& [old, fr] : pairs)
        sync(old, indexOf(old), std::move(*fr));
}

QModelIndex WorkspaceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS)
        return {};
    const Node* p = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : m_root.get();
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex WorkspaceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* n = static_cast<const Node*>(child.internalPointer());
    return indexOf(n->parent);
}

int WorkspaceModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* p = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int WorkspaceModel::columnCount(const QModelIndex&) const
{
    return NUM_COLUMNS;
}

QVariant WorkspaceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = static_cast<const Node*>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (n->type == Node::Type::File && n->modified)
                return QString(n->display + u" *"_s);
            return n->display;
        case KindColumn:
            if (n->type == Node::Type::Field)
                return n->summary;
            if (n->type == Node::Type::File)
                return n->problems > 0 ? tr("%n problem(s)", nullptr, n->problems) : QString();
            return n->kind;
        case NamespaceColumn:
            return n->type == Node::Type::Resource ? n->namespace_ : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (n->type == Node::Type::File)
            return n->filePath;
        if (n->type == Node::Type::Resource)
            return tr("%1 %2 (%3), line %4").arg(n->kind, n->name, n->apiVersion).arg(position(n).line);
        return tr("%1: line %2").arg(n->fieldPath).arg(position(n).line);
    case ItemTypeRole:
        return n->type == Node::Type::File ? u"file"_s : n->type == Node::Type::Resource ? u"resource"_s : u"field"_s;
    case DocumentIdRole:
        return n->documentId;
    case FilePathRole:
        return n->filePath;
    case KindRole:
        return n->kind;
    case NameRole:
        return n->name;
    case NamespaceRole:
        return n->namespace_;
    case ApiVersionRole:
        return n->apiVersion;
    case FieldPathRole:
        return n->fieldPath;
    case LineRole:
        return position(n).line;
    case ColumnRole:
        return position(n).column;
    case OffsetRole:
        return qlonglong(n->absoluteOffset());
    case LengthRole:
        return qlonglong(n->length);
    case ModifiedRole:
        return n->modified;
    case ProblemCountRole:
        return n->problems;
    case YamlDocumentRole:
        return n->yamlDocument;
    default:
        return {};
    }
}

TextPosition WorkspaceModel::position(const Node* n) const
{
    const Document* doc = m_workspace ? m_workspace->document(n->documentId) : nullptr;
    if (!doc || n->type == Node::Type::File)
        return { 1, 1 };
    return doc->positionAt(std::min(n->absoluteOffset() + n->anchor, doc->text().size()));
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind / value");
    case NamespaceColumn:
        return tr("Namespace");
    }
    return {};
}

QHash<int, QByteArray> WorkspaceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemTypeRole, "itemType");
    names.insert(DocumentIdRole, "documentId");
    names.insert(FilePathRole, "filePath");
    names.insert(KindRole, "kind");
    names.insert(NameRole, "name");
    names.insert(NamespaceRole, "namespace");
    names.insert(ApiVersionRole, "apiVersion");
    names.insert(FieldPathRole, "fieldPath");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(OffsetRole, "offset");
    names.insert(LengthRole, "length");
    names.insert(ModifiedRole, "modified");
    names.insert(ProblemCountRole, "problemCount");
    names.insert(YamlDocumentRole, "yamlDocument");
    return names;
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.data(ItemTypeRole).toString() == u"resource"_s)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList WorkspaceModel::mimeTypes() const
{
    return { QString(resourceMimeType) };
}

QMimeData* WorkspaceModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& i : indexes) {
        if (i.data(ItemTypeRole).toString() != u"resource"_s || !m_workspace)
            continue;
        const int documentId = i.data(DocumentIdRole).toInt();
        const int yamlDocument = i.data(YamlDocumentRole).toInt();
        for (const Resource& r : m_workspace->resources(documentId)) {
            if (r.yamlDocument != yamlDocument)
                continue;
            auto* data = new QMimeData;
            data->setData(QString(resourceMimeType),
                QStringList { r.key.group, r.key.kind, r.key.namespace_, r.key.name }.join(u'|').toUtf8());
            data->setText(r.key.toString());
            return data;
        }
    }
    return nullptr;
}

} // namespace bw
