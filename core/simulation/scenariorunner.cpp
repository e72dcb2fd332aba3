// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariorunner.h"

#include <QCoreApplication>
#include <queue>

#include <algorithm>
#include <cmath>
#include <limits>

#include "activehealthchecker.h"
#include "failoversimulator.h"
#include "outlierdetector.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::ScenarioRunner)
};

constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr double kEpsilon = 1e-9;

QString secondsText(qint64 ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 3);
}

// What the scenario makes an endpoint do.
struct Truth
{
    bool down = false;
    double errorRate = 0;
    int errorStatus = 503;
    bool errorsReachProbes = true;
    qint64 latencyMs = 0;
    bool latencyReachesProbes = true;
    // Deterministic error patterns: a fraction `rate` of answers, evenly spread.
    double requestErrors = 0;
    double probeErrors = 0;

    [[nodiscard]] double failingFraction() const
    {
        if (down || latencyMs >= ScenarioRunner::kRouteTimeoutMs)
            return 1.0;
        return errorRate;
    }
};

bool nextIsError(double& accumulator, double rate)
{
    if (rate <= 0)
        return false;
    accumulator += rate;
    if (accumulator >= 1.0 - kEpsilon) {
        accumulator -= 1.0;
        return true;
    }
    return false;
}

struct Response
{
    qint64 atMs = 0;
    quint64 sequence = 0;
    int host = 0;
    int status = 200;
    bool operator>(const Response& o) const { return atMs != o.atMs ? atMs > o.atMs : sequence > o.sequence; }
};

class Run
{
public:
    Run(const RuleSimulation& rule, const FailoverScenario& scenario)
        : m_rule(rule)
        , m_scenario(scenario)
    {
        for (size_t b = 0; b < rule.backends.size(); ++b) {
            m_offset.push_back(int(m_hosts.size()));
            for (qsizetype e = 0; e < rule.backends[b].endpoints.size(); ++e)
                m_hosts.push_back({ int(b), int(e) });
        }
        m_truth.resize(m_hosts.size());
        m_firstFailingMs.assign(m_hosts.size(), std::nullopt);
        m_everOut.assign(m_hosts.size(), false);
        m_refusalShown.assign(m_hosts.size(), false);
        if (rule.health.active.enabled) {
            for (size_t h = 0; h < m_hosts.size(); ++h)
                m_checkers.emplace_back(rule.health.active);
        }
        if (rule.health.passive.enabled)
            m_detector.emplace(rule.health.passive, int(m_hosts.size()));
        m_out.route = rule.routeText();
        m_out.rule = rule.rule;
    }

    ScenarioTimeline go()
    {
        explainSetup();
        resolveEvents();
        loop();
        moments();
        explainOutcome();
        return std::move(m_out);
    }

private:
    struct HostRef
    {
        int backend = 0;
        int endpoint = 0;
    };
    struct Resolved
    {
        const FailoverScenario::Event* event = nullptr;
        std::vector<int> hosts;
    };

    [[nodiscard]] QString hostName(int h) const
    {
        return m_rule.backends[size_t(m_hosts[size_t(h)].backend)].name() + u'#'
            + QString::number(m_hosts[size_t(h)].endpoint);
    }
    [[nodiscard]] bool activeHealthy(int h) const { return m_checkers.empty() || m_checkers[size_t(h)].healthy(); }
    [[nodiscard]] bool ejected(int h) const { return m_detector && m_detector->ejected(h); }
    [[nodiscard]] bool healthy(int h) const { return activeHealthy(h) && !ejected(h); }

    void transition(qint64 at, int h, const QString& what, const QString& detail)
    {
        m_out.transitions.push_back({ at, m_rule.backends[size_t(m_hosts[size_t(h)].backend)].name(),
            m_hosts[size_t(h)].endpoint, what, detail });
    }

    void healthChanged(int h)
    {
        m_dirty = true;
        if (!healthy(h))
            m_everOut[size_t(h)] = true;
    }

    const FailoverSimulator::Result& current()
    {
        if (m_dirty) {
            m_result = FailoverSimulator::simulate(m_rule.input([this](int b, int e) {
                return healthy(m_offset[size_t(b)] + e) ? FailoverSimulator::HostHealth::Healthy
                                                        : FailoverSimulator::HostHealth::Unhealthy;
            }));
            m_shares.assign(m_hosts.size(), 0.0);
            for (size_t h = 0; h < m_hosts.size(); ++h)
                m_shares[h] = m_result.hostShare[size_t(m_hosts[h].backend)][size_t(m_hosts[h].endpoint)];
            // Start the request spreading afresh with the new shares.
            m_credits.assign(m_hosts.size(), 0.0);
            m_dirty = false;
        }
        return m_result;
    }

    // Which endpoint the next request goes to: smooth weighted round robin over the shares,
    // which follows them exactly and deterministically (Envoy picks at random with the same
    // proportions).
    int route()
    {
        current();
        double total = 0;
        int best = -1;
        for (size_t h = 0; h < m_hosts.size(); ++h) {
            if (m_shares[h] <= 0)
                continue;
            m_credits[h] += m_shares[h];
            total += m_shares[h];
            if (best < 0 || m_credits[h] > m_credits[size_t(best)] + kEpsilon)
                best = int(h);
        }
        if (best >= 0)
            m_credits[size_t(best)] -= total;
        return best;
    }

    void explainSetup()
    {
        const HealthCheckPolicy& hc = m_rule.health;
        for (const QString& p : m_rule.problems)
            m_out.notes.append(Strings::tr("The health check policy has a problem, its default is used: %1").arg(p));
        for (const RuleSimulation::Backend& b : m_rule.backends) {
            if (b.missing)
                m_out.notes.append(
                    Strings::tr("%1 is not in the workspace: the simulation has no endpoints for it.").arg(b.name()));
        }
        const bool hasFallback = std::any_of(m_rule.backends.begin(), m_rule.backends.end(),
            [](const RuleSimulation::Backend& b) { return b.fallback; });
        if (!hc.active.enabled && !hc.passive.enabled) {
            m_out.notes.append(hasFallback
                    ? Strings::tr("No health check applies to %1 rule %2 (no BackendTrafficPolicy with "
                                  "healthCheck.active or healthCheck.passive): Envoy never marks an endpoint "
                                  "unhealthy, so requests keep going to endpoints that are down and the fallback "
                                  "never takes over.")
                          .arg(m_rule.routeText())
                          .arg(m_rule.rule)
                    : Strings::tr("No health check applies to %1 rule %2 (no BackendTrafficPolicy with "
                                  "healthCheck.active or healthCheck.passive): Envoy never marks an endpoint "
                                  "unhealthy, so requests keep going to endpoints that are down.")
                          .arg(m_rule.routeText())
                          .arg(m_rule.rule));
        }
        if (hc.passive.enabled && m_scenario.requestRate <= 0)
            m_out.notes.append(
                Strings::tr("requestRate is 0: passive health checks see no answers and eject nothing."));
        if (hc.active.enabled && hc.active.intervalMs < 100)
            m_out.notes.append(Strings::tr("The active check interval is %1 ms, shorter than Envoy Gateway would "
                                           "usually be configured with; the run may take a while.")
                                   .arg(hc.active.intervalMs));
    }

    void resolveEvents()
    {
        const HealthCheckPolicy& hc = m_rule.health;
        bool tcpNote = false;
        bool latencyNote = false;
        bool statusNote = false;
        for (const FailoverScenario::Event& e : m_scenario.events) {
            std::vector<int> backends;
            for (size_t b = 0; b < m_rule.backends.size(); ++b) {
                const QString name = m_rule.backends[b].name();
                if (e.backend.contains(u'/') ? name == e.backend : name.section(u'/', -1) == e.backend)
                    backends.push_back(int(b));
            }
            if (backends.empty()) {
                m_out.notes.append(Strings::tr("%1: %2 is not a backend of %3 rule %4; the event is ignored.")
                                       .arg(e.where(), e.backend, m_rule.routeText())
                                       .arg(m_rule.rule));
                continue;
            }
            if (backends.size() > 1) {
                m_out.notes.append(Strings::tr("%1: several backends of %2 rule %3 are called %4; name the namespace. "
                                               "The event is ignored.")
                                       .arg(e.where(), m_rule.routeText())
                                       .arg(m_rule.rule)
                                       .arg(e.backend));
                continue;
            }
            const int b = backends.front();
            const int count = int(m_rule.backends[size_t(b)].endpoints.size());
            Resolved r;
            r.event = &e;
            if (e.endpoint) {
                if (*e.endpoint >= count) {
                    m_out.notes.append(Strings::tr(
                        "%1: %2 has %n endpoint(s), so there is no #%3; the event is ignored.", nullptr, count)
                                           .arg(e.where(), m_rule.backends[size_t(b)].name())
                                           .arg(*e.endpoint));
                    continue;
                }
                r.hosts.push_back(m_offset[size_t(b)] + *e.endpoint);
            } else {
                for (int i = 0; i < count; ++i)
                    r.hosts.push_back(m_offset[size_t(b)] + i);
            }
            m_events.push_back(std::move(r));
            using Kind = FailoverScenario::Event::Kind;
            if (e.kind == Kind::Errors && e.probes && hc.active.enabled
                && hc.active.type == HealthCheckPolicy::Active::Type::Tcp && !tcpNote) {
                tcpNote = true;
                m_out.notes.append(Strings::tr("%1: the active check is TCP, which only connects: it does not see "
                                               "HTTP errors.")
                                       .arg(e.where()));
            }
            if (e.kind == Kind::Latency && e.latencyMs < ScenarioRunner::kRouteTimeoutMs && !latencyNote
                && (!hc.active.enabled || !e.probes)) {
                latencyNote = true;
                m_out.notes.append(
                    Strings::tr("%1: slow answers are no errors for passive health checks (below Envoy's "
                                "15 s route timeout); only an active check's timeout notices them.")
                        .arg(e.where()));
            }
            if (e.kind == Kind::Errors && e.status < 500 && hc.passive.enabled && !statusNote) {
                statusNote = true;
                m_out.notes.append(Strings::tr("%1: status %2 is not a 5xx, so outlier detection does not count it.")
                                       .arg(e.where())
                                       .arg(e.status));
            }
        }
    }

    void apply(const Resolved& r, qint64 at)
    {
        using Kind = FailoverScenario::Event::Kind;
        const FailoverScenario::Event& e = *r.event;
        for (int h : r.hosts) {
            Truth& t = m_truth[size_t(h)];
            QString what;
            QString detail;
            switch (e.kind) {
            case Kind::Down:
                t.down = true;
                what = u"down"_s;
                detail = Strings::tr("goes down: connections are refused");
                break;
            case Kind::Up:
                t = Truth {};
                what = u"up"_s;
                detail = Strings::tr("is back: answers normally");
                break;
            case Kind::Errors:
                t.errorRate = e.rate;
                t.errorStatus = e.status;
                t.errorsReachProbes = e.probes;
                t.requestErrors = t.probeErrors = 0;
                what = u"errors"_s;
                detail = e.rate > 0 ? Strings::tr("answers %1 %2 % of the time").arg(e.status).arg(e.rate * 100)
                                    : Strings::tr("stops answering with errors");
                break;
            case Kind::Latency:
                t.latencyMs = e.latencyMs;
                t.latencyReachesProbes = e.probes;
                what = u"latency"_s;
                detail = e.latencyMs > 0 ? Strings::tr("answers after %1").arg(secondsText(e.latencyMs))
                                         : Strings::tr("answers without delay again");
                break;
            }
            transition(at, h, what, detail);
            m_refusalShown[size_t(h)] = false;
            if (t.failingFraction() > 0 && !m_firstFailingMs[size_t(h)])
                m_firstFailingMs[size_t(h)] = at;
        }
    }

    ActiveHealthChecker::Probe answerProbe(int h)
    {
        Truth& t = m_truth[size_t(h)];
        ActiveHealthChecker::Probe p;
        if (t.down) {
            p.outcome = ActiveHealthChecker::Outcome::Failure;
            return p;
        }
        if (t.latencyReachesProbes)
            p.latencyMs = t.latencyMs;
        if (t.errorsReachProbes && nextIsError(t.probeErrors, t.errorRate)) {
            p.outcome = ActiveHealthChecker::Outcome::HttpStatus;
            p.status = t.errorStatus;
        }
        return p;
    }

    void activeStep(int h, qint64 at)
    {
        ActiveHealthChecker& c = m_checkers[size_t(h)];
        const std::optional<ActiveHealthChecker::Check> done = c.step([this, h](qint64) { return answerProbe(h); });
        if (!done)
            return;
        if (done->changed()) {
            QString detail;
            if (done->healthyAfter) {
                detail = c.config().healthyThreshold > 1 ? Strings::tr(
                             "%n active check(s) passed in a row: healthy again", nullptr, c.config().healthyThreshold)
                                                         : Strings::tr("active check passed: healthy again");
            } else {
                const QString why = done->timedOut
                    ? Strings::tr("timed out after %1").arg(secondsText(c.config().timeoutMs))
                    : done->probe.outcome == ActiveHealthChecker::Outcome::Failure
                    ? Strings::tr("connection refused")
                    : Strings::tr("answered %1").arg(done->probe.status);
                detail = done->verdict == ActiveHealthChecker::Verdict::FailAtOnce
                    ? Strings::tr("active check %1, not an expected status: unhealthy at once").arg(why)
                    : Strings::tr("%n active check(s) failed in a row (the last: %1): unhealthy", nullptr,
                        c.config().unhealthyThreshold)
                          .arg(why);
            }
            transition(at, h, done->healthyAfter ? u"healthy"_s : u"unhealthy"_s, detail);
            healthChanged(h);
        }
        if (done->verdict == ActiveHealthChecker::Verdict::Pass && done->healthyAfter && m_detector
            && m_detector->activeCheckPassed(h, at)) {
            transition(at, h, u"unejected"_s, Strings::tr("back from ejection: an active check passed"));
            healthChanged(h);
        }
    }

    void request(qint64 at)
    {
        const int h = route();
        if (h < 0)
            return; // nowhere to go: Envoy answers 503 itself, which no host's monitor sees
        Truth& t = m_truth[size_t(h)];
        Response r;
        r.sequence = m_sequence++;
        r.host = h;
        if (t.down) {
            r.atMs = at; // connection refused: Envoy's local-origin failure, reported as 503
            r.status = 503;
        } else if (t.latencyMs >= ScenarioRunner::kRouteTimeoutMs) {
            r.atMs = at + ScenarioRunner::kRouteTimeoutMs; // Envoy times out and reports 504
            r.status = 504;
        } else {
            r.atMs = at + t.latencyMs;
            r.status = nextIsError(t.requestErrors, t.errorRate) ? t.errorStatus : 200;
        }
        m_responses.push(r);
    }

    void response(const Response& r)
    {
        const std::optional<OutlierDetector::Ejection> e = m_detector->response(r.host, r.status, r.atMs);
        if (!e)
            return;
        const QString reason = e->reason == OutlierDetector::Reason::Consecutive5xx
            ? Strings::tr("%n consecutive 5xx", nullptr, m_rule.health.passive.consecutive5xxErrors)
            : Strings::tr("%n consecutive gateway errors", nullptr, m_rule.health.passive.consecutiveGatewayErrors);
        if (e->refused) {
            ++m_refused;
            if (!m_firstRefusal)
                m_firstRefusal = *e;
            // Envoy tries again after every few errors; once per episode is enough to show.
            if (m_refusalShown[size_t(r.host)])
                return;
            m_refusalShown[size_t(r.host)] = true;
            transition(r.atMs, r.host, u"ejectionRefused"_s,
                Strings::tr("not ejected after %1: maxEjectionPercent %2 allows %3 of %4 endpoints out at once")
                    .arg(reason)
                    .arg(m_detector->config().maxEjectionPercent)
                    .arg(m_detector->maxEjectable())
                    .arg(m_detector->hostCount()));
            return;
        }
        m_refusalShown[size_t(r.host)] = false;
        transition(r.atMs, r.host, u"ejected"_s,
            Strings::tr("ejected after %1, for %2 (ejection %3)")
                .arg(reason, secondsText(e->durationMs))
                .arg(m_detector->ejections(r.host)));
        healthChanged(r.host);
    }

    void sweep(qint64 at)
    {
        for (int h : m_detector->sweep()) {
            transition(at, h, u"unejected"_s, Strings::tr("back from ejection: its time is up"));
            healthChanged(h);
        }
    }

    void sample(qint64 at)
    {
        const FailoverSimulator::Result& r = current();
        ScenarioTimeline::Sample s;
        s.atMs = at;
        for (size_t b = 0; b < m_rule.backends.size(); ++b)
            s.backends.push_back({ m_rule.backends[b].name(), m_rule.backends[b].fallback, r.localityShare[b] });
        for (const FailoverSimulator::Priority& p : r.priorities)
            s.priorities.push_back({ p.priority, p.health, p.load, p.panic });
        s.panic = r.anyPanic();
        s.totalPanic = r.totalPanic;
        s.noHealthyUpstream = r.noHealthyUpstream;
        s.failing = r.noHealthyUpstream ? 100.0 : 0.0;
        for (size_t h = 0; h < m_hosts.size(); ++h) {
            ScenarioTimeline::EndpointState e;
            e.backend = m_rule.backends[size_t(m_hosts[h].backend)].name();
            e.index = m_hosts[h].endpoint;
            e.address = m_rule.backends[size_t(m_hosts[h].backend)].endpoints[e.index];
            e.activeHealthy = activeHealthy(int(h));
            e.ejected = ejected(int(h));
            e.healthy = e.activeHealthy && !e.ejected;
            e.failing = m_truth[h].failingFraction() > 0;
            e.share = m_shares[h];
            if (!r.noHealthyUpstream)
                s.failing += m_shares[h] * m_truth[h].failingFraction();
            s.endpoints.push_back(std::move(e));
        }
        s.failing = std::min(100.0, s.failing);
        if (s.panic && !m_firstPanicMs)
            m_firstPanicMs = at;
        m_out.samples.push_back(std::move(s));
    }

    void loop()
    {
        const qint64 end = m_scenario.durationMs;
        const qint64 step = std::max<qint64>(1, m_scenario.stepMs);
        const double rate = m_scenario.requestRate;
        const bool requests = m_detector && rate > 0;
        size_t nextEvent = 0;
        qint64 nextSampleMs = 0;
        qint64 requestIndex = 0;
        const auto requestAt = [rate](qint64 k) { return qint64(std::floor(double(k) * 1000.0 / rate)); };
        while (true) {
            // Everything due next, in the order things happen at the same millisecond.
            const qint64 tEvent = nextEvent < m_events.size() ? m_events[nextEvent].event->atMs : kNever;
            qint64 tActive = kNever;
            int activeHost = -1;
            for (size_t h = 0; h < m_checkers.size(); ++h) {
                if (m_checkers[h].nextAtMs() < tActive) {
                    tActive = m_checkers[h].nextAtMs();
                    activeHost = int(h);
                }
            }
            const qint64 tResponse = m_responses.empty() ? kNever : m_responses.top().atMs;
            const qint64 tSweep = m_detector ? m_detector->nextSweepAtMs() : kNever;
            const qint64 tRequest = requests ? requestAt(requestIndex) : kNever;
            const qint64 tSample = nextSampleMs <= end ? nextSampleMs : kNever;
            const qint64 t = std::min({ tEvent, tActive, tResponse, tSweep, tRequest, tSample });
            if (t > end)
                break;
            if (tEvent == t) {
                apply(m_events[nextEvent++], t);
            } else if (tActive == t) {
                activeStep(activeHost, t);
            } else if (tResponse == t) {
                const Response r = m_responses.top();
                m_responses.pop();
                response(r);
            } else if (tSweep == t) {
                sweep(t);
            } else if (tRequest == t) {
                request(t);
                ++requestIndex;
            } else {
                sample(t);
                nextSampleMs += step;
            }
        }
    }

    void moments()
    {
        const auto fallbackShare = [](const ScenarioTimeline::Sample& s) {
            double sum = 0;
            for (const ScenarioTimeline::BackendShare& b : s.backends) {
                if (b.fallback)
                    sum += b.share;
            }
            return sum;
        };
        bool seenNone = false;
        for (const ScenarioTimeline::Sample& s : m_out.samples) {
            const bool some = fallbackShare(s) > kEpsilon;
            if (!m_out.failoverStartsAtMs) {
                if (!some)
                    seenNone = true;
                else if (seenNone)
                    m_out.failoverStartsAtMs = s.atMs;
            } else if (!m_out.failoverEndsAtMs && !some) {
                m_out.failoverEndsAtMs = s.atMs;
            }
        }
        for (size_t b = 0; b < m_rule.backends.size(); ++b) {
            ScenarioTimeline::BackendMoments m;
            m.backend = m_rule.backends[b].name();
            m.fallback = m_rule.backends[b].fallback;
            if (!m_out.samples.empty())
                m.baseline = m_out.samples.front().backends[b].share;
            for (const ScenarioTimeline::Sample& s : m_out.samples) {
                const double share = s.backends[b].share;
                if (!m.lostAtMs) {
                    if (share < m.baseline - kEpsilon)
                        m.lostAtMs = s.atMs;
                } else if (share >= m.baseline - kEpsilon) {
                    m.returnsAtMs = s.atMs;
                    break;
                }
            }
            m_out.backends.push_back(std::move(m));
        }
    }

    void explainOutcome()
    {
        if (m_refused > 0 && m_firstRefusal) {
            m_out.notes.append(
                Strings::tr("Outlier detection found %1 failing at %2 but did not eject it (%n time(s) refused in "
                            "all): maxEjectionPercent %3 lets at most %4 of the cluster's %5 endpoints out at once, "
                            "and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy "
                            "Gateway's failover guide does) or add an active health check.",
                    nullptr, m_refused)
                    .arg(hostName(m_firstRefusal->host), secondsText(m_firstRefusal->atMs))
                    .arg(m_detector->config().maxEjectionPercent)
                    .arg(m_detector->maxEjectable())
                    .arg(m_detector->hostCount()));
        } else {
            // Nothing failed enough to show it, but the configuration has the trap all the same.
            const HealthCheckPolicy& hc = m_rule.health;
            const bool hasFallback = std::any_of(m_rule.backends.begin(), m_rule.backends.end(),
                [](const RuleSimulation::Backend& b) { return b.fallback; });
            if (hc.passive.enabled && !hc.active.enabled && hasFallback && hc.passive.maxEjectionPercent < 100
                && m_detector) {
                m_out.notes.append(Strings::tr(
                    "Only passive health checks, with maxEjectionPercent %1: outlier detection may eject at "
                    "most %2 of the cluster's %3 endpoints at once (the fallback's count too), so failover "
                    "needs maxEjectionPercent: 100 or an active check.")
                                       .arg(hc.passive.maxEjectionPercent)
                                       .arg(m_detector->maxEjectable())
                                       .arg(m_detector->hostCount()));
            }
        }
        for (size_t h = 0; h < m_hosts.size(); ++h) {
            if (m_firstFailingMs[h] && !m_everOut[h])
                m_out.notes.append(Strings::tr("%1 fails requests from %2 but is never taken out of the load "
                                               "balancing: nothing marks it unhealthy.")
                                       .arg(hostName(int(h)), secondsText(*m_firstFailingMs[h])));
        }
        if (m_firstPanicMs)
            m_out.notes.append(Strings::tr("From %1 a priority is in panic (fewer than %2 % of its endpoints healthy "
                                           "while the cluster as a whole is short): Envoy sends its share to all of "
                                           "its endpoints, the unhealthy ones too.")
                                   .arg(secondsText(*m_firstPanicMs))
                                   .arg(m_rule.health.panicThreshold));
    }

    const RuleSimulation& m_rule;
    const FailoverScenario& m_scenario;
    std::vector<HostRef> m_hosts;
    std::vector<int> m_offset; // first host of each backend
    std::vector<Truth> m_truth;
    std::vector<ActiveHealthChecker> m_checkers;
    std::optional<OutlierDetector> m_detector;
    std::vector<Resolved> m_events;
    std::priority_queue<Response, std::vector<Response>, std::greater<>> m_responses;
    quint64 m_sequence = 0;
    bool m_dirty = true;
    FailoverSimulator::Result m_result;
    std::vector<double> m_shares;
    std::vector<double> m_credits;
    std::vector<std::optional<qint64>> m_firstFailingMs;
    std::vector<bool> m_everOut;
    std::vector<bool> m_refusalShown; // an ejectionRefused transition since the last change
    int m_refused = 0;
    std::optional<OutlierDetector::Ejection> m_firstRefusal;
    std::optional<qint64> m_firstPanicMs;
    ScenarioTimeline m_out;
};

} // namespace

ScenarioTimeline ScenarioRunner::run(const RuleSimulation& rule, const FailoverScenario& scenario)
{
    return Run(rule, scenario).go();
}

} // namespace bw
