// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestrules.h"

#include <QCoreApplication>

#include "document/document.h"
#include "namesyntax.h"
#include "validationcontext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ManifestRules)
};

void report(const Document& doc, std::vector<Diagnostic>& out, const QString& code, Severity severity,
    const QString& message, SourceRange range, const QString& field = {})
{
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.message = message;
    d.file = doc.path();
    d.range = range;
    d.position = doc.positionAt(range.begin);
    d.fieldPath = field;
    out.push_back(std::move(d));
}
} // namespace

std::optional<ManifestRules::Identity> ManifestRules::identify(
    const Document& doc, size_t i, std::vector<Diagnostic>& out)
{
    static const FieldPath apiVersionPath = FieldPath::parse(u"apiVersion"_s).value();
    static const FieldPath kindPath = FieldPath::parse(u"kind"_s).value();
    static const FieldPath namePath = FieldPath::parse(u"metadata.name"_s).value();
    static const FieldPath generateNamePath = FieldPath::parse(u"metadata.generateName"_s).value();
    const YamlDocument& yd = doc.documents()[i];
    const YamlTree& t = yd.tree;
    if (yd.syntaxError || t.isEmpty())
        return std::nullopt;
    const int root = t.resolve(t.root);
    if (root < 0)
        return std::nullopt;
    const YamlNode& rn = t.node(root);
    if (rn.isNull())
        return std::nullopt;
    if (!rn.isMapping()) {
        report(doc, out, u"BW0004"_s, Severity::Error,
            Strings::tr("this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind "
                        "and metadata")
                .arg(rn.isSequence() ? Strings::tr("a list") : Strings::tr("a scalar")),
            rn.valueRange);
        return std::nullopt;
    }
    auto requiredString = [&](const FieldPath& path, QString* text, SourceRange* where) {
        const int n = t.resolve(t.find(path));
        if (n < 0) {
            report(doc, out, u"BW0005"_s, Severity::Error,
                Strings::tr("%1 is missing; every Kubernetes object needs it").arg(path.toString()),
                { rn.valueRange.begin, rn.valueRange.begin }, path.toString());
            return false;
        }
        const YamlNode& nd = t.node(n);
        if (!nd.isScalar() || nd.value.empty() || t.scalarKind(n) != YamlTree::ScalarKind::String) {
            report(doc, out, u"BW0005"_s, Severity::Error,
                Strings::tr("%1 must be a non-empty string").arg(path.toString()), nd.valueRange, path.toString());
            return false;
        }
        *text = QString::fromStdString(nd.value);
        if (where)
            *where = nd.valueRange;
        return true;
    };
    Identity id;
    bool ok = requiredString(apiVersionPath, &id.apiVersion, nullptr);
    ok = requiredString(kindPath, &id.kind, &id.kindRange) && ok;
    const int metadata = t.resolve(t.child(root, u"metadata"));
    if (metadata >= 0 && !t.node(metadata).isMapping()) {
        report(doc, out, u"BW0005"_s, Severity::Error, Strings::tr("metadata must be a mapping"),
            t.node(metadata).valueRange, u"metadata"_s);
        ok = false;
    } else if (metadata >= 0 && t.child(metadata, u"name") < 0 && t.child(metadata, u"generateName") >= 0) {
        id.name = t.stringAt(generateNamePath);
        id.nameRange = t.node(t.child(metadata, u"generateName")).valueRange;
        id.generatedName = true;
    } else {
        ok = requiredString(namePath, &id.name, &id.nameRange) && ok;
    }
    if (!ok)
        return std::nullopt;
    return id;
}

void ManifestRules::reportUnknownKind(const Document& doc, const Identity& identity, std::vector<Diagnostic>& out)
{
    report(doc, out, u"BW0006"_s, Severity::Warning,
        Strings::tr("%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. "
                    "Load its CRD to have it checked")
            .arg(identity.kind, identity.apiVersion),
        identity.kindRange, u"kind"_s);
}

void ManifestRules::check(ValidationContext& c)
{
    const int metadata = c.at(c.root(), u"metadata");
    const int nameNode = metadata >= 0 ? c.at(metadata, u"name") : -1;
    if (nameNode < 0 || !c.resource.knownKind)
        return; // a generated name is made valid by the server; an unknown kind is not checked
    const QString name = c.text(nameNode);
    if (name.isEmpty())
        return; // BW0005
    // Services are stricter than the other kinds: their name becomes a DNS label.
    if (c.resource.key.kind == "Service"_L1 && c.resource.key.group.isEmpty()) {
        if (!NameSyntax::isDns1035Label(name))
            c.report(u"BW0013"_s, Severity::Error, nameNode, ValidationContext::Anchor::Value,
                Strings::tr("the API server will refuse this name: a Service name %1 must be an RFC 1035 label (at "
                            "most 63 lower-case letters, digits and '-', starting with a letter and ending with a "
                            "letter or digit)")
                    .arg(u'"' + name + u'"'));
        return;
    }
    if (!NameSyntax::isDnsSubdomain(name))
        c.report(u"BW0013"_s, Severity::Error, nameNode, ValidationContext::Anchor::Value,
            Strings::tr("the API server will refuse this name: metadata.name %1 must be a lower-case RFC 1123 "
                        "subdomain (at most 253 lower-case letters, digits, '-' and '.', starting and ending with a "
                        "letter or digit)")
                .arg(u'"' + name + u'"'));
}

} // namespace bw
