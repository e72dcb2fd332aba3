// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotimelinemodel.h"

#include <QPointF>

#include "models/failovermodel.h"

using namespace Qt::StringLiterals;

namespace bw {

ScenarioTimelineModel::ScenarioTimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

ScenarioTimelineModel::~ScenarioTimelineModel() = default;

void ScenarioTimelineModel::setTimeline(const ScenarioTimeline& timeline)
{
    beginResetModel();
    m_timeline = timeline;
    m_backends.clear();
    if (!m_timeline.backends.empty()) {
        for (const ScenarioTimeline::BackendMoments& b : m_timeline.backends)
            m_backends.append(b.backend);
    } else if (!m_timeline.samples.empty()) {
        for (const ScenarioTimeline::BackendShare& b : m_timeline.samples.front().backends)
            m_backends.append(b.backend);
    }
    endResetModel();
    Q_EMIT timelineChanged();
}

void ScenarioTimelineModel::clear()
{
    setTimeline({});
}

QVariantList ScenarioTimelineModel::fallbacks() const
{
    QVariantList out;
    for (const QString& name : m_backends) {
        bool fallback = false;
        for (const ScenarioTimeline::BackendMoments& b : m_timeline.backends) {
            if (b.backend == name)
                fallback = b.fallback;
        }
        out.append(fallback);
    }
    return out;
}

double ScenarioTimelineModel::failoverStartsAt() const
{
    return m_timeline.failoverStartsAtMs ? double(*m_timeline.failoverStartsAtMs) / 1000.0 : -1.0;
}

double ScenarioTimelineModel::failoverEndsAt() const
{
    return m_timeline.failoverEndsAtMs ? double(*m_timeline.failoverEndsAtMs) / 1000.0 : -1.0;
}

double ScenarioTimelineModel::duration() const
{
    return m_timeline.samples.empty() ? 0.0 : double(m_timeline.samples.back().atMs) / 1000.0;
}

QString ScenarioTimelineModel::title() const
{
    if (m_timeline.route.isEmpty())
        return {};
    return tr("%1 rule %2: share of requests over time").arg(m_timeline.route).arg(m_timeline.rule);
}

double ScenarioTimelineModel::share(int sample, int backend) const
{
    if (sample < 0 || size_t(sample) >= m_timeline.samples.size() || backend < 0 || backend >= m_backends.size())
        return 0.0;
    // By name: a sample lists the backends in backendRef order, but do not rely on it.
    for (const ScenarioTimeline::BackendShare& b : m_timeline.samples[size_t(sample)].backends) {
        if (b.backend == m_backends[backend])
            return b.share;
    }
    return 0.0;
}

QVariantList ScenarioTimelineModel::stepPoints(int backend) const
{
    QVariantList out;
    if (backend < 0 || backend >= m_backends.size())
        return out;
    const auto& samples = m_timeline.samples;
    for (size_t i = 0; i < samples.size(); ++i) {
        const double t = double(samples[i].atMs) / 1000.0;
        const double s = share(int(i), backend);
        if (i > 0) {
            const double before = share(int(i) - 1, backend);
            if (before != s)
                out.append(QPointF(t, before));
        }
        out.append(QPointF(t, s));
    }
    return out;
}

int ScenarioTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.samples.size());
}

QVariant ScenarioTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioTimeline::Sample& s = m_timeline.samples[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        for (int b = 0; b < m_backends.size(); ++b)
            parts.append(m_backends[b] + u' ' + FailoverModel::percentText(share(index.row(), b)));
        return tr("%1 s: %2").arg(double(s.atMs) / 1000.0).arg(parts.join(u", "_s));
    }
    case TimeRole:
        return double(s.atMs) / 1000.0;
    case SharesRole: {
        QVariantList shares;
        for (int b = 0; b < m_backends.size(); ++b)
            shares.append(share(index.row(), b));
        return shares;
    }
    case FailingRole:
        return s.failing;
    case PanicRole:
        return s.panic;
    case NoHealthyUpstreamRole:
        return s.noHealthyUpstream;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "t");
    names.insert(SharesRole, "shares");
    names.insert(FailingRole, "failing");
    names.insert(PanicRole, "panic");
    names.insert(NoHealthyUpstreamRole, "noHealthyUpstream");
    return names;
}

} // namespace bw
