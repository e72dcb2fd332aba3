// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheckpolicy.h"

#include <QCoreApplication>
#include <QVariantMap>

#include "validation/namesyntax.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::HealthCheckPolicy)
};

class Reader
{
public:
    Reader(const QVariantMap& map, const QString& path, QStringList* problems)
        : m_map(map)
        , m_path(path)
        , m_problems(problems)
    { }

    void duration(const QString& key, qint64& out) const
    {
        if (!m_map.contains(key))
            return;
        double ms = 0;
        if (NameSyntax::parseGoDuration(m_map.value(key).toString(), &ms) && ms >= 0)
            out = qint64(ms);
        else
            problem(key, Strings::tr("not a duration"));
    }
    void integer(const QString& key, int& out, int min, int max) const
    {
        if (!m_map.contains(key))
            return;
        bool ok = false;
        const int v = m_map.value(key).toString().toInt(&ok);
        if (ok && v >= min && v <= max)
            out = v;
        else
            problem(key, Strings::tr("not a number from %1 to %2").arg(min).arg(max));
    }
    void boolean(const QString& key, bool& out) const
    {
        if (m_map.contains(key))
            out = m_map.value(key).toBool();
    }
    void statuses(const QString& key, QList<int>& out) const
    {
        if (!m_map.contains(key))
            return;
        QList<int> list;
        for (const QVariant& v : m_map.value(key).toList()) {
            bool ok = false;
            const int s = v.toString().toInt(&ok);
            if (ok && s >= 100 && s <= 599)
                list.append(s);
            else
                problem(key, Strings::tr("%1 is not an HTTP status").arg(v.toString()));
        }
        if (!list.isEmpty())
            out = list;
    }

private:
    void problem(const QString& key, const QString& what) const
    {
        if (m_problems)
            m_problems->append(u"%1.%2: %3"_s.arg(m_path, key, what));
    }

    QVariantMap m_map;
    QString m_path;
    QStringList* m_problems;
};

} // namespace

HealthCheckPolicy HealthCheckPolicy::fromHealthCheck(const QVariant& healthCheck, QStringList* problems)
{
    HealthCheckPolicy p;
    const QVariantMap hc = healthCheck.toMap();
    Reader(hc, u"spec.healthCheck"_s, problems).integer(u"panicThreshold"_s, p.panicThreshold, 0, 100);
    if (hc.value(u"active"_s).typeId() == QMetaType::QVariantMap) {
        const QVariantMap a = hc.value(u"active"_s).toMap();
        const Reader r(a, u"spec.healthCheck.active"_s, problems);
        p.active.enabled = true;
        const QString type = a.value(u"type"_s).toString();
        p.active.type = type == u"HTTP"_s ? Active::Type::Http
            : type == u"GRPC"_s           ? Active::Type::Grpc
                                          : Active::Type::Tcp;
        r.duration(u"timeout"_s, p.active.timeoutMs);
        r.duration(u"interval"_s, p.active.intervalMs);
        r.duration(u"initialJitter"_s, p.active.initialJitterMs);
        r.integer(u"unhealthyThreshold"_s, p.active.unhealthyThreshold, 1, 1 << 30);
        r.integer(u"healthyThreshold"_s, p.active.healthyThreshold, 1, 1 << 30);
        const QVariantMap http = a.value(u"http"_s).toMap();
        p.active.httpPath = http.value(u"path"_s).toString();
        if (http.contains(u"method"_s))
            p.active.httpMethod = http.value(u"method"_s).toString().toUpper();
        p.active.httpHostname = http.value(u"hostname"_s).toString();
        const Reader h(http, u"spec.healthCheck.active.http"_s, problems);
        h.statuses(u"expectedStatuses"_s, p.active.expectedStatuses);
        h.statuses(u"retriableStatuses"_s, p.active.retriableStatuses);
    }
    if (hc.value(u"passive"_s).typeId() == QMetaType::QVariantMap) {
        const QVariantMap a = hc.value(u"passive"_s).toMap();
        const Reader r(a, u"spec.healthCheck.passive"_s, problems);
        p.passive.enabled = true;
        r.duration(u"interval"_s, p.passive.intervalMs);
        r.duration(u"baseEjectionTime"_s, p.passive.baseEjectionTimeMs);
        r.integer(u"consecutive5XxErrors"_s, p.passive.consecutive5xxErrors, 0, 1 << 30);
        r.integer(u"consecutiveGatewayErrors"_s, p.passive.consecutiveGatewayErrors, 0, 1 << 30);
        r.integer(u"maxEjectionPercent"_s, p.passive.maxEjectionPercent, 0, 100);
        r.boolean(u"alwaysEjectOneEndpoint"_s, p.passive.alwaysEjectOneEndpoint);
    }
    return p;
}

} // namespace bw
