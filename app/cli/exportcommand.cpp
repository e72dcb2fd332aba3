// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include <QSaveFile>

#include "commandlineoptions.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexporter.h"

using namespace Qt::StringLiterals;

namespace bw {

int ExportCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(name(), { u"--output"_s, u"--force"_s });
    if (const int done = parseWithPaths(options, arguments, workspace); done != Continue)
        return done;
    const QString output = options.value(u"--output"_s);
    const bool force = options.isSet(u"--force"_s);
    if (!openInput(workspace, options.positionals()))
        return UsageOrInput;
    if (const int none = requireManifests(workspace, options.positionals()); none != Continue)
        return none;
    const WorkspaceExporter::Selection selection = WorkspaceExporter::select(workspace, workspace.documentIds());
    if (!selection.errors.empty() && !force) {
        for (const Diagnostic& d : selection.errors)
            m_err << formatLine(d);
        m_err << tr("export refused: the input has errors (use --force to export it anyway)") << u'\n';
        m_err.flush();
        return Problems;
    }
    // Forced or not, a file that does not parse is never written: what it says is unknown.
    for (int id : selection.leftOut) {
        for (const Diagnostic& d : workspace.diagnostics(id)) {
            if (d.severity == Severity::Error)
                m_err << formatLine(d);
        }
        m_err << tr("%1 left out: it does not parse (--force does not write such a file)")
                     .arg(workspace.document(id)->path())
              << u'\n';
    }
    m_err.flush();
    const int status = selection.leftOut.isEmpty() ? Success : Problems;
    if (selection.documents.isEmpty()) {
        m_err << tr("export wrote nothing: no file of the input parses") << u'\n';
        m_err.flush();
        return Problems;
    }
    const QByteArray bytes = WorkspaceExporter::exportDocuments(workspace, selection.documents);
    if (output.isEmpty() || output == u"-") {
        if (!writeOut(bytes)) {
            m_err << tr("cannot write to standard output") << u'\n';
            m_err.flush();
            return UsageOrInput;
        }
        return status;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << tr("%1: cannot write: %2").arg(output, out.errorString()) << u'\n';
        m_err.flush();
        return UsageOrInput;
    }
    return status;
}

} // namespace bw
