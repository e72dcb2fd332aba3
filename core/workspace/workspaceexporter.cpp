// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceexporter.h"

#include "validation/probefindings.h"
#include "workspace.h"

namespace bw {

bool WorkspaceExporter::blocksExport(const Diagnostic& diagnostic)
{
    return diagnostic.severity == Severity::Error && !ProbeFindings::isProbeSource(diagnostic.source);
}

WorkspaceExporter::Selection WorkspaceExporter::select(const Workspace& workspace, const QList<int>& documentIds)
{
    Selection out;
    for (int id : documentIds) {
        const Document* doc = workspace.document(id);
        if (!doc)
            continue;
        (doc->hasSyntaxErrors() ? out.leftOut : out.documents).append(id);
        for (const Diagnostic& d : workspace.diagnostics(id)) {
            if (blocksExport(d))
                out.errors.push_back(d);
        }
    }
    return out;
}

QByteArray WorkspaceExporter::exportDocuments(const Workspace& workspace, const QList<int>& documentIds)
{
    QByteArray out;
    bool first = true;
    for (int id : documentIds) {
        const Document* doc = workspace.document(id);
        if (!doc)
            continue;
        QByteArray text = doc->text();
        if (first) {
            out = text;
            first = false;
            continue;
        }
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        const QByteArray eol = doc->lineEnding();
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += eol;
        const bool startsWithMarker
            = text.startsWith("---") && (text.size() == 3 || QByteArrayView(" \t\r\n").contains(text.at(3)));
        if (!startsWithMarker)
            out += "---" + eol;
        out += text;
    }
    return out;
}

} // namespace bw
