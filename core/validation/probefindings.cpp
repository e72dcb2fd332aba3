// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probefindings.h"

#include <QCoreApplication>

#include "probe/proberesult.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// Gives lupdate and the runtime the same translation context.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ProbeFindings)
};

const QString kSourcePrefix = u"probe:"_s;
} // namespace

QString ProbeFindings::sourceFor(const ResourceKey& backend)
{
    return kSourcePrefix + backend.toString();
}

bool ProbeFindings::isProbeSource(const QString& source)
{
    return source.startsWith(kSourcePrefix);
}

std::vector<Finding> ProbeFindings::of(const ProbeResult& result)
{
    std::vector<Finding> out;
    if (result.cancelled)
        return out;
    const ProbeTarget& t = result.target;
    const auto finding = [&](const QString& code, Severity severity, const QString& message) {
        out.push_back({ t.backend, t.fieldPath, code, severity, message });
    };
    if (result.failure != ProbeFailure::None) {
        QString message = Strings::tr("probe of %1 failed (%2): %3")
                              .arg(t.endpointText(), categoryLabel(result.failure), result.explanation);
        if (!result.fix.isEmpty())
            message += u"; "_s + Strings::tr("likely fix: %1").arg(result.fix);
        finding(QString::fromUtf16(failedCode), Severity::Error, message);
    }
    for (const QString& w : result.warnings)
        finding(QString::fromUtf16(warningCode), Severity::Warning,
            Strings::tr("probe of %1: %2").arg(t.endpointText(), w));
    return out;
}

QString ProbeFindings::categoryLabel(ProbeFailure failure)
{
    switch (failure) {
    case ProbeFailure::None:
        return Strings::tr("reachable");
    case ProbeFailure::Dns:
        return Strings::tr("DNS");
    case ProbeFailure::Refused:
        return Strings::tr("refused");
    case ProbeFailure::Timeout:
        return Strings::tr("timeout");
    case ProbeFailure::Untrusted:
        return Strings::tr("untrusted");
    case ProbeFailure::SelfSigned:
        return Strings::tr("self-signed");
    case ProbeFailure::Expired:
        return Strings::tr("expired");
    case ProbeFailure::NotYetValid:
        return Strings::tr("not yet valid");
    case ProbeFailure::HostnameMismatch:
        return Strings::tr("hostname mismatch");
    case ProbeFailure::ProtocolVersion:
        return Strings::tr("TLS version");
    case ProbeFailure::AlpnMismatch:
        return Strings::tr("ALPN mismatch");
    case ProbeFailure::HandshakeFailed:
        return Strings::tr("handshake failed");
    }
    return ProbeFailureNames::name(failure);
}

} // namespace bw
