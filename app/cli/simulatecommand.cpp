// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatecommand.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "commandlineoptions.h"
#include "probe/connecttorule.h"
#include "scenarioreport.h"
#include "simulation/failoverscenario.h"
#include "simulation/failoversimulator.h"
#include "simulation/livefailovermonitor.h"
#include "simulation/rulesimulation.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

int SimulateCommand::run(const QStringList& arguments)
{
    Workspace workspace;
    CommandLineOptions options(name(),
        { u"--format"_s, u"--route"_s, u"--unhealthy"_s, u"--duration"_s, u"--connect-to"_s, u"--scenario"_s,
            u"--live"_s });
    if (const int done = parseWithPaths(options, arguments, workspace); done != Continue)
        return done;
    QString format;
    if (!readFormat(options, { u"text"_s, u"json"_s }, &format))
        return UsageOrInput;
    const QStringList paths = options.positionals();
    const QString routeFilter = options.value(u"--route"_s);
    const QStringList unhealthy = options.values(u"--unhealthy"_s);
    const bool live = options.isSet(u"--live"_s);
    const QString scenarioFile = options.value(u"--scenario"_s);
    double durationS = -1;
    if (options.isSet(u"--duration"_s)) {
        const QString value = options.value(u"--duration"_s);
        bool ok = false;
        durationS = value.toDouble(&ok);
        if (!ok || durationS <= 0 || durationS > 86400)
            return usage(tr("--duration takes seconds from 0 to 86400, not \"%1\"").arg(value));
    }
    QList<ConnectToRule> connectTo;
    if (!readConnectTo(options, &connectTo))
        return UsageOrInput;
    if (live && durationS < 0)
        return usage(tr("--live needs --duration S"));
    if (!live && (durationS >= 0 || !connectTo.isEmpty()))
        return usage(tr("--duration and --connect-to go with --live"));
    if (live && !unhealthy.isEmpty())
        return usage(tr("--unhealthy and --live do not go together: live mode checks the real endpoints"));
    if (!scenarioFile.isEmpty() && (live || !unhealthy.isEmpty()))
        return usage(tr("--scenario goes with neither --live nor --unhealthy: the scenario says what fails"));
    std::optional<FailoverScenario> scenario;
    if (!scenarioFile.isEmpty()) {
        QFile f(scenarioFile);
        if (!f.open(QIODevice::ReadOnly))
            return usage(tr("%1: cannot read the scenario: %2").arg(scenarioFile, f.errorString()));
        QString error;
        scenario = FailoverScenario::parse(f.read(4 * 1024 * 1024), scenarioFile, &error);
        if (!scenario)
            return usage(error);
    }
    if (!openInput(workspace, paths))
        return UsageOrInput;
    if (const int none = requireManifests(workspace, paths); none != Continue)
        return none;

    std::vector<RuleSimulation> rules = RuleSimulation::plan(workspace);
    if (!routeFilter.isEmpty()) {
        std::erase_if(rules, [&](const RuleSimulation& r) { return r.routeText() != routeFilter; });
        if (rules.empty())
            return usage(tr("no route %1 with backendRefs in these files").arg(routeFilter));
    }
    if (scenario) {
        QString error;
        const RuleSimulation* rule = scenario->selectRule(rules, &error);
        if (!rule)
            return usage(error);
        return ScenarioReport::write(m_out, *scenario, *rule, format) ? Problems : Success;
    }
    // NAMESPACE/NAME -> endpoint indexes marked down (empty: all of them).
    QHash<QString, QList<int>> down;
    for (const QString& u : std::as_const(unhealthy)) {
        const QString name = u.section(u'#', 0, 0);
        QList<int>& indexes = down[name];
        if (u.contains(u'#')) {
            bool ok = false;
            const int index = u.section(u'#', 1).toInt(&ok);
            if (!ok || index < 0)
                return usage(tr("--unhealthy %1: the endpoint index after # must be a number from 0").arg(u));
            indexes.append(index);
        } else {
            indexes.append(-1);
        }
        bool known = false;
        for (const RuleSimulation& r : rules) {
            for (const RuleSimulation::Backend& b : r.backends) {
                if (b.name() != name)
                    continue;
                known = true;
                if (u.contains(u'#') && indexes.last() >= b.endpoints.size())
                    return usage(
                        tr("--unhealthy %1: %2 has %n endpoint(s)", nullptr, int(b.endpoints.size())).arg(u, name));
            }
        }
        if (!known)
            return usage(tr("--unhealthy %1: no route in these files sends traffic to %2").arg(u, name));
    }

    // Live mode: the health checks run against the real endpoints for the duration; the
    // timeline records the shares whenever a host's health flips.
    std::vector<std::unique_ptr<LiveFailoverMonitor>> monitors;
    QJsonArray timeline;
    if (live) {
        QEventLoop loop;
        for (const RuleSimulation& rule : rules) {
            monitors.push_back(std::make_unique<LiveFailoverMonitor>(rule, connectTo));
            LiveFailoverMonitor* m = monitors.back().get();
            QObject::connect(m, &LiveFailoverMonitor::updated, m, [&, m](bool changed) {
                if (!changed && m->rounds() > 1)
                    return;
                const FailoverSimulator::Result r = m->current();
                const double t = m->elapsedMs() / 1000.0;
                QJsonArray shares;
                QStringList text;
                for (size_t b = 0; b < m->rule().backends.size(); ++b) {
                    shares.append(QJsonObject {
                        { u"backend"_s, m->rule().backends[b].name() }, { u"share"_s, r.localityShare[b] } });
                    text.append(
                        m->rule().backends[b].name() + u' ' + QString::number(r.localityShare[b], 'f', 2) + u'%');
                }
                timeline.append(QJsonObject { { u"t"_s, t }, { u"route"_s, m->rule().routeText() },
                    { u"rule"_s, m->rule().rule }, { u"backends"_s, shares } });
                if (format == u"text") {
                    m_out << u'[' << QString::number(t, 'f', 1) << u"s] "_s << m->rule().routeText() << u' '
                          << tr("rule %1").arg(m->rule().rule) << u": "_s << text.join(u", "_s) << u'\n';
                    m_out.flush();
                }
            });
            m->start();
        }
        QTimer::singleShot(int(durationS * 1000), &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto& m : monitors)
            m->stop();
    }

    bool failing = false;
    QJsonArray jsonRules;
    for (size_t ri = 0; ri < rules.size(); ++ri) {
        const RuleSimulation& rule = rules[ri];
        const LiveFailoverMonitor* monitor = live ? monitors[ri].get() : nullptr;
        const auto healthOf = [&](int b, int e) {
            if (monitor)
                return monitor->endpoints()[size_t(b)][size_t(e)].healthy ? FailoverSimulator::HostHealth::Healthy
                                                                          : FailoverSimulator::HostHealth::Unhealthy;
            const QList<int> marked = down.value(rule.backends[size_t(b)].name());
            return marked.contains(-1) || marked.contains(e) ? FailoverSimulator::HostHealth::Unhealthy
                                                             : FailoverSimulator::HostHealth::Healthy;
        };
        const FailoverSimulator::Result r = FailoverSimulator::simulate(rule.input(healthOf));
        const double lost = rule.failingShare(r, healthOf);
        failing = failing || lost > 0;
        if (format == u"json") {
            QJsonArray priorities;
            for (const FailoverSimulator::Priority& p : r.priorities)
                priorities.append(
                    QJsonObject { { u"priority"_s, p.priority }, { u"health"_s, p.health }, { u"load"_s, p.load },
                        { u"hosts"_s, p.hosts }, { u"healthy"_s, p.healthy }, { u"panic"_s, p.panic } });
            QJsonArray backends;
            QJsonArray endpoints;
            for (size_t b = 0; b < rule.backends.size(); ++b) {
                const RuleSimulation::Backend& be = rule.backends[b];
                backends.append(QJsonObject { { u"backend"_s, be.name() }, { u"kind"_s, be.key.kind },
                    { u"group"_s, be.key.group }, { u"fallback"_s, be.fallback }, { u"weight"_s, be.weight },
                    { u"missing"_s, be.missing }, { u"share"_s, r.localityShare[b] } });
                for (qsizetype e = 0; e < be.endpoints.size(); ++e)
                    endpoints.append(QJsonObject { { u"backend"_s, be.name() }, { u"index"_s, int(e) },
                        { u"address"_s, be.endpoints[e] },
                        { u"healthy"_s, healthOf(int(b), int(e)) == FailoverSimulator::HostHealth::Healthy },
                        { u"share"_s, r.hostShare[b][size_t(e)] } });
            }
            jsonRules.append(QJsonObject { { u"route"_s, rule.routeText() }, { u"kind"_s, rule.route.kind },
                { u"rule"_s, rule.rule }, { u"priorities"_s, priorities }, { u"backends"_s, backends },
                { u"endpoints"_s, endpoints }, { u"panic"_s, r.anyPanic() }, { u"totalPanic"_s, r.totalPanic },
                { u"normalizedTotalAvailability"_s, r.normalizedTotalAvailability },
                { u"noHealthyUpstream"_s, r.noHealthyUpstream }, { u"failing"_s, lost },
                { u"panicThreshold"_s, rule.health.panicThreshold },
                { u"healthCheck"_s, rule.health.source.isEmpty() ? QJsonValue() : QJsonValue(rule.health.source) } });
            continue;
        }
        const auto percent = [](double v) { return QString(QString::number(v, 'f', 2) + u'%'); };
        m_out << tr("%1 %2 rule %3").arg(rule.route.kind, rule.routeText()).arg(rule.rule) << u'\n';
        for (const FailoverSimulator::Priority& p : r.priorities)
            m_out << u"  "_s
                  << tr("priority %1: %2 of %3 hosts healthy, health %4, load %5%%6")
                         .arg(p.priority)
                         .arg(p.healthy)
                         .arg(p.hosts)
                         .arg(p.health)
                         .arg(p.load)
                         .arg(p.panic ? tr(" (panic: all hosts used)") : QString())
                  << u'\n';
        for (size_t b = 0; b < rule.backends.size(); ++b) {
            const RuleSimulation::Backend& be = rule.backends[b];
            m_out << u"  "_s << percent(r.localityShare[b]).rightJustified(8) << u"  "_s << be.name()
                  << (be.fallback ? tr(" (fallback)") : QString()) << (be.missing ? tr(" (missing)") : QString())
                  << u'\n';
            for (qsizetype e = 0; e < be.endpoints.size(); ++e)
                m_out << u"    "_s << percent(r.hostShare[b][size_t(e)]).rightJustified(8) << u"  #"_s << e << u' '
                      << be.endpoints[e]
                      << (healthOf(int(b), int(e)) == FailoverSimulator::HostHealth::Healthy ? QString()
                                                                                             : tr(" (unhealthy)"))
                      << u'\n';
        }
        if (r.noHealthyUpstream)
            m_out << u"  "_s << tr("no healthy upstream: requests get 503") << u'\n';
        else if (lost > 0)
            m_out
                << u"  "_s
                << tr("%1 of requests fail: sent to unhealthy hosts (panic) or to a missing backend").arg(percent(lost))
                << u'\n';
        if (rule.health.source.isEmpty()
            && std::any_of(rule.backends.begin(), rule.backends.end(),
                [](const RuleSimulation::Backend& b) { return b.fallback; }))
            m_out << u"  "_s
                  << tr("note: no BackendTrafficPolicy health check applies, so endpoints are never marked unhealthy "
                        "and the fallback never takes traffic")
                  << u'\n';
    }
    if (format == u"json") {
        QJsonObject out { { u"rules"_s, jsonRules } };
        if (live)
            out.insert(u"timeline"_s, timeline);
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    }
    m_out.flush();
    return failing ? Problems : Success;
}

} // namespace bw
