// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressrange.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::AddressRange)
};

bool inSubnet(const QHostAddress& a, const char* subnet)
{
    return a.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

} // namespace

AddressRange::Kind AddressRange::classify(const QHostAddress& input)
{
    QHostAddress address = input;
    // An IPv4-mapped IPv6 answer (::ffff:10.0.0.1) reaches the same IPv4 host.
    bool mapped = false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            address = QHostAddress(v4);
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (address == QHostAddress(u"169.254.169.254"_s))
            return Kind::Metadata;
        if (inSubnet(address, "0.0.0.0/8"))
            return Kind::Unspecified;
        if (inSubnet(address, "127.0.0.0/8"))
            return Kind::Loopback;
        if (inSubnet(address, "10.0.0.0/8") || inSubnet(address, "172.16.0.0/12")
            || inSubnet(address, "192.168.0.0/16"))
            return Kind::Private;
        if (inSubnet(address, "169.254.0.0/16"))
            return Kind::LinkLocal;
        if (inSubnet(address, "100.64.0.0/10"))
            return Kind::Cgnat;
        if (inSubnet(address, "224.0.0.0/4"))
            return Kind::Multicast;
        return Kind::Public;
    }
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return Kind::Unspecified;
    if (address.isLoopback())
        return Kind::Loopback;
    if (address == QHostAddress(u"fd00:ec2::254"_s))
        return Kind::Metadata; // the IPv6 form of the cloud metadata service
    if (inSubnet(address, "fe80::/10"))
        return Kind::LinkLocal;
    if (inSubnet(address, "fc00::/7"))
        return Kind::UniqueLocal;
    if (inSubnet(address, "ff00::/8"))
        return Kind::Multicast;
    return Kind::Public;
}

QString AddressRange::name(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return u"public"_s;
    case Kind::Loopback:
        return u"loopback"_s;
    case Kind::Private:
        return u"private"_s;
    case Kind::LinkLocal:
        return u"link-local"_s;
    case Kind::Metadata:
        return u"metadata"_s;
    case Kind::Cgnat:
        return u"cgnat"_s;
    case Kind::Unspecified:
        return u"unspecified"_s;
    case Kind::UniqueLocal:
        return u"unique-local"_s;
    case Kind::Multicast:
        return u"multicast"_s;
    }
    return {};
}

QString AddressRange::risk(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return {};
    case Kind::Loopback:
        return Strings::tr("a loopback address: the gateway would connect to itself");
    case Kind::Private:
        return Strings::tr("a private (RFC 1918) address, inside the cluster's or the company's network");
    case Kind::LinkLocal:
        return Strings::tr("a link-local address, reachable only from the node itself");
    case Kind::Metadata:
        return Strings::tr("the cloud metadata service, which hands out the node's credentials");
    case Kind::Cgnat:
        return Strings::tr("a carrier-grade NAT (100.64.0.0/10) address, often used for cluster-internal networks");
    case Kind::Unspecified:
        return Strings::tr("the unspecified address, which connects to the local host");
    case Kind::UniqueLocal:
        return Strings::tr("an IPv6 unique local address, inside a private network");
    case Kind::Multicast:
        return Strings::tr("a multicast address, which no TCP connection can use");
    }
    return {};
}

} // namespace bw
