// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/probestatusproxymodel.h"

#include <QApplication>
#include <QStyle>

#include <optional>

#include "models/proberesultsmodel.h"

using namespace Qt::StringLiterals;

namespace bw {

QVariant ProbeStatusProxyModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != ProbeResultsModel::StatusColumn)
        return QIdentityProxyModel::data(index, role);
    const QString type = index.data(ProbeResultsModel::ItemTypeRole).toString();
    const QString status = index.data(ProbeResultsModel::StatusRole).toString();
    std::optional<QStyle::StandardPixmap> icon;
    if (type == u"endpoint"_s) {
        icon = status == u"ok"_s     ? QStyle::SP_DialogApplyButton
            : status == u"warning"_s ? QStyle::SP_MessageBoxWarning
            : status == u"failed"_s  ? QStyle::SP_DialogCancelButton
                                     : QStyle::SP_BrowserStop;
    } else if (type == u"warning"_s) {
        icon = QStyle::SP_MessageBoxWarning;
    } else if (type == u"certificate"_s) {
        const QVariant days = index.data(ProbeResultsModel::DaysToExpiryRole);
        if (days.isValid() && days.toLongLong() < 0)
            icon = QStyle::SP_MessageBoxCritical;
    }
    return icon ? QVariant(QApplication::style()->standardIcon(*icon)) : QVariant();
}

} // namespace bw
