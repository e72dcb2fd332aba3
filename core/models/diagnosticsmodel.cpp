// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <QFileInfo>
#include <QSet>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// Two diagnostics are "the same problem" when only their position moved (text was typed
// above them): such rows are updated in place rather than removed and re-inserted.
bool sameProblem(const Diagnostic& a, const Diagnostic& b)
{
    return a.code == b.code && a.severity == b.severity && a.message == b.message && a.fieldPath == b.fieldPath
        && a.kind == b.kind && a.name == b.name && a.namespace_ == b.namespace_;
}

bool samePlace(const Diagnostic& a, const Diagnostic& b)
{
    return a.range.begin == b.range.begin && a.range.end == b.range.end && a.file == b.file
        && a.fix.has_value() == b.fix.has_value();
}
} // namespace

DiagnosticsModel::DiagnosticsModel(Workspace* workspace, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    m_groups.push_back({ -1, workspace->loadErrors() });
    for (int id : workspace->documentIds())
        m_groups.push_back({ id, workspace->diagnostics(id) });
    connect(workspace, &Workspace::changed, this, &DiagnosticsModel::applyChange);
}

void DiagnosticsModel::applyChange(const WorkspaceChange& change)
{
    if (!m_workspace)
        return;
    for (int id : change.removedDocuments)
        removeDocument(id);
    for (int id : change.addedDocuments) {
        if (m_workspace->document(id))
            addDocument(id);
    }
    refresh(change.problemsStale());
    if (std::exchange(m_countsMoved, false))
        Q_EMIT countsChanged(); // once, however many files changed
}

int DiagnosticsModel::firstRow(size_t group) const
{
    int row = 0;
    for (size_t g = 0; g < group && g < m_groups.size(); ++g)
        row += int(m_groups[g].rows.size());
    return row;
}

std::pair<size_t, size_t> DiagnosticsModel::locate(int row) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (size_t(row) < m_groups[g].rows.size())
            return { g, size_t(row) };
        row -= int(m_groups[g].rows.size());
    }
    return { m_groups.size(), 0 };
}

const Diagnostic* DiagnosticsModel::diagnostic(int row) const
{
    if (row < 0)
        return nullptr;
    const auto [g, r] = locate(row);
    return g < m_groups.size() ? &m_groups[g].rows[r] : nullptr;
}

int DiagnosticsModel::count(Severity severity) const
{
    int n = 0;
    for (const Group& g : m_groups) {
        for (const Diagnostic& d : g.rows)
            n += d.severity == severity;
    }
    return n;
}

void DiagnosticsModel::addDocument(int id)
{
    // Keep groups in workspace order: the new document goes before the first group whose
    // document comes after it.
    const int order = m_workspace->indexOf(id);
    size_t at = m_groups.size();
    for (size_t g = 1; g < m_groups.size(); ++g) {
        if (m_workspace->indexOf(m_groups[g].documentId) > order) {
            at = g;
            break;
        }
    }
    m_groups.insert(m_groups.begin() + qsizetype(at), Group { id, {} });
    sync(at, m_workspace->diagnostics(id));
}

void DiagnosticsModel::removeDocument(int id)
{
    for (size_t g = 1; g < m_groups.size(); ++g) {
        if (m_groups[g].documentId != id)
            continue;
        sync(g, {});
        m_groups.erase(m_groups.begin() + qsizetype(g));
        return;
    }
}

void DiagnosticsModel::refresh(const QList<int>& documentIds)
{
    if (!m_workspace)
        return;
    sync(0, m_workspace->loadErrors());
    const QSet<int> ids(documentIds.begin(), documentIds.end());
    for (size_t g = 1; g < m_groups.size(); ++g) {
        if (ids.contains(m_groups[g].documentId))
            sync(g, m_workspace->diagnostics(m_groups[g].documentId));
    }
}

void DiagnosticsModel::sync(size_t group, std::vector<Diagnostic> fresh)
{
    std::vector<Diagnostic>& rows = m_groups[group].rows;
    const int base = firstRow(group);
    // Keep the unchanged head and tail; replace what lies between.
    size_t head = 0;
    while (head < rows.size() && head < fresh.size() && sameProblem(rows[head], fresh[head]))
        ++head;
    size_t tail = 0;
    while (tail < rows.size() - head && tail < fresh.size() - head
        && sameProblem(rows[rows.size() - 1 - tail], fresh[fresh.size() - 1 - tail]))
        ++tail;
    bool countsMoved = false;
    const size_t oldMiddle = rows.size() - head - tail;
    const size_t newMiddle = fresh.size() - head - tail;
    // Rows in the middle that stay, count-for-count, are updated rather than replaced.
    const size_t common = std::min(oldMiddle, newMiddle);
    if (oldMiddle > common) {
        beginRemoveRows({}, base + int(head + common), base + int(head + oldMiddle) - 1);
        rows.erase(rows.begin() + qsizetype(head + common), rows.begin() + qsizetype(head + oldMiddle));
        endRemoveRows();
        countsMoved = true;
    }
    if (newMiddle > common) {
        beginInsertRows({}, base + int(head + common), base + int(head + newMiddle) - 1);
        rows.insert(rows.begin() + qsizetype(head + common), fresh.begin() + qsizetype(head + common),
            fresh.begin() + qsizetype(head + newMiddle));
        endInsertRows();
        countsMoved = true;
    }
    // Now rows and fresh align one to one: report the rows whose content or place changed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (sameProblem(rows[i], fresh[i]) && samePlace(rows[i], fresh[i]))
            continue;
        countsMoved = countsMoved || rows[i].severity != fresh[i].severity;
        rows[i] = std::move(fresh[i]);
        if (firstChanged < 0)
            firstChanged = int(i);
        lastChanged = int(i);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(base + firstChanged, 0), index(base + lastChanged, NUM_COLUMNS - 1));
    m_countsMoved = m_countsMoved || countsMoved;
}

QModelIndex DiagnosticsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= NUM_COLUMNS || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DiagnosticsModel::parent(const QModelIndex&) const
{
    return {};
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return firstRow(m_groups.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [g, r] = locate(index.row());
    if (g >= m_groups.size())
        return {};
    const Diagnostic& d = m_groups[g].rows[r];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Diagnostic::severityName(d.severity);
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        case LocationColumn:
            return d.position.line > 0 ? u"%1:%2"_s.arg(QFileInfo(d.file).fileName()).arg(d.position.line)
                                       : QFileInfo(d.file).fileName();
        }
        return {};
    case Qt::ToolTipRole:
        return d.fieldPath.isEmpty() ? d.message : d.fieldPath + u": "_s + d.message;
    case SeverityRole:
        return Diagnostic::severityName(d.severity);
    case CodeRole:
        return d.code;
    case MessageRole:
        return d.message;
    case FileRole:
        return d.file;
    case LineRole:
        return d.position.line;
    case ColumnRole:
        return d.position.column;
    case OffsetRole:
        return qint64(d.range.begin);
    case LengthRole:
        return qint64(d.range.length());
    case FieldPathRole:
        return d.fieldPath;
    case KindRole:
        return d.kind;
    case NameRole:
        return d.name;
    case NamespaceRole:
        return d.namespace_;
    case DocumentIdRole:
        return m_groups[g].documentId;
    case HasFixRole:
        return d.fix.has_value();
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Problem");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        { SeverityRole, "severity" },
        { CodeRole, "code" },
        { MessageRole, "message" },
        { FileRole, "file" },
        { LineRole, "line" },
        { ColumnRole, "column" },
        { OffsetRole, "offset" },
        { LengthRole, "length" },
        { FieldPathRole, "fieldPath" },
        { KindRole, "kind" },
        { NameRole, "name" },
        { NamespaceRole, "namespace" },
        { DocumentIdRole, "documentId" },
        { HasFixRole, "hasFix" },
    });
    return names;
}

} // namespace bw
