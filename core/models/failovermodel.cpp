// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failovermodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bw {

// Backend rows have internal id 0; endpoint rows carry their backend's row + 1.

FailoverModel::FailoverModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

FailoverModel::~FailoverModel() = default;

void FailoverModel::setRule(const RuleSimulation& rule)
{
    beginResetModel();
    m_rule = rule;
    m_hasRule = true;
    m_healthy.clear();
    m_detail.clear();
    for (const RuleSimulation::Backend& b : m_rule.backends) {
        m_healthy.emplace_back(size_t(b.endpoints.size()), true);
        m_detail.emplace_back(size_t(b.endpoints.size()));
    }
    m_result = FailoverSimulator::simulate(m_rule.input());
    endResetModel();
    Q_EMIT resultChanged();
}

void FailoverModel::clear()
{
    beginResetModel();
    m_rule = RuleSimulation();
    m_hasRule = false;
    m_healthy.clear();
    m_detail.clear();
    m_result = FailoverSimulator::Result();
    endResetModel();
    Q_EMIT resultChanged();
}

bool FailoverModel::setEndpointHealth(int backend, int endpoint, bool healthy)
{
    if (backend < 0 || size_t(backend) >= m_healthy.size() || endpoint < 0
        || size_t(endpoint) >= m_healthy[size_t(backend)].size())
        return false;
    if (m_healthy[size_t(backend)][size_t(endpoint)] != healthy) {
        m_healthy[size_t(backend)][size_t(endpoint)] = healthy;
        recompute();
    }
    return true;
}

void FailoverModel::setHealth(const std::vector<std::vector<bool>>& healthy)
{
    bool changed = false;
    for (size_t b = 0; b < m_healthy.size() && b < healthy.size(); ++b) {
        for (size_t e = 0; e < m_healthy[b].size() && e < healthy[b].size(); ++e) {
            if (m_healthy[b][e] != healthy[b][e]) {
                m_healthy[b][e] = healthy[b][e];
                changed = true;
            }
        }
    }
    if (changed)
        recompute();
}

void FailoverModel::setAllHealthy()
{
    std::vector<std::vector<bool>> all;
    for (const auto& endpoints : m_healthy)
        all.emplace_back(endpoints.size(), true);
    setHealth(all);
}

bool FailoverModel::endpointHealthy(int backend, int endpoint) const
{
    return backend >= 0 && size_t(backend) < m_healthy.size() && endpoint >= 0
        && size_t(endpoint) < m_healthy[size_t(backend)].size() && m_healthy[size_t(backend)][size_t(endpoint)];
}

void FailoverModel::setEndpointDetail(int backend, int endpoint, const QString& detail)
{
    if (backend < 0 || size_t(backend) >= m_detail.size() || endpoint < 0
        || size_t(endpoint) >= m_detail[size_t(backend)].size())
        return;
    QString& current = m_detail[size_t(backend)][size_t(endpoint)];
    if (current == detail)
        return;
    current = detail;
    const QModelIndex i = endpointIndex(backend, endpoint, HealthColumn);
    Q_EMIT dataChanged(i, i, { Qt::DisplayRole, Qt::ToolTipRole, DetailRole });
}

void FailoverModel::setUserCheckable(bool checkable)
{
    if (m_userCheckable == checkable)
        return;
    m_userCheckable = checkable;
    for (size_t b = 0; b < m_healthy.size(); ++b) {
        if (!m_healthy[b].empty())
            Q_EMIT dataChanged(endpointIndex(int(b), 0), endpointIndex(int(b), int(m_healthy[b].size()) - 1));
    }
}

void FailoverModel::recompute()
{
    m_result = FailoverSimulator::simulate(m_rule.input([this](int b, int e) {
        return m_healthy[size_t(b)][size_t(e)] ? FailoverSimulator::HostHealth::Healthy
                                               : FailoverSimulator::HostHealth::Unhealthy;
    }));
    // The same rows with new figures: views keep their expansion, selection and scroll position.
    if (!m_rule.backends.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rule.backends.size()) - 1, NUM_COLUMNS - 1));
    for (size_t b = 0; b < m_healthy.size(); ++b) {
        if (!m_healthy[b].empty())
            Q_EMIT dataChanged(
                endpointIndex(int(b), 0), endpointIndex(int(b), int(m_healthy[b].size()) - 1, NUM_COLUMNS - 1));
    }
    Q_EMIT resultChanged();
}

double FailoverModel::backendShare(int backend) const
{
    return backend >= 0 && size_t(backend) < m_result.localityShare.size() ? m_result.localityShare[size_t(backend)]
                                                                           : 0.0;
}

double FailoverModel::endpointShare(int backend, int endpoint) const
{
    if (backend < 0 || size_t(backend) >= m_result.hostShare.size() || endpoint < 0
        || size_t(endpoint) >= m_result.hostShare[size_t(backend)].size())
        return 0.0;
    return m_result.hostShare[size_t(backend)][size_t(endpoint)];
}

QModelIndex FailoverModel::backendIndex(int backend, int column) const
{
    return index(backend, column);
}

QModelIndex FailoverModel::endpointIndex(int backend, int endpoint, int column) const
{
    return index(endpoint, column, backendIndex(backend));
}

int FailoverModel::priorityOf(int backend) const
{
    return m_rule.backends[size_t(backend)].fallback ? 1 : 0;
}

bool FailoverModel::priorityInPanic(int priority) const
{
    for (const FailoverSimulator::Priority& p : m_result.priorities) {
        if (p.priority == priority)
            return p.panic;
    }
    return false;
}

int FailoverModel::healthyCount(int backend) const
{
    const auto& endpoints = m_healthy[size_t(backend)];
    return int(std::count(endpoints.begin(), endpoints.end(), true));
}

bool FailoverModel::hasFallback() const
{
    return std::any_of(
        m_rule.backends.begin(), m_rule.backends.end(), [](const RuleSimulation::Backend& b) { return b.fallback; });
}

QString FailoverModel::percentText(double percent)
{
    const bool whole = std::abs(percent - std::round(percent)) < 0.05;
    return tr("%1 %", "percent").arg(QString::number(percent, 'f', whole ? 0 : 1));
}

QString FailoverModel::summaryText() const
{
    if (!m_hasRule)
        return {};
    QStringList parts;
    for (const FailoverSimulator::Priority& p : m_result.priorities) {
        if (p.hosts == 0)
            continue;
        QString text
            = tr("P%1 load %2 (%3 of %4 healthy)").arg(p.priority).arg(percentText(p.load)).arg(p.healthy).arg(p.hosts);
        if (p.panic && !m_result.totalPanic)
            text += tr(", in panic: all its hosts used");
        parts.append(text);
    }
    parts.append(tr("availability %1").arg(percentText(m_result.normalizedTotalAvailability)));
    if (m_result.totalPanic)
        parts.append(tr("total panic: loads follow host counts, unhealthy hosts get requests too"));
    if (m_result.noHealthyUpstream)
        parts.append(tr("no healthy upstream: requests get 503"));
    double lost = 0;
    for (size_t b = 0; b < m_rule.backends.size(); ++b) {
        if (m_rule.backends[b].missing)
            lost += backendShare(int(b));
    }
    if (lost > 0)
        parts.append(tr("%1 of requests fail (missing backend)").arg(percentText(lost)));
    return parts.join(u" · "_s);
}

QString FailoverModel::warningText() const
{
    if (!m_hasRule)
        return {};
    QStringList lines;
    const HealthCheckPolicy& h = m_rule.health;
    if (hasFallback() && !h.active.enabled) {
        if (!h.passive.enabled) {
            lines.append(h.source.isEmpty()
                    ? tr("No health check configured: failover never triggers (no BackendTrafficPolicy with a "
                         "healthCheck applies to %1).")
                          .arg(m_rule.routeText())
                    : tr("No health check configured in %1: failover never triggers.").arg(h.source));
        } else if (h.passive.maxEjectionPercent < 100) {
            lines.append(tr("Only passive health checks, which eject at most %1 of the hosts: failover hardly ever "
                            "triggers.")
                             .arg(percentText(h.passive.maxEjectionPercent)));
        }
    }
    lines.append(m_rule.problems);
    return lines.join(u'\n');
}

QModelIndex FailoverModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_rule.backends.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || size_t(parent.row()) >= m_rule.backends.size())
        return {};
    return row < m_rule.backends[size_t(parent.row())].endpoints.size()
        ? createIndex(row, column, quintptr(parent.row()) + 1)
        : QModelIndex();
}

QModelIndex FailoverModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FailoverModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rule.backends.size());
    if (parent.internalId() != 0 || parent.column() != 0 || size_t(parent.row()) >= m_rule.backends.size())
        return 0;
    return int(m_rule.backends[size_t(parent.row())].endpoints.size());
}

int FailoverModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return NUM_COLUMNS;
}

QVariant FailoverModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == 0)
        return backendData(index.row(), index.column(), role);
    return endpointData(int(index.internalId() - 1), index.row(), index.column(), role);
}

// What a backend row and its endpoint rows say alike about the backendRef.
QVariant FailoverModel::backendRefData(const RuleSimulation::Backend& b, int role)
{
    switch (role) {
    case BackendRole:
        return b.name();
    case KindRole:
        return b.key.kind;
    case GroupRole:
        return b.key.group;
    case FallbackRole:
        return b.fallback;
    case MissingRole:
        return b.missing;
    case WeightRole:
        return b.weight;
    default:
        return {};
    }
}

QVariant FailoverModel::backendData(int backend, int column, int role) const
{
    const RuleSimulation::Backend& b = m_rule.backends[size_t(backend)];
    if (QVariant shared = backendRefData(b, role); shared.isValid())
        return shared;
    const int priority = priorityOf(backend);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return b.name();
        case KindColumn:
            return b.key.kind;
        case PriorityColumn:
            return b.fallback ? tr("%1 (fallback)").arg(priority) : QString::number(priority);
        case WeightColumn:
            return b.weight;
        case HealthColumn:
            if (b.missing)
                return tr("missing");
            if (b.endpoints.isEmpty())
                return tr("no endpoints");
            return priorityInPanic(priority)
                ? tr("%1 of %2 healthy, panic").arg(healthyCount(backend)).arg(b.endpoints.size())
                : tr("%1 of %2 healthy").arg(healthyCount(backend)).arg(b.endpoints.size());
        case ShareColumn:
            return percentText(backendShare(backend));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1 %2 (%3)").arg(b.key.kind, b.name(), b.refField);
        if (column == HealthColumn && b.missing)
            return tr("Not in the workspace: its share of the requests fails");
        if (column == HealthColumn && priorityInPanic(priority))
            return tr("Too few healthy hosts at priority %1: its share goes to all of its hosts, healthy or not")
                .arg(priority);
        return {};
    case Qt::TextAlignmentRole:
        return column == ShareColumn || column == WeightColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                               : QVariant();
    case ItemTypeRole:
        return u"backend"_s;
    case PriorityRole:
        return priority;
    case ShareRole:
        return backendShare(backend);
    case HealthyRole:
        return !b.missing && healthyCount(backend) == int(b.endpoints.size());
    case HealthyCountRole:
        return healthyCount(backend);
    case EndpointCountRole:
        return int(b.endpoints.size());
    case PanicRole:
        return priorityInPanic(priority);
    case BackendIndexRole:
        return backend;
    case EndpointIndexRole:
        return -1;
    case RefFieldRole:
        return b.refField;
    default:
        return {};
    }
}

QVariant FailoverModel::endpointData(int backend, int endpoint, int column, int role) const
{
    const RuleSimulation::Backend& b = m_rule.backends[size_t(backend)];
    if (QVariant shared = backendRefData(b, role); shared.isValid())
        return shared;
    const bool healthy = m_healthy[size_t(backend)][size_t(endpoint)];
    const QString& detail = m_detail[size_t(backend)][size_t(endpoint)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return b.endpoints[endpoint];
        case HealthColumn: {
            const QString state = healthy ? tr("healthy") : tr("unhealthy");
            return detail.isEmpty() ? state : tr("%1: %2", "health: last check").arg(state, detail);
        }
        case ShareColumn:
            return percentText(endpointShare(backend, endpoint));
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return column == NameColumn ? QVariant(healthy ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return m_userCheckable ? tr("Check or uncheck to mark this endpoint healthy or unhealthy")
                                   : tr("Live health checks decide whether this endpoint is healthy");
        if (column == HealthColumn && !detail.isEmpty())
            return detail;
        return {};
    case Qt::TextAlignmentRole:
        return column == ShareColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ItemTypeRole:
        return u"endpoint"_s;
    case PriorityRole:
        return priorityOf(backend);
    case ShareRole:
        return endpointShare(backend, endpoint);
    case AddressRole:
        return b.endpoints[endpoint];
    case HealthyRole:
        return healthy;
    case PanicRole:
        return priorityInPanic(priorityOf(backend));
    case DetailRole:
        return detail;
    case BackendIndexRole:
        return backend;
    case EndpointIndexRole:
        return endpoint;
    default:
        return {};
    }
}

bool FailoverModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == 0)
        return false;
    bool healthy = false;
    if (role == HealthyRole)
        healthy = value.toBool();
    else if (role == Qt::CheckStateRole && index.column() == NameColumn)
        healthy = value.toInt() == Qt::Checked;
    else
        return false;
    return setEndpointHealth(int(index.internalId() - 1), index.row(), healthy);
}

Qt::ItemFlags FailoverModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == NameColumn && m_userCheckable)
        f |= Qt::ItemIsUserCheckable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant FailoverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Backend / endpoint");
    case KindColumn:
        return tr("Kind");
    case PriorityColumn:
        return tr("Priority");
    case WeightColumn:
        return tr("Weight");
    case HealthColumn:
        return tr("Health");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

QHash<int, QByteArray> FailoverModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(QHash<int, QByteArray> {
        { ItemTypeRole, "itemType" },
        { BackendRole, "backend" },
        { KindRole, "kind" },
        { GroupRole, "group" },
        { FallbackRole, "fallback" },
        { MissingRole, "missing" },
        { WeightRole, "weight" },
        { PriorityRole, "priority" },
        { ShareRole, "share" },
        { AddressRole, "address" },
        { HealthyRole, "healthy" },
        { HealthyCountRole, "healthyCount" },
        { EndpointCountRole, "endpointCount" },
        { PanicRole, "panic" },
        { DetailRole, "detail" },
        { BackendIndexRole, "backendIndex" },
        { EndpointIndexRole, "endpointIndex" },
        { RefFieldRole, "refField" },
    });
    return names;
}

} // namespace bw
