// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincommand.h"

#include "commandlineoptions.h"
#include "schema/schemaexplainer.h"
#include "schema/schemaregistry.h"
#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

int ExplainCommand::run(const QStringList& arguments)
{
    Workspace workspace; // for --crd: explain what a loaded CRD describes as well
    CommandLineOptions options(name(), { u"--recursive"_s, u"--api-version"_s });
    if (const int done = parse(options, arguments, &workspace); done != Continue)
        return done;
    const bool recursive = options.isSet(u"--recursive"_s);
    const QString apiVersion = options.value(u"--api-version"_s);
    if (options.positionals().size() > 1)
        return usage(tr("explain takes one KIND[.FIELD...]"));
    const QString target = options.positionals().value(0);
    if (target.isEmpty())
        return usage(tr("explain needs a kind, e.g. backend-workbench explain Backend.spec.endpoints"));
    const QStringList parts = target.split(u'.');
    QString group;
    QString version;
    if (!apiVersion.isEmpty())
        KindCatalog::splitApiVersion(apiVersion, &group, &version);
    // Kinds match by name or plural, any case; Envoy Gateway's kinds come first when a name
    // is shared (Backend), as they are what the workbench is mostly used for.
    std::vector<const KindSchema*> matches;
    for (const KindSchema* k : workspace.schemas().all()) {
        if (k->kind.compare(parts[0], Qt::CaseInsensitive) != 0
            && k->plural.compare(parts[0], Qt::CaseInsensitive) != 0)
            continue;
        if (!apiVersion.isEmpty() && (k->group != group || (!version.isEmpty() && !k->versions.contains(version))))
            continue;
        if (std::none_of(matches.begin(), matches.end(), [&](const KindSchema* m) { return m->group == k->group; }))
            matches.push_back(k);
    }
    if (matches.empty()) {
        m_err << tr("explain: no kind \"%1\"%2 is known; load its CRD with --crd FILE")
                     .arg(parts[0], apiVersion.isEmpty() ? QString() : tr(" in %1").arg(apiVersion))
              << u'\n';
        m_err.flush();
        return UsageOrInput;
    }
    std::stable_sort(matches.begin(), matches.end(), [](const KindSchema* a, const KindSchema* b) {
        return (a->group == KindCatalog::envoyGatewayGroup) > (b->group == KindCatalog::envoyGatewayGroup);
    });
    QString error;
    const QString text
        = SchemaExplainer::explain(workspace.schemas(), *matches.front(), parts.mid(1), recursive, &error);
    if (text.isEmpty()) {
        m_err << u"explain: "_s << error << u'\n';
        m_err.flush();
        return UsageOrInput;
    }
    m_out << text;
    if (matches.size() > 1) {
        QStringList others;
        for (size_t i = 1; i < matches.size(); ++i)
            others.append(matches[i]->group + u'/' + matches[i]->versions.value(0));
        m_out << u'\n' << tr("Also known in: %1 (choose with --api-version)").arg(others.join(u", "_s)) << u'\n';
    }
    m_out.flush();
    return Success;
}

} // namespace bw
