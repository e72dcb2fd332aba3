// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace bw {

class RecoveryStore;
class Workspace;

// Keeps the window's unsaved text safe: at most the delay after the first change not yet kept,
// every modified document is written to this window's session of the recovery store; a clean
// end removes the session, and a start after a crash offers back the sessions of windows that
// died (each claimed by one window only).
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    RecoveryController(Workspace* workspace, QString directory, QObject* parent = nullptr);
    ~RecoveryController() override;

    // The recovery root, holding one session folder per window.
    void setDirectory(const QString& directory);
    [[nodiscard]] const QString& directory() const { return m_directory; }
    void setDelaySeconds(int seconds);
    // A change to keep: written at most the delay after the first change not yet written,
    // however often changes follow.
    void noteChange();
    // Writes the store now; false (failed() says why) when it cannot be written.
    bool write();
    // The session ended cleanly: nothing to recover next time.
    void clear();
    [[nodiscard]] bool isWritePending() const { return m_timer.isActive(); }
    // This window's own session folder (empty until the first write).
    [[nodiscard]] QString sessionDirectory() const;
    // Offers the text of a session that did not end cleanly (asking with a dialog over
    // `dialogParent` when `ask`); returns the documents recovered.
    QList<int> offer(QWidget* dialogParent, bool ask = true);

Q_SIGNALS:
    void failed(const QString& message);

private:
    QPointer<Workspace> m_workspace;
    QString m_directory;
    std::unique_ptr<RecoveryStore> m_store;
    QTimer m_timer;
};

} // namespace bw
