// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namesyntax.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <vector>

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::NameSyntax)
};

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}
} // namespace

bool NameSyntax::isDnsLabel(QStringView s)
{
    if (s.isEmpty() || s.size() > 63 || !isAlnum(s.front()) || !isAlnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!isAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool NameSyntax::isDns1035Label(QStringView s)
{
    return isDnsLabel(s) && s.front() >= u'a' && s.front() <= u'z';
}

bool NameSyntax::isDnsSubdomain(QStringView s)
{
    // Kubernetes' IsDNS1123Subdomain: the whole name is at most 253 characters; its labels
    // (unlike a DNS label on its own) have no length limit of their own.
    if (s.isEmpty() || s.size() > 253)
        return false;
    for (QStringView label : s.tokenize(u'.')) {
        if (label.isEmpty() || !isAlnum(label.front()) || !isAlnum(label.back()))
            return false;
        for (QChar c : label) {
            if (!isAlnum(c) && c != u'-')
                return false;
        }
    }
    return true;
}

bool NameSyntax::isFullyQualified(QStringView s)
{
    return isDnsSubdomain(s) && s.contains(u'.');
}

bool NameSyntax::isIpAddress(QStringView s)
{
    QHostAddress a;
    return !s.isEmpty() && a.setAddress(s.toString());
}

NameSyntax::AddressRange NameSyntax::classify(QStringView ip)
{
    QHostAddress a;
    if (!a.setAddress(ip.toString()))
        return AddressRange::Invalid;
    bool v4 = false;
    const quint32 v4addr = a.toIPv4Address(&v4); // also unwraps ::ffff:a.b.c.d
    if (v4)
        a = QHostAddress(v4addr);
    if (a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6))
        return AddressRange::Unspecified;
    if (a.isLoopback())
        return AddressRange::Loopback;
    if (a.isLinkLocal())
        return AddressRange::LinkLocal;
    if (v4 && (v4addr & 0xFFC00000u) == 0x64400000u) // 100.64.0.0/10
        return AddressRange::SharedCgnat;
    // QHostAddress::isPrivateUse() is newer than Qt 6.4.
    if (v4 && ((v4addr >> 24) == 10 || (v4addr & 0xFFF00000u) == 0xAC100000u || (v4addr & 0xFFFF0000u) == 0xC0A80000u))
        return AddressRange::Private;
    if (!v4 && (a.toIPv6Address()[0] & 0xFE) == 0xFC) // fc00::/7 unique local
        return AddressRange::Private;
    return AddressRange::Public;
}

QString NameSyntax::describe(AddressRange range)
{
    switch (range) {
    case AddressRange::Public:
        return Strings::tr("public");
    case AddressRange::Loopback:
        return Strings::tr("loopback");
    case AddressRange::LinkLocal:
        return Strings::tr("link-local");
    case AddressRange::Unspecified:
        return Strings::tr("unspecified");
    case AddressRange::Private:
        return Strings::tr("private");
    case AddressRange::SharedCgnat:
        return Strings::tr("shared (CGNAT)");
    case AddressRange::Invalid:
        return Strings::tr("invalid");
    }
    return {};
}

bool NameSyntax::parseGoDuration(QStringView s, double* milliseconds)
{
    // Go accepts an optional sign, "0", and one or more <decimal><unit> pairs.
    double total = 0;
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        negative = s[i++] == u'-';
    if (s.mid(i) == u"0") {
        *milliseconds = 0;
        return true;
    }
    if (i >= s.size())
        return false;
    while (i < s.size()) {
        const qsizetype start = i;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        if (i == start)
            return false;
        bool ok = false;
        const double value = s.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return false;
        const qsizetype unitStart = i;
        while (i < s.size() && !s[i].isDigit() && s[i] != u'.')
            ++i;
        const QStringView unit = s.mid(unitStart, i - unitStart);
        double factor = 0;
        if (unit == u"ns")
            factor = 1e-6;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            factor = 1e-3;
        else if (unit == u"ms")
            factor = 1;
        else if (unit == u"s")
            factor = 1000;
        else if (unit == u"m")
            factor = 60000;
        else if (unit == u"h")
            factor = 3600000;
        else
            return false;
        total += value * factor;
    }
    *milliseconds = negative ? -total : total;
    return true;
}

int NameSyntax::editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            int v = std::min({ d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                d[size_t(i - 1)][size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    }
    return std::min(d[size_t(n)][size_t(m)], limit + 1);
}

} // namespace bw
