// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendtlspolicyrules.h"

#include <QCoreApplication>

#include "certificaterefcheck.h"
#include "validationcontext.h"
#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::BackendTlsPolicyRules)
};
using Anchor = ValidationContext::Anchor;

bool supportedTarget(const QString& group, const QString& kind)
{
    return (group.isEmpty() && kind == "Service"_L1)
        || (group == "multicluster.x-k8s.io"_L1 && kind == "ServiceImport"_L1)
        || (group == KindCatalog::envoyGatewayGroup && kind == "Backend"_L1);
}
} // namespace

void BackendTlsPolicyRules::checkValidation(ValidationContext& c, int validation)
{
    const bool hasRefs = c.count(c.at(validation, u"caCertificateRefs")) > 0;
    const bool hasWellKnown = !c.text(validation, u"wellKnownCACertificates").isEmpty();
    if (hasRefs && hasWellKnown)
        c.report(u"BW0605"_s, Severity::Error, validation, Anchor::Field,
            Strings::tr("validation must not set both caCertificateRefs and wellKnownCACertificates"));
    else if (!hasRefs && !hasWellKnown)
        c.report(u"BW0605"_s, Severity::Error, validation, Anchor::Field,
            Strings::tr("validation must set caCertificateRefs or wellKnownCACertificates"));
    const int sans = c.at(validation, u"subjectAltNames");
    for (qsizetype i = 0; i < c.count(sans); ++i) {
        const int san = c.item(sans, i);
        if (san < 0 || !c.tree.node(san).isMapping())
            continue;
        const QString type = c.text(san, u"type");
        const bool hasHostname = !c.text(san, u"hostname").isEmpty();
        const bool hasUri = !c.text(san, u"uri").isEmpty();
        if (type == "Hostname"_L1 && (!hasHostname || hasUri))
            c.report(u"BW0607"_s, Severity::Error, san, Anchor::Field,
                Strings::tr("a subjectAltName of type Hostname must set hostname and not uri"));
        else if (type == "URI"_L1 && (!hasUri || hasHostname))
            c.report(u"BW0607"_s, Severity::Error, san, Anchor::Field,
                Strings::tr("a subjectAltName of type URI must set uri and not hostname"));
    }
    if (hasRefs)
        CertificateRefCheck::check(c, c.at(validation, u"caCertificateRefs"), { u"BW0603"_s, u"BW0604"_s, false });
    const int wellKnown = c.at(validation, u"wellKnownCACertificates");
    if (wellKnown >= 0 && !c.text(wellKnown).isEmpty() && c.text(wellKnown) != "System"_L1)
        c.report(u"BW0610"_s, Severity::Error, wellKnown, Anchor::Value,
            Strings::tr("wellKnownCACertificates \"%1\" is not supported; Envoy Gateway knows only System")
                .arg(c.text(wellKnown)));
}

void BackendTlsPolicyRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    const int targets = c.at(spec, u"targetRefs");
    struct Target
    {
        QString key;
        QString section;
        int node;
    };
    std::vector<Target> seen;
    for (qsizetype i = 0; i < c.count(targets); ++i) {
        const int ref = c.item(targets, i);
        if (ref < 0 || !c.tree.node(ref).isMapping())
            continue;
        const QString group = c.text(ref, u"group");
        const QString kind = c.text(ref, u"kind");
        const QString name = c.text(ref, u"name");
        const QString section = c.text(ref, u"sectionName");
        const QString key = group + u'/' + kind + u'/' + name;
        for (const Target& t : seen) {
            if (t.key == key && (t.section.isEmpty() || section.isEmpty() || t.section == section)) {
                c.report(u"BW0606"_s, Severity::Error, ref, Anchor::Field,
                    Strings::tr("targetRefs name %1 %2 more than once; each must carry its own, distinct sectionName")
                        .arg(kind, name));
                break;
            }
        }
        seen.push_back({ key, section, ref });
        if (!supportedTarget(group, kind)) {
            c.report(u"BW0602"_s, Severity::Error, ref, Anchor::Field,
                Strings::tr("a BackendTLSPolicy can target a Service, an MCS ServiceImport or an Envoy Gateway "
                            "Backend, not %1 (InvalidKind)")
                    .arg(group.isEmpty() ? kind : kind + u'.' + group));
            continue;
        }
        const ResourceKey targetKey { group, kind, c.resource.key.namespace_, name };
        if (!c.workspace.findResource(targetKey)) {
            c.report(u"BW0601"_s, Severity::Warning, ref, Anchor::Field,
                Strings::tr("target %1 %2/%3 is not in the workspace; the policy applies to nothing here")
                    .arg(kind, c.resource.key.namespace_, name));
            continue;
        }
        // Conflicts: for one target and section, the policy whose namespace/name sorts first
        // wins (creation time decides first on a cluster; files carry none).
        const QString mine = c.resource.key.namespace_ + u'/' + c.resource.key.name;
        for (const Reference* other : c.workspace.references().to(targetKey)) {
            if (other->role != Reference::Role::PolicyTarget || other->from.kind != "BackendTLSPolicy"_L1
                || other->from == c.resource.key || other->sectionName != section)
                continue;
            const QString theirs = other->from.namespace_ + u'/' + other->from.name;
            if (theirs < mine) {
                c.report(u"BW0609"_s, Severity::Error, ref, Anchor::Field,
                    Strings::tr(
                        "BackendTLSPolicy %1 already targets %2 %3%4; this policy loses the conflict (Conflicted)")
                        .arg(theirs, kind, name,
                            section.isEmpty() ? QString() : Strings::tr(" section %1").arg(section)));
                break;
            }
        }
    }
    if (const int validation = c.at(spec, u"validation"); validation >= 0)
        checkValidation(c, validation);
}

} // namespace bw
