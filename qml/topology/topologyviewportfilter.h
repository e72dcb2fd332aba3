// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace bw {

// Lets through only the nodes (or edges) that touch the rows in view, so the canvas creates
// delegates for what can be seen rather than for thousands of nodes off screen.
class TopologyViewportFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the topology controller owns the canvas's filters")
public:
    enum class Kind { Nodes, Edges };
    TopologyViewportFilter(Kind kind, QObject* parent = nullptr);

    // Rows (node orders) from `first` to `last`, inclusive.
    Q_INVOKABLE void setVisibleRows(int first, int last);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Kind m_kind;
    int m_first = 0;
    int m_last = 60;
};

} // namespace bw
