// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "simulation/failoverscenario.h"
#include "simulation/rulesimulation.h"
#include "simulation/scenariorunner.h"
#include "simulation/scenariotimeline.h"

using namespace Qt::StringLiterals;

namespace bw {

bool ScenarioReport::write(
    QTextStream& out, const FailoverScenario& scenario, const RuleSimulation& rule, const QString& format)
{
    const ScenarioTimeline timeline = ScenarioRunner::run(rule, scenario);
    const bool failing = std::any_of(timeline.samples.begin(), timeline.samples.end(),
        [](const ScenarioTimeline::Sample& s) { return s.failing > 0; });
    if (format == u"json") {
        // `rules` as without a scenario, for the state the scenario ends in.
        QJsonArray rulesJson;
        if (!timeline.samples.empty()) {
            const ScenarioTimeline::Sample& last = timeline.samples.back();
            QJsonArray priorities;
            for (const ScenarioTimeline::PriorityLoad& p : last.priorities)
                priorities.append(QJsonObject { { u"priority"_s, p.priority }, { u"health"_s, p.health },
                    { u"load"_s, p.load }, { u"panic"_s, p.panic } });
            QJsonArray backends;
            for (size_t b = 0; b < last.backends.size() && b < rule.backends.size(); ++b)
                backends.append(
                    QJsonObject { { u"backend"_s, last.backends[b].backend }, { u"kind"_s, rule.backends[b].key.kind },
                        { u"fallback"_s, last.backends[b].fallback }, { u"share"_s, last.backends[b].share } });
            QJsonArray endpoints;
            for (const ScenarioTimeline::EndpointState& e : last.endpoints)
                endpoints.append(QJsonObject { { u"backend"_s, e.backend }, { u"index"_s, e.index },
                    { u"address"_s, e.address }, { u"healthy"_s, e.healthy }, { u"share"_s, e.share } });
            rulesJson.append(QJsonObject { { u"route"_s, rule.routeText() }, { u"kind"_s, rule.route.kind },
                { u"rule"_s, rule.rule }, { u"priorities"_s, priorities }, { u"backends"_s, backends },
                { u"endpoints"_s, endpoints }, { u"panic"_s, last.panic }, { u"at"_s, last.atMs / 1000.0 } });
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"rules"_s, rulesJson }, { u"scenario"_s, timeline.toJson() } })
                .toJson(QJsonDocument::Indented));
        out.flush();
        return failing;
    }
    const auto seconds = [](qint64 ms) { return QString(QString::number(ms / 1000.0, 'f', 1) + u's'); };
    out << tr("Scenario %1 on %2 %3 rule %4, %5")
               .arg(scenario.fileName, rule.route.kind, rule.routeText())
               .arg(rule.rule)
               .arg(seconds(scenario.durationMs))
        << u'\n';
    for (const ScenarioTimeline::Transition& t : timeline.transitions)
        out << u"  "_s << seconds(t.atMs).rightJustified(7) << u"  "_s << t.backend << u'#' << t.index << u' ' << t.what
            << (t.detail.isEmpty() ? QString() : u": "_s + t.detail) << u'\n';
    // The shares whenever they change.
    QStringList header { tr("time").rightJustified(7) };
    for (const RuleSimulation::Backend& b : rule.backends)
        header.append(b.name() + (b.fallback ? tr(" (fallback)") : QString()));
    header.append(tr("failing"));
    out << u"  "_s << header.join(u"  "_s) << u'\n';
    QStringList last;
    for (const ScenarioTimeline::Sample& s : timeline.samples) {
        QStringList row;
        for (size_t b = 0; b < s.backends.size(); ++b)
            row.append(QString(QString::number(s.backends[b].share, 'f', 2) + u'%')
                           .rightJustified(int(header.value(qsizetype(b) + 1).size())));
        row.append(QString(QString::number(s.failing, 'f', 2) + u'%').rightJustified(int(header.last().size())));
        if (row == last)
            continue;
        last = row;
        out << u"  "_s << seconds(s.atMs).rightJustified(7) << u"  "_s << row.join(u"  "_s) << u'\n';
    }
    if (timeline.failoverStartsAtMs)
        out << u"  "_s
            << tr("failover starts at %1, ends at %2")
                   .arg(seconds(*timeline.failoverStartsAtMs),
                       timeline.failoverEndsAtMs ? seconds(*timeline.failoverEndsAtMs)
                                                 : tr("(not within the scenario)"))
            << u'\n';
    else
        out << u"  "_s << tr("no failover: the fallback never takes requests") << u'\n';
    for (const QString& n : timeline.notes)
        out << u"  "_s << tr("note: %1").arg(n) << u'\n';
    out.flush();
    return failing;
}

} // namespace bw
