// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>

#include "resource.h"

namespace bw {

// What one change did to the workspace, as the models need to know it: which documents came,
// went or have new text, which objects appeared, disappeared or were re-read, and whose
// problems changed. Changes that happen while checks are still running are merged, so a model
// hears of an edit once, with its text and its problems together.
struct WorkspaceChange
{
    quint64 generation = 0; // of the workspace once this change is complete
    QList<int> addedDocuments;
    QList<int> removedDocuments;
    QList<int> textChanged; // edit, undo, redo or reload; the parse is new too
    QList<int> reloaded; // of those, read again from disk
    QList<int> savedDocuments; // written to disk: no longer modified
    QSet<ResourceKey> addedResources;
    QSet<ResourceKey> removedResources;
    QSet<ResourceKey> changedResources; // their YAML document was parsed again
    QList<int> diagnosticsChanged; // documents whose problems may differ
    bool historyChanged = false;

    [[nodiscard]] bool isEmpty() const
    {
        return addedDocuments.isEmpty() && removedDocuments.isEmpty() && textChanged.isEmpty()
            && diagnosticsChanged.isEmpty() && addedResources.isEmpty() && removedResources.isEmpty()
            && changedResources.isEmpty() && savedDocuments.isEmpty() && !historyChanged;
    }
    // Documents that were there before and whose problems may read differently now: their
    // problems changed, or their text did (positions). New documents are read whole anyway.
    [[nodiscard]] QList<int> problemsStale() const
    {
        QList<int> out = diagnosticsChanged;
        for (int id : textChanged) {
            if (!out.contains(id))
                out.append(id);
        }
        for (int id : addedDocuments)
            out.removeAll(id);
        return out;
    }

    void merge(const WorkspaceChange& later)
    {
        const auto add = [](QList<int>& to, const QList<int>& from) {
            for (int id : from) {
                if (!to.contains(id))
                    to.append(id);
            }
        };
        generation = later.generation;
        add(addedDocuments, later.addedDocuments);
        add(removedDocuments, later.removedDocuments);
        add(textChanged, later.textChanged);
        add(reloaded, later.reloaded);
        add(savedDocuments, later.savedDocuments);
        add(diagnosticsChanged, later.diagnosticsChanged);
        // A document added and removed again before anyone heard of it never was.
        for (int id : later.removedDocuments) {
            if (addedDocuments.removeOne(id)) {
                removedDocuments.removeOne(id);
                textChanged.removeOne(id);
                reloaded.removeOne(id);
                savedDocuments.removeOne(id);
                diagnosticsChanged.removeOne(id);
            }
        }
        for (const ResourceKey& k : later.removedResources) {
            if (!addedResources.remove(k))
                removedResources.insert(k);
            changedResources.remove(k);
        }
        for (const ResourceKey& k : later.addedResources) {
            if (removedResources.remove(k))
                changedResources.insert(k);
            else
                addedResources.insert(k);
        }
        for (const ResourceKey& k : later.changedResources) {
            if (!addedResources.contains(k))
                changedResources.insert(k);
        }
        historyChanged = historyChanged || later.historyChanged;
    }
};

} // namespace bw

Q_DECLARE_METATYPE(bw::WorkspaceChange)
