// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `graph PATH...`: where traffic goes, as JSON or Graphviz DOT.
class GraphCommand : public Command
{
public:
    GraphCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("graph"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
