// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace bw {

// What the window remembers between runs, in the settings: the recently opened files and
// folders (newest first, ten at most), the files open when it last closed, and its geometry.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRecent = 10;

    explicit SessionStore(QObject* parent = nullptr);

    [[nodiscard]] QStringList recent() const;
    void addRecent(const QStringList& paths);
    // The last session's files that still exist.
    [[nodiscard]] QStringList sessionPaths() const;
    void setSessionPaths(const QStringList& paths);
    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

Q_SIGNALS:
    void recentChanged();
};

} // namespace bw
