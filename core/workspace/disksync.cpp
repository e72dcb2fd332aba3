// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "disksync.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

bool DiskSync::changedOnDisk(const Workspace& workspace, int documentId, bool* deleted)
{
    const Document* doc = workspace.document(documentId);
    if (deleted)
        *deleted = false;
    if (!doc)
        return false;
    QFile file(doc->path());
    if (!file.exists()) {
        // A file that never was on disk (new from a template) has not changed there.
        if (deleted)
            *deleted = !doc->diskText().isEmpty();
        return !doc->diskText().isEmpty();
    }
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable for a moment (being written): the next look decides
    return file.readAll() != doc->diskText();
}

DiskSync::Result DiskSync::apply(Workspace& workspace, const QStringList& folders, const QStringList& paths)
{
    Result result;
    // Typing not applied yet counts as an unsaved edit.
    workspace.commitTyping();
    QSet<QString> only;
    for (const QString& p : paths)
        only.insert(QFileInfo(p).absoluteFilePath());
    QSet<QString> open;
    for (int id : workspace.documentIds()) {
        const QString path = QFileInfo(workspace.document(id)->path()).absoluteFilePath();
        open.insert(path);
        if (!only.isEmpty() && !only.contains(path) && !only.contains(QFileInfo(path).absolutePath()))
            continue;
        bool deleted = false;
        if (!changedOnDisk(workspace, id, &deleted))
            continue;
        const bool modified = workspace.document(id)->isModified();
        if (deleted)
            (modified ? result.deletedButModified : result.closed).append(id);
        else
            (modified ? result.changedButModified : result.reloaded).append(id);
    }
    for (const QString& folder : folders) {
        QDirIterator it(
            folder, { u"*.yaml"_s, u"*.yml"_s }, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).absoluteFilePath();
            if (!open.contains(path) && !result.opened.contains(path))
                found.append(path);
        }
        found.sort();
        result.opened += found;
    }
    if (!result.reloaded.isEmpty()) {
        const int done = workspace.reload(result.reloaded, &result.errors);
        Q_UNUSED(done)
    }
    if (!result.closed.isEmpty())
        workspace.closeDocuments(result.closed);
    if (!result.opened.isEmpty())
        workspace.open(result.opened);
    return result;
}

} // namespace bw
