// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

#include "validation/diagnostic.h"
#include "workspace/workspacechange.h"

namespace bw {

class Workspace;

// Every problem of the workspace, one row each, ordered by file (in workspace order) and
// position. When validation results change, only the rows of the affected documents are
// inserted, removed or updated, so a view keeps its selection and scroll position while
// the user types.
class DiagnosticsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { SeverityColumn = 0, CodeColumn, MessageColumn, LocationColumn, NUM_COLUMNS };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // "error", "warning" or "info"
        CodeRole,
        MessageRole,
        FileRole,
        LineRole,
        ColumnRole,
        OffsetRole,
        LengthRole,
        FieldPathRole,
        KindRole,
        NameRole,
        NamespaceRole,
        DocumentIdRole,
        HasFixRole,
    };
    Q_ENUM(Roles)

    explicit DiagnosticsModel(Workspace* workspace, QObject* parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const Diagnostic* diagnostic(int row) const;
    [[nodiscard]] int count(Severity severity) const;

Q_SIGNALS:
    void countsChanged();

private:
    struct Group
    {
        int documentId = -1; // -1: files that could not be opened
        std::vector<Diagnostic> rows;
    };

    void applyChange(const WorkspaceChange& change);
    void addDocument(int id);
    void removeDocument(int id);
    void refresh(const QList<int>& documentIds);
    void sync(size_t group, std::vector<Diagnostic> fresh);
    [[nodiscard]] int firstRow(size_t group) const;
    [[nodiscard]] std::pair<size_t, size_t> locate(int row) const;

    QPointer<Workspace> m_workspace;
    std::vector<Group> m_groups;
    bool m_countsMoved = false;
};

} // namespace bw
