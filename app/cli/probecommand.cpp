// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandlineoptions.h"
#include "probe/proberunner.h"
#include "probe/probesession.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

int ProbeCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(
        name(), { u"--format"_s, u"--timeout"_s, u"--concurrency"_s, u"--connect-to"_s, u"--system-ca"_s });
    if (const int done = parseWithPaths(options, arguments, workspace); done != Continue)
        return done;
    QString format;
    if (!readFormat(options, { u"text"_s, u"json"_s }, &format))
        return UsageOrInput;
    ProbeSession::Settings settings;
    bool ok = false;
    if (options.isSet(u"--timeout"_s)) {
        const QString value = options.value(u"--timeout"_s);
        settings.timeoutMs = value.toInt(&ok);
        if (!ok || settings.timeoutMs < 1 || settings.timeoutMs > 600000)
            return usage(tr("--timeout takes milliseconds from 1 to 600000, not \"%1\"").arg(value));
    }
    if (options.isSet(u"--concurrency"_s)) {
        const QString value = options.value(u"--concurrency"_s);
        settings.concurrency = value.toInt(&ok);
        if (!ok || settings.concurrency < 1 || settings.concurrency > 1024)
            return usage(tr("--concurrency takes a number from 1 to 1024, not \"%1\"").arg(value));
    }
    if (!readConnectTo(options, &settings.connectTo))
        return UsageOrInput;
    const QStringList paths = options.positionals();

    // The window plans its runs the same way; here a bundle asked for but unreadable is an
    // error, never a quiet fall back to the real store.
    ProbeSession session(options.value(u"--system-ca"_s));
    session.setSettings(settings);
    if (const QString trustError = session.systemStoreError(); !trustError.isEmpty())
        return usage(trustError);

    if (!openInput(workspace, paths))
        return UsageOrInput;
    if (const int none = requireManifests(workspace, paths); none != Continue)
        return none;
    ProbeSession::Run run = session.plan(workspace);
    if (run.targets.empty())
        m_err << tr("No backend endpoints to probe in these files.") << u'\n';
    const std::vector<ProbeResult> results = ProbeRunner::runBlocking(std::move(run.targets), run.options);
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

} // namespace bw
