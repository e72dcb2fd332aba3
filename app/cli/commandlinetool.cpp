// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlinetool.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include "document/scalarformatter.h"
#include "document/structurededitor.h"
#include "probe/connecttorule.h"
#include "probe/probeplanner.h"
#include "probe/proberunner.h"
#include "probe/systemtruststore.h"
#include "schema/schemaexplainer.h"
#include "schema/schemaloader.h"
#include "schema/schemaregistry.h"
#include "simulation/failoverscenario.h"
#include "simulation/failoversimulator.h"
#include "simulation/livefailovermonitor.h"
#include "simulation/rulesimulation.h"
#include "simulation/scenariorunner.h"
#include "topology/topologygraph.h"
#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"
#include "workspace/workspaceexporter.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
const QStringList kCommands { u"validate"_s, u"export"_s, u"set"_s, u"explain"_s, u"graph"_s, u"probe"_s,
    u"simulate"_s };

QString location(const Diagnostic& d)
{
    return d.file + u':' + QString::number(d.position.line) + u':' + QString::number(d.position.column);
}

// FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], as compilers print it, so editors can jump there.
QString formatLine(const Diagnostic& d)
{
    return location(d) + u": "_s + Diagnostic::severityName(d.severity) + u": "_s + d.message + u" ["_s + d.code
        + u"]\n"_s;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

bool hasLoadErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.code == u"BW0008" || d.code == u"BW0012"; });
}
} // namespace

bool CommandLineTool::isCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    return kCommands.contains(first) || first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v"
        || first == u"help";
}

CommandLineTool::CommandLineTool(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

void CommandLineTool::printHelp()
{
    m_out << tr(
        "Usage: backend-workbench [PATH...]            open the workbench window\n"
        "       backend-workbench COMMAND [OPTIONS] ...\n"
        "\n"
        "Edit, check and ship Kubernetes Gateway API backend configuration.\n"
        "\n"
        "Commands:\n"
        "  validate [--format text|json] [--crd FILE]... PATH...\n"
        "        Check files or folders against the Gateway API, Envoy Gateway and Apoxy rules.\n"
        "        Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], then a summary.\n"
        "        Exit 0 when there is no error, 1 when there is one, 2 on usage or unreadable input.\n"
        "  graph [--format json|dot] PATH...\n"
        "        Print where traffic goes: gateways, routes, rules, backends, endpoints, policies.\n"
        "        JSON for scripts, DOT for Graphviz (dot -Tsvg).\n"
        "  probe [--format text|json] [--timeout MS] [--concurrency N] [--connect-to HOST:PORT:ADDRESS:PORT]...\n"
        "        [--system-ca FILE] PATH...\n"
        "        Resolve, connect to and complete the TLS handshake with every backend endpoint, with the\n"
        "        SNI, trust anchors and ALPN the configuration implies. --connect-to dials ADDRESS:PORT for\n"
        "        HOST:PORT (as in curl) while SNI and the verified name stay the configured ones.\n"
        "        --system-ca (or BW_SYSTEM_CA_BUNDLE) replaces the system trust store by a PEM bundle.\n"
        "        Defaults: --timeout 5000, --concurrency 32.\n"
        "        Exit 0 when every probe succeeds, 1 when one fails, 2 on usage or unreadable input.\n"
        "  simulate [--format text|json] [--route NAMESPACE/NAME] [--unhealthy NAMESPACE/NAME[#INDEX]]...\n"
        "        [--scenario FILE] [--live --duration S [--connect-to HOST:PORT:ADDRESS:PORT]...] PATH...\n"
        "        Where each route rule's requests go, by Envoy's priority arithmetic: primary backends at\n"
        "        priority 0, fallback Backends at 1, overprovisioning 1.4, the policy's panic threshold.\n"
        "        --unhealthy marks one endpoint of a backend (or all of them without #INDEX) unhealthy.\n"
        "        --scenario plays a timeline of endpoint failures through the route's health checks.\n"
        "        --live runs the route's health checks against the real endpoints for S seconds instead.\n"
        "        Exit 0, or 1 when some requests would fail (no healthy upstream, a missing backend).\n"
        "  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]\n"
        "        Describe a kind or field: type, constraints and the fields below it.\n"
        "  export [-o OUT] [--force] PATH...\n"
        "        Write the objects of the given files as one multi-document YAML (stdout by default).\n"
        "        A single untouched file comes out byte for byte. Refuses files with errors unless --force.\n"
        "  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]\n"
        "        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.\n"
        "        VALUE is read as YAML reads it (8443 is a number); quote it ('\"8443\"') for a string.\n"
        "        A field already holding a string stays a string. FIELD- removes the field.\n"
        "\n"
        "Options for every command:\n"
        "  --crd FILE           also check objects against the CustomResourceDefinitions in FILE\n"
        "  --max-file-size MB   refuse files larger than this (default 64)\n"
        "  --namespace NS       namespace for objects that do not name one (default \"default\")\n"
        "  -h, --help           show this help\n"
        "  -v, --version        show the version\n");
    m_out.flush();
}

int CommandLineTool::usage(const QString& message)
{
    m_err << u"backend-workbench: "_s << message << u'\n' << tr("Try 'backend-workbench --help'.") << u'\n';
    m_err.flush();
    return UsageOrInput;
}

bool CommandLineTool::applyCommonOptions(const QStringList& args, qsizetype& i, Workspace& workspace, bool* handled)
{
    *handled = false;
    const QString& a = args.at(i);
    if (a == u"--max-file-size" || a == u"--namespace" || a == u"--crd") {
        if (i + 1 >= args.size()) {
            usage(tr("%1 needs a value").arg(a));
            return false;
        }
        const QString value = args.at(++i);
        if (a == u"--crd") {
            QFile f(value);
            if (!f.open(QIODevice::ReadOnly)) {
                m_err << tr("%1: cannot read the CRD file: %2").arg(value, f.errorString()) << u'\n';
                m_err.flush();
                return false;
            }
            const SchemaLoader::Result loaded = SchemaLoader::fromCrd(f.readAll(), value);
            if (!loaded.error.isEmpty()) {
                m_err << loaded.error << u'\n';
                m_err.flush();
                return false;
            }
            auto registry = std::make_shared<SchemaRegistry>(workspace.schemas());
            for (const KindSchema& k : loaded.schemas)
                registry->add(k);
            workspace.setSchemas(registry);
        } else if (a == u"--namespace") {
            workspace.setDefaultNamespace(value);
        } else {
            bool ok = false;
            const double mb = value.toDouble(&ok);
            if (!ok || mb <= 0) {
                usage(tr("--max-file-size takes a size in megabytes, not \"%1\"").arg(value));
                return false;
            }
            Document::LoadOptions o = workspace.loadOptions();
            o.maxFileSize = qint64(mb * 1024 * 1024);
            workspace.setLoadOptions(o);
        }
        *handled = true;
    }
    return true;
}

int CommandLineTool::run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usage(tr("no command given"));
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printHelp();
        return Success;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        m_out.flush();
        return Success;
    }
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        printHelp();
        return Success;
    }
    if (command == u"validate")
        return runValidate(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"set")
        return runSet(rest);
    if (command == u"explain")
        return runExplain(rest);
    if (command == u"graph")
        return runGraph(rest);
    if (command == u"probe")
        return runProbe(rest);
    if (command == u"simulate")
        return runSimulate(rest);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int CommandLineTool::readFormatAndPaths(const QStringList& args, const QString& command, const QStringList& formats,
    Workspace& workspace, QString* format, QStringList* paths)
{
    *format = formats.first();
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        const QString& a = args.at(i);
        if (a == u"--format" || a.startsWith(u"--format=")) {
            *format = a.contains(u'=') ? a.section(u'=', 1) : (i + 1 < args.size() ? args.at(++i) : QString());
            if (!formats.contains(*format))
                return usage(tr("--format must be %1 or %2").arg(formats.at(0), formats.at(1)));
        } else if (a.startsWith(u'-') && a != u"-") {
            return usage(tr("unknown option \"%1\" for %2").arg(a, command));
        } else {
            paths->append(a);
        }
    }
    if (paths->isEmpty())
        return usage(tr("%1 needs at least one file or folder").arg(command));
    return Success;
}

int CommandLineTool::runValidate(const QStringList& args)
{
    Workspace workspace;
    QString format;
    QStringList paths;
    if (const int failed
        = readFormatAndPaths(args, u"validate"_s, { u"text"_s, u"json"_s }, workspace, &format, &paths))
        return failed;
    workspace.open(paths);
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
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
        for (const Diagnostic& d : diagnostics) {
            m_out << formatLine(d);
        }
        m_out << tr("%1 resources in %2 files: %3 errors, %4 warnings")
                     .arg(resources)
                     .arg(workspace.documentCount())
                     .arg(errors)
                     .arg(warnings)
              << u'\n';
    }
    m_out.flush();
    if (hasLoadErrors(diagnostics))
        return UsageOrInput;
    return errors > 0 ? Problems : Success;
}

int CommandLineTool::runExport(const QStringList& args)
{
    Workspace workspace;
    QString output;
    bool force = false;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        const QString& a = args.at(i);
        if (a == u"-o" || a == u"--output") {
            if (i + 1 >= args.size())
                return usage(tr("%1 needs a file name").arg(a));
            output = args.at(++i);
        } else if (a == u"--force") {
            force = true;
        } else if (a.startsWith(u'-')) {
            return usage(tr("unknown option \"%1\" for export").arg(a));
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty())
        return usage(tr("export needs at least one file or folder"));
    workspace.open(paths);
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
    if (hasLoadErrors(diagnostics)) {
        for (const Diagnostic& d : diagnostics) {
            if (d.code == u"BW0008" || d.code == u"BW0012")
                m_err << formatLine(d);
        }
        m_err.flush();
        return UsageOrInput;
    }
    if (hasErrors(diagnostics) && !force) {
        for (const Diagnostic& d : diagnostics) {
            if (d.severity == Severity::Error)
                m_err << formatLine(d);
        }
        m_err << tr("export refused: the input has errors (use --force to export it anyway)") << u'\n';
        m_err.flush();
        return Problems;
    }
    const QByteArray bytes = WorkspaceExporter::exportDocuments(workspace, workspace.documentIds());
    if (output.isEmpty() || output == u"-") {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            m_err << tr("cannot write to standard output") << u'\n';
            return UsageOrInput;
        }
        stdoutFile.flush();
        return Success;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << tr("%1: cannot write: %2").arg(output, out.errorString()) << u'\n';
        m_err.flush();
        return UsageOrInput;
    }
    return Success;
}

int CommandLineTool::runGraph(const QStringList& args)
{
    Workspace workspace;
    QString format;
    QStringList paths;
    if (const int failed = readFormatAndPaths(args, u"graph"_s, { u"json"_s, u"dot"_s }, workspace, &format, &paths))
        return failed;
    workspace.open(paths);
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
    for (const Diagnostic& d : diagnostics) {
        if (d.code == u"BW0008" || d.code == u"BW0012")
            m_err << formatLine(d);
    }
    const TopologyGraph graph = TopologyGraph::build(workspace);
    if (format == u"json") {
        QJsonArray nodes;
        for (const TopologyGraph::Node& n : graph.nodes()) {
            nodes.append(QJsonObject {
                { u"id"_s, n.id },
                { u"kind"_s, n.kind },
                { u"namespace"_s, n.namespace_ },
                { u"name"_s, n.name },
                { u"missing"_s, n.missing },
                { u"type"_s, TopologyGraph::nodeTypeName(n.type) },
                { u"label"_s, n.label },
                { u"layer"_s, n.layer },
                { u"order"_s, n.order },
                { u"errors"_s, n.errors },
                { u"warnings"_s, n.warnings },
            });
        }
        QJsonArray edges;
        for (const TopologyGraph::Edge& e : graph.edges()) {
            edges.append(QJsonObject {
                { u"from"_s, e.from },
                { u"to"_s, e.to },
                { u"type"_s, TopologyGraph::edgeTypeName(e.type) },
                { u"weight"_s, e.weight ? QJsonValue(*e.weight) : QJsonValue() },
                { u"port"_s, e.port ? QJsonValue(*e.port) : QJsonValue() },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { u"nodes"_s, nodes }, { u"edges"_s, edges } })
                                       .toJson(QJsonDocument::Indented));
    } else {
        const auto quote = [](const QString& s) -> QString {
            return u'"' + QString(s).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
        };
        m_out << "digraph workbench {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"sans\"];\n";
        for (int layer = 0; layer < TopologyGraph::LayerCount; ++layer) {
            m_out << "  { rank=same;";
            for (const TopologyGraph::Node& n : graph.nodes()) {
                if (n.layer == layer)
                    m_out << ' ' << quote(n.id) << ';';
            }
            m_out << " }\n";
        }
        for (const TopologyGraph::Node& n : graph.nodes()) {
            QString attrs = u"label="_s
                + quote(n.type == TopologyGraph::NodeType::Rule || n.type == TopologyGraph::NodeType::Endpoint
                        ? n.label
                        : n.kind + u"\n"_s + (n.namespace_.isEmpty() ? n.name : n.namespace_ + u'/' + n.name));
            if (n.missing)
                attrs += u", style=\"rounded,dashed\", color=red"_s;
            else if (n.errors > 0)
                attrs += u", color=red"_s;
            if (n.fallback)
                attrs += u", style=\"rounded,dotted\""_s;
            m_out << "  " << quote(n.id) << " [" << attrs << "];\n";
        }
        for (const TopologyGraph::Edge& e : graph.edges()) {
            QString attrs;
            if (e.type == TopologyGraph::EdgeType::Mirror)
                attrs = u"style=dashed, label=\"mirror\""_s;
            else if (e.type == TopologyGraph::EdgeType::Policy)
                attrs = u"style=dotted, arrowhead=none"_s;
            else if (e.weight)
                attrs = u"label=\""_s + QString::number(*e.weight) + u'"';
            m_out << "  " << quote(e.from) << " -> " << quote(e.to)
                  << (attrs.isEmpty() ? QString() : u" ["_s + attrs + u']') << ";\n";
        }
        m_out << "}\n";
    }
    m_out.flush();
    return hasLoadErrors(diagnostics) ? UsageOrInput : Success;
}

bool CommandLineTool::splitOption(
    const QStringList& args, qsizetype& i, const QStringList& valued, QString* name, QString* value)
{
    if (!valued.contains(name->section(u'=', 0, 0)))
        return true;
    if (name->contains(u'=')) {
        *value = name->section(u'=', 1);
        *name = name->section(u'=', 0, 0);
        return true;
    }
    if (i + 1 >= args.size())
        return false;
    *value = args.at(++i);
    return true;
}

bool CommandLineTool::addConnectTo(const QString& value, QList<ConnectToRule>& rules)
{
    QString error;
    const std::optional<ConnectToRule> rule = ConnectToRule::parse(value, &error);
    if (!rule) {
        usage(tr("--connect-to: %1").arg(error));
        return false;
    }
    rules.append(*rule);
    return true;
}

bool CommandLineTool::openInput(Workspace& workspace, const QStringList& paths)
{
    workspace.open(paths);
    const std::vector<Diagnostic> diagnostics = workspace.diagnostics();
    for (const Diagnostic& d : diagnostics) {
        if (d.code == u"BW0008" || d.code == u"BW0012")
            m_err << formatLine(d);
    }
    m_err.flush();
    return !hasLoadErrors(diagnostics);
}

int CommandLineTool::runProbe(const QStringList& args)
{
    Workspace workspace;
    QString format = u"text"_s;
    QStringList paths;
    ProbeRunner::Options options;
    QString systemCa;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        QString a = args.at(i);
        QString value;
        if (!splitOption(args, i,
                { u"--format"_s, u"--timeout"_s, u"--concurrency"_s, u"--connect-to"_s, u"--system-ca"_s }, &a, &value))
            return usage(tr("%1 needs a value").arg(a));
        bool ok = false;
        if (a == u"--format") {
            format = value;
            if (format != u"text" && format != u"json")
                return usage(tr("--format must be text or json"));
        } else if (a == u"--timeout") {
            options.timeoutMs = value.toInt(&ok);
            if (!ok || options.timeoutMs < 1 || options.timeoutMs > 600000)
                return usage(tr("--timeout takes milliseconds from 1 to 600000, not \"%1\"").arg(value));
        } else if (a == u"--concurrency") {
            options.concurrency = value.toInt(&ok);
            if (!ok || options.concurrency < 1 || options.concurrency > 1024)
                return usage(tr("--concurrency takes a number from 1 to 1024, not \"%1\"").arg(value));
        } else if (a == u"--connect-to") {
            if (!addConnectTo(value, options.connectTo))
                return UsageOrInput;
        } else if (a == u"--system-ca") {
            systemCa = value;
        } else if (a.startsWith(u'-') && a != u"-") {
            return usage(tr("unknown option \"%1\" for probe").arg(a));
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty())
        return usage(tr("probe needs at least one file or folder"));

    ProbePlanner::Options plan;
    // A bundle asked for but unreadable is an error, never a quiet fall back to the real store.
    QString trustError;
    plan.systemCertificates = SystemTrustStore::load(systemCa, &plan.systemStoreName, &trustError);
    if (!trustError.isEmpty())
        return usage(trustError);

    if (!openInput(workspace, paths))
        return UsageOrInput;
    std::vector<ProbeTarget> targets = ProbePlanner::plan(workspace, plan);
    if (targets.empty())
        m_err << tr("No backend endpoints to probe in these files.") << u'\n';
    const std::vector<ProbeResult> results = ProbeRunner::runBlocking(std::move(targets), options);
    const bool allOk = std::all_of(results.begin(), results.end(), [](const ProbeResult& r) { return r.ok(); });

    if (format == u"json") {
        QJsonArray probes;
        for (const ProbeResult& r : results)
            probes.append(r.toJson());
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"probes"_s, probes } }).toJson(QJsonDocument::Indented));
    } else {
        int failed = 0;
        int warned = 0;
        for (const ProbeResult& r : results) {
            const Document* doc = workspace.document(r.target.documentId);
            const TextPosition at = doc ? doc->positionAt(r.target.range.begin) : TextPosition {};
            const QString where = r.target.file + u':' + QString::number(at.line) + u':' + QString::number(at.column);
            const QString dialled
                = r.address.isEmpty() || r.address == r.target.endpointText() ? QString() : u" ("_s + r.address + u')';
            QString outcome;
            if (r.ok()) {
                outcome = r.tls.attempted ? r.tls.protocol + u' ' + r.tls.cipher
                        + (r.tls.alpn.isEmpty() ? QString() : u" ALPN "_s + r.tls.alpn)
                                          : tr("TCP connected");
            } else {
                outcome = r.cancelled ? tr("cancelled") : ProbeFailureNames::name(r.failure);
                ++failed;
            }
            m_out << (r.ok() ? tr("ok") : tr("FAILED")) << u"  "_s << r.target.backendText() << u"  "_s
                  << r.target.endpointText() << dialled << u"  "_s << outcome << u"  "_s << tr("%1 ms").arg(r.ms)
                  << u'\n';
            if (!r.ok()) {
                m_out << u"    "_s << where << u": "_s << r.explanation << u'\n';
                if (!r.fix.isEmpty())
                    m_out << u"    "_s << tr("fix: %1").arg(r.fix) << u'\n';
            }
            if (!r.tls.chain.isEmpty()) {
                const CertificateSummary& leaf = r.tls.chain.first();
                m_out << u"    "_s
                      << tr("certificate: %1, issued by %2, expires %3 (%n day(s))", nullptr, int(leaf.daysToExpiry))
                             .arg(leaf.subject, leaf.issuer, leaf.notAfter.toString(Qt::ISODate))
                      << u'\n';
            }
            for (const QString& w : r.warnings) {
                ++warned;
                m_out << u"    "_s << where << u": "_s << tr("warning: %1").arg(w) << u'\n';
            }
        }
        m_out << tr("%n endpoint(s) probed", nullptr, int(results.size())) << u", "_s
              << tr("%n failed", nullptr, failed) << u", "_s << tr("%n warning(s)", nullptr, warned) << u'\n';
    }
    m_out.flush();
    m_err.flush();
    return allOk ? Success : Problems;
}

int CommandLineTool::runSimulate(const QStringList& args)
{
    Workspace workspace;
    QString format = u"text"_s;
    QStringList paths;
    QString routeFilter;
    QStringList unhealthy;
    bool live = false;
    QString scenarioFile;
    double durationS = -1;
    QList<ConnectToRule> connectTo;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        QString a = args.at(i);
        QString value;
        if (a == u"--live") {
            live = true;
            continue;
        }
        if (!splitOption(args, i,
                { u"--format"_s, u"--route"_s, u"--unhealthy"_s, u"--duration"_s, u"--connect-to"_s, u"--scenario"_s },
                &a, &value))
            return usage(tr("%1 needs a value").arg(a));
        if (a == u"--format") {
            format = value;
            if (format != u"text" && format != u"json")
                return usage(tr("--format must be text or json"));
        } else if (a == u"--route") {
            routeFilter = value;
        } else if (a == u"--unhealthy") {
            unhealthy.append(value);
        } else if (a == u"--scenario") {
            scenarioFile = value;
        } else if (a == u"--duration") {
            bool ok = false;
            durationS = value.toDouble(&ok);
            if (!ok || durationS <= 0 || durationS > 86400)
                return usage(tr("--duration takes seconds from 0 to 86400, not \"%1\"").arg(value));
        } else if (a == u"--connect-to") {
            if (!addConnectTo(value, connectTo))
                return UsageOrInput;
        } else if (a.startsWith(u'-') && a != u"-") {
            return usage(tr("unknown option \"%1\" for simulate").arg(a));
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty())
        return usage(tr("simulate needs at least one file or folder"));
    if (live && durationS < 0)
        return usage(tr("--live needs --duration S"));
    if (!live && (durationS >= 0 || !connectTo.isEmpty()))
        return usage(tr("--duration and --connect-to go with --live"));
    if (live && !unhealthy.isEmpty())
        return usage(tr("--unhealthy and --live do not go together: live mode checks the real endpoints"));
    if (!scenarioFile.isEmpty() && (live || !unhealthy.isEmpty()))
        return usage(tr("--scenario goes with neither --live nor --unhealthy: the scenario says what fails"));
    std::optional<FailoverScenario> scenario;
    if (!scenarioFile.isEmpty()) {
        QFile f(scenarioFile);
        if (!f.open(QIODevice::ReadOnly))
            return usage(tr("%1: cannot read the scenario: %2").arg(scenarioFile, f.errorString()));
        QString error;
        scenario = FailoverScenario::parse(f.read(4 * 1024 * 1024), scenarioFile, &error);
        if (!scenario)
            return usage(error);
    }
    if (!openInput(workspace, paths))
        return UsageOrInput;

    std::vector<RuleSimulation> rules = RuleSimulation::plan(workspace);
    if (!routeFilter.isEmpty()) {
        std::erase_if(rules, [&](const RuleSimulation& r) { return r.routeText() != routeFilter; });
        if (rules.empty())
            return usage(tr("no route %1 with backendRefs in these files").arg(routeFilter));
    }
    if (scenario)
        return runScenario(*scenario, rules, format);
    // NAMESPACE/NAME -> endpoint indexes marked down (empty: all of them).
    QHash<QString, QList<int>> down;
    for (const QString& u : std::as_const(unhealthy)) {
        const QString name = u.section(u'#', 0, 0);
        QList<int>& indexes = down[name];
        if (u.contains(u'#')) {
            bool ok = false;
            const int index = u.section(u'#', 1).toInt(&ok);
            if (!ok || index < 0)
                return usage(tr("--unhealthy %1: the endpoint index after # must be a number from 0").arg(u));
            indexes.append(index);
        } else {
            indexes.append(-1);
        }
        bool known = false;
        for (const RuleSimulation& r : rules) {
            for (const RuleSimulation::Backend& b : r.backends) {
                if (b.name() != name)
                    continue;
                known = true;
                if (u.contains(u'#') && indexes.last() >= b.endpoints.size())
                    return usage(
                        tr("--unhealthy %1: %2 has %n endpoint(s)", nullptr, int(b.endpoints.size())).arg(u, name));
            }
        }
        if (!known)
            return usage(tr("--unhealthy %1: no route in these files sends traffic to %2").arg(u, name));
    }

    // Live mode: the health checks run against the real endpoints for the duration; the
    // timeline records the shares whenever a host's health flips.
    std::vector<std::unique_ptr<LiveFailoverMonitor>> monitors;
    QJsonArray timeline;
    if (live) {
        QEventLoop loop;
        for (const RuleSimulation& rule : rules) {
            monitors.push_back(std::make_unique<LiveFailoverMonitor>(rule, connectTo));
            LiveFailoverMonitor* m = monitors.back().get();
            QObject::connect(m, &LiveFailoverMonitor::updated, m, [&, m](bool changed) {
                if (!changed && m->rounds() > 1)
                    return;
                const FailoverSimulator::Result r = m->current();
                const double t = m->elapsedMs() / 1000.0;
                QJsonArray shares;
                QStringList text;
                for (size_t b = 0; b < m->rule().backends.size(); ++b) {
                    shares.append(QJsonObject {
                        { u"backend"_s, m->rule().backends[b].name() }, { u"share"_s, r.localityShare[b] } });
                    text.append(
                        m->rule().backends[b].name() + u' ' + QString::number(r.localityShare[b], 'f', 2) + u'%');
                }
                timeline.append(QJsonObject { { u"t"_s, t }, { u"route"_s, m->rule().routeText() },
                    { u"rule"_s, m->rule().rule }, { u"backends"_s, shares } });
                if (format == u"text") {
                    m_out << u'[' << QString::number(t, 'f', 1) << u"s] "_s << m->rule().routeText() << u' '
                          << tr("rule %1").arg(m->rule().rule) << u": "_s << text.join(u", "_s) << u'\n';
                    m_out.flush();
                }
            });
            m->start();
        }
        QTimer::singleShot(int(durationS * 1000), &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto& m : monitors)
            m->stop();
    }

    bool failing = false;
    QJsonArray jsonRules;
    for (size_t ri = 0; ri < rules.size(); ++ri) {
        const RuleSimulation& rule = rules[ri];
        const LiveFailoverMonitor* monitor = live ? monitors[ri].get() : nullptr;
        const auto healthOf = [&](int b, int e) {
            if (monitor)
                return monitor->endpoints()[size_t(b)][size_t(e)].healthy ? FailoverSimulator::HostHealth::Healthy
                                                                          : FailoverSimulator::HostHealth::Unhealthy;
            const QList<int> marked = down.value(rule.backends[size_t(b)].name());
            return marked.contains(-1) || marked.contains(e) ? FailoverSimulator::HostHealth::Unhealthy
                                                             : FailoverSimulator::HostHealth::Healthy;
        };
        const FailoverSimulator::Result r = FailoverSimulator::simulate(rule.input(healthOf));
        double lost = r.noHealthyUpstream ? 100.0 : 0.0;
        for (size_t b = 0; b < rule.backends.size(); ++b) {
            if (rule.backends[b].missing)
                lost += r.localityShare[b];
        }
        failing = failing || lost > 0;
        if (format == u"json") {
            QJsonArray priorities;
            for (const FailoverSimulator::Priority& p : r.priorities)
                priorities.append(
                    QJsonObject { { u"priority"_s, p.priority }, { u"health"_s, p.health }, { u"load"_s, p.load },
                        { u"hosts"_s, p.hosts }, { u"healthy"_s, p.healthy }, { u"panic"_s, p.panic } });
            QJsonArray backends;
            QJsonArray endpoints;
            for (size_t b = 0; b < rule.backends.size(); ++b) {
                const RuleSimulation::Backend& be = rule.backends[b];
                backends.append(QJsonObject { { u"backend"_s, be.name() }, { u"kind"_s, be.key.kind },
                    { u"group"_s, be.key.group }, { u"fallback"_s, be.fallback }, { u"weight"_s, be.weight },
                    { u"missing"_s, be.missing }, { u"share"_s, r.localityShare[b] } });
                for (qsizetype e = 0; e < be.endpoints.size(); ++e)
                    endpoints.append(QJsonObject { { u"backend"_s, be.name() }, { u"index"_s, int(e) },
                        { u"address"_s, be.endpoints[e] },
                        { u"healthy"_s, healthOf(int(b), int(e)) == FailoverSimulator::HostHealth::Healthy },
                        { u"share"_s, r.hostShare[b][size_t(e)] } });
            }
            jsonRules.append(QJsonObject { { u"route"_s, rule.routeText() }, { u"kind"_s, rule.route.kind },
                { u"rule"_s, rule.rule }, { u"priorities"_s, priorities }, { u"backends"_s, backends },
                { u"endpoints"_s, endpoints }, { u"panic"_s, r.anyPanic() }, { u"totalPanic"_s, r.totalPanic },
                { u"normalizedTotalAvailability"_s, r.normalizedTotalAvailability },
                { u"noHealthyUpstream"_s, r.noHealthyUpstream }, { u"failing"_s, lost },
                { u"panicThreshold"_s, rule.health.panicThreshold },
                { u"healthCheck"_s, rule.health.source.isEmpty() ? QJsonValue() : QJsonValue(rule.health.source) } });
            continue;
        }
        const auto percent = [](double v) { return QString(QString::number(v, 'f', 2) + u'%'); };
        m_out << tr("%1 %2 rule %3").arg(rule.route.kind, rule.routeText()).arg(rule.rule) << u'\n';
        for (const FailoverSimulator::Priority& p : r.priorities)
            m_out << u"  "_s
                  << tr("priority %1: %2 of %3 hosts healthy, health %4, load %5%%6")
                         .arg(p.priority)
                         .arg(p.healthy)
                         .arg(p.hosts)
                         .arg(p.health)
                         .arg(p.load)
                         .arg(p.panic ? tr(" (panic: all hosts used)") : QString())
                  << u'\n';
        for (size_t b = 0; b < rule.backends.size(); ++b) {
            const RuleSimulation::Backend& be = rule.backends[b];
            m_out << u"  "_s << percent(r.localityShare[b]).rightJustified(8) << u"  "_s << be.name()
                  << (be.fallback ? tr(" (fallback)") : QString()) << (be.missing ? tr(" (missing)") : QString())
                  << u'\n';
            for (qsizetype e = 0; e < be.endpoints.size(); ++e)
                m_out << u"    "_s << percent(r.hostShare[b][size_t(e)]).rightJustified(8) << u"  #"_s << e << u' '
                      << be.endpoints[e]
                      << (healthOf(int(b), int(e)) == FailoverSimulator::HostHealth::Healthy ? QString()
                                                                                             : tr(" (unhealthy)"))
                      << u'\n';
        }
        if (r.noHealthyUpstream)
            m_out << u"  "_s << tr("no healthy upstream: requests get 503") << u'\n';
        if (rule.health.source.isEmpty()
            && std::any_of(rule.backends.begin(), rule.backends.end(),
                [](const RuleSimulation::Backend& b) { return b.fallback; }))
            m_out << u"  "_s
                  << tr("note: no BackendTrafficPolicy health check applies, so endpoints are never marked unhealthy "
                        "and the fallback never takes traffic")
                  << u'\n';
    }
    if (format == u"json") {
        QJsonObject out { { u"rules"_s, jsonRules } };
        if (live)
            out.insert(u"timeline"_s, timeline);
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    }
    m_out.flush();
    return failing ? Problems : Success;
}

int CommandLineTool::runScenario(
    const FailoverScenario& scenario, const std::vector<RuleSimulation>& rules, const QString& format)
{
    QString error;
    const RuleSimulation* rule = scenario.selectRule(rules, &error);
    if (!rule)
        return usage(error);
    const ScenarioTimeline timeline = ScenarioRunner::run(*rule, scenario);
    const bool failing = std::any_of(timeline.samples.begin(), timeline.samples.end(),
        [](const ScenarioTimeline::Sample& s) { return s.failing > 0; });
    if (format == u"json") {
        // `rules` as without a scenario, for the state the scenario ends in.
        QJsonArray rulesJson;
        if (!timeline.samples.empty()) {
            const ScenarioTimeline::Sample& last = timeline.samples.back();
            QJsonArray priorities;
            for (const ScenarioTimeline::PriorityLoad& p : last.priorities)
                priorities.append(QJsonObject { { u"priority"_s, p.priority }, { u"health"_s, p.health },
                    { u"load"_s, p.load }, { u"panic"_s, p.panic } });
            QJsonArray backends;
            for (size_t b = 0; b < last.backends.size() && b < rule->backends.size(); ++b)
                backends.append(
                    QJsonObject { { u"backend"_s, last.backends[b].backend }, { u"kind"_s, rule->backends[b].key.kind },
                        { u"fallback"_s, last.backends[b].fallback }, { u"share"_s, last.backends[b].share } });
            QJsonArray endpoints;
            for (const ScenarioTimeline::EndpointState& e : last.endpoints)
                endpoints.append(QJsonObject { { u"backend"_s, e.backend }, { u"index"_s, e.index },
                    { u"address"_s, e.address }, { u"healthy"_s, e.healthy }, { u"share"_s, e.share } });
            rulesJson.append(QJsonObject { { u"route"_s, rule->routeText() }, { u"kind"_s, rule->route.kind },
                { u"rule"_s, rule->rule }, { u"priorities"_s, priorities }, { u"backends"_s, backends },
                { u"endpoints"_s, endpoints }, { u"panic"_s, last.panic }, { u"at"_s, last.atMs / 1000.0 } });
        }
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"rules"_s, rulesJson }, { u"scenario"_s, timeline.toJson() } })
                .toJson(QJsonDocument::Indented));
        m_out.flush();
        return failing ? Problems : Success;
    }
    const auto seconds = [](qint64 ms) { return QString(QString::number(ms / 1000.0, 'f', 1) + u's'); };
    m_out << tr("Scenario %1 on %2 %3 rule %4, %5")
                 .arg(scenario.fileName, rule->route.kind, rule->routeText())
                 .arg(rule->rule)
                 .arg(seconds(scenario.durationMs))
          << u'\n';
    for (const ScenarioTimeline::Transition& t : timeline.transitions)
        m_out << u"  "_s << seconds(t.atMs).rightJustified(7) << u"  "_s << t.backend << u'#' << t.index << u' '
              << t.what << (t.detail.isEmpty() ? QString() : u": "_s + t.detail) << u'\n';
    // The shares whenever they change.
    QStringList header { tr("time").rightJustified(7) };
    for (const RuleSimulation::Backend& b : rule->backends)
        header.append(b.name() + (b.fallback ? tr(" (fallback)") : QString()));
    header.append(tr("failing"));
    m_out << u"  "_s << header.join(u"  "_s) << u'\n';
    QStringList last;
    for (const ScenarioTimeline::Sample& s : timeline.samples) {
        QStringList row;
        for (size_t b = 0; b < s.backends.size(); ++b)
            row.append(QString(QString::number(s.backends[b].share, 'f', 2) + u'%')
                           .rightJustified(int(header.value(qsizetype(b) + 1).size())));
        row.append(QString(QString::number(s.failing, 'f', 2) + u'%').rightJustified(int(header.last().size())));
        if (row == last)
            continue;
        last = row;
        m_out << u"  "_s << seconds(s.atMs).rightJustified(7) << u"  "_s << row.join(u"  "_s) << u'\n';
    }
    if (timeline.failoverStartsAtMs)
        m_out << u"  "_s
              << tr("failover starts at %1, ends at %2")
                     .arg(seconds(*timeline.failoverStartsAtMs),
                         timeline.failoverEndsAtMs ? seconds(*timeline.failoverEndsAtMs)
                                                   : tr("(not within the scenario)"))
              << u'\n';
    else
        m_out << u"  "_s << tr("no failover: the fallback never takes requests") << u'\n';
    for (const QString& n : timeline.notes)
        m_out << u"  "_s << tr("note: %1").arg(n) << u'\n';
    m_out.flush();
    return failing ? Problems : Success;
}

int CommandLineTool::runExplain(const QStringList& args)
{
    Workspace workspace; // for --crd: explain what a loaded CRD describes as well
    bool recursive = false;
    QString apiVersion;
    QString target;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        const QString& a = args.at(i);
        if (a == u"--recursive") {
            recursive = true;
        } else if (a == u"--api-version") {
            if (i + 1 >= args.size())
                return usage(tr("--api-version needs a value"));
            apiVersion = args.at(++i);
        } else if (a.startsWith(u'-')) {
            return usage(tr("unknown option \"%1\" for explain").arg(a));
        } else if (target.isEmpty()) {
            target = a;
        } else {
            return usage(tr("explain takes one KIND[.FIELD...]"));
        }
    }
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

int CommandLineTool::runSet(const QStringList& args)
{
    Workspace workspace;
    QString file;
    QString resourceSpec;
    QStringList assignments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool handled = false;
        if (!applyCommonOptions(args, i, workspace, &handled))
            return UsageOrInput;
        if (handled)
            continue;
        const QString& a = args.at(i);
        if (a == u"--resource" || a == u"-r") {
            if (i + 1 >= args.size())
                return usage(tr("--resource needs KIND/[NAMESPACE/]NAME"));
            resourceSpec = args.at(++i);
        } else if (a.startsWith(u"--resource=")) {
            resourceSpec = a.section(u'=', 1);
        } else if (a.startsWith(u'-') && !a.contains(u'=')) {
            return usage(tr("unknown option \"%1\" for set").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            assignments.append(a);
        }
    }
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

    // Pick the object to edit.
    const std::vector<Resource>& resources = workspace.resources(docId);
    auto describe = [](const Resource& r) -> QString {
        return r.key.kind + u'/' + (r.key.namespace_.isEmpty() ? QString() : r.key.namespace_ + u'/') + r.key.name;
    };
    const Resource* target = nullptr;
    if (resourceSpec.isEmpty()) {
        if (resources.size() == 1)
            target = &resources.front();
    } else {
        const QStringList parts = resourceSpec.split(u'/');
        if (parts.size() < 2 || parts.size() > 3)
            return usage(tr("--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not \"%1\"").arg(resourceSpec));
        for (const Resource& r : resources) {
            const bool kindMatches = r.key.kind.compare(parts.first(), Qt::CaseInsensitive) == 0
                || QString(r.key.kind + u'.' + r.key.group).compare(parts.first(), Qt::CaseInsensitive) == 0;
            const bool nsMatches = parts.size() == 2 || r.key.namespace_ == parts.at(1);
            if (kindMatches && nsMatches && r.key.name == parts.last()) {
                if (target)
                    return usage(tr("--resource %1 matches more than one object in %2; add the namespace")
                                     .arg(resourceSpec, file));
                target = &r;
            }
        }
    }
    if (!target) {
        QStringList names;
        for (const Resource& r : resources)
            names.append(describe(r));
        const QString which = resourceSpec.isEmpty()
            ? tr("%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME")
                  .arg(file)
                  .arg(resources.size())
            : tr("%1 has no object %2").arg(file, resourceSpec);
        return usage(which + (names.isEmpty() ? QString() : u": "_s + names.join(u", "_s)));
    }
    const int yamlDocument = target->yamlDocument;
    const QString targetName = describe(*target);

    for (const QString& assignment : std::as_const(assignments)) {
        // Earlier assignments re-parsed the file (and may have renamed the object), so keep
        // to its YAML document rather than its name.
        const StructuredEditor editor(*doc, yamlDocument);
        const bool removal = !assignment.contains(u'=') && assignment.endsWith(u'-');
        const QString fieldText = removal ? assignment.chopped(1) : assignment.section(u'=', 0, 0);
        QString error;
        const std::optional<FieldPath> path = FieldPath::parse(fieldText, &error);
        if (!path)
            return usage(error);
        StructuredEditor::Result result;
        if (removal) {
            result = editor.remove(*path);
        } else {
            if (!assignment.contains(u'='))
                return usage(tr("\"%1\" is not FIELD=VALUE or FIELD-").arg(assignment));
            const QString valueText = assignment.section(u'=', 1);
            ScalarValue value = ScalarValue::fromYamlText(valueText);
            // A field that holds a string keeps holding one: `name=0123` stays the string.
            const YamlTree& tree = doc->documents()[size_t(yamlDocument)].tree;
            const int existing = tree.find(*path);
            if (existing >= 0 && tree.node(existing).isScalar()
                && tree.scalarKind(existing) == YamlTree::ScalarKind::String && value.type != ScalarValue::Type::String)
                value = ScalarValue::string(valueText);
            result = editor.setScalar(*path, value);
        }
        if (!result.ok()) {
            m_err << file << u": "_s << targetName << u": "_s << result.error << u'\n';
            m_err << tr("%1 was not changed").arg(file) << u'\n';
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
    const Document::SaveResult saved = workspace.save(docId);
    if (saved.status != Document::SaveStatus::Saved) {
        m_err << saved.message << u'\n';
        m_err.flush();
        return saved.status == Document::SaveStatus::ConflictOnDisk ? Problems : UsageOrInput;
    }
    return Success;
}

} // namespace bw
