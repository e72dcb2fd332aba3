// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>

// The workspace the benchmarks load and edit, the same bytes in every bench so their figures
// can be compared.
namespace bw::bench {

// How many documents one group has; see appendGroup().
constexpr int kGroupSize = 5;
constexpr int kNamespaces = 50;

// Group `i`, of five objects: two Backends, a Service, a route using all three (one of them
// across namespaces), and the ReferenceGrant that allows it. Appends the first `count` of them,
// each as its own YAML document. Group i lives in team-(i % 50) and reaches into team-((i + 1) % 50).
inline void appendGroup(QByteArray& out, int i, int count = kGroupSize)
{
    const QByteArray ns = "team-" + QByteArray::number(i % kNamespaces);
    const QByteArray other = "team-" + QByteArray::number((i + 1) % kNamespaces);
    const QByteArray n = QByteArray::number(i);
    const QByteArray group[kGroupSize] = {
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: api-" + n
            + "\n  namespace: " + ns + "\nspec:\n  endpoints:\n    - fqdn:\n        hostname: api-" + n
            + ".example.com\n        port: 443\n  tls:\n    wellKnownCACertificates: System\n    sni: api-" + n
            + ".example.com\n",
        "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: standby-" + n
            + "\n  namespace: " + other + "\nspec:\n  endpoints:\n    - ip:\n        address: 10.1."
            + QByteArray::number(i % 250) + ".7\n        port: 8080\n      zone: b\n",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web-" + n + "\n  namespace: " + ns
            + "\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 8080\n",
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: route-" + n + "\n  namespace: "
            + ns + "\nspec:\n  parentRefs:\n    - name: edge\n      namespace: infra\n  hostnames:\n    - app-" + n
            + ".example.com\n  rules:\n    - matches:\n        - path: {type: PathPrefix, value: /}\n      "
              "backendRefs:\n"
              "        - group: gateway.envoyproxy.io\n          kind: Backend\n          name: api-"
            + n + "\n          weight: 90\n        - name: web-" + n
            + "\n          port: 8080\n          weight: 10\n    - backendRefs:\n        - group: "
              "gateway.envoyproxy.io\n"
              "          kind: Backend\n          name: standby-"
            + n + "\n          namespace: " + other + "\n",
        "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: from-" + ns + "-" + n
            + "\n  namespace: " + other
            + "\nspec:\n  from:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n"
            + "      namespace: " + ns + "\n  to:\n    - group: gateway.envoyproxy.io\n      kind: Backend\n",
    };
    for (int d = 0; d < std::min(count, kGroupSize); ++d)
        out += "---\n" + group[d];
}

// `objects` objects in one file: groups 0, 1, 2, ..., the last one cut short when `objects`
// is not a multiple of five.
inline QByteArray generate(int objects)
{
    QByteArray out;
    out.reserve(objects * 420);
    for (int i = 0; objects > 0; ++i, objects -= kGroupSize)
        appendGroup(out, i, objects);
    return out;
}

// The group whose api-N Backend sits in the middle of generate(objects), and so in the
// middle file of a split workspace too.
inline int middleGroup(int objects)
{
    return (objects + kGroupSize - 1) / kGroupSize / 2;
}

// Writes generate(objects) into `folder` as `files` files (workspace.yaml for one, else
// part-000.yaml, part-001.yaml, ... in the order Workspace::open reads them). Whole groups go
// to one file, so every cross-namespace reference and its ReferenceGrant still resolve and the
// workspace has the same problems whichever way it is split. Returns the paths written, empty
// when a file could not be written.
inline QStringList writeWorkspace(const QString& folder, int objects, int files = 1)
{
    if (!QDir().mkpath(folder))
        return {};
    const int groups = (objects + kGroupSize - 1) / kGroupSize;
    files = std::clamp(files, 1, std::max(groups, 1));
    QStringList written;
    int group = 0;
    for (int f = 0; f < files; ++f) {
        // An even share of the groups for every file, the remainder spread over the first files.
        const int end = int(qint64(groups) * (f + 1) / files);
        QByteArray text;
        for (; group < end; ++group)
            appendGroup(text, group, objects - group * kGroupSize);
        const QString name
            = files == 1 ? QStringLiteral("workspace.yaml") : QStringLiteral("part-%1.yaml").arg(f, 3, 10, QChar(u'0'));
        QFile out(QDir(folder).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return {};
        written.append(out.fileName());
    }
    return written;
}

} // namespace bw::bench
