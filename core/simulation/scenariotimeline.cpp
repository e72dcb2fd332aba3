// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotimeline.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QJsonValue seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

QJsonValue seconds(const std::optional<qint64>& ms)
{
    return ms ? seconds(*ms) : QJsonValue(QJsonValue::Null);
}

// Shares come out of float division; three decimals are plenty and keep output stable.
double rounded(double percent)
{
    return std::round(percent * 1000.0) / 1000.0;
}

} // namespace

const ScenarioTimeline::Sample* ScenarioTimeline::sampleAt(qint64 atMs) const
{
    const Sample* found = nullptr;
    for (const Sample& s : samples) {
        if (s.atMs > atMs)
            break;
        found = &s;
    }
    return found;
}

double ScenarioTimeline::shareAt(qint64 atMs, const QString& backend) const
{
    if (const Sample* s = sampleAt(atMs)) {
        for (const BackendShare& b : s->backends) {
            if (b.backend == backend)
                return b.share;
        }
    }
    return 0;
}

QJsonObject ScenarioTimeline::toJson() const
{
    QJsonArray sampleArray;
    for (const Sample& s : samples) {
        QJsonArray backendArray;
        for (const BackendShare& b : s.backends)
            backendArray.append(QJsonObject {
                { u"backend"_s, b.backend }, { u"fallback"_s, b.fallback }, { u"share"_s, rounded(b.share) } });
        QJsonArray priorityArray;
        for (const PriorityLoad& p : s.priorities)
            priorityArray.append(QJsonObject { { u"priority"_s, p.priority }, { u"health"_s, p.health },
                { u"load"_s, p.load }, { u"panic"_s, p.panic } });
        QJsonArray endpointArray;
        for (const EndpointState& e : s.endpoints)
            endpointArray.append(QJsonObject { { u"backend"_s, e.backend }, { u"index"_s, e.index },
                { u"address"_s, e.address }, { u"healthy"_s, e.healthy }, { u"activeHealthy"_s, e.activeHealthy },
                { u"ejected"_s, e.ejected }, { u"failing"_s, e.failing }, { u"share"_s, rounded(e.share) } });
        sampleArray.append(QJsonObject { { u"t"_s, seconds(s.atMs) }, { u"backends"_s, backendArray },
            { u"priorities"_s, priorityArray }, { u"panic"_s, s.panic }, { u"totalPanic"_s, s.totalPanic },
            { u"noHealthyUpstream"_s, s.noHealthyUpstream }, { u"failing"_s, rounded(s.failing) },
            { u"endpoints"_s, endpointArray } });
    }
    QJsonArray transitionArray;
    for (const Transition& t : transitions)
        transitionArray.append(QJsonObject { { u"t"_s, seconds(t.atMs) }, { u"backend"_s, t.backend },
            { u"index"_s, t.index }, { u"what"_s, t.what }, { u"detail"_s, t.detail } });
    QJsonArray backendArray;
    for (const BackendMoments& b : backends)
        backendArray.append(QJsonObject { { u"backend"_s, b.backend }, { u"fallback"_s, b.fallback },
            { u"baseline"_s, rounded(b.baseline) }, { u"lostAt"_s, seconds(b.lostAtMs) },
            { u"returnsAt"_s, seconds(b.returnsAtMs) } });
    return QJsonObject {
        { u"route"_s, route },
        { u"rule"_s, rule },
        { u"samples"_s, sampleArray },
        { u"transitions"_s, transitionArray },
        { u"backends"_s, backendArray },
        { u"failoverStartsAt"_s, seconds(failoverStartsAtMs) },
        { u"failoverEndsAt"_s, seconds(failoverEndsAtMs) },
        { u"notes"_s, QJsonArray::fromStringList(notes) },
    };
}

} // namespace bw
