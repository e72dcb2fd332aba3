#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Backend Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates resources/schema/*.json from the upstream CRDs and our descriptions.

The structure (fields, types, enums, bounds, patterns, defaults) is a fact of the API and
is taken from the CRDs; the descriptions are ours, from descriptions.json next to this
script; CEL rules are not copied (core/validation implements them). Run it when a CRD in
../shared/reference/crds changes; tst_schema then proves the result matches.

    tools/schemagen/schemagen.py ../shared/reference/crds resources/schema
"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# (output file, group, kind, CRD file, standard-channel CRD file or None)
CRD_KINDS = [
    ("envoygateway-backend.json", "gateway.envoyproxy.io", "Backend", "gateway.envoyproxy.io_backends.yaml", None),
    ("envoygateway-backendtrafficpolicy.json", "gateway.envoyproxy.io", "BackendTrafficPolicy",
     "gateway.envoyproxy.io_backendtrafficpolicies.yaml", None),
    ("gatewayapi-xbackend.json", "gateway.networking.x-k8s.io", "XBackend",
     "experimental_gateway.networking.x-k8s.io_xbackends.yaml", None),
    ("gatewayapi-httproute.json", "gateway.networking.k8s.io", "HTTPRoute",
     "experimental_gateway.networking.k8s.io_httproutes.yaml", "standard_gateway.networking.k8s.io_httproutes.yaml"),
    ("gatewayapi-referencegrant.json", "gateway.networking.k8s.io", "ReferenceGrant",
     "experimental_gateway.networking.k8s.io_referencegrants.yaml",
     "standard_gateway.networking.k8s.io_referencegrants.yaml"),
    ("gatewayapi-backendtlspolicy.json", "gateway.networking.k8s.io", "BackendTLSPolicy",
     "experimental_gateway.networking.k8s.io_backendtlspolicies.yaml",
     "standard_gateway.networking.k8s.io_backendtlspolicies.yaml"),
]

KEEP = ["type", "format", "enum", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "pattern",
        "nullable", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "allOf"]

missing = []


def describe(descriptions, kind_id, path, name):
    text = descriptions["paths"].get(kind_id + ":" + path) or descriptions["names"].get(name)
    if not text:
        missing.append((kind_id, path, name))
        return ""
    return text


def convert(node, descriptions, kind_id, path, standard, extras):
    out = {}
    for key in KEEP:
        if key in node:
            out[key] = node[key]
    std_enum = standard.get("enum") if standard is not None else None
    if standard is not None and "enum" in node and std_enum is not None:
        extra = [v for v in node["enum"] if v not in std_enum]
        if extra:
            out["x-bw-experimentalEnum"] = extra
    if standard is not None and standard.get("pattern") != node.get("pattern"):
        # The standard channel constrains this value differently (or not at all).
        out["x-bw-standardPattern"] = standard.get("pattern", "")
    for key, value in extras.get(path, {}).items():
        out[key] = value
    props = node.get("properties")
    if props:
        out_props = {}
        std_props = (standard or {}).get("properties", {}) if standard is not None else None
        for name in sorted(props):
            child_path = path + "." + name if path else name
            if path == "" and name == "metadata":
                out_props[name] = {"type": "object", "x-bw-ref": "ObjectMeta",
                                   "description": describe(descriptions, kind_id, child_path, name)}
                continue
            std_child = std_props.get(name) if std_props is not None else None
            child = convert(props[name], descriptions, kind_id, child_path, std_child, extras)
            child["description"] = describe(descriptions, kind_id, child_path, name)
            if std_props is not None and std_child is None:
                child["x-bw-experimental"] = True
            out_props[name] = child
        out["properties"] = out_props
    if "required" in node:
        out["required"] = sorted(node["required"])
    if "items" in node:
        out["items"] = convert(node["items"], descriptions, kind_id, path + "[]",
                               (standard or {}).get("items") if standard is not None else None, extras)
    ap = node.get("additionalProperties")
    if isinstance(ap, dict):
        out["additionalProperties"] = convert(ap, descriptions, kind_id, path + "{}",
                                              (standard or {}).get("additionalProperties")
                                              if standard is not None else None, extras)
    elif ap is not None:
        out["additionalProperties"] = ap
    return out


def crd_versions(doc):
    return [v for v in doc["spec"]["versions"] if v.get("served", True)]


def generate_crd(crds, outdir, descriptions, extras, entry):
    filename, group, kind, crd_file, std_file = entry
    doc = yaml.safe_load(open(os.path.join(crds, crd_file)))
    std_doc = yaml.safe_load(open(os.path.join(crds, std_file))) if std_file else None
    versions = crd_versions(doc)
    storage = next(v for v in versions if v.get("storage"))
    std_schema = None
    if std_doc:
        std_storage = next(v for v in crd_versions(std_doc) if v["name"] == storage["name"])
        std_schema = std_storage["schema"]["openAPIV3Schema"]
    kind_id = kind + "." + group
    schema = convert(storage["schema"]["openAPIV3Schema"], descriptions, kind_id, "", std_schema,
                     extras.get(kind_id, {}))
    result = {
        "group": group,
        "kind": kind,
        "plural": doc["spec"]["names"]["plural"],
        "scope": doc["spec"]["scope"],
        "versions": [v["name"] for v in versions],
        "storageVersion": storage["name"],
        "source": crd_file,
        "description": descriptions["kinds"][kind_id],
        "schema": schema,
    }
    if std_doc:
        result["standardVersions"] = [v["name"] for v in crd_versions(std_doc)]
    write(outdir, filename, result)


def resolve_refs(node, components, depth=0):
    if depth > 32:
        raise RuntimeError("reference chain too deep")
    if isinstance(node, dict):
        if "$ref" in node:
            target = components[node["$ref"].split("/")[-1]]
            merged = dict(resolve_refs(target, components, depth + 1))
            for k, v in node.items():
                if k != "$ref":
                    merged[k] = v
            return merged
        return {k: resolve_refs(v, components, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve_refs(v, components, depth + 1) for v in node]
    return node


def generate_apoxy(crds, outdir, descriptions, extras):
    api = json.load(open(os.path.join(crds, "apoxy_console_openapi.json")))
    components = api["components"]["schemas"]
    root = resolve_refs(components["com.github.apoxy-dev.apoxy.api.core.v1alpha2.Backend"], components)
    # Duration and Condition come from apimachinery; the dump types Duration as a string.
    kind_id = "Backend.core.apoxy.dev"
    schema = convert(root, descriptions, kind_id, "", None, extras.get(kind_id, {}))
    write(outdir, "apoxy-backend.json", {
        "group": "core.apoxy.dev",
        "kind": "Backend",
        "plural": "backends",
        "scope": "Cluster",
        "versions": ["v1alpha2"],
        "storageVersion": "v1alpha2",
        "source": "apoxy_console_openapi.json",
        "description": descriptions["kinds"][kind_id],
        "schema": schema,
    })


def write(outdir, filename, data):
    with open(os.path.join(outdir, filename), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def main():
    crds, outdir = sys.argv[1], sys.argv[2]
    descriptions = json.load(open(os.path.join(HERE, "descriptions.json")))
    extras = json.load(open(os.path.join(HERE, "extras.json")))
    for entry in CRD_KINDS:
        generate_crd(crds, outdir, descriptions, extras, entry)
    generate_apoxy(crds, outdir, descriptions, extras)
    if missing:
        names = sorted({m[2] for m in missing})
        sys.stderr.write("fields without a description: %d (names: %s)\n" % (len(missing), " ".join(names)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
