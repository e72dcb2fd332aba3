// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `graph PATH...`: where traffic goes, as JSON or Graphviz DOT.
class GraphCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    GraphCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("graph"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
