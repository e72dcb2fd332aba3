// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificaterefcheck.h"

#include <QCoreApplication>

#include "validationcontext.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::CertificateRefCheck)
};

enum class Outcome { Ok, BadKind, Missing, NoKey };

Outcome resolve(ValidationContext& c, int ref, QString* what)
{
    const QString group = c.text(ref, u"group");
    const QString kind = c.text(ref, u"kind");
    const QString name = c.text(ref, u"name");
    *what = kind + u' ' + c.resource.key.namespace_ + u'/' + name;
    if (!group.isEmpty() || (kind != "ConfigMap"_L1 && kind != "Secret"_L1))
        return Outcome::BadKind;
    const Resource* target = c.workspace.findResource({ QString(), kind, c.resource.key.namespace_, name });
    if (!target)
        return Outcome::Missing;
    const YamlTree* tree = c.workspace.treeOf(*target);
    if (!tree)
        return Outcome::Missing;
    for (const char* section : { "data", "stringData", "binaryData" }) {
        const int map = tree->resolve(tree->child(tree->root, QString::fromLatin1(section)));
        if (map >= 0 && tree->node(map).isMapping() && tree->child(map, u"ca.crt") >= 0)
            return Outcome::Ok;
    }
    return Outcome::NoKey;
}
} // namespace

void CertificateRefCheck::check(ValidationContext& c, int refs, const Codes& codes)
{
    const QString prefix = codes.envoyGatewayRejects ? Strings::tr("Envoy Gateway will reject this: ") : QString();
    for (qsizetype i = 0; i < c.count(refs); ++i) {
        const int ref = c.item(refs, i);
        if (ref < 0 || !c.tree.node(ref).isMapping() || c.text(ref, u"name").isEmpty())
            continue;
        QString what;
        switch (resolve(c, ref, &what)) {
        case Outcome::Ok:
            break;
        case Outcome::BadKind:
            c.report(codes.badKind, Severity::Error, ref, ValidationContext::Anchor::Field,
                prefix
                    + Strings::tr("CA certificate ref must be a ConfigMap or Secret in the core group (group \"\"), "
                                  "not %1 (InvalidKind)")
                          .arg(c.text(ref, u"group").isEmpty() ? c.text(ref, u"kind")
                                                               : c.text(ref, u"kind") + u'.' + c.text(ref, u"group")));
            break;
        case Outcome::Missing:
            c.report(codes.unresolved, Severity::Error, ref, ValidationContext::Anchor::Field,
                prefix + Strings::tr("CA certificate %1 is not in the workspace (InvalidCACertificateRef)").arg(what));
            break;
        case Outcome::NoKey:
            c.report(codes.unresolved, Severity::Error, ref, ValidationContext::Anchor::Field,
                prefix
                    + Strings::tr("%1 has no \"ca.crt\" key holding the CA bundle (InvalidCACertificateRef)")
                          .arg(what));
            break;
        }
    }
}

bool CertificateRefCheck::resolves(ValidationContext& c, int refs)
{
    if (c.count(refs) == 0)
        return false;
    for (qsizetype i = 0; i < c.count(refs); ++i) {
        QString what;
        if (resolve(c, c.item(refs, i), &what) != Outcome::Ok)
            return false;
    }
    return true;
}

} // namespace bw
