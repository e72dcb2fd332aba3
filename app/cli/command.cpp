// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "commandlineoptions.h"
#include "commandlinetool.h"
#include "probe/connecttorule.h"
#include "schema/schemaloader.h"
#include "schema/schemaregistry.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

Command::Command(const QString& name, QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
    , m_name(name)
{ }

QString Command::formatLine(const Diagnostic& d)
{
    return d.file + u':' + QString::number(d.position.line) + u':' + QString::number(d.position.column) + u": "_s
        + Diagnostic::severityName(d.severity) + u": "_s + d.message + u" ["_s + d.code + u"]\n"_s;
}

bool Command::isLoadError(const Diagnostic& d)
{
    return d.code == u"BW0008" || d.code == u"BW0012";
}

bool Command::hasLoadErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), &Command::isLoadError);
}

int Command::usage(const QString& message)
{
    return CommandLineTool::usage(m_err, message);
}

int Command::parse(CommandLineOptions& options, const QStringList& arguments, Workspace* workspace)
{
    if (!options.parse(arguments))
        return usage(options.error());
    if (options.helpRequested()) {
        m_out << CommandLineTool::helpFor(m_name);
        m_out.flush();
        return Success;
    }
    if (!workspace)
        return Continue;
    for (const QString& file : options.values(u"--crd"_s)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_err << tr("%1: cannot read the CRD file: %2").arg(file, f.errorString()) << u'\n';
            m_err.flush();
            return UsageOrInput;
        }
        const SchemaLoader::Result loaded = SchemaLoader::fromCrd(f.readAll(), file);
        if (!loaded.error.isEmpty()) {
            m_err << loaded.error << u'\n';
            m_err.flush();
            return UsageOrInput;
        }
        auto registry = std::make_shared<SchemaRegistry>(workspace->schemas());
        for (const KindSchema& k : loaded.schemas)
            registry->add(k);
        workspace->setSchemas(registry);
    }
    if (options.isSet(u"--namespace"_s))
        workspace->setDefaultNamespace(options.value(u"--namespace"_s));
    if (options.isSet(u"--max-file-size"_s)) {
        const QString value = options.value(u"--max-file-size"_s);
        bool ok = false;
        const double mb = value.toDouble(&ok);
        if (!ok || mb <= 0)
            return usage(tr("--max-file-size takes a size in megabytes, not \"%1\"").arg(value));
        Document::LoadOptions o = workspace->loadOptions();
        o.maxFileSize = qint64(mb * 1024 * 1024);
        workspace->setLoadOptions(o);
    }
    return Continue;
}

int Command::parseWithPaths(CommandLineOptions& options, const QStringList& arguments, Workspace& workspace)
{
    if (const int done = parse(options, arguments, &workspace); done != Continue)
        return done;
    if (options.positionals().isEmpty())
        return usage(tr("%1 needs at least one file or folder").arg(m_name));
    return Continue;
}

bool Command::readFormat(const CommandLineOptions& options, const QStringList& formats, QString* format)
{
    *format = options.value(u"--format"_s, formats.first());
    if (formats.contains(*format))
        return true;
    usage(tr("--format must be %1 or %2").arg(formats.at(0), formats.at(1)));
    return false;
}

bool Command::readConnectTo(const CommandLineOptions& options, QList<ConnectToRule>* rules)
{
    for (const QString& value : options.values(u"--connect-to"_s)) {
        QString error;
        const std::optional<ConnectToRule> rule = ConnectToRule::parse(value, &error);
        if (!rule) {
            usage(tr("--connect-to: %1").arg(error));
            return false;
        }
        rules->append(*rule);
    }
    return true;
}

bool Command::openInput(Workspace& workspace, const QStringList& paths)
{
    workspace.open(paths);
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
    for (const Diagnostic& d : diagnostics) {
        if (isLoadError(d))
            m_err << formatLine(d);
    }
    m_err.flush();
    return !hasLoadErrors(diagnostics);
}

int Command::requireManifests(const Workspace& workspace, const QStringList& paths)
{
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            continue; // a load error, reported as such
        const QString target = QDir::cleanPath(info.absoluteFilePath());
        int manifests = 0;
        for (int id : workspace.documentIds()) {
            const Document* doc = workspace.document(id);
            const QString file = QDir::cleanPath(QFileInfo(doc->path()).absoluteFilePath());
            const bool inside = info.isDir() ? file.startsWith(target + u'/') : file == target;
            // A file that does not parse may well hold manifests; its errors say so.
            if (inside)
                manifests += int(workspace.resources(id).size()) + (doc->hasSyntaxErrors() ? 1 : 0);
        }
        if (manifests == 0)
            return usage(tr("no manifests found in %1").arg(path));
    }
    return Continue;
}

bool Command::writeOut(const QByteArray& bytes)
{
    m_out.flush();
    if (QIODevice* device = m_out.device()) {
        const bool written = device->write(bytes) == bytes.size();
        if (auto* file = qobject_cast<QFileDevice*>(device))
            return file->flush() && written;
        return written;
    }
    if (QString* string = m_out.string()) {
        string->append(QString::fromUtf8(bytes));
        return true;
    }
    return false;
}

} // namespace bw
