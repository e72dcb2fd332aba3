// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding and pointing at items of a QML scene from the GUI tests.
#include <QPoint>
#include <QQuickItem>
#include <QString>

namespace bw::test {

// The item named `name` (objectName) at or below `root`, depth first; nullptr when none.
inline QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The item's centre in scene (= QQuickWidget) coordinates, where mouse events go.
inline QPoint centreOf(QQuickItem* item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

} // namespace bw::test
