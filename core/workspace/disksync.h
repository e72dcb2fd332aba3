// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace bw {

class Workspace;

// What other programs did to the workspace's files (an editor saving by rename, a `git
// checkout` of another branch, a file added to or deleted from an open folder), and taking it
// in through the workspace's one change path: files without unsaved edits follow the disk at
// once, as one change; files with unsaved edits are left as they are and reported, for the
// user to choose.
class DiskSync
{
public:
    struct Result
    {
        QList<int> reloaded;
        QList<int> closed; // deleted on disk, nothing unsaved
        QStringList opened; // new files in an open folder
        QList<int> changedButModified; // changed on disk, and edited here: the user decides
        QList<int> deletedButModified;
        QStringList errors;
        [[nodiscard]] bool conflicts() const { return !changedButModified.isEmpty() || !deletedButModified.isEmpty(); }
    };

    // Compares every open file (or those under `paths`, when given) with the disk, and the
    // folders in `folders` with the files open from them.
    static Result apply(Workspace& workspace, const QStringList& folders, const QStringList& paths = {});
    // Whether the file of a document differs from what was last read or written.
    static bool changedOnDisk(const Workspace& workspace, int documentId, bool* deleted = nullptr);
};

} // namespace bw
