// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bw {

// Why a probe failed, in the categories scripts see in `probe --format json` ("error"). The
// names are a contract: add categories, never rename one.
enum class ProbeFailure {
    None,
    Dns,
    Refused,
    Timeout,
    Untrusted,
    SelfSigned,
    Expired,
    NotYetValid,
    HostnameMismatch,
    ProtocolVersion,
    AlpnMismatch,
    HandshakeFailed,
};

class ProbeFailureNames
{
public:
    // "dns", "refused", ... ; empty for None.
    [[nodiscard]] static QString name(ProbeFailure failure);
    [[nodiscard]] static std::optional<ProbeFailure> fromName(const QString& name);
};

} // namespace bw
