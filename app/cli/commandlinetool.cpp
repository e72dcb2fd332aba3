// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlinetool.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <memory>

#include "commandlineoptions.h"
#include "explaincommand.h"
#include "exportcommand.h"
#include "graphcommand.h"
#include "probecommand.h"
#include "setcommand.h"
#include "simulatecommand.h"
#include "validatecommand.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
const QStringList kCommands { u"validate"_s, u"export"_s, u"set"_s, u"explain"_s, u"graph"_s, u"probe"_s,
    u"simulate"_s };

std::unique_ptr<Command> create(const QString& name, QTextStream& out, QTextStream& err)
{
    if (name == u"validate")
        return std::make_unique<ValidateCommand>(out, err);
    if (name == u"export")
        return std::make_unique<ExportCommand>(out, err);
    if (name == u"set")
        return std::make_unique<SetCommand>(out, err);
    if (name == u"explain")
        return std::make_unique<ExplainCommand>(out, err);
    if (name == u"graph")
        return std::make_unique<GraphCommand>(out, err);
    if (name == u"probe")
        return std::make_unique<ProbeCommand>(out, err);
    if (name == u"simulate")
        return std::make_unique<SimulateCommand>(out, err);
    return nullptr;
}

bool isToolOption(const QString& a)
{
    return a == u"--help" || a == u"-h" || a == u"help" || a == u"--version" || a == u"-v";
}

// Options QGuiApplication reads itself; the session manager restarts the window with -session.
bool isQtOption(const QString& a)
{
    static const QStringList options { u"-platform"_s, u"-platformpluginpath"_s, u"-platformtheme"_s, u"-plugin"_s,
        u"-qmljsdebugger"_s, u"-reverse"_s, u"-session"_s, u"-style"_s, u"-stylesheet"_s, u"-display"_s, u"-geometry"_s,
        u"-qwindowgeometry"_s, u"-qwindowicon"_s, u"-qwindowtitle"_s, u"-widgetcount"_s };
    return options.contains(a.section(u'=', 0, 0));
}
} // namespace

bool CommandLineTool::isCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (kCommands.contains(first) || isToolOption(first))
        return true;
    return !isQtOption(first) && !QFileInfo::exists(first);
}

QString CommandLineTool::windowUnavailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.value(u"QT_QPA_PLATFORM"_s).isEmpty() || !env.value(u"DISPLAY"_s).isEmpty()
        || !env.value(u"WAYLAND_DISPLAY"_s).isEmpty())
        return {};
    return tr("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
              "Run a command instead (backend-workbench --help), or set QT_QPA_PLATFORM=offscreen.");
#else
    return {};
#endif
}

CommandLineTool::CommandLineTool(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

QString CommandLineTool::helpText()
{
    return tr("Usage: backend-workbench [PATH...]            open the workbench window\n"
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
              "        Exit 0, or 1 when some requests would fail (no healthy upstream, a missing backend, panic\n"
              "        routing to unhealthy hosts).\n"
              "  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]\n"
              "        Describe a kind or field: type, constraints and the fields below it.\n"
              "  export [-o OUT] [--force] PATH...\n"
              "        Write the objects of the given files as one multi-document YAML (stdout by default).\n"
              "        A single untouched file comes out byte for byte. Refuses files with errors unless --force;\n"
              "        never writes a file that does not parse (it names the files it left out, and exits 1).\n"
              "  set FILE [--resource KIND/[NAMESPACE/]NAME] [--force] FIELD=VALUE... [FIELD[+]=VALUE...] [FIELD-...]\n"
              "        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.\n"
              "        VALUE is read as YAML reads it (8443 is a number); quote it ('\"8443\"') for a string.\n"
              "        A field already holding a string stays a string. FIELD- removes the field.\n"
              "        FIELD[+]=VALUE appends an item to a list (spec.endpoints[+].fqdn.hostname=a.example.com).\n"
              "        The file is checked first: a change that adds errors or unknown fields is refused\n"
              "        (exit 1, nothing written) unless --force.\n"
              "\n"
              "Options for every command:\n"
              "  --crd FILE           also check objects against the CustomResourceDefinitions in FILE\n"
              "  --max-file-size MB   refuse files larger than this (default 64)\n"
              "  --namespace NS       namespace for objects that do not name one (default \"default\")\n"
              "  -h, --help           show this help\n"
              "  -v, --version        show the version\n");
}

QString CommandLineTool::helpFor(const QString& command)
{
    // The command's part of the help (its synopsis and the lines indented below it), then
    // the options every command takes: one text to translate, never two that drift apart.
    const QStringList lines = helpText().split(u'\n');
    QString out;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        if (lines[i].startsWith(u"  "_s + command + u' ') || lines[i] == u"  "_s + command)
            break;
    }
    if (i < lines.size())
        out += tr("Usage: backend-workbench %1").arg(lines[i].trimmed()) + u'\n';
    for (++i; i < lines.size() && lines[i].startsWith(u"        "_s); ++i)
        out += lines[i] + u'\n';
    // The last block of the help (after its last blank line, the text ending in one): the
    // options every command takes.
    const qsizetype common = lines.lastIndexOf(QString(), lines.size() - 2);
    for (qsizetype j = common; j >= 0 && j < lines.size() - 1; ++j)
        out += lines[j] + u'\n';
    return out;
}

int CommandLineTool::usage(QTextStream& err, const QString& message)
{
    err << u"backend-workbench: "_s << message << u'\n' << tr("Try 'backend-workbench --help'.") << u'\n';
    err.flush();
    return UsageOrInput;
}

int CommandLineTool::run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usage(m_err, tr("no command given"));
    const QString command = arguments.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        m_out.flush();
        return Success;
    }
    if (const std::unique_ptr<Command> c = create(command, m_out, m_err))
        return c->run(arguments.mid(2));
    const QString best = CommandLineOptions::closest(command, kCommands);
    const QString message = command.startsWith(u'-')
        ? tr("unknown option \"%1\"").arg(command)
        : tr("\"%1\" is neither a command nor a file or folder to open").arg(command);
    return usage(m_err, best.isEmpty() ? message : message + u"; "_s + tr("did you mean %1?").arg(best));
}

} // namespace bw
