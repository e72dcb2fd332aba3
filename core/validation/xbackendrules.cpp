// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xbackendrules.h"

#include <QCoreApplication>

#include "backendtlspolicyrules.h"
#include "namesyntax.h"
#include "validationcontext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::XBackendRules)
};
using Anchor = ValidationContext::Anchor;
} // namespace

void XBackendRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    const bool external = c.text(spec, u"type") == "ExternalHostname"_L1;
    const int externalHostname = c.at(spec, u"externalHostname");
    if (external && externalHostname < 0)
        c.report(u"BW0301"_s, Severity::Error, spec, Anchor::Field,
            Strings::tr("spec.externalHostname must be set when type is ExternalHostname"));
    else if (!external && externalHostname >= 0 && c.has(spec, u"type"))
        c.report(u"BW0301"_s, Severity::Error, externalHostname, Anchor::Field,
            Strings::tr("spec.externalHostname must be unset unless type is ExternalHostname"));

    const int tls = c.at(spec, u"tls");
    if (externalHostname >= 0) {
        if (const int host = c.at(externalHostname, u"hostname"); host >= 0) {
            const QString h = c.text(host);
            if (h.endsWith(u".cluster.local"_s) || h == "cluster.local"_L1)
                c.report(u"BW0302"_s, Severity::Error, host, Anchor::Value,
                    Strings::tr("hostname %1 ends with .cluster.local; in-cluster names are refused so an external "
                                "backend cannot reach cluster services (DNS rebinding, CVE-2021-25740)")
                        .arg(h));
            else if (NameSyntax::isIpAddress(h))
                c.report(u"BW0303"_s, Severity::Warning, host, Anchor::Value,
                    Strings::tr("hostname %1 is an IP address; the spec asks for a DNS name here").arg(h));
        }
        if (tls < 0 || c.text(tls, u"mode") == "None"_L1)
            c.report(u"BW0305"_s, Severity::Warning, externalHostname, Anchor::Field,
                Strings::tr("traffic to an external hostname without TLS is sent in clear text; set tls.mode to "
                            "ServerOnly with a validation block"));
    }
    if (tls >= 0 && c.tree.node(tls).isMapping()) {
        const bool mutual = c.text(tls, u"mode") == "ClientAndServer"_L1;
        const bool hasClient = c.has(tls, u"clientCertificateRef");
        if (mutual != hasClient)
            c.report(u"BW0304"_s, Severity::Error, tls, Anchor::Field,
                mutual ? Strings::tr("tls.clientCertificateRef must be set when mode is ClientAndServer")
                       : Strings::tr("tls.clientCertificateRef must be unset unless mode is ClientAndServer"));
        if (const int validation = c.at(tls, u"validation"); validation >= 0)
            BackendTlsPolicyRules::checkValidation(c, validation);
    }
    if (const int port = c.at(spec, u"port"); port >= 0) {
        const int name = c.at(port, u"name");
        if (name >= 0 && !c.text(name).isEmpty() && !NameSyntax::isDnsLabel(c.text(name)))
            c.report(u"BW0306"_s, Severity::Error, name, Anchor::Value,
                Strings::tr("port name \"%1\" must be a valid DNS label (lower case letters, digits and '-')")
                    .arg(c.text(name)));
    }
}

} // namespace bw
