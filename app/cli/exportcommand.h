// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

// `export PATH...`: the files as one multi-document YAML stream, byte for byte; never a file
// that does not parse, and nothing with errors unless forced.
class ExportCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    ExportCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("export"), out, err)
    { }
    int run(const QStringList& arguments) override;
};

} // namespace bw
