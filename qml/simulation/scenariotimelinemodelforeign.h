// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

#include "models/scenariotimelinemodel.h"

namespace bw {

// The core's scenario timeline as a QML type, so the chart can declare a typed property for
// it; core/ itself knows nothing of QML.
struct ScenarioTimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(bw::ScenarioTimelineModel)
    QML_NAMED_ELEMENT(ScenarioTimelineModel)
    QML_UNCREATABLE("the Simulation panel owns the timeline")
};

} // namespace bw
