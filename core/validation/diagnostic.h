// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

#include "document/documentedit.h"
#include "document/sourcerange.h"

namespace bw {

enum class Severity { Error, Warning, Info };

// A located problem, shaped like an LSP diagnostic so every view (YAML editor, form, graph,
// problems list, CLI) can show it at the right place.
struct Diagnostic
{
    QString code; // stable: "BW" + four digits
    Severity severity = Severity::Error;
    QString message;
    QString file;
    SourceRange range;
    TextPosition position; // of range.begin
    QString fieldPath;
    QString kind;
    QString name;
    QString namespace_;
    std::optional<DocumentEdit> fix; // applied to `file` when the fix is unambiguous
    // Who found it, when not the checks of the text: a Workspace::setFindings source
    // ("probe:..."). Empty for validation problems.
    QString source;

    [[nodiscard]] static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Error:
            return QStringLiteral("error");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Info:
            return QStringLiteral("info");
        }
        return {};
    }
};

} // namespace bw
