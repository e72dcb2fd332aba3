// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "sourcerange.h"

namespace bw {

// Something wrong with a file's text found while loading or parsing it. Offsets are bytes
// into the document text; Document turns them into lines and columns.
struct ParseProblem
{
    enum class Severity { Error, Warning, Info };
    QString code; // stable, e.g. "BW0001"
    QString message;
    SourceRange range;
    Severity severity = Severity::Error;
    QString fieldPath; // where it is known, e.g. for duplicate keys
};

// Hard limits that keep hostile input from hanging the program or exhausting memory.
struct ParseLimits
{
    int maxDepth = 200;
    qsizetype maxExpandedNodes = 250000; // nodes a document may reach once aliases are expanded
};

} // namespace bw
