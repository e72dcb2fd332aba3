// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace bw {

class Workspace;

// Watches the open files and folders and takes in what other programs did to them (DiskSync)
// once a burst of changes settles. Files edited here that changed on disk are conflicts, for
// the user to reload or keep; keeping them is remembered until the disk changes again.
class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskWatcher(Workspace* workspace, QObject* parent = nullptr);

    // A folder opened: files appearing in it are opened too.
    void addFolder(const QString& folder);
    // Watches the files open now, and the folders holding them.
    void watchDocuments();
    // Compares these files with the disk once the settle time is over, as if they had changed
    // (text recovered after a crash was based on what the file said then).
    void checkSoon(const QStringList& paths);
    [[nodiscard]] const QList<int>& conflicts() const { return m_conflicts; }
    // The user's answers to the conflicts: the disk's text, or theirs.
    void reloadConflicts();
    void keepConflicts();

Q_SIGNALS:
    void conflictsChanged();
    // What was taken in, for the status bar.
    void synced(const QString& message, bool error);
    void reloadFailed(const QString& message);

private:
    void sync();

    QPointer<Workspace> m_workspace;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_settle;
    QSet<QString> m_touched; // changed on disk, not looked at yet
    QStringList m_folders;
    QList<int> m_conflicts;
    QHash<int, QByteArray> m_kept; // what was on disk when the user chose to keep their edits
};

} // namespace bw
