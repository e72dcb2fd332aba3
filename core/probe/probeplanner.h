// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QSslCertificate>

#include <vector>

#include "probetarget.h"

namespace bw {

class Workspace;

// Turns the workspace into probe targets: every endpoint of every backend (Envoy Gateway
// Backend fqdn/ip/unix, XBackend externalHostname, Apoxy endpoints, Services with known
// addresses), each with the TLS the gateway will use towards it.
class ProbePlanner
{
public:
    struct Options
    {
        QList<QSslCertificate> systemCertificates; // what "System" trusts
        QString systemStoreName; // how to name it in messages
        QSet<ResourceKey> only; // restrict to these backends; empty: all
    };

    [[nodiscard]] static std::vector<ProbeTarget> plan(const Workspace& workspace, const Options& options);
};

} // namespace bw
