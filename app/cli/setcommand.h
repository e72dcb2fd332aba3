// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "command.h"

namespace bw {

struct Resource;

// `set FILE FIELD=VALUE... [FIELD[+]=VALUE...] [FIELD-...]`: edits fields in place, keeping
// comments and formatting; all or nothing. The edited file is checked before it is written:
// a change that adds errors or unknown fields is refused unless --force.
class SetCommand : public Command
{
    // Stated again so that lupdate files the strings under the context tr() uses.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)

public:
    SetCommand(QTextStream& out, QTextStream& err)
        : Command(QStringLiteral("set"), out, err)
    { }
    int run(const QStringList& arguments) override;

private:
    // The object to edit, or null with the usage error printed (into *exitCode).
    const Resource* pickTarget(
        const std::vector<Resource>& resources, const QString& file, const QString& spec, int* exitCode);
};

} // namespace bw
