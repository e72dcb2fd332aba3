// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/diskwatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include "workspace/disksync.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
constexpr int kSettleMs = 200;

QByteArray onDisk(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

DiskWatcher::DiskWatcher(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_watcher(new QFileSystemWatcher(this))
{
    // Other programs change files in bursts (a checkout, a save by rename): take them in once
    // the burst is over.
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::sync);
    const auto note = [this](const QString& path) {
        m_touched.insert(path);
        m_settle.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, note);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, note);
}

void DiskWatcher::addFolder(const QString& folder)
{
    if (!m_folders.contains(folder))
        m_folders.append(folder);
}

void DiskWatcher::checkSoon(const QStringList& paths)
{
    for (const QString& p : paths)
        m_touched.insert(p);
    if (!paths.isEmpty())
        m_settle.start();
}

void DiskWatcher::watchDocuments()
{
    if (!m_workspace)
        return;
    // Files and the folders holding them: an editor that saves by rename replaces the file
    // (its watch is gone), and only its folder hears of the new one.
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedFolders = m_watcher->directories();
    const QSet<QString> watched(watchedFiles.begin(), watchedFiles.end());
    QSet<QString> folders(watchedFolders.begin(), watchedFolders.end());
    QStringList paths;
    const auto watchFolder = [&](const QString& folder) {
        if (!folders.contains(folder) && QFileInfo(folder).isDir()) {
            folders.insert(folder);
            paths.append(folder);
        }
    };
    for (const QString& folder : std::as_const(m_folders))
        watchFolder(folder);
    for (int id : m_workspace->documentIds()) {
        const QString p = m_workspace->document(id)->path();
        if (!watched.contains(p) && QFileInfo::exists(p))
            paths.append(p);
        watchFolder(QFileInfo(p).absolutePath());
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void DiskWatcher::sync()
{
    if (!m_workspace)
        return;
    const QSet<QString> touched = std::exchange(m_touched, {});
    const DiskSync::Result r = DiskSync::apply(*m_workspace, m_folders, touched.values());
    m_conflicts.clear();
    for (const QList<int>* ids : { &r.changedButModified, &r.deletedButModified }) {
        for (int id : *ids) {
            // Asked about already, and the disk still says the same: do not ask again.
            if (m_kept.contains(id) && m_kept.value(id) == onDisk(m_workspace->document(id)->path()))
                continue;
            m_conflicts.append(id);
        }
    }
    if (!r.errors.isEmpty()) {
        Q_EMIT synced(r.errors.join(u"; "_s), true);
    } else if (!r.reloaded.isEmpty() || !r.closed.isEmpty() || !r.opened.isEmpty()) {
        QStringList said;
        if (!r.reloaded.isEmpty())
            said.append(tr("Reloaded %n file(s) changed on disk", nullptr, int(r.reloaded.size())));
        if (!r.opened.isEmpty())
            said.append(tr("opened %n new file(s)", nullptr, int(r.opened.size())));
        if (!r.closed.isEmpty())
            said.append(tr("closed %n file(s) deleted on disk", nullptr, int(r.closed.size())));
        Q_EMIT synced(said.join(u" · "_s), false);
    }
    Q_EMIT conflictsChanged();
    watchDocuments(); // renamed-over files lost their watch
}

void DiskWatcher::reloadConflicts()
{
    if (!m_workspace)
        return;
    QList<int> reload;
    QList<int> close;
    for (int id : std::as_const(m_conflicts)) {
        if (const Document* doc = m_workspace->document(id))
            (QFileInfo::exists(doc->path()) ? reload : close).append(id);
    }
    m_conflicts.clear();
    Q_EMIT conflictsChanged();
    QStringList errors;
    if (!reload.isEmpty())
        m_workspace->reload(reload, &errors);
    if (!close.isEmpty())
        m_workspace->closeDocuments(close);
    if (!errors.isEmpty())
        Q_EMIT reloadFailed(errors.join(u'\n'));
}

void DiskWatcher::keepConflicts()
{
    for (int id : std::as_const(m_conflicts)) {
        const Document* doc = m_workspace ? m_workspace->document(id) : nullptr;
        m_kept.insert(id, doc ? onDisk(doc->path()) : QByteArray());
    }
    m_conflicts.clear();
    Q_EMIT conflictsChanged();
}

} // namespace bw
