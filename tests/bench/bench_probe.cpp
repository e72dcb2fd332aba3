// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Probing 200 TLS endpoints: ProbeRunner (32 at a time) against running `openssl s_client`
// once per endpoint, one after the other, as a script would. Eight `openssl s_server`
// processes on 127.0.0.1 serve the endpoints (each handles one connection at a time); every
// endpoint has a name of its own, carried in its server's certificate and verified against a
// test CA, with SNI. Target: the runner at least 20 times faster.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include "../tlstestserver.h"
#include "probe/probeplanner.h"
#include "probe/proberunner.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
constexpr int serverCount = 8;
constexpr int endpointCount = 200;

QString endpointName(int i)
{
    return u"svc-%1.bench.test"_s.arg(i);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot create a temporary directory\n";
        return 1;
    }

    // Certificates: one CA, one leaf per server naming the 25 endpoints it serves.
    test::CertificateFactory certs(dir.filePath(u"certs"_s));
    const auto ca = certs.makeCa(u"ca"_s, u"Bench CA"_s);
    if (!ca.ok()) {
        out << certs.error() << '\n';
        return 1;
    }
    std::vector<std::unique_ptr<test::TlsServer>> servers;
    for (int s = 0; s < serverCount; ++s) {
        QStringList names;
        for (int i = s; i < endpointCount; i += serverCount)
            names.append(endpointName(i));
        const auto leaf = certs.makeLeaf(u"leaf-%1"_s.arg(s), ca, names);
        if (!leaf.ok()) {
            out << certs.error() << '\n';
            return 1;
        }
        auto server = std::make_unique<test::TlsServer>();
        if (!server->start(leaf.cert, leaf.key, {}, dir.filePath(u"s_server-%1.log"_s.arg(s)))) {
            out << server->error() << '\n';
            return 1;
        }
        servers.push_back(std::move(server));
    }

    // The workspace: the CA as a ConfigMap, 200 Backends with one fqdn endpoint each. Endpoint
    // i is on server i % 8, reached through a --connect-to rule of its own.
    QByteArray pem;
    for (const QByteArray& line : ca.pem().trimmed().split('\n'))
        pem += "    " + line + '\n';
    QByteArray text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bench-ca, namespace: bench}\ndata:\n"
                      "  ca.crt: |\n"
        + pem;
    QList<ConnectToRule> connectTo;
    for (int i = 0; i < endpointCount; ++i) {
        const int port = servers[size_t(i % serverCount)]->port();
        text += "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: be-"
            + QByteArray::number(i)
            + ", namespace: bench}\nspec:\n  endpoints:\n    - fqdn: {hostname: " + endpointName(i).toUtf8()
            + ", port: 443}\n  tls:\n" + "    caCertificateRefs: [{group: \"\", kind: ConfigMap, name: bench-ca}]\n";
        const QString rule = endpointName(i) + u":443:127.0.0.1:"_s + QString::number(port);
        QString error;
        const auto parsed = ConnectToRule::parse(rule, &error);
        if (!parsed) {
            out << "bad --connect-to " << rule << ": " << error << '\n';
            return 1;
        }
        connectTo.append(*parsed);
    }
    Workspace workspace;
    workspace.addText(u"bench.yaml"_s, text);
    const std::vector<ProbeTarget> targets = ProbePlanner::plan(workspace, {});
    if (int(targets.size()) != endpointCount) {
        out << "planned " << targets.size() << " targets, expected " << endpointCount << '\n';
        return 1;
    }

    // ProbeRunner, 32 at a time: best of three runs (the first also warms up).
    ProbeRunner::Options options;
    options.concurrency = 32;
    if (const qsizetype at = app.arguments().indexOf(u"--concurrency"_s); at > 0 && at + 1 < app.arguments().size())
        options.concurrency = app.arguments().at(at + 1).toInt();
    options.timeoutMs = 10000;
    options.connectTo = connectTo;
    QElapsedTimer clock;
    double runnerBest = 1e18;
    double runnerFirst = 0;
    int runnerFailures = 0;
    for (int round = 0; round < 3; ++round) {
        clock.restart();
        const std::vector<ProbeResult> results = ProbeRunner::runBlocking(targets, options);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (round == 0)
            runnerFirst = ms;
        runnerBest = std::min(runnerBest, ms);
        runnerFailures
            = int(std::count_if(results.begin(), results.end(), [](const ProbeResult& r) { return !r.ok(); }));
        if (runnerFailures > 0) {
            const auto bad = std::find_if(results.begin(), results.end(), [](const ProbeResult& r) { return !r.ok(); });
            out << "ProbeRunner: " << runnerFailures << " of " << results.size() << " probes failed, e.g. "
                << bad->target.endpointText() << " via " << bad->address << ": "
                << ProbeFailureNames::name(bad->failure) << ": " << bad->explanation << '\n';
        }
    }

    // --runner-only skips the baseline, to profile the runner alone (perf record ...).
    if (app.arguments().contains(u"--runner-only"_s)) {
        out << "ProbeRunner: " << QString::number(runnerBest, 'f', 1) << " ms best of 3, " << runnerFailures
            << " failed\n";
        return runnerFailures == 0 ? 0 : 1;
    }

    // The same 200 handshakes with `openssl s_client`, one process per endpoint, in turn.
    const QString caFile = ca.cert;
    int clientFailures = 0;
    clock.restart();
    for (int i = 0; i < endpointCount; ++i) {
        QProcess client;
        client.setStandardInputFile(QProcess::nullDevice());
        client.setStandardOutputFile(QProcess::nullDevice());
        client.setStandardErrorFile(QProcess::nullDevice());
        client.start(u"openssl"_s,
            { u"s_client"_s, u"-connect"_s, servers[size_t(i % serverCount)]->address(), u"-servername"_s,
                endpointName(i), u"-verify_hostname"_s, endpointName(i), u"-CAfile"_s, caFile,
                u"-verify_return_error"_s });
        if (!client.waitForFinished(10000)) {
            client.kill();
            client.waitForFinished(2000);
            ++clientFailures;
        } else if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
            ++clientFailures;
        }
    }
    const double clientMs = clock.nsecsElapsed() / 1e6;

    const double ratio = clientMs / runnerBest;
    out << "probe " << endpointCount << " TLS endpoints on " << serverCount << " openssl s_server processes, "
        << QThread::idealThreadCount() << " cores\n";
    out << "  ProbeRunner (concurrency 32): " << QString::number(runnerBest, 'f', 1) << " ms best of 3 (first run "
        << QString::number(runnerFirst, 'f', 1) << " ms), " << runnerFailures << " failed\n";
    out << "  openssl s_client, in turn:    " << QString::number(clientMs, 'f', 1) << " ms, " << clientFailures
        << " failed\n";
    out << "  ratio: " << QString::number(ratio, 'f', 1)
        << "x (target >= 20x): " << (ratio >= 20 && runnerFailures == 0 && clientFailures == 0 ? "met" : "NOT met")
        << '\n';
    out.flush();
    return runnerFailures == 0 && clientFailures == 0 ? 0 : 1;
}
