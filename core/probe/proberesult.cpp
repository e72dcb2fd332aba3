// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberesult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(u", "_s);
}

// "CN=api.example.com, O=Example" in the order the certificate gives.
QString distinguishedName(const QSslCertificate& c, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        for (const QString& v : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + v);
    }
    return joined(parts);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate& c, const QDateTime& now)
{
    CertificateSummary s;
    s.subject = distinguishedName(c, false);
    s.issuer = distinguishedName(c, true);
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        const QString type = it.key() == QSsl::DnsEntry ? u"DNS"_s
            : it.key() == QSsl::IpAddressEntry          ? u"IP"_s
                                                        : u"email"_s;
        s.subjectAltNames.append(type + u':' + it.value());
    }
    s.notBefore = c.effectiveDate().toUTC();
    s.notAfter = c.expiryDate().toUTC();
    s.daysToExpiry = now.daysTo(s.notAfter);
    if (now > s.notAfter && s.daysToExpiry == 0)
        s.daysToExpiry = -1; // expired hours ago still reads as expired
    s.selfSigned = c.isSelfSigned();
    s.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':'));
    return s;
}

QJsonObject CertificateSummary::toJson() const
{
    return {
        { u"subject"_s, subject },
        { u"issuer"_s, issuer },
        { u"subjectAltNames"_s, QJsonArray::fromStringList(subjectAltNames) },
        { u"notBefore"_s, notBefore.toString(Qt::ISODate) },
        { u"notAfter"_s, notAfter.toString(Qt::ISODate) },
        { u"daysToExpiry"_s, double(daysToExpiry) },
        { u"selfSigned"_s, selfSigned },
        { u"sha256"_s, sha256 },
    };
}

QJsonObject ProbeResult::toJson() const
{
    QJsonObject dnsJson { { u"attempted"_s, dns.attempted },
        { u"addresses"_s, QJsonArray::fromStringList(dns.addresses) }, { u"ms"_s, double(dns.ms) },
        { u"error"_s, orNull(dns.error) } };
    if (!dns.skipped.isEmpty())
        dnsJson.insert(u"skipped"_s, dns.skipped);
    QJsonArray risks;
    for (const DnsAnswer::Risk& r : dns.risks)
        risks.append(
            QJsonObject { { u"address"_s, r.address }, { u"range"_s, r.range }, { u"explanation"_s, r.explanation } });
    dnsJson.insert(u"risks"_s, risks);

    QJsonValue tlsJson(QJsonValue::Null);
    if (tls.attempted) {
        QJsonArray chain;
        for (const CertificateSummary& c : tls.chain)
            chain.append(c.toJson());
        tlsJson = QJsonObject {
            { u"ok"_s, tls.ok },
            { u"error"_s, orNull(ProbeFailureNames::name(tls.error)) },
            { u"sni"_s, orNull(tls.sni) },
            { u"verifiedNames"_s, QJsonArray::fromStringList(tls.verifyNames) },
            { u"protocol"_s, orNull(tls.protocol) },
            { u"cipher"_s, orNull(tls.cipher) },
            { u"alpn"_s, orNull(tls.alpn) },
            { u"chain"_s, chain },
            { u"notAfter"_s,
                tls.chain.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(tls.chain.first().notAfter.toString(Qt::ISODate)) },
            { u"verificationSkipped"_s, tls.verificationSkipped },
            { u"sslErrors"_s, QJsonArray::fromStringList(tls.sslErrors) },
            { u"ms"_s, double(tls.ms) },
            { u"trust"_s, orNull(target.tls.trustSource) },
        };
    }

    QJsonObject o {
        { u"backend"_s, target.backendText() },
        { u"kind"_s, target.backend.kind },
        { u"group"_s, target.backend.group },
        { u"index"_s, target.endpointIndex },
        { u"endpoint"_s, target.endpointText() },
        { u"address"_s, orNull(address) },
        { u"dns"_s, dnsJson },
        { u"tcp"_s, orNull(tcp) },
        { u"tls"_s, tlsJson },
        { u"ms"_s, double(ms) },
        { u"ok"_s, ok() },
        { u"error"_s, orNull(ProbeFailureNames::name(failure)) },
        { u"cancelled"_s, cancelled },
        { u"explanation"_s, orNull(explanation) },
        { u"fix"_s, orNull(fix) },
        { u"warnings"_s, QJsonArray::fromStringList(warnings) },
        { u"file"_s, target.file },
        { u"field"_s, target.fieldPath },
    };
    if (!connectedVia.isEmpty())
        o.insert(u"connectTo"_s, connectedVia);
    return o;
}

} // namespace bw
