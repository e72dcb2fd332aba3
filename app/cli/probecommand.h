// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `probe PATH...`: DNS, TCP and TLS against every backend endpoint.
class ProbeCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    ProbeCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("probe"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
