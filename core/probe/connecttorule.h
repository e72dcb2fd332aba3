// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bw {

// curl's --connect-to: dial ADDRESS:PORT whenever the configuration says HOST:PORT, while the
// SNI and the name the certificate must carry stay those of the configuration. An empty HOST
// or PORT matches any, as in curl.
struct ConnectToRule
{
    QString host;
    int port = 0; // 0: any
    QString address;
    int addressPort = 0; // 0: keep the endpoint's port

    // "HOST:PORT:ADDRESS:PORT"; IPv6 parts in brackets ("[::1]"). nullopt and `error` on bad input.
    static std::optional<ConnectToRule> parse(const QString& text, QString* error = nullptr);
    [[nodiscard]] bool matches(const QString& endpointHost, int endpointPort) const;
    // The first rule that matches, or nullptr.
    static const ConnectToRule* find(const QList<ConnectToRule>& rules, const QString& host, int port);
};

} // namespace bw
