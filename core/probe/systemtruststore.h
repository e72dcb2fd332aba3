// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace bw {

// The CAs that `wellKnownCACertificates: System` (and Apoxy's tls/h2 protocols) trust: the
// operating system's store, or a PEM bundle named by BW_SYSTEM_CA_BUNDLE (or --system-ca),
// so tests and air-gapped machines can stand in their own roots without touching the real
// store.
class SystemTrustStore
{
public:
    static constexpr const char* environmentVariable = "BW_SYSTEM_CA_BUNDLE";

    // The bundle file in effect: `overridePath`, else the environment variable, else empty
    // (the operating system's store).
    [[nodiscard]] static QString bundlePath(const QString& overridePath = {});
    // Loads the certificates; `error` is set when the bundle cannot be read or holds none.
    [[nodiscard]] static QList<QSslCertificate> load(
        const QString& overridePath = {}, QString* description = nullptr, QString* error = nullptr);
};

} // namespace bw
