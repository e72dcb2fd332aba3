// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apoxybackendrules.h"

#include <QCoreApplication>

#include "namesyntax.h"
#include "validationcontext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ApoxyBackendRules)
};
using Anchor = ValidationContext::Anchor;
} // namespace

void ApoxyBackendRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    const int endpoints = c.at(spec, u"endpoints");
    const int dynamicProxy = c.at(spec, u"dynamicProxy");
    if (dynamicProxy >= 0) {
        const qsizetype n = c.count(endpoints);
        if (n == 0)
            c.report(u"BW0401"_s, Severity::Error, endpoints >= 0 ? endpoints : spec, Anchor::Field,
                Strings::tr("a dynamicProxy Backend needs exactly one endpoint; endpoints cannot be empty"));
        else if (n > 1)
            c.report(u"BW0401"_s, Severity::Error, endpoints, Anchor::Field,
                Strings::tr("a dynamicProxy Backend takes only one endpoint, not %1").arg(n));
        if (const int dns = c.at(dynamicProxy, u"dnsCacheConfig"); dns >= 0) {
            const auto floor = [&](QStringView field, double minimumMs, const QString& minimumText) {
                const int node = c.at(dns, field);
                double ms = 0;
                if (node >= 0 && NameSyntax::parseGoDuration(c.text(node), &ms) && ms < minimumMs)
                    c.report(u"BW0405"_s, Severity::Error, node, Anchor::Value,
                        Strings::tr("%1 must be at least %2, not %3").arg(field.toString(), minimumText, c.text(node)));
            };
            floor(u"dnsMinRefreshRate", 1000, u"1s"_s);
            floor(u"dnsRefreshRate", 1, u"1ms"_s);
        }
    }
    for (qsizetype i = 0; i < c.count(endpoints); ++i) {
        const int ep = c.item(endpoints, i);
        if (ep < 0 || !c.tree.node(ep).isMapping())
            continue;
        const int ip = c.at(ep, u"ip");
        const int fqdn = c.at(ep, u"fqdn");
        if (ip >= 0 && fqdn >= 0)
            c.report(u"BW0402"_s, Severity::Error, ip, Anchor::Field,
                Strings::tr("endpoint %1 sets both ip and fqdn; they cannot be specified together").arg(i));
        if (ip >= 0) {
            const NameSyntax::AddressRange range = NameSyntax::classify(c.text(ip));
            if (range == NameSyntax::AddressRange::Invalid)
                c.report(u"BW0403"_s, Severity::Error, ip, Anchor::Value,
                    Strings::tr("%1 is not a valid IP address").arg(c.text(ip)));
            else if (range == NameSyntax::AddressRange::Unspecified)
                c.report(u"BW0403"_s, Severity::Error, ip, Anchor::Value,
                    Strings::tr("%1 is the unspecified address; Apoxy cannot route to it").arg(c.text(ip)));
        }
        if (fqdn >= 0 && NameSyntax::isDnsSubdomain(c.text(fqdn)) && !NameSyntax::isFullyQualified(c.text(fqdn)))
            c.report(u"BW0404"_s, Severity::Error, fqdn, Anchor::Value,
                Strings::tr("%1 is not a fully qualified domain name; it needs at least two labels").arg(c.text(fqdn)));
    }
}

} // namespace bw
