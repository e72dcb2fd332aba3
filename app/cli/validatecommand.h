// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `validate PATH...`: every problem, located, then a summary; or the same as JSON.
class ValidateCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    ValidateCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("validate"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
