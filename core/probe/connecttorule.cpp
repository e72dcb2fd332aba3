// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connecttorule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ConnectToRule)
};

// Splits at ':' outside brackets, so "[::1]" stays one part.
QStringList splitParts(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            depth = std::max(0, depth - 1);
        if (c == u':' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unbracket(const QString& s)
{
    return s.startsWith(u'[') && s.endsWith(u']') ? s.mid(1, s.size() - 2) : s;
}

bool parsePort(const QString& s, int* port)
{
    if (s.isEmpty()) {
        *port = 0;
        return true;
    }
    bool ok = false;
    const int p = s.toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return false;
    *port = p;
    return true;
}

} // namespace

std::optional<ConnectToRule> ConnectToRule::parse(const QString& text, QString* error)
{
    const QStringList parts = splitParts(text);
    if (parts.size() != 4) {
        if (error)
            *error = Strings::tr("\"%1\" is not HOST:PORT:ADDRESS:PORT").arg(text);
        return std::nullopt;
    }
    ConnectToRule rule;
    rule.host = unbracket(parts[0]).toLower();
    rule.address = unbracket(parts[2]);
    if (!parsePort(parts[1], &rule.port) || !parsePort(parts[3], &rule.addressPort)) {
        if (error)
            *error = Strings::tr("\"%1\": a port must be a number from 1 to 65535").arg(text);
        return std::nullopt;
    }
    if (rule.address.isEmpty()) {
        if (error)
            *error = Strings::tr("\"%1\" names no address to connect to").arg(text);
        return std::nullopt;
    }
    return rule;
}

bool ConnectToRule::matches(const QString& endpointHost, int endpointPort) const
{
    return (host.isEmpty() || host.compare(endpointHost, Qt::CaseInsensitive) == 0)
        && (port == 0 || port == endpointPort);
}

const ConnectToRule* ConnectToRule::find(const QList<ConnectToRule>& rules, const QString& host, int port)
{
    for (const ConnectToRule& r : rules)
        if (r.matches(host, port))
            return &r;
    return nullptr;
}

} // namespace bw
