// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/problemsproxymodel.h"

#include <QApplication>
#include <QStyle>

#include "models/diagnosticsmodel.h"

using namespace Qt::StringLiterals;

namespace bw {

QVariant ProblemsProxyModel::data(const QModelIndex& index, int role) const
{
    if (index.column() == DiagnosticsModel::SeverityColumn && role == Qt::DecorationRole) {
        const QString severity = index.data(DiagnosticsModel::SeverityRole).toString();
        const QStyle::StandardPixmap icon = severity == u"error"_s ? QStyle::SP_MessageBoxCritical
            : severity == u"warning"_s                             ? QStyle::SP_MessageBoxWarning
                                                                   : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (index.column() == DiagnosticsModel::SeverityColumn && role == Qt::DisplayRole)
        return {};
    if (index.column() == DiagnosticsModel::SeverityColumn && role == Qt::ToolTipRole)
        return index.data(DiagnosticsModel::SeverityRole);
    return QIdentityProxyModel::data(index, role);
}

} // namespace bw
