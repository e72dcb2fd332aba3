// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include "probefailure.h"
#include "probetarget.h"

namespace bw {

// What an operator needs to know of one certificate the server presented.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames; // "DNS:api.example.com", "IP:10.0.0.1"
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysToExpiry = 0; // negative once expired
    bool selfSigned = false;
    QString sha256; // colon-separated hex fingerprint

    static CertificateSummary of(const QSslCertificate& certificate, const QDateTime& now);
    [[nodiscard]] QJsonObject toJson() const;
};

struct DnsAnswer
{
    bool attempted = false;
    QString skipped; // why no lookup was made ("IP literal", "--connect-to")
    QStringList addresses;
    qint64 ms = 0;
    QString error;
    struct Risk
    {
        QString address;
        QString range; // AddressRange::name
        QString explanation;
    };
    QList<Risk> risks;
};

struct TlsOutcome
{
    bool attempted = false;
    bool ok = false;
    ProbeFailure error = ProbeFailure::None;
    QString sni;
    QStringList verifyNames;
    QString protocol; // "TLSv1.3"
    QString cipher;
    QString alpn; // negotiated; empty: none
    QList<CertificateSummary> chain; // leaf first
    QStringList sslErrors; // what verification said, including what insecureSkipVerify waved through
    bool verificationSkipped = false;
    qint64 ms = 0;
};

// The outcome of probing one endpoint: each stage as far as it got, the first failure, and
// what to do about it.
struct ProbeResult
{
    ProbeTarget target;
    QString address; // dialled, "IP:PORT" (after --connect-to), or the socket path
    QString connectedVia; // the --connect-to rule applied, if any
    DnsAnswer dns;
    QString tcp; // "ok", "dns", "refused", "timeout"; empty: not reached
    qint64 tcpMs = 0;
    TlsOutcome tls;
    ProbeFailure failure = ProbeFailure::None;
    QString explanation; // what went wrong, in the operator's terms
    QString fix; // the likely fix
    QStringList warnings; // risks that do not stop the connection (rebinding, skipped verification)
    qint64 ms = 0;
    bool cancelled = false;

    [[nodiscard]] bool ok() const { return failure == ProbeFailure::None && !cancelled; }
    // One element of `probes` in `probe --format json`.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace bw
