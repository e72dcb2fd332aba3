// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "backgroundjob.h"
#include "document/document.h"
#include "document/structurededitor.h"
#include "edithistory.h"
#include "pendingtext.h"
#include "referenceindex.h"
#include "resource.h"
#include "validation/diagnostic.h"
#include "validation/finding.h"
#include "workspacechange.h"

namespace bw {

class SchemaRegistry;

// The open files, the Kubernetes objects in them, the references between those objects, and
// one undo history per file. Every change goes through one path: pending typing is applied
// first, the edit is applied to the text, the edited YAML documents are indexed again, and the
// objects the edit can affect are checked again. Listeners hear of it once, through changed(),
// when the checks are done. With background checks on (the window), the checks run on a worker
// thread: a newer change cancels them and they start again over both changes, so typing never
// waits for a check.
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
    void closeDocuments(const QList<int>& ids);

    [[nodiscard]] QList<int> documentIds() const { return m_order; }
    [[nodiscard]] int documentCount() const { return int(m_order.size()); }
    [[nodiscard]] int indexOf(int id) const;
    [[nodiscard]] Document* document(int id) const;
    [[nodiscard]] int findDocument(const QString& path) const;

    [[nodiscard]] const std::vector<Resource>& resources(int documentId) const;
    [[nodiscard]] std::vector<const Resource*> allResources() const;
    [[nodiscard]] int resourceCount() const { return m_resourceCount; }
    [[nodiscard]] const Resource* findResource(const ResourceKey& key) const;
    [[nodiscard]] const YamlTree* treeOf(const Resource& resource) const;
    [[nodiscard]] const ReferenceIndex& references() const { return m_references; }

    // The schemas objects are checked against: ours, plus CRDs the user loaded. Setting them
    // re-checks everything.
    void setSchemas(std::shared_ptr<const SchemaRegistry> schemas);
    [[nodiscard]] const SchemaRegistry& schemas() const { return *m_schemas; }
    [[nodiscard]] const std::shared_ptr<const SchemaRegistry>& schemaRegistry() const { return m_schemas; }
    // How many objects the last validation pass checked (an edit re-checks only its
    // neighbourhood).
    [[nodiscard]] int lastCheckCount() const { return m_lastCheckCount; }
    // Grows with every change to the text, the objects or their problems. A job reading the
    // workspace on another thread is current while the generation it started at is.
    [[nodiscard]] quint64 generation() const { return m_generation; }

    // Checks after an edit, undo, redo, reload or new findings run on a worker thread, and
    // changed() comes when they are done. Off by default: the command line and most tests
    // want the problems of an edit as soon as applyEdits() returns.
    void setBackgroundChecks(bool on);
    [[nodiscard]] bool backgroundChecks() const { return m_backgroundChecks; }
    // True while checks of a change are still running (or the change was not announced yet).
    [[nodiscard]] bool checksPending() const;
    // Completes the pending checks now (waiting for the worker) and announces the change.
    void finishChecks();
    // True while a check job runs on the worker.
    [[nodiscard]] bool checksRunning() const { return m_checkJob->isRunning(); }
    // How many background checks a newer change cancelled.
    [[nodiscard]] int cancelledChecks() const { return m_checkJob->cancelledCount(); }
    // Jobs of others that read the workspace on another thread (the topology graph's layout):
    // they are cancelled, as the checks are, before anything changes.
    void addReader(BackgroundJob* job);
    void removeReader(BackgroundJob* job);

    // Problems of the text and of the object structure: syntax, encoding, duplicate keys,
    // non-object documents, missing apiVersion/kind/name, unknown kinds, duplicate objects,
    // files that could not be opened. Sorted by file and position. As last announced by
    // changed(): between a change and its announcement (checks still running) they describe
    // the text before it, as the views still show them.
    [[nodiscard]] std::vector<Diagnostic> diagnostics() const;
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics(int documentId) const;
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

    // The view editing a document's text ahead of the workspace (see PendingText).
    void attachText(int documentId, PendingText* text);
    void detachText(int documentId, PendingText* text);
    // Applies typing that views hold and did not apply yet: of one document, or of all (-1).
    void commitTyping(int documentId = -1);
    // The typing step a PendingText applies; consecutive typing merges into one undo step.
    bool applyTyping(int documentId, const DocumentEdit& edit);

    // The one entry point for edits made from the current text: applies pending typing, then
    // computes the edit with `compute` (which reads the workspace as it now is) and applies it
    // as one undoable step. False, with `error` set when `compute` says why, when nothing changed.
    bool edit(int documentId, const std::function<StructuredEditor::Result()>& compute, const QString& description,
        QString* error = nullptr);
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
    // The document undo() acts on (edited or redone most recently), or -1.
    [[nodiscard]] int lastEditedDocument() const { return m_undoOrder.empty() ? -1 : m_undoOrder.back(); }

    Document::SaveResult save(int documentId, bool overwriteExternalChanges = false);
    // Re-reads documents' files (after they changed on disk), as one change. Their histories
    // start again. Returns how many were read; files that cannot be read are named in `errors`.
    int reload(const QList<int>& documentIds, QStringList* errors = nullptr);
    bool reload(int documentId, QString* error);

Q_SIGNALS:
    // The one change signal: once per change (or per run of changes made while checks ran),
    // when the text, the objects and their problems all say the same.
    void changed(const bw::WorkspaceChange& change);
    // At once when a step is pushed, undone or redone, before the checks of the change are
    // done: Undo and Redo are offered the moment they can act. Not for models.
    void historyChanged();

private:
    struct Entry
    {
        std::unique_ptr<Document> document;
        std::vector<Resource> resources; // in the order of their YAML documents
        std::vector<std::vector<Diagnostic>> structure; // per YAML document, found while indexing
        std::vector<std::vector<Diagnostic>> checks; // validation results, one list per resource
        QHash<ResourceKey, int> byKey; // the first resource with each key
        void indexKeys()
        {
            byKey.clear();
            for (int i = int(resources.size()) - 1; i >= 0; --i)
                byKey.insert(resources[size_t(i)].key, i);
        }
    };

    [[nodiscard]] std::optional<Resource> indexYamlDocument(
        int id, const Document& doc, size_t index, std::vector<Diagnostic>& structure) const;
    void indexResources(int id);
    void rebuildReferences();
    void replaceReferences(const QList<ResourceKey>& removed, const std::vector<const Resource*>& fresh);
    [[nodiscard]] QList<ResourceKey> keysOf(int documentId) const;
    void revalidateAll();
    void revalidateAround(const QList<ResourceKey>& changedKeys);
    void reindexAfterEdit(int documentId, Entry before, const std::vector<qsizetype>& oldBegins, qsizetype sizeBefore);
    bool applyChange(int documentId, const std::vector<DocumentEdit>& edits, std::vector<DocumentEdit>* inverse);
    bool applyStep(
        int documentId, std::vector<DocumentEdit> edits, const QString& description, const QString& mergeKey);
    void openFolder(const QString& folder, QStringList& files) const;
    void removeDocument(int id);
    void rebuildOrderIndex();
    void countResources();

    // The change path: every change begins by stopping what reads the workspace on other
    // threads, records what it changed, and ends by checking what it made stale, in the
    // background or at once, then announcing the change.
    void beginChange();
    void endChange(bool background);
    void startCheckJob();
    void runPendingChecksNow();
    [[nodiscard]] std::vector<std::pair<int, size_t>> pendingTargets() const;
    void installChecks(
        const std::vector<std::pair<int, size_t>>& targets, std::vector<std::vector<Diagnostic>> results);
    void announce();
    [[nodiscard]] std::vector<Diagnostic> collectDiagnostics(int documentId) const;

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
    QHash<int, int> m_orderIndex; // document id -> place in m_order
    int m_nextId = 1;
    int m_resourceCount = 0;
    std::vector<Diagnostic> m_loadErrors;
    std::map<QString, std::vector<StoredFinding>> m_findings; // by source
    ReferenceIndex m_references;
    std::unordered_map<int, EditHistory> m_histories;
    std::vector<int> m_undoOrder; // documents in the order their steps were done
    std::vector<int> m_redoOrder; // documents in the order their steps were undone
    std::shared_ptr<const SchemaRegistry> m_schemas; // what the validator checks against
    QMultiHash<ResourceKey, int> m_keyIndex; // object -> documents defining it
    QSet<ResourceKey> m_duplicateKeys; // defined more than once
    void refreshDuplicates(const QSet<ResourceKey>& keys);
    QHash<int, PendingText*> m_texts;
    int m_batch = 0; // > 0 while open() adds many documents at once
    int m_lastCheckCount = 0;
    quint64 m_generation = 0;

    bool m_backgroundChecks = false;
    BackgroundJob* m_checkJob = nullptr;
    QList<BackgroundJob*> m_readers;
    bool m_readerCancelled = false;
    int m_changeDepth = 0;
    bool m_historyMoved = false; // during a change: historyChanged() is due
    WorkspaceChange m_pending; // not announced yet
    std::unordered_map<int, std::vector<Diagnostic>> m_announced; // per document, as last announced
    QSet<ResourceKey> m_toCheck; // objects whose results are stale
    bool m_checkAll = false;
};

} // namespace bw
