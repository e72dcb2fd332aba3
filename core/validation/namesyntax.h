// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bw {

// The name formats Kubernetes and the gateways check, written once: DNS-1123 labels and
// subdomains, fully qualified names, IP literals and the address ranges that must not be
// dialled from a cluster.
class NameSyntax
{
public:
    static bool isDnsLabel(QStringView s);
    static bool isDns1035Label(QStringView s); // a DNS label that starts with a letter (Service names)
    // The API server's RFC 1123 subdomain: lower-case alphanumerics, '-' and '.', each
    // dot-separated part starting and ending alphanumeric, 1-253 in all, no trailing dot.
    static bool isDnsSubdomain(QStringView s);
    // At least two labels (Kubernetes' IsFullyQualifiedDomainName).
    static bool isFullyQualified(QStringView s);
    static bool isIpAddress(QStringView s);

    enum class AddressRange { Public, Loopback, LinkLocal, Unspecified, Private, SharedCgnat, Invalid };
    static AddressRange classify(QStringView ip);
    static QString describe(AddressRange range);

    // Go's time.ParseDuration syntax ("1h30m", "1.5s", "300ms"); fills milliseconds.
    static bool parseGoDuration(QStringView s, double* milliseconds);
    // Damerau-Levenshtein distance, bounded: returns limit + 1 when it is larger.
    static int editDistance(QStringView a, QStringView b, int limit);
};

} // namespace bw
