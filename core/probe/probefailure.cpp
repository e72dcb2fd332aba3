// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probefailure.h"

#include <array>
#include <utility>

namespace bw {

namespace {

constexpr std::array<std::pair<ProbeFailure, const char16_t*>, 11> kNames { {
    { ProbeFailure::Dns, u"dns" },
    { ProbeFailure::Refused, u"refused" },
    { ProbeFailure::Timeout, u"timeout" },
    { ProbeFailure::Untrusted, u"untrusted" },
    { ProbeFailure::SelfSigned, u"self-signed" },
    { ProbeFailure::Expired, u"expired" },
    { ProbeFailure::NotYetValid, u"not-yet-valid" },
    { ProbeFailure::HostnameMismatch, u"hostname-mismatch" },
    { ProbeFailure::ProtocolVersion, u"protocol-version" },
    { ProbeFailure::AlpnMismatch, u"alpn-mismatch" },
    { ProbeFailure::HandshakeFailed, u"handshake-failed" },
} };

} // namespace

QString ProbeFailureNames::name(ProbeFailure failure)
{
    for (const auto& [f, n] : kNames)
        if (f == failure)
            return QString::fromUtf16(n);
    return {};
}

std::optional<ProbeFailure> ProbeFailureNames::fromName(const QString& name)
{
    for (const auto& [f, n] : kNames)
        if (name == QStringView(n))
            return f;
    return std::nullopt;
}

} // namespace bw
