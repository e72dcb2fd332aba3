// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace bw {

// The probe results as the window shows them: a status icon on each endpoint (a tick when
// reachable, a cross when the probe failed, a warning sign for a risk), and on the warnings
// and expired certificates below it. Icons are a GUI matter, so they are added here rather
// than in the core model.
class ProbeStatusProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace bw
