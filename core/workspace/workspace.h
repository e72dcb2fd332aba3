// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "document/document.h"
#include "document/structurededitor.h"
#include "edithistory.h"
#include "referenceindex.h"
#include "resource.h"
#include "validation/diagnostic.h"
#include "validation/finding.h"
#include "validation/validator.h"

namespace bw {

// The open files, the Kubernetes objects in them, the references between those objects,
// and one undo history over all of it. Every change goes through applyEdits(), so the
// documents' text stays the only state and every listener hears about every change.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    void setLoadOptions(const Document::LoadOptions& options) { m_loadOptions = options; }
    [[nodiscard]] const Document::LoadOptions& loadOptions() const { return m_loadOptions; }
    // The namespace objects without metadata.namespace land in, as kubectl's context gives it.
    void setDefaultNamespace(const QString& ns);
    [[nodiscard]] const QString& defaultNamespace() const { return m_defaultNamespace; }

    // Opens files, or every *.yaml / *.yml below a folder (sorted, recursively). Files that
    // cannot be opened are recorded as diagnostics; returns how many files were opened.
    int open(const QStringList& paths);
    int addDocument(std::unique_ptr<Document> document);
    // Adds a document from text (tests, new files, stdin).
    int addText(const QString& path, const QByteArray& text);
    void closeDocument(int id);

    [[nodiscard]] QList<int> documentIds() const { return m_order; }
    [[nodiscard]] int documentCount() const { return int(m_order.size()); }
    [[nodiscard]] int indexOf(int id) const { return int(m_order.indexOf(id)); }
    [[nodiscard]] Document* document(int id) const;
    [[nodiscard]] int findDocument(const QString& path) const;

    [[nodiscard]] const std::vector<Resource>& resources(int documentId) const;
    [[nodiscard]] std::vector<const Resource*> allResources() const;
    [[nodiscard]] const Resource* findResource(const ResourceKey& key) const;
    [[nodiscard]] const YamlTree* treeOf(const Resource& resource) const;
    [[nodiscard]] const ReferenceIndex& references() const { return m_references; }

    // The schemas objects are checked against: ours, plus CRDs the user loaded. Setting them
    // re-checks everything.
    void setSchemas(std::shared_ptr<const SchemaRegistry> schemas);
    [[nodiscard]] const SchemaRegistry& schemas() const { return m_validator.schemas(); }
    [[nodiscard]] const std::shared_ptr<const SchemaRegistry>& schemaRegistry() const
    {
        return m_validator.schemaRegistry();
    }
    // How many objects the last validation pass checked (an edit re-checks only its
    // neighbourhood).
    [[nodiscard]] int lastCheckCount() const { return m_lastCheckCount; }
    // Grows with every change to the objects or their problems: views derived from the whole
    // workspace (the topology graph) rebuild once per change, whichever signal comes first.
    [[nodiscard]] quint64 generation() const { return m_generation; }

    // Problems of the text and of the object structure: syntax, encoding, duplicate keys,
    // non-object documents, missing apiVersion/kind/name, unknown kinds, duplicate objects,
    // files that could not be opened. Sorted by file and position.
    [[nodiscard]] std::vector<Diagnostic> diagnostics() const;
    [[nodiscard]] std::vector<Diagnostic> diagnostics(int documentId) const;
    // Files that could not be opened (too large, unreadable).
    [[nodiscard]] const std::vector<Diagnostic>& loadErrors() const { return m_loadErrors; }

    // Findings from outside the files (probe results), grouped by source: setting a source's
    // findings replaces what that source said before. They are part of diagnostics() at their
    // field in the current text for as long as the field reads as it did when they were set;
    // findings whose object or field is not there now are dropped at once.
    void setFindings(const QString& source, std::vector<Finding> findings);
    void clearFindings(const QString& source);
    [[nodiscard]] QStringList findingSources() const;
    // Where a field of an object is in its file now, as problems point at it (the key of a
    // mapping entry, the content of a list item); the object's name for an empty path.
    // nullopt when the object or the field is gone.
    [[nodiscard]] std::optional<SourceRange> fieldRange(const ResourceKey& object, const QString& fieldPath) const;
    [[nodiscard]] Diagnostic makeDiagnostic(int documentId, const ParseProblem& p) const;

    // Call before computing edits from a document's current text: views apply what was typed
    // but not applied yet, so the edits are computed from the latest text.
    void prepareToEdit(int documentId);
    // Applies edits to one document as one undoable step of that document's history. False
    // (and nothing changes) when the edits do not fit the current text, or when pending typing
    // had to be applied first (the edits were computed from older text). Consecutive edits
    // with the same `mergeKey` that continue each other (typing) become one step.
    bool applyEdits(
        int documentId, std::vector<DocumentEdit> edits, const QString& description, const QString& mergeKey = {});
    bool applyEdits(int documentId, const StructuredEditor::Result& result, const QString& description);
    // Each document has its own history; undo()/redo() without a document act on the
    // document edited (or undone) most recently.
    [[nodiscard]] const EditHistory& history(int documentId) const;
    [[nodiscard]] const EditHistory& history() const;
    bool undo(int documentId);
    bool redo(int documentId);
    bool undo();
    bool redo();

    Document::SaveResult save(int documentId, bool overwriteExternalChanges = false);
    // Re-reads a document's file (after it changed on disk), as an undoable step.
    bool reload(int documentId, QString* error);

Q_SIGNALS:
    void documentAdded(int id);
    void documentAboutToBeClosed(int id);
    void documentClosed(int id);
    // A document is about to change (edit, undo, redo, reload): views holding text not yet
    // applied must apply it now.
    void documentAboutToChange(int id);
    // The text and parse of a document changed (edit, undo, redo, reload).
    void documentChanged(int id);
    void historyChanged();
    // Validation results changed for objects in these documents.
    void diagnosticsChanged(const QList<int>& documentIds);

private:
    struct Entry
    {
        std::unique_ptr<Document> document;
        std::vector<Resource> resources;
        std::vector<Diagnostic> structure; // diagnostics found while indexing resources
        std::vector<std::vector<Diagnostic>> checks; // validation results, one list per resource
    };

    void indexResources(int id);
    void rebuildReferences();
    void updateReferences(int documentId, const QList<ResourceKey>& oldKeys);
    [[nodiscard]] QList<ResourceKey> keysOf(int documentId) const;
    void revalidateAll();
    void revalidateAround(const QList<ResourceKey>& changedKeys);
    struct Snapshot
    {
        std::vector<Resource> resources;
        std::vector<std::vector<Diagnostic>> checks;
    };
    Snapshot snapshot(int documentId);
    void reindexAfterEdit(int documentId, Snapshot before, qsizetype textSizeBefore);
    void runChecks(const std::vector<std::pair<int, size_t>>& targets);
    bool applyChange(int documentId, const std::vector<DocumentEdit>& edits, std::vector<DocumentEdit>* inverse);
    void openFolder(const QString& folder, QStringList& files) const;
    struct FieldLocation
    {
        const Resource* resource = nullptr;
        SourceRange anchor; // where a problem about the field points
        SourceRange content; // the field's text, to notice when it changed
    };
    [[nodiscard]] std::optional<FieldLocation> locateField(const ResourceKey& object, const QString& fieldPath) const;
    struct StoredFinding
    {
        Finding finding;
        QByteArray fieldText; // the field's text when the finding was set
    };
    [[nodiscard]] QList<int> documentsOf(const std::vector<StoredFinding>& findings) const;
    void appendFindings(int documentId, std::vector<Diagnostic>& out) const;

    Document::LoadOptions m_loadOptions;
    QString m_defaultNamespace = QStringLiteral("default");
    std::unordered_map<int, Entry> m_entries;
    QList<int> m_order;
    int m_nextId = 1;
    std::vector<Diagnostic> m_loadErrors;
    std::map<QString, std::vector<StoredFinding>> m_findings; // by source
    ReferenceIndex m_references;
    std::unordered_map<int, EditHistory> m_histories;
    std::vector<int> m_undoOrder; // documents in the order their steps were done
    std::vector<int> m_redoOrder; // documents in the order their steps were undone
    Validator m_validator;
    QMultiHash<ResourceKey, int> m_keyIndex; // object -> documents defining it
    int m_batch = 0; // > 0 while open() adds many documents at once
    int m_lastCheckCount = 0;
    quint64 m_generation = 0;
};

} // namespace bw
