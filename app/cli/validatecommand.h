// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `validate PATH...`: every problem, located, then a summary; or the same as JSON.
class ValidateCommand : public Command
{
public:
    ValidateCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("validate"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
