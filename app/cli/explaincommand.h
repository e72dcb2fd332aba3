// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `explain KIND[.FIELD...]`: a kind or field described as `kubectl explain` does.
class ExplainCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    ExplainCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("explain"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
