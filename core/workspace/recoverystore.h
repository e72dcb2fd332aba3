// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

class QLockFile;

namespace bw {

class Workspace;

// Unsaved text, kept safe outside the user's files. Every window keeps its own session: a
// folder below the recovery root, locked (QLockFile: pid, host, program) for as long as the
// window runs, holding the text of each modified document and the disk text that text was
// based on. A window never touches another live window's session. A session whose lock no
// longer has a living owner is an orphan: the window crashed, and the next window to start
// claims it (takes its lock, so no other window offers it too) and offers it back. Folders
// are 0700 and files 0600, as unsaved text may hold a Secret's key; files are written
// atomically and the user's own files are never touched.
class RecoveryStore
{
public:
    struct Entry
    {
        QString path; // the document's own file
        QString recoveryFile; // where its unsaved text is kept
        QString baseFile; // the disk text the unsaved text was based on; empty when there was no file
        QDateTime savedAt;
    };
    struct Session
    {
        QString directory;
        qint64 pid = 0;
        QDateTime startedAt;
        QStringList workspace; // the files the window had open
        std::vector<Entry> entries;
    };

    explicit RecoveryStore(QString root);
    ~RecoveryStore(); // lets go of the session's lock, leaving its files for recovery
    Q_DISABLE_COPY_MOVE(RecoveryStore)

    [[nodiscard]] const QString& root() const { return m_root; }
    // This window's session folder; empty until the first write.
    [[nodiscard]] const QString& sessionDirectory() const { return m_session; }
    // Keeps the text of every modified document of `workspace` and forgets the others. Only
    // what changed since the last write is written again.
    bool write(const Workspace& workspace, QString* error = nullptr);
    // The sessions of windows that did not end cleanly, claimed by this store until they are
    // discarded or the store is destroyed. Orphans with nothing in them are removed at once.
    std::vector<Session> claimOrphans();
    // Opens the entry's file in the workspace (if it is not open yet) and puts the recovered
    // text in place as one undoable step, so the document shows as modified and nothing is
    // written to the file until the user saves. The document keeps the disk text the edits
    // were based on: if another program changed the file since, saving raises the conflict any
    // other save would. Returns the document id, or -1.
    static int recover(Workspace& workspace, const Entry& entry, QString* error = nullptr);
    // Removes a claimed session (recovered into this window, or declined).
    void discard(const Session& session);
    // A clean end: removes this window's session.
    void clear();

private:
    bool beginSession(QString* error);
    static bool writePrivately(const QString& path, const QByteArray& bytes, QString* error);

    QString m_root;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed; // by session folder
    struct Written
    {
        int documentId = -1;
        quint64 revision = 0;
        QByteArray base; // shares the document's disk text, so it cannot change unnoticed
        bool hasBase = false;
        QString savedAt;
    };
    QHash<QString, Written> m_written; // by document path
    QDateTime m_startedAt;
    QStringList m_sessionFiles; // the open files session.json names
};

} // namespace bw
