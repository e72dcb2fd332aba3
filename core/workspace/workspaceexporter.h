// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

#include "validation/diagnostic.h"

namespace bw {

class Workspace;

// Joins documents into one multi-document YAML stream, byte for byte: one file comes out
// exactly as it is; several are separated by `---` where they are not already.
class WorkspaceExporter
{
public:
    // What an export of some documents may write. A document that does not parse is never
    // written, forced or not: what it would say to the API server is unknown. Errors refuse
    // the export unless the user forces it; probe findings do not, as they describe this
    // machine's view of the network rather than the configuration.
    struct Selection
    {
        QList<int> documents; // in the order asked for
        QList<int> leftOut; // do not parse
        std::vector<Diagnostic> errors; // refuse the export unless forced
    };

    [[nodiscard]] static Selection select(const Workspace& workspace, const QList<int>& documentIds);
    [[nodiscard]] static bool blocksExport(const Diagnostic& diagnostic);
    static QByteArray exportDocuments(const Workspace& workspace, const QList<int>& documentIds);
};

} // namespace bw
