// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace bw {

class Workspace;

// Unsaved text, kept safe outside the user's files: the window writes every modified
// document here a few seconds after the last change, and the next start offers to bring it
// back if the program did not end cleanly. Files are written atomically; the user's own files
// are never touched by it.
class RecoveryStore
{
public:
    struct Entry
    {
        QString path; // the document's own file
        QString recoveryFile; // where its unsaved text is kept
        QDateTime savedAt;
    };

    explicit RecoveryStore(QString directory);

    [[nodiscard]] const QString& directory() const { return m_directory; }
    // Keeps the text of every modified document of `workspace` and forgets the others.
    bool write(const Workspace& workspace, QString* error = nullptr);
    [[nodiscard]] std::vector<Entry> pending() const;
    // Opens the entry's file in the workspace (if it is not open yet) and puts the recovered
    // text in place as one undoable step, so the document shows as modified and nothing is
    // written to the file until the user saves. Returns the document id, or -1.
    int recover(Workspace& workspace, const Entry& entry, QString* error = nullptr) const;
    void clear();

private:
    [[nodiscard]] QString indexFile() const;
    QString m_directory;
};

} // namespace bw
