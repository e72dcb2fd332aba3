// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeplanner.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QVariantMap>

#include <algorithm>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ProbePlanner)
};

const QString envoyGroup = u"gateway.envoyproxy.io"_s;
const QString xbackendGroup = u"gateway.networking.x-k8s.io"_s;
const QString apoxyGroup = u"core.apoxy.dev"_s;
const QString gatewayGroup = u"gateway.networking.k8s.io"_s;

// Walks dotted keys through nested mappings; an invalid QVariant where a step is missing.
QVariant at(const QVariant& from, QStringView dotted)
{
    QVariant v = from;
    for (QStringView key : dotted.split(u'.')) {
        if (v.typeId() != QMetaType::QVariantMap)
            return {};
        v = v.toMap().value(key.toString());
    }
    return v;
}

QString text(const QVariant& from, QStringView dotted)
{
    const QVariant v = at(from, dotted);
    return v.canConvert<QString>() && v.typeId() != QMetaType::QVariantMap && v.typeId() != QMetaType::QVariantList
        ? v.toString()
        : QString();
}

bool isTrue(const QVariant& from, QStringView dotted)
{
    const QVariant v = at(from, dotted);
    return v.typeId() == QMetaType::Bool ? v.toBool() : v.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

int number(const QVariant& from, QStringView dotted)
{
    bool ok = false;
    const int n = at(from, dotted).toString().toInt(&ok);
    return ok ? n : 0;
}

QVariantList list(const QVariant& from, QStringView dotted)
{
    return at(from, dotted).toList();
}

QStringList strings(const QVariant& from, QStringView dotted)
{
    QStringList out;
    for (const QVariant& v : list(from, dotted)) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

QString withoutTrailingDot(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

bool isIpLiteral(const QString& host)
{
    return !QHostAddress(host).isNull();
}

// A name the gateway resolves outside the cluster, where a DNS answer pointing inside is a
// rebinding risk; in-cluster names answer with private addresses by design.
bool isExternalName(const QString& host)
{
    const QString h = withoutTrailingDot(host).toLower();
    return h.contains(u'.') && !h.endsWith(u".cluster.local"_s) && !h.endsWith(u".svc"_s) && !isIpLiteral(h);
}

// One set of TLS settings as written in one place: a Backend's spec.tls, an XBackend's
// spec.tls.validation, or a BackendTLSPolicy's spec.validation.
struct TlsSettings
{
    QString hostname; // validation.hostname (SNI and name to verify)
    QStringList subjectAltNames;
    QStringList uriSans; // cannot be checked against a handshake we make, so only reported
    QVariantList caRefs;
    QString wellKnown;
    QString caNamespace; // where caRefs live
    QString where; // "BackendTLSPolicy shop/x"
};

TlsSettings validationSettings(const QVariant& validation, const QString& ns, const QString& where)
{
    TlsSettings s;
    s.hostname = text(validation, u"hostname");
    for (const QVariant& san : list(validation, u"subjectAltNames")) {
        const QString type = text(san, u"type");
        if (type == u"URI"_s)
            s.uriSans.append(text(san, u"uri"));
        else if (!text(san, u"hostname").isEmpty())
            s.subjectAltNames.append(text(san, u"hostname"));
    }
    s.caRefs = list(validation, u"caCertificateRefs");
    s.wellKnown = text(validation, u"wellKnownCACertificates");
    s.caNamespace = ns;
    s.where = where;
    return s;
}

struct Policy
{
    const Resource* resource = nullptr;
    QVariant spec;
};

class Planner
{
public:
    Planner(const Workspace& ws, const ProbePlanner::Options& options)
        : m_ws(ws)
        , m_options(options)
    {
        for (const Resource* r : ws.allResources()) {
            if (r->key.kind == u"BackendTLSPolicy"_s && r->key.group == gatewayGroup) {
                if (const YamlTree* t = ws.treeOf(*r); t && !t->isEmpty())
                    m_policies.push_back({ r, at(t->toVariant(t->root), u"spec") });
            }
        }
        // The policy that wins a conflict is the older one, then the first by name; without
        // timestamps in files, by name.
        std::sort(m_policies.begin(), m_policies.end(), [](const Policy& a, const Policy& b) {
            return std::pair(a.resource->key.namespace_, a.resource->key.name)
                < std::pair(b.resource->key.namespace_, b.resource->key.name);
        });
    }

    std::vector<ProbeTarget> run()
    {
        for (const Resource* r : m_ws.allResources()) {
            if (!m_options.only.isEmpty() && !m_options.only.contains(r->key))
                continue;
            const YamlTree* t = m_ws.treeOf(*r);
            if (!t || t->isEmpty() || m_ws.findResource(r->key) != r)
                continue; // a duplicate: the first definition is the one that counts
            const ResourceKey& k = r->key;
            if (k.group == envoyGroup && k.kind == u"Backend"_s)
                planEnvoyBackend(*r, t->toVariant(t->root));
            else if (k.group == xbackendGroup && k.kind == u"XBackend"_s)
                planXBackend(*r, t->toVariant(t->root));
            else if (k.group == apoxyGroup && k.kind == u"Backend"_s)
                planApoxyBackend(*r, t->toVariant(t->root));
            else if (k.group.isEmpty() && k.kind == u"Service"_s)
                planService(*r, t->toVariant(t->root));
        }
        return std::move(m_targets);
    }

private:
    ProbeTarget base(const Resource& r, int index, const QString& fieldPath) const
    {
        ProbeTarget t;
        t.backend = r.key;
        t.endpointIndex = index;
        t.documentId = r.documentId;
        if (const Document* d = m_ws.document(r.documentId))
            t.file = d->path();
        t.fieldPath = fieldPath;
        t.range = m_ws.fieldRange(r.key, fieldPath).value_or(r.nameRange);
        return t;
    }

    // The policy for one port of a target: one naming the section wins over one without.
    const Policy* policyFor(const ResourceKey& target, const QString& section) const
    {
        const Policy* general = nullptr;
        for (const Policy& p : m_policies) {
            if (p.resource->key.namespace_ != target.namespace_)
                continue;
            for (const QVariant& ref : list(p.spec, u"targetRefs")) {
                if (text(ref, u"group") != target.group || text(ref, u"kind") != target.kind
                    || text(ref, u"name") != target.name)
                    continue;
                const QString s = text(ref, u"sectionName");
                if (s.isEmpty() && !general)
                    general = &p;
                else if (!s.isEmpty() && s == section)
                    return &p;
            }
        }
        return general;
    }

    static QString policyName(const Policy& p)
    {
        return u"BackendTLSPolicy %1/%2"_s.arg(p.resource->key.namespace_, p.resource->key.name);
    }

    // Trust anchors from a settings block into `tls`; false when it names none.
    bool applyTrust(const TlsSettings& s, EffectiveTls& tls) const
    {
        if (!s.caRefs.isEmpty()) {
            tls.caCertificates.clear();
            QStringList names;
            for (const QVariant& ref : s.caRefs)
                loadCa(ref, s.caNamespace, tls, names);
            tls.trustSource = names.join(u", "_s);
            tls.systemStore = false;
            return true;
        }
        if (!s.wellKnown.isEmpty()) {
            tls.caCertificates.clear();
            if (s.wellKnown == u"System"_s) {
                tls.systemStore = true;
                tls.caCertificates = m_options.systemCertificates;
                tls.trustSource
                    = m_options.systemStoreName.isEmpty() ? Strings::tr("the system store") : m_options.systemStoreName;
                if (tls.caCertificates.isEmpty())
                    tls.problems.append(Strings::tr("the system store holds no certificates"));
            } else {
                tls.trustSource = s.wellKnown;
                tls.problems.append(Strings::tr("%1 names the CA set %2, which only its implementation knows")
                                        .arg(s.where, s.wellKnown));
            }
            return true;
        }
        return false;
    }

    void loadCa(const QVariant& ref, const QString& ns, EffectiveTls& tls, QStringList& names) const
    {
        const QString kind = text(ref, u"kind");
        const QString name = text(ref, u"name");
        const QString group = text(ref, u"group");
        names.append(u"%1 %2/%3"_s.arg(kind, ns, name));
        if (!group.isEmpty() || (kind != u"ConfigMap"_s && kind != u"Secret"_s)) {
            tls.problems.append(Strings::tr("%1 %2/%3 is not a ConfigMap or Secret").arg(kind, ns, name));
            return;
        }
        const ResourceKey key { QString(), kind, ns, name };
        const Resource* r = m_ws.findResource(key);
        const YamlTree* t = r ? m_ws.treeOf(*r) : nullptr;
        if (!t || t->isEmpty()) {
            tls.problems.append(Strings::tr("%1 %2/%3 is not in the workspace").arg(kind, ns, name));
            return;
        }
        const QVariant object = t->toVariant(t->root);
        const QVariantMap data = at(object, u"data").toMap();
        QByteArray pem;
        if (kind == u"ConfigMap"_s) {
            pem = data.value(u"ca.crt"_s).toString().toUtf8();
        } else if (data.contains(u"ca.crt"_s)) {
            pem = QByteArray::fromBase64(data.value(u"ca.crt"_s).toString().toLatin1());
        } else {
            pem = at(object, u"stringData").toMap().value(u"ca.crt"_s).toString().toUtf8();
        }
        if (pem.trimmed().isEmpty()) {
            tls.problems.append(Strings::tr("%1 %2/%3 has no key ca.crt").arg(kind, ns, name));
            return;
        }
        QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromData(pem, QSsl::Der);
        if (certs.isEmpty())
            tls.problems.append(Strings::tr("ca.crt in %1 %2/%3 holds no certificate").arg(kind, ns, name));
        tls.caCertificates.append(certs);
    }

    // The policy's validation over what the backend says itself: the policy wins where it speaks.
    void mergePolicy(const Policy* policy, EffectiveTls& tls, const QString& ownSource) const
    {
        if (!policy) {
            tls.source = ownSource;
            return;
        }
        const TlsSettings s = validationSettings(
            at(policy->spec, u"validation"), policy->resource->key.namespace_, policyName(*policy));
        tls.enabled = true;
        if (applyTrust(s, tls))
            tls.insecureSkipVerify = false; // the policy always verifies
        if (!s.hostname.isEmpty()) {
            tls.sni = s.hostname;
            tls.verifyNames = { s.hostname };
        }
        if (!s.subjectAltNames.isEmpty())
            tls.verifyNames = s.subjectAltNames;
        if (!s.uriSans.isEmpty())
            tls.problems.append(
                Strings::tr("URI subjectAltNames (%1) are not checked by the probe").arg(s.uriSans.join(u", "_s)));
        tls.source = ownSource.isEmpty() ? policyName(*policy)
                                         : Strings::tr("%1 merged with %2").arg(ownSource, policyName(*policy));
    }

    // ALPN from what the backend speaks, when the TLS settings name none: WebSocket forces
    // HTTP/1.1 upstream, and gRPC (a backend of a GRPCRoute) cannot work without h2.
    void protocolAlpn(const ResourceKey& backend, const QStringList& appProtocols, EffectiveTls& tls) const
    {
        if (!tls.enabled || !tls.alpn.isEmpty())
            return;
        for (const QString& p : appProtocols) {
            if (p.endsWith(u"/ws"_s) || p.endsWith(u"/wss"_s)) {
                tls.alpn = { u"http/1.1"_s };
                tls.alpnRequired = true;
                return;
            }
        }
        for (const Reference* ref : m_ws.references().to(backend)) {
            if (ref->role == Reference::Role::BackendRef && ref->from.kind == u"GRPCRoute"_s) {
                tls.alpn = { u"h2"_s };
                tls.alpnRequired = true;
                return;
            }
        }
    }

    void finishVerifyNames(EffectiveTls& tls, const QString& host) const
    {
        if (!tls.verifyNames.isEmpty())
            return;
        if (!tls.sni.isEmpty())
            tls.verifyNames = { tls.sni };
        else if (isIpLiteral(host))
            tls.verifyNames = { host }; // no name to send: the certificate must carry the address
    }

    void planEnvoyBackend(const Resource& r, const QVariant& object)
    {
        const QVariant spec = at(object, u"spec");
        const QVariant ownTls = at(spec, u"tls");
        const bool hasOwnTls = ownTls.typeId() == QMetaType::QVariantMap;
        const QVariantList endpoints = list(spec, u"endpoints");
        for (int i = 0; i < endpoints.size(); ++i) {
            const QVariant& ep = endpoints[i];
            ProbeTarget t = base(r, i, u"spec.endpoints[%1]"_s.arg(i));
            const QString extraName = text(ep, u"hostname");
            QString nameForSni;
            if (at(ep, u"fqdn").isValid()) {
                t.host = text(ep, u"fqdn.hostname");
                t.port = number(ep, u"fqdn.port");
                t.hostIsName = !isIpLiteral(t.host);
                t.externalName = isExternalName(t.host);
                nameForSni = withoutTrailingDot(t.host);
            } else if (at(ep, u"ip").isValid()) {
                t.host = text(ep, u"ip.address");
                t.port = number(ep, u"ip.port");
                nameForSni = extraName;
            } else if (at(ep, u"unix").isValid()) {
                t.transport = ProbeTarget::Transport::Unix;
                t.unixPath = text(ep, u"unix.path");
                nameForSni = extraName;
            } else {
                continue;
            }
            if ((t.transport == ProbeTarget::Transport::Tcp && t.host.isEmpty())
                || (t.transport == ProbeTarget::Transport::Unix && t.unixPath.isEmpty()))
                continue; // validation reports the missing field
            EffectiveTls& tls = t.tls;
            if (hasOwnTls) {
                tls.enabled = true;
                applyTrust({ {}, {}, {}, list(ownTls, u"caCertificateRefs"), text(ownTls, u"wellKnownCACertificates"),
                               r.key.namespace_, u"Backend"_s },
                    tls);
                tls.insecureSkipVerify = isTrue(ownTls, u"insecureSkipVerify");
                const QString sni = text(ownTls, u"sni");
                if (!sni.isEmpty())
                    tls.sni = sni;
                else if (isTrue(ownTls, u"autoSNIFromEndpointHostname") && !extraName.isEmpty())
                    tls.sni = extraName;
                else
                    tls.sni = nameForSni;
                tls.alpn = strings(ownTls, u"alpnProtocols");
                tls.alpnRequired = !tls.alpn.isEmpty();
                tls.minVersion = text(ownTls, u"minVersion");
                tls.maxVersion = text(ownTls, u"maxVersion");
            } else {
                tls.sni = nameForSni;
            }
            // Per-port policies name the port number as their section.
            const QString section = t.port > 0 ? QString::number(t.port) : QString();
            mergePolicy(policyFor(r.key, section), tls, hasOwnTls ? u"Backend.spec.tls"_s : QString());
            if (!tls.enabled) {
                tls = EffectiveTls();
            } else {
                protocolAlpn(r.key, strings(spec, u"appProtocols"), tls);
                finishVerifyNames(tls, t.host);
                if (t.transport == ProbeTarget::Transport::Unix && tls.sni.isEmpty())
                    tls.verifyNames.clear();
            }
            m_targets.push_back(std::move(t));
        }
    }

    void planXBackend(const Resource& r, const QVariant& object)
    {
        const QVariant spec = at(object, u"spec");
        ProbeTarget t = base(r, 0, u"spec.externalHostname"_s);
        t.host = text(spec, u"externalHostname.hostname");
        t.port = number(spec, u"port.port");
        if (t.host.isEmpty() || t.port <= 0)
            return;
        t.hostIsName = !isIpLiteral(t.host);
        t.externalName = isExternalName(t.host);
        EffectiveTls& tls = t.tls;
        const QString mode = text(spec, u"tls.mode");
        QString own;
        if (mode == u"ServerOnly"_s || mode == u"ClientAndServer"_s) {
            tls.enabled = true;
            const TlsSettings s = validationSettings(at(spec, u"tls.validation"), r.key.namespace_, u"XBackend"_s);
            applyTrust(s, tls);
            tls.sni = s.hostname.isEmpty() ? t.host : s.hostname;
            tls.verifyNames = s.subjectAltNames;
            own = u"XBackend.spec.tls"_s;
            if (!at(spec, u"tls.validation").isValid())
                tls.problems.append(Strings::tr("spec.tls.validation names no CA, so nothing can be trusted"));
        } else {
            tls.sni = t.host;
        }
        const QString protocol = text(spec, u"protocol");
        mergePolicy(policyFor(r.key, text(spec, u"port.name")), tls, own);
        if (!tls.enabled) {
            tls = EffectiveTls();
        } else {
            if (protocol == u"HTTP2"_s) {
                tls.alpn = { u"h2"_s };
                tls.alpnRequired = true;
            } else if (protocol == u"HTTP11"_s || protocol == u"HTTP"_s) {
                tls.alpn = { u"http/1.1"_s };
            }
            finishVerifyNames(tls, t.host);
        }
        m_targets.push_back(std::move(t));
    }

    void planApoxyBackend(const Resource& r, const QVariant& object)
    {
        const QVariant spec = at(object, u"spec");
        const QString protocol = text(spec, u"protocol").toLower();
        const bool useTls = protocol == u"tls"_s || protocol == u"h2"_s;
        // Apoxy Backends carry no port: each route's backendRef names one.
        QList<int> ports;
        for (const Reference* ref : m_ws.references().to(r.key)) {
            if ((ref->role == Reference::Role::BackendRef || ref->role == Reference::Role::MirrorBackendRef)
                && ref->port && *ref->port > 0 && !ports.contains(*ref->port))
                ports.append(*ref->port);
        }
        std::sort(ports.begin(), ports.end());
        const bool portAssumed = ports.isEmpty();
        if (portAssumed)
            ports = { useTls ? 443 : 80 };
        const QVariantList endpoints = list(spec, u"endpoints");
        for (int i = 0; i < endpoints.size(); ++i) {
            const QString fqdn = text(endpoints[i], u"fqdn");
            const QString ip = text(endpoints[i], u"ip");
            const QString host = fqdn.isEmpty() ? ip : fqdn;
            if (host.isEmpty())
                continue;
            for (int port : std::as_const(ports)) {
                ProbeTarget t = base(r, i, u"spec.endpoints[%1]"_s.arg(i));
                t.host = host;
                t.port = port;
                t.hostIsName = !isIpLiteral(host);
                t.externalName = isExternalName(host);
                if (useTls) {
                    EffectiveTls& tls = t.tls;
                    tls.enabled = true;
                    applyTrust({ {}, {}, {}, {}, u"System"_s, {}, u"Backend"_s }, tls);
                    tls.sni = fqdn;
                    if (protocol == u"h2"_s) {
                        tls.alpn = { u"h2"_s };
                        tls.alpnRequired = true;
                    }
                    tls.source = Strings::tr("Backend.spec.protocol %1").arg(protocol);
                    finishVerifyNames(tls, host);
                }
                if (portAssumed)
                    t.tls.problems.append(
                        Strings::tr("no route names a port for this Backend; probing port %1").arg(port));
                m_targets.push_back(std::move(t));
            }
        }
    }

    void planService(const Resource& r, const QVariant& object)
    {
        const QVariant spec = at(object, u"spec");
        struct Address
        {
            QString host;
            QString field;
        };
        QList<Address> addresses;
        if (text(spec, u"type") == u"ExternalName"_s && !text(spec, u"externalName").isEmpty())
            addresses.append({ text(spec, u"externalName"), u"spec.externalName"_s });
        const QVariantList externalIps = list(spec, u"externalIPs");
        for (int i = 0; i < externalIps.size(); ++i)
            addresses.append({ externalIps[i].toString(), u"spec.externalIPs[%1]"_s.arg(i) });
        const QVariantList ingress = list(object, u"status.loadBalancer.ingress");
        for (int i = 0; i < ingress.size(); ++i) {
            const QString ip = text(ingress[i], u"ip");
            addresses.append(
                { ip.isEmpty() ? text(ingress[i], u"hostname") : ip, u"status.loadBalancer.ingress[%1]"_s.arg(i) });
        }
        const QVariantList ports = list(spec, u"ports");
        int index = 0;
        for (const Address& a : std::as_const(addresses)) {
            if (a.host.isEmpty())
                continue;
            for (const QVariant& p : ports) {
                ProbeTarget t = base(r, index, a.field);
                t.host = a.host;
                t.port = number(p, u"port");
                if (t.port <= 0 || text(p, u"protocol").compare(u"UDP"_s, Qt::CaseInsensitive) == 0
                    || text(p, u"protocol").compare(u"SCTP"_s, Qt::CaseInsensitive) == 0)
                    continue;
                t.hostIsName = !isIpLiteral(t.host);
                t.externalName = a.field == u"spec.externalName"_s && isExternalName(t.host);
                t.tls.sni = t.hostIsName ? withoutTrailingDot(t.host) : QString();
                // Per-port policies name the Service port by its name.
                mergePolicy(policyFor(r.key, text(p, u"name")), t.tls, QString());
                if (!t.tls.enabled) {
                    t.tls = EffectiveTls();
                } else {
                    protocolAlpn(r.key, { text(p, u"appProtocol") }, t.tls);
                    finishVerifyNames(t.tls, t.host);
                }
                t.endpointIndex = index++;
                m_targets.push_back(std::move(t));
            }
        }
    }

    const Workspace& m_ws;
    const ProbePlanner::Options& m_options;
    std::vector<Policy> m_policies;
    std::vector<ProbeTarget> m_targets;
};

} // namespace

std::vector<ProbeTarget> ProbePlanner::plan(const Workspace& workspace, const Options& options)
{
    return Planner(workspace, options).run();
}

} // namespace bw
