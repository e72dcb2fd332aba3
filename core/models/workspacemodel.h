// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

#include "document/sourcerange.h"
#include "workspace/workspacechange.h"

namespace bw {

class Workspace;
struct Resource;

// Files -> the objects in them -> each object's top-level fields. After an edit only the
// rows that changed are updated (inserted, removed or dataChanged), never a reset, so views
// keep their selection and expansion while the user types.
class WorkspaceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn = 0, KindColumn, NamespaceColumn, NUM_COLUMNS };
    enum Roles {
        ItemTypeRole = Qt::UserRole + 1, // "file", "resource" or "field"
        DocumentIdRole,
        FilePathRole,
        KindRole,
        NameRole,
        NamespaceRole,
        ApiVersionRole,
        FieldPathRole,
        LineRole,
        ColumnRole,
        OffsetRole,
        LengthRole,
        ModifiedRole,
        ProblemCountRole,
        YamlDocumentRole,
    };
    Q_ENUM(Roles)

    explicit WorkspaceModel(Workspace* workspace, QObject* parent = nullptr);
    ~WorkspaceModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Objects can be dragged (onto a rule in the topology graph); the data names the object.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    // "group|kind|namespace|name", the format of the drag data.
    static constexpr QLatin1StringView resourceMimeType { "application/x-backend-workbench-resource" };

    [[nodiscard]] QModelIndex indexForDocument(int documentId) const;

    struct Node;

private:
    void applyChange(const WorkspaceChange& change);
    void addDocument(int id);
    void removeDocument(int id);
    void refreshDocument(int id, const WorkspaceChange& change);
    [[nodiscard]] std::unique_ptr<Node> buildFile(int id) const;
    [[nodiscard]] std::unique_ptr<Node> buildResource(const Resource& r, const QString& identity) const;
    [[nodiscard]] Node* fileNode(int documentId) const;
    [[nodiscard]] int problemCount(int documentId) const;
    [[nodiscard]] TextPosition position(const Node* node) const;
    void sync(Node* target, const QModelIndex& targetIndex, Node&& fresh);
    [[nodiscard]] QModelIndex indexOf(const Node* node, int column = 0) const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Node> m_root;
};

} // namespace bw
