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
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { write(); });
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
    if (!m_workspace)
        return false;
    m_workspace->commitTyping();
    QString error;
    if (!RecoveryStore(m_directory).write(*m_workspace, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

void RecoveryController::clear()
{
    m_timer.stop();
    RecoveryStore(m_directory).clear();
}

QList<int> RecoveryController::offer(QWidget* dialogParent, bool ask)
{
    QList<int> recovered;
    const RecoveryStore store(m_directory);
    const std::vector<RecoveryStore::Entry> pending = store.pending();
    if (pending.empty() || !m_workspace)
        return recovered;
    if (ask) {
        QStringList files;
        for (const RecoveryStore::Entry& e : pending)
            files.append(u"%1 (%2)"_s.arg(e.path, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)));
        const auto answer = QMessageBox::question(dialogParent, tr("Recover unsaved changes"),
            tr("Backend Workbench did not end cleanly last time. Unsaved changes were kept for:\n%1\n\nRecover them? "
               "(Nothing is written to these files until you save.)")
                .arg(files.join(u'\n')),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryStore(m_directory).clear();
            return recovered;
        }
    }
    for (const RecoveryStore::Entry& e : pending) {
        QString error;
        const int id = store.recover(*m_workspace, e, &error);
        if (id < 0)
            Q_EMIT failed(error);
        else
            recovered.append(id);
    }
    return recovered;
}

} // namespace bw
