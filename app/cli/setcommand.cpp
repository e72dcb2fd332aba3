// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setcommand.h"

#include <QHash>

#include "commandlineoptions.h"
#include "document/structurededitor.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
QString describe(const Resource& r)
{
    return r.key.kind + u'/' + (r.key.namespace_.isEmpty() ? QString() : r.key.namespace_ + u'/') + r.key.name;
}

// What set must not add: errors, and unknown fields (a typo the API server would drop).
bool refusesChange(const Diagnostic& d)
{
    return d.severity == Severity::Error || d.code == u"BW0107";
}

// A problem as it reads, wherever the change moved it; not by the object's name, which the
// change may be renaming.
QString identity(const Diagnostic& d)
{
    return d.code + u'\x1f' + d.fieldPath + u'\x1f' + d.message;
}

// Nests `leaf` under the keys of `rest` (".fqdn.hostname"); false when `rest` holds an index.
bool nest(const QString& rest, const YamlValue& leaf, YamlValue* out, QString* error)
{
    *out = leaf;
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(u'.')) {
        *error = Command::tr("\"%1\" must follow [+] with .FIELD or =").arg(rest);
        return false;
    }
    const std::optional<FieldPath> path = FieldPath::parse(rest.mid(1), error);
    if (!path)
        return false;
    const QList<FieldPath::Segment>& segments = path->segments();
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        if (it->isIndex()) {
            *error = Command::tr("after [+] only field names can follow, not [%1]").arg(it->index);
            return false;
        }
        *out = YamlValue::mapping({ { it->key, *out } });
    }
    return true;
}
} // namespace

const Resource* SetCommand::pickTarget(
    const std::vector<Resource>& resources, const QString& file, const QString& spec, int* exitCode)
{
    const Resource* target = nullptr;
    if (spec.isEmpty()) {
        if (resources.size() == 1)
            target = &resources.front();
    } else {
        const QStringList parts = spec.split(u'/');
        if (parts.size() < 2 || parts.size() > 3) {
            *exitCode = usage(tr("--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not \"%1\"").arg(spec));
            return nullptr;
        }
        for (const Resource& r : resources) {
            const bool kindMatches = r.key.kind.compare(parts.first(), Qt::CaseInsensitive) == 0
                || QString(r.key.kind + u'.' + r.key.group).compare(parts.first(), Qt::CaseInsensitive) == 0;
            const bool nsMatches = parts.size() == 2 || r.key.namespace_ == parts.at(1);
            if (kindMatches && nsMatches && r.key.name == parts.last()) {
                if (target) {
                    *exitCode = usage(
                        tr("--resource %1 matches more than one object in %2; add the namespace").arg(spec, file));
                    return nullptr;
                }
                target = &r;
            }
        }
    }
    if (!target) {
        QStringList names;
        for (const Resource& r : resources)
            names.append(describe(r));
        const QString which = spec.isEmpty()
            ? tr("%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME")
                  .arg(file)
                  .arg(resources.size())
            : tr("%1 has no object %2").arg(file, spec);
        *exitCode = usage(which + (names.isEmpty() ? QString() : u": "_s + names.join(u", "_s)));
    }
    return target;
}

int SetCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(name(), { u"--resource"_s, u"--force"_s });
    if (const int done = parse(options, arguments, &workspace); done != Continue)
        return done;
    const QString file = options.positionals().value(0);
    const QStringList assignments = options.positionals().mid(1);
    const bool force = options.isSet(u"--force"_s);
    if (file.isEmpty() || assignments.isEmpty())
        return usage(tr("set needs a file and at least one FIELD=VALUE"));
    if (workspace.open({ file }) != 1) {
        for (const Diagnostic& d : workspace.diagnostics())
            m_err << formatLine(d);
        m_err.flush();
        return UsageOrInput;
    }
    const int docId = workspace.documentIds().constFirst();
    Document* doc = workspace.document(docId);
    if (doc->hasSyntaxErrors()) {
        for (const Diagnostic& d : workspace.diagnostics(docId)) {
            if (d.severity == Severity::Error)
                m_err << formatLine(d);
        }
        m_err << tr("%1 was not changed: fix its syntax errors first").arg(file) << u'\n';
        m_err.flush();
        return Problems;
    }
    int exitCode = UsageOrInput;
    const Resource* target = pickTarget(workspace.resources(docId), file, options.value(u"--resource"_s), &exitCode);
    if (!target)
        return exitCode;
    const int yamlDocument = target->yamlDocument;
    const QString targetName = describe(*target);
    // What the file's checks say before the change, to tell what the change adds.
    QHash<QString, int> before;
    for (const Diagnostic& d : workspace.diagnostics(docId)) {
        if (refusesChange(d))
            ++before[identity(d)];
    }

    for (const QString& assignment : assignments) {
        // Earlier assignments re-parsed the file (and may have renamed the object), so keep
        // to its YAML document rather than its name.
        const StructuredEditor editor(*doc, yamlDocument);
        const bool removal = !assignment.contains(u'=') && assignment.endsWith(u'-');
        if (!removal && !assignment.contains(u'='))
            return usage(tr("\"%1\" is not FIELD=VALUE, FIELD[+]=VALUE or FIELD-").arg(assignment));
        const QString fieldText = removal ? assignment.chopped(1) : assignment.section(u'=', 0, 0);
        const QString valueText = assignment.section(u'=', 1);
        QString error;
        StructuredEditor::Result result;
        FieldPath path;
        if (const qsizetype append = fieldText.indexOf(u"[+]"_s); append >= 0 && !removal) {
            // FIELD[+]=VALUE appends an item; FIELD[+].KEY=VALUE appends a mapping holding KEY.
            const std::optional<FieldPath> list = FieldPath::parse(fieldText.left(append), &error);
            YamlValue item;
            if (!list || !nest(fieldText.mid(append + 3), ScalarValue::fromYamlText(valueText), &item, &error))
                return usage(error);
            path = *list;
            result = editor.appendItem(*list, item);
        } else {
            const std::optional<FieldPath> parsed = FieldPath::parse(fieldText, &error);
            if (!parsed)
                return usage(error);
            path = *parsed;
            result = removal ? editor.remove(path)
                             : editor.setFromText(path, valueText, StructuredEditor::TextAs::KeepString);
        }
        if (!result.ok()) {
            m_err << file << u": "_s << targetName << u": "_s << result.error;
            // A list item that does not exist yet: say how to add one.
            const YamlTree& tree = doc->documents()[size_t(yamlDocument)].tree;
            const YamlTree::PartialMatch m = tree.findPartial(path);
            if (!removal && m.consumed < path.size() && path.segments()[m.consumed].isIndex()
                && tree.node(m.node).isSequence())
                m_err << u"; "_s << tr("append one with %1[+]=VALUE").arg(path.left(m.consumed).toString());
            m_err << u'\n' << tr("%1 was not changed").arg(file) << u'\n';
            m_err.flush();
            return Problems;
        }
        workspace.applyEdits(docId, result, assignment);
    }
    if (doc->hasSyntaxErrors()) {
        // Never write a file the edits would break; the structured edits are meant to make that impossible.
        m_err << tr("%1 was not changed: the edit would have left it unreadable").arg(file) << u'\n';
        m_err.flush();
        return Problems;
    }
    workspace.finishChecks();
    std::vector<Diagnostic> added;
    for (const Diagnostic& d : workspace.diagnostics(docId)) {
        if (refusesChange(d) && --before[identity(d)] < 0)
            added.push_back(d);
    }
    if (!added.empty()) {
        for (const Diagnostic& d : added)
            m_err << formatLine(d);
        if (!force) {
            m_err << tr("%1 was not changed: the change adds %n problem(s) (--force writes it anyway)", nullptr,
                int(added.size()))
                         .arg(file)
                  << u'\n';
            m_err.flush();
            return Problems;
        }
    }
    m_err.flush();
    const Document::SaveResult saved = workspace.save(docId);
    if (saved.status != Document::SaveStatus::Saved) {
        m_err << saved.message << u'\n';
        m_err.flush();
        return saved.status == Document::SaveStatus::ConflictOnDisk ? Problems : UsageOrInput;
    }
    return Success;
}

} // namespace bw
