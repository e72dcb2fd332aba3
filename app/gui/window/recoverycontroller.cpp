// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/recoverycontroller.h"

#include <QLocale>
#include <QMessageBox>

#include "workspace/recoverystore.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

RecoveryController::RecoveryController(Workspace* workspace, QString directory, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_directory(std::move(directory))
    , m_store(std::make_unique<RecoveryStore>(m_directory))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { write(); });
}

RecoveryController::~RecoveryController() = default;

void RecoveryController::setDirectory(const QString& directory)
{
    if (directory == m_directory)
        return;
    m_store->clear();
    m_directory = directory;
    m_store = std::make_unique<RecoveryStore>(m_directory);
}

QString RecoveryController::sessionDirectory() const
{
    return m_store->sessionDirectory();
}

void RecoveryController::setDelaySeconds(int seconds)
{
    m_timer.setInterval(seconds * 1000);
}

void RecoveryController::noteChange()
{
    // The delay counts from the first change not yet kept, not from the last one: restarting
    // the timer on every key would keep nothing while someone types steadily.
    if (!m_timer.isActive())
        m_timer.start();
}

bool RecoveryController::write()
{
    m_timer.stop();
    if (!m_workspace)
        return false;
    m_workspace->commitTyping();
    QString error;
    if (!m_store->write(*m_workspace, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

void RecoveryController::clear()
{
    m_timer.stop();
    m_store->clear();
}

QList<int> RecoveryController::offer(QWidget* dialogParent, bool ask)
{
    QList<int> recovered;
    if (!m_workspace)
        return recovered;
    const std::vector<RecoveryStore::Session> sessions = m_store->claimOrphans();
    if (sessions.empty())
        return recovered;
    if (ask) {
        QStringList files;
        for (const RecoveryStore::Session& s : sessions) {
            for (const RecoveryStore::Entry& e : s.entries)
                files.append(
                    u"%1 (%2)"_s.arg(e.path, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        const auto answer = QMessageBox::question(dialogParent, tr("Recover unsaved changes"),
            tr("Backend Workbench did not end cleanly last time. Unsaved changes were kept for:\n%1\n\nRecover them? "
               "(Nothing is written to these files until you save.)")
                .arg(files.join(u'\n')),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            for (const RecoveryStore::Session& s : sessions)
                m_store->discard(s);
            return recovered;
        }
    }
    std::vector<const RecoveryStore::Session*> done;
    for (const RecoveryStore::Session& s : sessions) {
        bool all = true;
        for (const RecoveryStore::Entry& e : s.entries) {
            QString error;
            const int id = RecoveryStore::recover(*m_workspace, e, &error);
            if (id < 0) {
                all = false;
                Q_EMIT failed(error);
            } else if (!recovered.contains(id)) {
                recovered.append(id);
            }
        }
        if (all)
            done.push_back(&s);
    }
    // The recovered text is this window's unsaved text now: keep it in this window's session
    // before the crashed one is removed, so a crash right now loses nothing either. A session
    // that could not be recovered whole stays for the next start.
    if (write()) {
        for (const RecoveryStore::Session* s : done)
            m_store->discard(*s);
    }
    return recovered;
}

} // namespace bw
