// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointprobe.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLocalSocket>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include "addressrange.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::EndpointProbe)
};

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_s;
    default:
        return u"TLS (older than 1.2)"_s;
    }
}

QString hostPort(const QHostAddress& a, int port)
{
    const QString text = a.toString();
    return (a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + text + u']' : text) + u':' + QString::number(port);
}

// A certificate name against a hostname as Envoy matches subjectAltNames: case-insensitive,
// a wildcard only as the whole leftmost label and standing for exactly one label.
bool nameMatches(const QString& pattern, const QString& host)
{
    const QString p = pattern.toLower();
    QString h = host.toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (!p.startsWith(u"*."_s))
        return p == h;
    const qsizetype dot = h.indexOf(u'.');
    return dot > 0 && h.mid(dot) == p.mid(1);
}

bool certificateCarries(const QSslCertificate& c, const QString& name)
{
    const QHostAddress asAddress(name);
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry && asAddress.isNull() && nameMatches(it.value(), name))
            return true;
        if (it.key() == QSsl::IpAddressEntry && !asAddress.isNull() && QHostAddress(it.value()) == asAddress)
            return true;
    }
    return false;
}

QString sanList(const QSslCertificate& c)
{
    QStringList names;
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    return names.join(u", "_s);
}

QString commonName(const QSslCertificate& c, bool issuer)
{
    const QStringList cn
        = issuer ? c.issuerInfo(QSslCertificate::CommonName) : c.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return cn.first();
    const QStringList org
        = issuer ? c.issuerInfo(QSslCertificate::Organization) : c.subjectInfo(QSslCertificate::Organization);
    return org.isEmpty() ? Strings::tr("(no name)") : org.first();
}

// The verification failure an operator must fix first: trust before dates before names.
ProbeFailure classify(const QList<QSslError>& errors)
{
    const auto has = [&](std::initializer_list<QSslError::SslError> codes) {
        for (const QSslError& e : errors)
            for (QSslError::SslError c : codes)
                if (e.error() == c)
                    return true;
        return false;
    };
    // Only a leaf that signed itself is "self-signed"; a chain that ends in a root we do not
    // hold is an untrusted issuer, whatever the server sends along.
    if (has({ QSslError::SelfSignedCertificate }))
        return ProbeFailure::SelfSigned;
    if (has({ QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetIssuerCertificate,
            QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
            QSslError::CertificateUntrusted, QSslError::CertificateRejected, QSslError::CertificateSignatureFailed,
            QSslError::UnableToDecryptCertificateSignature, QSslError::UnableToDecodeIssuerPublicKey,
            QSslError::InvalidCaCertificate, QSslError::PathLengthExceeded, QSslError::InvalidPurpose,
            QSslError::SubjectIssuerMismatch, QSslError::AuthorityIssuerSerialNumberMismatch,
            QSslError::CertificateRevoked, QSslError::CertificateBlacklisted }))
        return ProbeFailure::Untrusted;
    if (has({ QSslError::CertificateExpired }))
        return ProbeFailure::Expired;
    if (has({ QSslError::CertificateNotYetValid }))
        return ProbeFailure::NotYetValid;
    if (has({ QSslError::NoPeerCertificate }))
        return ProbeFailure::HandshakeFailed;
    for (const QSslError& e : errors)
        if (e.error() != QSslError::HostNameMismatch && e.error() != QSslError::NoError)
            return ProbeFailure::Untrusted;
    return ProbeFailure::None;
}

QSsl::SslProtocol protocolFor(const EffectiveTls& tls)
{
    if (tls.minVersion == u"1.3"_s)
        return QSsl::TlsV1_3OrLater;
    if (tls.maxVersion == u"1.2"_s)
        return QSsl::TlsV1_2;
    if (tls.minVersion == u"1.0"_s || tls.minVersion == u"1.1"_s || tls.minVersion == u"Auto"_s)
        return QSsl::AnyProtocol;
    return QSsl::TlsV1_2OrLater; // Envoy's default minimum for upstream connections
}

} // namespace

EndpointProbe::EndpointProbe(ProbeTarget target, int timeoutMs, const QList<ConnectToRule>& connectTo, QObject* parent)
    : QObject(parent)
    , m_timeoutMs(std::max(1, timeoutMs))
    , m_connectTo(connectTo)
{
    m_result.target = std::move(target);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &EndpointProbe::onDeadline);
}

EndpointProbe::~EndpointProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

int EndpointProbe::remainingMs() const
{
    return int(std::max<qint64>(1, m_timeoutMs - m_clock.elapsed()));
}

void EndpointProbe::start()
{
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    const ProbeTarget& t = m_result.target;
    if (t.transport == ProbeTarget::Transport::Unix) {
        m_result.dns.skipped = Strings::tr("Unix socket");
        connectUnix();
        return;
    }
    QString dialHost = t.host;
    m_port = t.port;
    if (const ConnectToRule* rule = ConnectToRule::find(m_connectTo, t.host, t.port)) {
        dialHost = rule->address;
        if (rule->addressPort > 0)
            m_port = rule->addressPort;
        m_result.connectedVia = t.endpointText() + u" → "_s + dialHost + u':' + QString::number(m_port);
        m_result.dns.skipped = u"--connect-to"_s;
    }
    if (m_port < 1 || m_port > 65535) {
        m_result.tcp = u"refused"_s;
        fail(ProbeFailure::Refused, Strings::tr("port %1 cannot be connected to").arg(m_port),
            Strings::tr("set a port from 1 to 65535 on the endpoint"));
        return;
    }
    if (const QHostAddress literal(dialHost); !literal.isNull()) {
        m_address = literal;
        if (m_result.dns.skipped.isEmpty())
            m_result.dns.skipped = Strings::tr("IP address");
        connectTcp();
        return;
    }
    // A --connect-to target given by name is resolved too, but only the configured name's
    // answers are judged for rebinding risk.
    m_stage = Stage::Dns;
    m_stageClock.start();
    m_result.dns.attempted = true;
    m_lookupId = QHostInfo::lookupHost(dialHost, this, [this, dialHost](const QHostInfo& info) {
        m_lookupId = -1;
        if (m_finished)
            return;
        m_result.dns.ms = m_stageClock.elapsed();
        for (const QHostAddress& a : info.addresses())
            m_result.dns.addresses.append(a.toString());
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            m_result.dns.error = info.errorString();
            m_result.tcp = u"dns"_s;
            fail(ProbeFailure::Dns, Strings::tr("the name %1 does not resolve: %2").arg(dialHost, info.errorString()),
                Strings::tr("check the spelling and that the name exists in the DNS the gateway uses (it resolves "
                            "the name from the cluster, not from this machine)"));
            return;
        }
        if (m_result.target.externalName && m_result.connectedVia.isEmpty()) {
            for (const QHostAddress& a : info.addresses()) {
                const AddressRange::Kind kind = AddressRange::classify(a);
                if (kind == AddressRange::Kind::Public)
                    continue;
                m_result.dns.risks.append({ a.toString(), AddressRange::name(kind), AddressRange::risk(kind) });
                m_result.warnings.append(
                    Strings::tr("%1 resolves to %2, %3: whoever controls this DNS name can point the gateway "
                                "inside the network (DNS rebinding, CVE-2021-25740)")
                        .arg(dialHost, a.toString(), AddressRange::risk(kind)));
            }
        }
        m_address = info.addresses().first();
        connectTcp();
    });
}

void EndpointProbe::connectTcp()
{
    m_stage = Stage::Tcp;
    m_stageClock.start();
    m_result.address = hostPort(m_address, m_port);
    m_socket = new QSslSocket(this);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        m_result.tcpMs = m_stageClock.elapsed();
        m_result.tcp = u"ok"_s;
        if (m_result.target.tls.enabled)
            startTls();
        else
            finish();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &EndpointProbe::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, &EndpointProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &EndpointProbe::onSslErrors);
    m_socket->connectToHost(m_address, quint16(m_port));
}

void EndpointProbe::connectUnix()
{
    m_stage = Stage::Tcp;
    m_stageClock.start();
    m_result.address = m_result.target.unixPath;
    m_localSocket = new QLocalSocket(this);
    connect(m_localSocket, &QLocalSocket::connected, this, [this] {
        m_result.tcpMs = m_stageClock.elapsed();
        m_result.tcp = u"ok"_s;
        if (m_result.target.tls.enabled)
            m_result.warnings.append(
                Strings::tr("TLS over a Unix socket is not probed; only the connection was tried"));
        finish();
    });
    connect(m_localSocket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (m_finished)
            return;
        if (error == QLocalSocket::SocketTimeoutError) {
            m_result.tcp = u"timeout"_s;
            fail(ProbeFailure::Timeout, Strings::tr("the Unix socket %1 did not accept in time").arg(m_result.address),
                Strings::tr("check that the process behind the socket is running and not overloaded"));
            return;
        }
        m_result.tcp = u"refused"_s;
        fail(ProbeFailure::Refused,
            Strings::tr("cannot connect to the Unix socket %1: %2").arg(m_result.address, m_localSocket->errorString()),
            Strings::tr("check the path, that the process listening on it runs, and that the gateway may open it"));
    });
    m_localSocket->connectToServer(m_result.target.unixPath);
}

void EndpointProbe::startTls()
{
    m_stage = Stage::Tls;
    m_stageClock.start();
    const EffectiveTls& tls = m_result.target.tls;
    m_result.tls.attempted = true;
    m_result.tls.sni = tls.sni;
    m_result.tls.verifyNames = tls.verifyNames;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Only the anchors the configuration names: setting them also stops Qt from falling back
    // to the system store on demand.
    config.setCaCertificates(tls.caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(protocolFor(tls));
    QList<QByteArray> alpn;
    for (const QString& p : tls.alpn)
        alpn.append(p.toLatin1());
    config.setAllowedNextProtocols(alpn);
    // A probe never resumes a session: tickets would only cost both ends work.
    config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    m_socket->setSslConfiguration(config);
    // The name sent as SNI; Qt sends none when it is empty and we dialled an address.
    m_socket->setPeerVerifyName(tls.sni);
    m_socket->startClientEncryption();
}

void EndpointProbe::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors.append(errors);
    // Go on with the handshake so the report also has the protocol, cipher and ALPN; the
    // errors decide the outcome in onEncrypted().
    m_socket->ignoreSslErrors();
}

void EndpointProbe::onEncrypted()
{
    if (m_finished)
        return;
    TlsOutcome& out = m_result.tls;
    const EffectiveTls& tls = m_result.target.tls;
    out.ms = m_stageClock.elapsed();
    out.protocol = protocolName(m_socket->sessionProtocol());
    out.cipher = m_socket->sessionCipher().name();
    out.alpn = QString::fromLatin1(m_socket->sslConfiguration().nextNegotiatedProtocol());
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate& c : chain)
        out.chain.append(CertificateSummary::of(c, now));
    for (const QSslError& e : std::as_const(m_sslErrors))
        if (e.error() != QSslError::HostNameMismatch)
            out.sslErrors.append(e.errorString());

    const QSslCertificate leaf = chain.isEmpty() ? QSslCertificate() : chain.first();
    ProbeFailure failure = classify(m_sslErrors);
    QString explanation;
    QString fix;
    const QString subject = leaf.isNull() ? QString() : commonName(leaf, false);
    const QString issuer = leaf.isNull() ? QString() : commonName(leaf, true);
    switch (failure) {
    case ProbeFailure::SelfSigned:
        explanation = Strings::tr("the server presents a self-signed certificate (%1) that %2 does not contain")
                          .arg(subject, tls.trustSource);
        fix = Strings::tr("give the server a certificate issued by a CA that %1 holds, or add this certificate to it "
                          "if you run the server")
                  .arg(tls.trustSource);
        break;
    case ProbeFailure::Untrusted:
        explanation = Strings::tr("%1 did not sign this certificate; its issuer is %2").arg(tls.trustSource, issuer);
        fix = Strings::tr("put the CA that issued the server's certificate (%1) into %2, or reference the CA that does")
                  .arg(issuer, tls.trustSource);
        break;
    case ProbeFailure::Expired: {
        const qint64 days = leaf.isNull() ? 0 : -now.daysTo(leaf.expiryDate());
        explanation = Strings::tr("the certificate %1 expired on %2 (%n day(s) ago)", nullptr, int(days))
                          .arg(subject, leaf.expiryDate().toUTC().toString(Qt::ISODate));
        fix = Strings::tr("renew the server's certificate");
        break;
    }
    case ProbeFailure::NotYetValid:
        explanation = Strings::tr("the certificate %1 is valid only from %2")
                          .arg(subject, leaf.effectiveDate().toUTC().toString(Qt::ISODate));
        fix = Strings::tr("check the server's certificate dates and the clocks of the server and the gateway");
        break;
    default:
        break;
    }
    if (!tls.problems.isEmpty() && failure != ProbeFailure::None)
        explanation += u" ("_s + tls.problems.join(u"; "_s) + u')';
    if (failure == ProbeFailure::None && !tls.verifyNames.isEmpty() && !leaf.isNull()) {
        bool matched = false;
        for (const QString& n : tls.verifyNames)
            matched = matched || certificateCarries(leaf, n);
        if (!matched) {
            failure = ProbeFailure::HostnameMismatch;
            const QString names = sanList(leaf);
            explanation = names.isEmpty()
                ? Strings::tr("the certificate names no host in subjectAltNames (Envoy ignores the subject CN %1), so "
                              "it does not match %2")
                      .arg(subject, tls.verifyNames.join(u", "_s))
                : Strings::tr("the certificate is for %1, not for %2").arg(names, tls.verifyNames.join(u", "_s));
            fix = Strings::tr("set the SNI / validation hostname to a name the certificate carries, or reissue the "
                              "certificate for %1")
                      .arg(tls.verifyNames.first());
            out.sslErrors.append(Strings::tr("the certificate does not match %1").arg(tls.verifyNames.join(u", "_s)));
        }
    }
    if (failure != ProbeFailure::None && tls.insecureSkipVerify) {
        out.verificationSkipped = true;
        m_result.warnings.append(Strings::tr("insecureSkipVerify is set, so the gateway accepts this server although "
                                             "verification would fail (%1: %2)")
                                     .arg(ProbeFailureNames::name(failure), explanation));
        failure = ProbeFailure::None;
    } else if (tls.insecureSkipVerify) {
        out.verificationSkipped = true;
        m_result.warnings.append(Strings::tr("insecureSkipVerify is set: the certificate would verify, so the setting "
                                             "can be removed"));
    }
    if (failure != ProbeFailure::None) {
        out.error = failure;
        fail(failure, explanation, fix);
        return;
    }
    checkNegotiated();
}

void EndpointProbe::checkNegotiated()
{
    TlsOutcome& out = m_result.tls;
    const EffectiveTls& tls = m_result.target.tls;
    // A server without ALPN speaks HTTP/1.1, which is fine when that is on the list.
    const bool acceptable = tls.alpn.contains(out.alpn) || (out.alpn.isEmpty() && tls.alpn.contains(u"http/1.1"_s));
    if (tls.alpnRequired && !tls.alpn.isEmpty() && !acceptable) {
        out.error = ProbeFailure::AlpnMismatch;
        fail(ProbeFailure::AlpnMismatch,
            out.alpn.isEmpty()
                ? Strings::tr("the configuration needs ALPN %1, but the server negotiated no application protocol")
                      .arg(tls.alpn.join(u", "_s))
                : Strings::tr("the configuration needs ALPN %1, but the server chose %2")
                      .arg(tls.alpn.join(u", "_s), out.alpn),
            Strings::tr("enable %1 on the server, or drop it from the backend's protocols").arg(tls.alpn.first()));
        return;
    }
    out.ok = true;
    finish();
}

void EndpointProbe::describeTlsFailure(const QString& socketError)
{
    const QString lower = socketError.toLower();
    const EffectiveTls& tls = m_result.target.tls;
    ProbeFailure failure = ProbeFailure::HandshakeFailed;
    QString explanation;
    QString fix;
    if (lower.contains(u"protocol version"_s) || lower.contains(u"unsupported protocol"_s)
        || lower.contains(u"no protocols available"_s) || lower.contains(u"version too low"_s)) {
        failure = ProbeFailure::ProtocolVersion;
        const QString min = tls.minVersion.isEmpty() ? u"1.2"_s : tls.minVersion;
        explanation
            = Strings::tr("the server does not speak TLS %1 or newer, the minimum the configuration allows (%2)")
                  .arg(min, socketError);
        fix = Strings::tr("enable TLS %1 on the server, or lower tls.minVersion").arg(min);
    } else if (lower.contains(u"no application protocol"_s)) {
        failure = ProbeFailure::AlpnMismatch;
        explanation = Strings::tr("the server refused every offered ALPN protocol (%1)").arg(tls.alpn.join(u", "_s));
        fix = Strings::tr("enable %1 on the server, or drop it from the backend's protocols")
                  .arg(tls.alpn.value(0, u"h2"_s));
    } else if (lower.contains(u"certificate required"_s) || lower.contains(u"handshake failure"_s)) {
        explanation = Strings::tr("the server aborted the handshake (%1)").arg(socketError);
        fix = Strings::tr("the server may want a client certificate (tls.clientCertificateRef) or ciphers the "
                          "configuration does not offer");
    } else {
        explanation = Strings::tr("the TLS handshake failed: %1").arg(socketError);
        fix = Strings::tr("check that this port speaks TLS, not plain HTTP, and that the server accepts the SNI %1")
                  .arg(tls.sni.isEmpty() ? Strings::tr("(none)") : tls.sni);
    }
    m_result.tls.error = failure;
    m_result.tls.ms = m_stageClock.elapsed();
    fail(failure, explanation, fix);
}

void EndpointProbe::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_stage == Stage::Tls) {
        if (!m_socket->isEncrypted())
            describeTlsFailure(text);
        return;
    }
    m_result.tcpMs = m_stageClock.elapsed();
    if (error == QAbstractSocket::SocketTimeoutError) {
        onDeadline();
        return;
    }
    m_result.tcp = u"refused"_s;
    if (error == QAbstractSocket::ConnectionRefusedError)
        fail(ProbeFailure::Refused,
            Strings::tr("nothing listens on %1: the connection was refused").arg(m_result.address),
            Strings::tr("check the port, and that the service is running on that address"));
    else
        fail(ProbeFailure::Refused, Strings::tr("cannot connect to %1: %2").arg(m_result.address, text),
            Strings::tr("check that the address is reachable from the gateway's network"));
}

void EndpointProbe::onDeadline()
{
    if (m_finished)
        return;
    const QString limit = Strings::tr("%1 ms").arg(m_timeoutMs);
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Dns:
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        m_result.dns.ms = m_stageClock.elapsed();
        m_result.dns.error = Strings::tr("no answer within %1").arg(limit);
        m_result.tcp = u"dns"_s;
        fail(ProbeFailure::Dns,
            Strings::tr("the DNS lookup of %1 did not answer within %2").arg(m_result.target.host, limit),
            Strings::tr("check the resolver, or raise the probe timeout"));
        break;
    case Stage::Tcp:
        m_result.tcpMs = m_stageClock.elapsed();
        m_result.tcp = u"timeout"_s;
        fail(ProbeFailure::Timeout,
            Strings::tr("%1 did not answer the connection within %2").arg(m_result.address, limit),
            Strings::tr("a firewall drops the packets, or the host is down; check security groups and network "
                        "policies between the gateway and the endpoint"));
        break;
    case Stage::Tls:
        m_result.tls.ms = m_stageClock.elapsed();
        m_result.tls.error = ProbeFailure::Timeout;
        fail(ProbeFailure::Timeout,
            Strings::tr("connected to %1, but the TLS handshake did not finish within %2").arg(m_result.address, limit),
            Strings::tr("check that this port speaks TLS; a plain-text server waits for a request and never answers "
                        "the handshake"));
        break;
    case Stage::Done:
        break;
    }
}

void EndpointProbe::fail(ProbeFailure failure, const QString& explanation, const QString& fix)
{
    if (m_finished)
        return;
    m_result.failure = failure;
    m_result.explanation = explanation;
    m_result.fix = fix;
    finish();
}

void EndpointProbe::cancel()
{
    if (m_finished)
        return;
    m_result.cancelled = true;
    if (m_result.explanation.isEmpty())
        m_result.explanation = Strings::tr("cancelled");
    finish();
}

void EndpointProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stage = Stage::Done;
    m_deadline.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_result.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Close without waiting for the peer; the sockets are deleted with the probe, never from
    // inside their own signals.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_localSocket) {
        m_localSocket->disconnect(this);
        m_localSocket->abort();
    }
    Q_EMIT finished();
}

} // namespace bw
