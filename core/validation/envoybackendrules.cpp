// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "envoybackendrules.h"

#include <QCoreApplication>
#include <QSet>

#include "certificaterefcheck.h"
#include "namesyntax.h"
#include "validationcontext.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::EnvoyBackendRules)
};

using Anchor = ValidationContext::Anchor;

QString rejects()
{
    return Strings::tr("Envoy Gateway will reject this Backend: ");
}

int minRank(const QString& v)
{
    static const QStringList order { u"Auto"_s, u"1.0"_s, u"1.1"_s, u"1.2"_s, u"1.3"_s };
    return int(order.indexOf(v));
}

int maxRank(const QString& v)
{
    static const QStringList order { QString(), u"1.0"_s, u"1.1"_s, u"1.2"_s, u"1.3"_s, u"Auto"_s };
    return v.isEmpty() ? -1 : int(order.indexOf(v));
}

// The BackendTLSPolicies that target this Backend, with their trees.
struct TargetingPolicy
{
    const Resource* policy = nullptr;
    const YamlTree* tree = nullptr;
    QString sectionName;
};

std::vector<TargetingPolicy> targetingPolicies(const ValidationContext& c)
{
    std::vector<TargetingPolicy> out;
    for (const Reference* r : c.workspace.references().to(c.resource.key)) {
        if (r->role != Reference::Role::PolicyTarget || r->from.kind != "BackendTLSPolicy"_L1)
            continue;
        const Resource* policy = c.workspace.findResource(r->from);
        const YamlTree* tree = policy ? c.workspace.treeOf(*policy) : nullptr;
        if (tree)
            out.push_back({ policy, tree, r->sectionName });
    }
    return out;
}

bool policyHasCa(const YamlTree& t)
{
    const int validation = t.find(FieldPath::parse(u"spec.validation"_s).value());
    if (validation < 0)
        return false;
    const int refs = t.resolve(t.child(validation, u"caCertificateRefs"));
    const bool hasRefs = refs >= 0 && t.node(refs).isSequence() && !t.node(refs).children.empty();
    return hasRefs || !t.stringAt(FieldPath::parse(u"wellKnownCACertificates"_s).value(), {}, validation).isEmpty();
}
} // namespace

void EnvoyBackendRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    checkEndpoints(c, spec);
    checkTls(c, spec);
}

void EnvoyBackendRules::checkHostname(ValidationContext& c, int node)
{
    QString host = c.text(node);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (!NameSyntax::isDnsSubdomain(host))
        return; // the CRD pattern already refused it (BW0105)
    const bool dottedDigits
        = std::all_of(host.begin(), host.end(), [](QChar ch) { return ch.isDigit() || ch == u'.'; });
    if (NameSyntax::isIpAddress(host) || dottedDigits) {
        c.report(u"BW0214"_s, Severity::Error, node, Anchor::Value,
            rejects() + Strings::tr("hostname %1 is an IP address; use an ip endpoint").arg(host));
    } else if (!host.contains(u'.')) {
        c.report(u"BW0214"_s, Severity::Error, node, Anchor::Value,
            rejects()
                + Strings::tr("hostname %1 should be a domain with at least two segments separated by dots").arg(host));
    }
}

void EnvoyBackendRules::checkEndpoints(ValidationContext& c, int spec)
{
    const bool dynamicResolver = c.text(spec, u"type") == "DynamicResolver"_L1;
    const int endpoints = c.at(spec, u"endpoints");
    const int tls = c.at(spec, u"tls");
    const bool autoSni = tls >= 0 && c.isTrue(tls, u"autoSNIFromEndpointHostname");
    if (dynamicResolver && c.tree.resolve(c.tree.child(spec, u"endpoints")) >= 0) {
        c.report(u"BW0204"_s, Severity::Error, c.tree.resolve(c.tree.child(spec, u"endpoints")), Anchor::Field,
            Strings::tr("a DynamicResolver Backend cannot have endpoints; it resolves the request's host itself"));
    }
    if (dynamicResolver && autoSni) {
        c.report(u"BW0205"_s, Severity::Error, c.at(tls, u"autoSNIFromEndpointHostname"), Anchor::Field,
            Strings::tr("a DynamicResolver Backend cannot use autoSNIFromEndpointHostname"));
    }
    if (endpoints < 0 || !c.tree.node(endpoints).isSequence())
        return;
    bool anyFqdn = false;
    bool anyOther = false;
    for (qsizetype i = 0; i < c.count(endpoints); ++i) {
        const int ep = c.item(endpoints, i);
        if (ep < 0 || !c.tree.node(ep).isMapping())
            continue;
        const int fqdn = c.at(ep, u"fqdn");
        const int ip = c.at(ep, u"ip");
        const int unix = c.at(ep, u"unix");
        const int set = (fqdn >= 0) + (ip >= 0) + (unix >= 0);
        if (set == 0)
            c.report(u"BW0201"_s, Severity::Error, ep, Anchor::Field,
                Strings::tr("endpoint %1 must set one of fqdn, ip or unix").arg(i));
        else if (set > 1)
            c.report(u"BW0201"_s, Severity::Error, ep, Anchor::Field,
                Strings::tr("endpoint %1 sets more than one of fqdn, ip and unix; only one is allowed").arg(i));
        // As the CRD's rule reads it: either every endpoint has fqdn, or none has.
        anyFqdn = anyFqdn || fqdn >= 0;
        anyOther = anyOther || fqdn < 0;
        if (fqdn >= 0) {
            if (const int host = c.at(fqdn, u"hostname"); host >= 0)
                checkHostname(c, host);
        }
        if (const int host = c.at(ep, u"hostname"); host >= 0)
            checkHostname(c, host);
        // The CRD's minimum is 0, so the API server stores it; but nothing listens on port 0.
        for (const int address : { fqdn, ip }) {
            const int port = address >= 0 ? c.at(address, u"port") : -1;
            if (port >= 0 && c.tree.scalarKind(port) == YamlTree::ScalarKind::Int && c.integer(address, u"port") == 0)
                c.report(u"BW0219"_s, Severity::Warning, port, Anchor::Value,
                    Strings::tr("port 0 is accepted, but no connection can be made to it; set the port the "
                                "endpoint listens on"));
        }
        if (ip >= 0) {
            if (const int address = c.at(ip, u"address"); address >= 0) {
                const NameSyntax::AddressRange range = NameSyntax::classify(c.text(address));
                if (range == NameSyntax::AddressRange::Invalid)
                    c.report(u"BW0215"_s, Severity::Error, address, Anchor::Value,
                        rejects() + Strings::tr("%1 is not a valid IP address").arg(c.text(address)));
                else if (range == NameSyntax::AddressRange::Loopback || range == NameSyntax::AddressRange::LinkLocal
                    || range == NameSyntax::AddressRange::Unspecified)
                    c.report(u"BW0215"_s, Severity::Error, address, Anchor::Value,
                        rejects()
                            + Strings::tr(
                                "IP address %1 is in the %2 range, which Envoy Gateway on Kubernetes does not "
                                "allow as a backend")
                                  .arg(c.text(address), NameSyntax::describe(range)));
            }
        }
        if (unix >= 0) {
            const int path = c.at(unix, u"path");
            if (path >= 0 && c.text(path).size() > 108)
                c.report(u"BW0202"_s, Severity::Error, path, Anchor::Value,
                    Strings::tr("unix domain socket path must not exceed 108 characters (it has %1)")
                        .arg(c.text(path).size()));
        }
        if (autoSni && (ip >= 0 || unix >= 0) && !c.has(ep, u"hostname"))
            c.report(u"BW0206"_s, Severity::Error, ep, Anchor::Field,
                Strings::tr("autoSNIFromEndpointHostname is on, so IP and unix endpoints must set hostname"));
    }
    if (anyFqdn && anyOther)
        c.report(u"BW0203"_s, Severity::Error, endpoints, Anchor::Field,
            Strings::tr("fqdn endpoints cannot be mixed with ip or unix endpoints in one Backend"));
}

void EnvoyBackendRules::checkTls(ValidationContext& c, int spec)
{
    const int tls = c.at(spec, u"tls");
    if (tls < 0 || !c.tree.node(tls).isMapping())
        return;
    const int caRefs = c.at(tls, u"caCertificateRefs");
    const bool hasCaRefs = c.count(caRefs) > 0;
    const bool hasWellKnown = !c.text(tls, u"wellKnownCACertificates").isEmpty();
    const bool insecure = c.isTrue(tls, u"insecureSkipVerify");
    const bool autoSni = c.isTrue(tls, u"autoSNIFromEndpointHostname");
    if (hasCaRefs && hasWellKnown)
        c.report(u"BW0207"_s, Severity::Error, tls, Anchor::Field,
            Strings::tr("tls must not set both caCertificateRefs and wellKnownCACertificates"));
    if (insecure && (hasCaRefs || hasWellKnown))
        c.report(u"BW0208"_s, Severity::Error, tls, Anchor::Field,
            Strings::tr(
                "tls must not set caCertificateRefs or wellKnownCACertificates when insecureSkipVerify is true"));
    if (c.has(tls, u"sni") && autoSni)
        c.report(u"BW0209"_s, Severity::Error, tls, Anchor::Field,
            Strings::tr("tls.sni and tls.autoSNIFromEndpointHostname are mutually exclusive"));
    const QString minVersion = c.text(tls, u"minVersion");
    const QString maxVersion = c.text(tls, u"maxVersion");
    if (minVersion == "1.3"_L1 && c.has(tls, u"ciphers"))
        c.report(u"BW0210"_s, Severity::Error, c.at(tls, u"ciphers"), Anchor::Field,
            Strings::tr("ciphers have no effect when minVersion is 1.3; remove them or lower minVersion"));
    if (const int maxNode = c.at(tls, u"maxVersion"); maxNode >= 0 && maxRank(maxVersion) >= 0) {
        const int min = minVersion.isEmpty() ? 3 : minRank(minVersion);
        if (min >= 0 && min > maxRank(maxVersion))
            c.report(u"BW0211"_s, Severity::Error, maxNode, Anchor::Value,
                minVersion.isEmpty()
                    ? Strings::tr("maxVersion %1 is below the default minVersion 1.2; set minVersion too")
                          .arg(maxVersion)
                    : Strings::tr("minVersion %1 must not be greater than maxVersion %2").arg(minVersion, maxVersion));
    }
    if (insecure)
        c.report(u"BW0216"_s, Severity::Warning, c.at(tls, u"insecureSkipVerify"), Anchor::Field,
            Strings::tr("insecureSkipVerify turns off verification of the backend's certificate: anyone on the path "
                        "can impersonate it; give a CA instead"));

    const std::vector<TargetingPolicy> policies = targetingPolicies(c);
    if (!insecure && !hasCaRefs && !hasWellKnown) {
        bool covered = false;
        QSet<QString> ports;
        const int endpoints = c.at(spec, u"endpoints");
        for (qsizetype i = 0; i < c.count(endpoints); ++i) {
            const int ep = c.item(endpoints, i);
            for (const char16_t* member : { u"fqdn", u"ip" }) {
                if (const int m = c.at(ep, QStringView(member)); m >= 0 && c.has(m, u"port"))
                    ports.insert(c.text(m, u"port"));
            }
        }
        QSet<QString> coveredPorts;
        for (const TargetingPolicy& p : policies) {
            if (!policyHasCa(*p.tree))
                continue;
            if (p.sectionName.isEmpty())
                covered = true;
            else
                coveredPorts.insert(p.sectionName);
        }
        if (!covered && !ports.isEmpty() && ports.subtract(coveredPorts).isEmpty())
            covered = true;
        if (!covered)
            c.report(u"BW0212"_s, Severity::Error, tls, Anchor::Field,
                rejects()
                    + Strings::tr("tls must name caCertificateRefs or wellKnownCACertificates (or a BackendTLSPolicy "
                                  "with a CA must target this Backend) unless insecureSkipVerify is true"));
    }
    if (const int client = c.at(tls, u"clientCertificateRef"); client >= 0) {
        const int ns = c.at(client, u"namespace");
        if (ns >= 0 && c.text(ns) != c.resource.key.namespace_)
            c.report(u"BW0213"_s, Severity::Error, ns, Anchor::Value,
                rejects()
                    + Strings::tr("clientCertificateRef Secret must be in the Backend's namespace %1, not %2")
                          .arg(c.resource.key.namespace_, c.text(ns)));
    }
    if (hasCaRefs)
        CertificateRefCheck::check(c, caRefs, { u"BW0217"_s, u"BW0218"_s, true });
    for (const TargetingPolicy& p : policies) {
        c.report(u"BW0608"_s, Severity::Info, tls, Anchor::Field,
            Strings::tr("BackendTLSPolicy %1/%2 applies to this Backend%3; where both set a value (SNI, CA, "
                        "verified name) the policy wins")
                .arg(p.policy->key.namespace_, p.policy->key.name,
                    p.sectionName.isEmpty() ? QString() : Strings::tr(" on port %1").arg(p.sectionName)));
    }
}

} // namespace bw
