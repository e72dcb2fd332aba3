// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverscenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

#include "document/document.h"
#include "rulesimulation.h"
#include "validation/namesyntax.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::FailoverScenario)
};

// Bounds that keep a run quick and its output readable; a scenario is minutes, not days.
constexpr qint64 kMaxDurationMs = 24LL * 3600 * 1000;
constexpr qint64 kMinStepMs = 10;
constexpr qint64 kMaxSamples = 100000;
constexpr double kMaxRequestRate = 100000;
// Passive detection is simulated request by request.
constexpr double kMaxRequests = 1e7;

QString durationText(qint64 ms)
{
    return ms % 1000 == 0 ? u"%1s"_s.arg(ms / 1000) : u"%1ms"_s.arg(ms);
}

// Reads the tree of one scenario document, collecting every problem with its place.
class Reader
{
public:
    Reader(const Document& doc, const YamlTree& tree, QStringList* errors)
        : m_doc(doc)
        , m_tree(tree)
        , m_errors(errors)
    { }

    void error(int node, const QString& field, const QString& message) const
    {
        const qsizetype offset = node >= 0 ? m_tree.node(node).valueRange.begin : 0;
        const TextPosition pos = m_doc.positionAt(offset);
        m_errors->append(u"%1:%2:%3: %4"_s.arg(m_doc.path())
                             .arg(pos.line)
                             .arg(pos.column)
                             .arg(field.isEmpty() ? message : field + u": "_s + message));
    }

    [[nodiscard]] int line(int node) const
    {
        return node >= 0 ? m_doc.positionAt(m_tree.node(node).valueRange.begin).line : 0;
    }

    [[nodiscard]] bool scalar(int node, const QString& field) const
    {
        if (node >= 0 && m_tree.node(node).isScalar())
            return true;
        error(node, field, Strings::tr("expected a single value"));
        return false;
    }

    [[nodiscard]] QString text(int node) const { return m_tree.scalarText(node).trimmed(); }

    // Go durations ("1m30s", "500ms"), or a plain number of seconds.
    [[nodiscard]] std::optional<qint64> duration(int node, const QString& field) const
    {
        if (!scalar(node, field))
            return std::nullopt;
        const QString s = text(node);
        const YamlTree::ScalarKind kind = m_tree.scalarKind(node);
        double ms = 0;
        bool ok = false;
        if (kind == YamlTree::ScalarKind::Int || kind == YamlTree::ScalarKind::Float) {
            ms = s.toDouble(&ok) * 1000;
        } else {
            ok = NameSyntax::parseGoDuration(s, &ms);
        }
        if (!ok || !std::isfinite(ms)) {
            error(node, field, Strings::tr("'%1' is not a duration (like 10s, 1m30s or 500ms)").arg(s));
            return std::nullopt;
        }
        if (ms < 0) {
            error(node, field, Strings::tr("must not be negative"));
            return std::nullopt;
        }
        if (ms > double(kMaxDurationMs)) {
            error(node, field, Strings::tr("must be at most 24h"));
            return std::nullopt;
        }
        return qint64(std::llround(ms));
    }

    [[nodiscard]] std::optional<double> number(int node, const QString& field, double min, double max) const
    {
        if (!scalar(node, field))
            return std::nullopt;
        bool ok = false;
        const double v = text(node).toDouble(&ok);
        if (!ok || !std::isfinite(v) || m_tree.node(node).isQuoted()) {
            error(node, field, Strings::tr("'%1' is not a number").arg(text(node)));
            return std::nullopt;
        }
        if (v < min || v > max) {
            error(node, field, Strings::tr("must be from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    [[nodiscard]] std::optional<int> integer(int node, const QString& field, int min, int max) const
    {
        if (!scalar(node, field))
            return std::nullopt;
        bool ok = false;
        const int v = text(node).toInt(&ok);
        if (!ok || m_tree.scalarKind(node) != YamlTree::ScalarKind::Int) {
            error(node, field, Strings::tr("'%1' is not a whole number").arg(text(node)));
            return std::nullopt;
        }
        if (v < min || v > max) {
            error(node, field, Strings::tr("must be from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    [[nodiscard]] std::optional<bool> boolean(int node, const QString& field) const
    {
        if (!scalar(node, field))
            return std::nullopt;
        if (m_tree.scalarKind(node) == YamlTree::ScalarKind::Bool) {
            const QString s = text(node).toLower();
            return s == u"true"_s || s == u"yes"_s || s == u"on"_s || s == u"y"_s;
        }
        error(node, field, Strings::tr("'%1' is not true or false").arg(text(node)));
        return std::nullopt;
    }

    // The keys of a mapping in file order, with an error for each one not in `known`.
    [[nodiscard]] std::vector<std::pair<QString, int>> entries(
        int map, const QString& prefix, const QStringList& known) const
    {
        std::vector<std::pair<QString, int>> out;
        const YamlNode& m = m_tree.node(map);
        for (size_t k = 0; k + 1 < m.children.size(); k += 2) {
            const int key = m.children[k];
            const QString name = m_tree.scalarText(key);
            if (!known.contains(name)) {
                error(key, prefix + name,
                    Strings::tr("unknown field; known are %1").arg(known.join(QLatin1StringView(", "))));
                continue;
            }
            out.emplace_back(name, m_tree.resolve(m.children[k + 1]));
        }
        return out;
    }

    [[nodiscard]] const YamlTree& tree() const { return m_tree; }

private:
    const Document& m_doc;
    const YamlTree& m_tree;
    QStringList* m_errors;
};

std::optional<FailoverScenario::Event::Kind> kindOf(const QString& s)
{
    using Kind = FailoverScenario::Event::Kind;
    if (s == u"down"_s)
        return Kind::Down;
    if (s == u"up"_s)
        return Kind::Up;
    if (s == u"errors"_s)
        return Kind::Errors;
    if (s == u"latency"_s)
        return Kind::Latency;
    return std::nullopt;
}

// "NAMESPACE/NAME#INDEX", the namespace and the index optional.
bool parseEndpoint(const QString& s, FailoverScenario::Event& e, QString* why)
{
    QString backend = s;
    const qsizetype hash = s.lastIndexOf(u'#');
    if (hash >= 0) {
        backend = s.left(hash);
        bool ok = false;
        const int index = s.mid(hash + 1).toInt(&ok);
        if (!ok || index < 0 || s.mid(hash + 1).startsWith(u'+')) {
            *why = Strings::tr("'%1' after # is not an endpoint index (0, 1, ...)").arg(s.mid(hash + 1));
            return false;
        }
        e.endpoint = index;
    }
    const QStringList parts = backend.split(u'/');
    if (backend.isEmpty() || parts.size() > 2
        || std::any_of(parts.begin(), parts.end(), [](const QString& p) { return p.isEmpty(); })) {
        *why = Strings::tr("'%1' is not NAMESPACE/NAME or NAME, optionally followed by #INDEX").arg(s);
        return false;
    }
    e.backend = backend;
    return true;
}

} // namespace

QString FailoverScenario::Event::where() const
{
    return line > 0 ? Strings::tr("events[%1] (line %2)").arg(index).arg(line) : u"events[%1]"_s.arg(index);
}

QString FailoverScenario::Event::endpointText() const
{
    return endpoint ? backend + u'#' + QString::number(*endpoint) : backend;
}

std::optional<FailoverScenario> FailoverScenario::parse(const QByteArray& yaml, const QString& fileName, QString* error)
{
    QStringList errors;
    const auto fail = [&]() -> std::optional<FailoverScenario> {
        if (error)
            *error = errors.join(u'\n');
        return std::nullopt;
    };
    const Document doc(fileName, yaml);
    for (const ParseProblem& p : doc.problems()) {
        if (p.severity != ParseProblem::Severity::Error)
            continue;
        const TextPosition pos = doc.positionAt(p.range.begin);
        errors.append(u"%1:%2:%3: %4"_s.arg(fileName).arg(pos.line).arg(pos.column).arg(p.message));
    }
    if (!errors.isEmpty())
        return fail();
    const YamlTree* tree = nullptr;
    for (const YamlDocument& d : doc.documents()) {
        if (d.tree.isEmpty())
            continue;
        if (tree) {
            const TextPosition pos = doc.positionAt(d.range.begin);
            errors.append(u"%1:%2:%3: %4"_s.arg(fileName)
                              .arg(pos.line)
                              .arg(pos.column)
                              .arg(Strings::tr("a scenario file holds one YAML document")));
            return fail();
        }
        tree = &d.tree;
    }
    if (!tree) {
        errors.append(u"%1:1:1: %2"_s.arg(fileName, Strings::tr("the scenario is empty")));
        return fail();
    }
    const Reader r(doc, *tree, &errors);
    const int root = tree->resolve(tree->root);
    if (root < 0 || !tree->node(root).isMapping()) {
        r.error(root, QString(), Strings::tr("a scenario is a mapping with duration, step, requestRate and events"));
        return fail();
    }

    FailoverScenario s;
    s.fileName = fileName;
    int eventsNode = -1;
    int durationNode = root;
    int stepNode = root;
    int rateNode = root;
    const QStringList topKeys { u"route"_s, u"rule"_s, u"duration"_s, u"step"_s, u"requestRate"_s, u"events"_s };
    for (const auto& [key, node] : r.entries(root, QString(), topKeys)) {
        if (key == u"route"_s) {
            if (r.scalar(node, key))
                s.route = r.text(node);
        } else if (key == u"rule"_s) {
            s.rule = r.integer(node, key, 0, 1 << 20);
        } else if (key == u"duration"_s) {
            durationNode = node;
            if (const auto d = r.duration(node, key))
                s.durationMs = *d;
        } else if (key == u"step"_s) {
            stepNode = node;
            if (const auto d = r.duration(node, key))
                s.stepMs = *d;
        } else if (key == u"requestRate"_s) {
            rateNode = node;
            if (const auto v = r.number(node, key, 0, kMaxRequestRate))
                s.requestRate = *v;
        } else if (key == u"events"_s) {
            eventsNode = node;
        }
    }
    if (s.durationMs <= 0)
        r.error(durationNode, u"duration"_s, Strings::tr("must be longer than 0s"));
    if (s.stepMs < kMinStepMs)
        r.error(stepNode, u"step"_s, Strings::tr("must be at least %1").arg(durationText(kMinStepMs)));
    else if (s.durationMs / s.stepMs > kMaxSamples)
        r.error(stepNode, u"step"_s,
            Strings::tr("gives more than %1 samples over %2; take a longer step")
                .arg(kMaxSamples)
                .arg(durationText(s.durationMs)));
    if (s.requestRate * double(s.durationMs) / 1000 > kMaxRequests)
        r.error(rateNode, u"requestRate"_s,
            Strings::tr("%1 requests over %2 are more than the %3 the simulation follows; a few per second "
                        "are enough for passive health checks")
                .arg(s.requestRate * double(s.durationMs) / 1000)
                .arg(durationText(s.durationMs))
                .arg(kMaxRequests));

    if (eventsNode >= 0 && !tree->node(eventsNode).isNull()) {
        if (!tree->node(eventsNode).isSequence()) {
            r.error(eventsNode, u"events"_s, Strings::tr("expected a list of events"));
            return fail();
        }
        const QStringList eventKeys { u"at"_s, u"endpoint"_s, u"event"_s, u"rate"_s, u"status"_s, u"latency"_s,
            u"probes"_s };
        const std::vector<int>& items = tree->node(eventsNode).children;
        for (size_t i = 0; i < items.size(); ++i) {
            const int item = tree->resolve(items[i]);
            const QString prefix = u"events[%1]"_s.arg(i);
            if (item < 0 || !tree->node(item).isMapping()) {
                r.error(
                    item >= 0 ? item : items[i], prefix, Strings::tr("expected a mapping with at, endpoint and event"));
                continue;
            }
            Event e;
            e.index = int(i);
            e.line = r.line(item);
            std::map<QString, int> fields;
            for (const auto& [key, node] : r.entries(item, prefix + u'.', eventKeys))
                fields.emplace(key, node);
            const auto field = [&](const QString& key) {
                const auto it = fields.find(key);
                return it == fields.end() ? -1 : it->second;
            };
            bool ok = true;
            for (const QString& required : { u"at"_s, u"endpoint"_s, u"event"_s }) {
                if (field(required) < 0) {
                    r.error(item, prefix, Strings::tr("'%1' is missing").arg(required));
                    ok = false;
                }
            }
            if (const int n = field(u"at"_s); n >= 0) {
                if (const auto at = r.duration(n, prefix + u".at"_s)) {
                    e.atMs = *at;
                    if (e.atMs > s.durationMs) {
                        r.error(n, prefix + u".at"_s,
                            Strings::tr("%1 is after the end of the scenario (duration %2)")
                                .arg(durationText(e.atMs), durationText(s.durationMs)));
                        ok = false;
                    }
                } else {
                    ok = false;
                }
            }
            if (const int n = field(u"endpoint"_s); n >= 0) {
                QString why;
                if (!r.scalar(n, prefix + u".endpoint"_s)) {
                    ok = false;
                } else if (!parseEndpoint(r.text(n), e, &why)) {
                    r.error(n, prefix + u".endpoint"_s, why);
                    ok = false;
                }
            }
            if (const int n = field(u"event"_s); n >= 0) {
                if (!r.scalar(n, prefix + u".event"_s)) {
                    ok = false;
                } else if (const auto kind = kindOf(r.text(n))) {
                    e.kind = *kind;
                } else {
                    r.error(n, prefix + u".event"_s,
                        Strings::tr("'%1' is not one of down, up, errors, latency").arg(r.text(n)));
                    ok = false;
                }
            }
            if (!ok)
                continue;
            // The fields that belong to the kind of event, and none of the others.
            const auto only = [&](const QString& key, std::initializer_list<Event::Kind> kinds, const QString& kinds_) {
                const int n = field(key);
                if (n < 0 || std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end())
                    return n;
                r.error(n, prefix + u'.' + key, Strings::tr("only applies to %1 events").arg(kinds_));
                return -1;
            };
            if (const int n = only(u"rate"_s, { Event::Kind::Errors }, u"errors"_s); n >= 0) {
                if (const auto v = r.number(n, prefix + u".rate"_s, 0, 1))
                    e.rate = *v;
            }
            if (const int n = only(u"status"_s, { Event::Kind::Errors }, u"errors"_s); n >= 0) {
                if (const auto v = r.integer(n, prefix + u".status"_s, 100, 599))
                    e.status = *v;
            }
            if (const int n = only(u"latency"_s, { Event::Kind::Latency }, u"latency"_s); n >= 0) {
                if (const auto v = r.duration(n, prefix + u".latency"_s))
                    e.latencyMs = *v;
            } else if (e.kind == Event::Kind::Latency && field(u"latency"_s) < 0) {
                r.error(item, prefix, Strings::tr("a latency event needs 'latency' (like 2s)"));
            }
            if (const int n = only(u"probes"_s, { Event::Kind::Errors, Event::Kind::Latency }, u"errors, latency"_s);
                n >= 0) {
                if (const auto v = r.boolean(n, prefix + u".probes"_s))
                    e.probes = *v;
            }
            s.events.push_back(std::move(e));
        }
    }
    if (!errors.isEmpty())
        return fail();
    std::stable_sort(s.events.begin(), s.events.end(), [](const Event& a, const Event& b) { return a.atMs < b.atMs; });
    return s;
}

const RuleSimulation* FailoverScenario::selectRule(const std::vector<RuleSimulation>& rules, QString* error) const
{
    const auto nameMatches = [](const QString& wanted, const QString& full) {
        return wanted.contains(u'/') ? wanted == full : full.section(u'/', -1) == wanted;
    };
    const auto hasBackend = [&](const RuleSimulation& r, const QString& backend) {
        return std::any_of(
            r.backends.begin(), r.backends.end(), [&](const auto& b) { return nameMatches(backend, b.name()); });
    };
    const auto hasFallback = [](const RuleSimulation& r) {
        return std::any_of(r.backends.begin(), r.backends.end(), [](const auto& b) { return b.fallback; });
    };
    std::vector<const RuleSimulation*> fit;
    for (const RuleSimulation& r : rules) {
        if (!route.isEmpty() && !nameMatches(route, r.routeText()))
            continue;
        if (rule && r.rule != *rule)
            continue;
        if (!std::all_of(events.begin(), events.end(), [&](const Event& e) { return hasBackend(r, e.backend); }))
            continue;
        fit.push_back(&r);
    }
    if (fit.size() > 1) {
        std::vector<const RuleSimulation*> withFallback;
        std::copy_if(fit.begin(), fit.end(), std::back_inserter(withFallback),
            [&](const RuleSimulation* r) { return hasFallback(*r); });
        if (withFallback.size() == 1)
            fit = withFallback;
    }
    if (fit.size() == 1)
        return fit.front();
    if (error) {
        QStringList names;
        for (const RuleSimulation* r : fit)
            names.append(Strings::tr("%1 rule %2").arg(r->routeText()).arg(r->rule));
        *error = fit.empty()
            ? Strings::tr("no route rule has every backend the scenario's events name%1")
                  .arg(route.isEmpty() ? QString() : Strings::tr(" (looking at route %1)").arg(route))
            : Strings::tr("several route rules fit the scenario (%1); name one with 'route:' and 'rule:'")
                  .arg(names.join(QLatin1StringView(", ")));
    }
    return nullptr;
}

} // namespace bw
