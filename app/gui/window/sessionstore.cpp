// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/sessionstore.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
const QString kRecentKey = u"files/recent"_s;
const QString kSessionKey = u"session/paths"_s;
const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
} // namespace

SessionStore::SessionStore(QObject* parent)
    : QObject(parent)
{ }

QStringList SessionStore::recent() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void SessionStore::addRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    for (const QString& p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    settings.setValue(kRecentKey, recent.mid(0, maxRecent));
    Q_EMIT recentChanged();
}

QStringList SessionStore::sessionPaths() const
{
    QStringList existing;
    for (const QString& p : QSettings().value(kSessionKey).toStringList()) {
        if (QFileInfo::exists(p))
            existing.append(p);
    }
    return existing;
}

void SessionStore::setSessionPaths(const QStringList& paths)
{
    QSettings().setValue(kSessionKey, paths);
}

QByteArray SessionStore::windowGeometry() const
{
    return QSettings().value(kGeometryKey).toByteArray();
}

QByteArray SessionStore::windowState() const
{
    return QSettings().value(kStateKey).toByteArray();
}

void SessionStore::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometryKey, geometry);
    settings.setValue(kStateKey, state);
}

} // namespace bw
