// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandlineoptions.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

int ValidateCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(name(), { u"--format"_s });
    if (const int done = parseWithPaths(options, arguments, workspace); done != Continue)
        return done;
    QString format;
    if (!readFormat(options, { u"text"_s, u"json"_s }, &format))
        return UsageOrInput;
    workspace.open(options.positionals());
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
    if (!hasLoadErrors(diagnostics)) {
        if (const int none = requireManifests(workspace, options.positionals()); none != Continue)
            return none;
    }
    const size_t resources = workspace.allResources().size();
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic& d : diagnostics) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    if (format == u"json") {
        QJsonArray list;
        for (const Diagnostic& d : diagnostics) {
            list.append(QJsonObject {
                { u"file"_s, d.file },
                { u"line"_s, d.position.line },
                { u"column"_s, d.position.column },
                { u"severity"_s, Diagnostic::severityName(d.severity) },
                { u"code"_s, d.code },
                { u"message"_s, d.message },
                { u"kind"_s, d.kind },
                { u"name"_s, d.name },
                { u"namespace"_s, d.namespace_ },
                { u"field"_s, d.fieldPath },
            });
        }
        const QJsonObject root { { u"resources"_s, qint64(resources) }, { u"diagnostics"_s, list } };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Diagnostic& d : diagnostics)
            m_out << formatLine(d);
        // Each count its own plural ("1 error", "2 errors").
        m_out << tr("%1 in %2: %3, %4")
                     .arg(tr("%n resource(s)", nullptr, int(resources)),
                         tr("%n file(s)", nullptr, workspace.documentCount()), tr("%n error(s)", nullptr, errors),
                         tr("%n warning(s)", nullptr, warnings))
              << u'\n';
    }
    m_out.flush();
    if (hasLoadErrors(diagnostics))
        return UsageOrInput;
    return errors > 0 ? Problems : Success;
}

} // namespace bw
