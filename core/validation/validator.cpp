// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "apoxybackendrules.h"
#include "backendtlspolicyrules.h"
#include "envoybackendrules.h"
#include "manifestrules.h"
#include "routerules.h"
#include "schema/schemaregistry.h"
#include "structuralvalidator.h"
#include "trafficpolicyrules.h"
#include "workspace/kindcatalog.h"
#include "workspace/workspace.h"
#include "xbackendrules.h"

using namespace Qt::StringLiterals;

namespace bw {

Validator::Validator(std::shared_ptr<const SchemaRegistry> schemas)
    : m_schemas(std::move(schemas))
{ }

ValidationIndex Validator::buildIndex(const Workspace& workspace)
{
    ValidationIndex index;
    for (const Resource* r : workspace.allResources()) {
        if (r->key.kind == "ReferenceGrant"_L1 && r->key.group == KindCatalog::gatewayApiGroup)
            index.grantsByNamespace.insert(r->key.namespace_, r);
    }
    return index;
}

std::vector<Diagnostic> Validator::check(
    const Workspace& workspace, const ValidationIndex& index, const Resource& resource) const
{
    std::vector<Diagnostic> out;
    const Document* document = workspace.document(resource.documentId);
    const YamlTree* tree = workspace.treeOf(resource);
    if (!document || !tree || tree->isEmpty())
        return out;
    if (document->documents()[size_t(resource.yamlDocument)].syntaxError)
        return out; // the parse is partial; its syntax error is what the user needs first
    ValidationContext context(workspace, *m_schemas, index, resource, *document, *tree, out);
    if (const KindSchema* schema = m_schemas->find(resource.key.group, resource.key.kind, resource.version))
        StructuralValidator::check(context, *schema->root);
    ManifestRules::check(context);

    const QString& g = resource.key.group;
    const QString& k = resource.key.kind;
    if (g == KindCatalog::envoyGatewayGroup && k == "Backend"_L1)
        EnvoyBackendRules::check(context);
    else if (g == KindCatalog::gatewayApiExperimentalGroup && k == "XBackend"_L1)
        XBackendRules::check(context);
    else if (g == KindCatalog::apoxyCoreGroup && k == "Backend"_L1)
        ApoxyBackendRules::check(context);
    else if (g == KindCatalog::gatewayApiGroup && k == "BackendTLSPolicy"_L1)
        BackendTlsPolicyRules::check(context);
    else if (g == KindCatalog::envoyGatewayGroup && k == "BackendTrafficPolicy"_L1)
        TrafficPolicyRules::check(context);
    else if (g == KindCatalog::gatewayApiGroup && KindCatalog::lookup(g, k).role == KindCatalog::Role::Route)
        RouteRules::check(context);
    return out;
}

} // namespace bw
