// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/topologyviewportfilter.h"

#include "models/topologymodel.h"

namespace bw {

TopologyViewportFilter::TopologyViewportFilter(Kind kind, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{ }

void TopologyViewportFilter::setVisibleRows(int first, int last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    invalidateFilter();
}

bool TopologyViewportFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind == Kind::Nodes) {
        const int order = index.data(TopologyNodeModel::OrderRole).toInt();
        return order >= m_first && order <= m_last;
    }
    // An edge is in view when its span of rows overlaps the rows in view.
    const int top = index.data(TopologyEdgeModel::TopOrderRole).toInt();
    const int bottom = index.data(TopologyEdgeModel::BottomOrderRole).toInt();
    return bottom >= m_first && top <= m_last;
}

} // namespace bw
