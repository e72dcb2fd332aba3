// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace bw {

// The health checking a BackendTrafficPolicy gives a route's cluster, with the values Envoy
// Gateway uses for every field left out (semantics.md, "BackendTrafficPolicy"). Durations in
// milliseconds.
struct HealthCheckPolicy
{
    struct Active
    {
        bool enabled = false;
        enum class Type { Http, Tcp, Grpc } type = Type::Tcp;
        qint64 timeoutMs = 1000;
        qint64 intervalMs = 3000;
        qint64 initialJitterMs = 0;
        int unhealthyThreshold = 3;
        int healthyThreshold = 1;
        QString httpPath;
        QString httpMethod = QStringLiteral("GET");
        QString httpHostname;
        QList<int> expectedStatuses { 200 };
        QList<int> retriableStatuses;
    };
    struct Passive
    {
        bool enabled = false;
        qint64 intervalMs = 3000;
        qint64 baseEjectionTimeMs = 30000;
        int consecutive5xxErrors = 5;
        int consecutiveGatewayErrors = 0; // 0: not checked
        int maxEjectionPercent = 10;
        bool alwaysEjectOneEndpoint = false;
    };

    int panicThreshold = 50;
    Active active;
    Passive passive;
    QString source; // "BackendTrafficPolicy shop/checkout-health", empty: none applies

    // From a BackendTrafficPolicy's spec.healthCheck (as QVariant maps); what cannot be read
    // keeps its default, and `problems` says why.
    static HealthCheckPolicy fromHealthCheck(const QVariant& healthCheck, QStringList* problems = nullptr);
};

} // namespace bw
