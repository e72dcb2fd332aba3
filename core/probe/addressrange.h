// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace bw {

// The address blocks that an external hostname must not resolve into: an answer there lets
// whoever controls the DNS name steer the gateway at the cluster's own network or at the
// cloud metadata service (DNS rebinding, CVE-2021-25740).
class AddressRange
{
public:
    enum class Kind { Public, Loopback, Private, LinkLocal, Metadata, Cgnat, Unspecified, UniqueLocal, Multicast };

    [[nodiscard]] static Kind classify(const QHostAddress& address);
    // "loopback", "private", "link-local", "metadata", "cgnat", "unspecified", ...; "public".
    [[nodiscard]] static QString name(Kind kind);
    // A sentence for the operator: what the range is and why an external name must not land in it.
    [[nodiscard]] static QString risk(Kind kind);
};

} // namespace bw
