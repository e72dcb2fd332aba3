// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "diagnostic.h"
#include "document/sourcerange.h"

namespace bw {

class Document;
class ValidationContext;

// What every Kubernetes manifest must be before any kind's rules apply: a mapping (BW0004)
// with apiVersion, kind and metadata.name as strings (BW0005), of a kind the workbench can
// check (BW0006), whose name the API server accepts (BW0013). The workspace asks the first
// three while it indexes a document (they decide whether there is an object at all); the
// validator checks the name with the other rules.
class ManifestRules
{
public:
    // Who a YAML document says it is.
    struct Identity
    {
        QString apiVersion;
        QString kind;
        QString name; // metadata.name, or metadata.generateName when only that is set
        SourceRange kindRange;
        SourceRange nameRange;
        bool generatedName = false;
    };

    // The identity of YAML document `yamlDocument` of `document`; nullopt, with BW0004 or
    // BW0005 in `out`, when it is not an object (nullopt and nothing reported for an empty
    // document or one with a syntax error).
    [[nodiscard]] static std::optional<Identity> identify(
        const Document& document, size_t yamlDocument, std::vector<Diagnostic>& out);
    // BW0006: the kind is neither built in nor described by a loaded CRD.
    static void reportUnknownKind(const Document& document, const Identity& identity, std::vector<Diagnostic>& out);
    // BW0013: metadata.name as the API server validates it for the resource's kind.
    static void check(ValidationContext& context);
};

} // namespace bw
