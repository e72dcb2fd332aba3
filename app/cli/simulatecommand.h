// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `simulate PATH...`: where each route rule's requests go as endpoints fail, by Envoy's
// priority arithmetic; with --scenario a timeline, with --live the real health checks.
class SimulateCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    SimulateCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("simulate"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
