// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include "document/sourcerange.h"
#include "workspace/resource.h"

namespace bw {

// The TLS the data plane will speak to one endpoint, with the backend's own settings and any
// BackendTLSPolicy already merged (the policy wins on overlap).
struct EffectiveTls
{
    bool enabled = false;
    QString sni; // sent in the ClientHello; empty: none
    QStringList verifyNames; // the certificate must carry one of these; empty: chain only
    QList<QSslCertificate> caCertificates; // the trust anchors
    QString trustSource; // "ConfigMap shop/internal-ca", "the system store"
    bool systemStore = false;
    bool insecureSkipVerify = false;
    QStringList alpn; // offered, in order of preference
    bool alpnRequired = false; // the configuration needs one of `alpn` (h2), not just offers it
    QString minVersion; // "1.2", "1.3", empty: Envoy's default (1.2)
    QString maxVersion;
    QString source; // "Backend.spec.tls merged with BackendTLSPolicy shop/x"
    QStringList problems; // why the trust could not be assembled (a CA object not in the workspace)
};

// One endpoint of one backend, as the gateway will reach it.
struct ProbeTarget
{
    enum class Transport { Tcp, Unix };

    ResourceKey backend;
    int endpointIndex = 0;
    Transport transport = Transport::Tcp;
    QString host; // FQDN or IP literal
    int port = 0;
    QString unixPath;
    bool hostIsName = false; // resolved through DNS
    bool externalName = false; // a name outside the cluster: answers are checked for rebinding risk
    EffectiveTls tls;
    int documentId = -1;
    QString file;
    SourceRange range; // the endpoint in the file
    QString fieldPath; // spec.endpoints[1]

    // "HOST:PORT" ("[::1]:443"), or "unix:PATH".
    [[nodiscard]] QString endpointText() const;
    // "NAMESPACE/NAME", or NAME for cluster-scoped backends.
    [[nodiscard]] QString backendText() const;
};

} // namespace bw
