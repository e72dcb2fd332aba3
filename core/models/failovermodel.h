// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <vector>

#include "simulation/failoversimulator.h"
#include "simulation/rulesimulation.h"

namespace bw {

// One route rule's failover as a tree: a row per backendRef (its kind, priority, weight, how
// many of its endpoints are healthy and its share of the requests), and below it a row per
// endpoint with a check box for its health and its share. Marking an endpoint unhealthy (or
// healthy again) recomputes the shares with Envoy's arithmetic at once; the rows stay, only the
// figures change.
class FailoverModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(QString summary READ summaryText NOTIFY resultChanged)
    Q_PROPERTY(QString warning READ warningText NOTIFY resultChanged)
public:
    enum Columns { NameColumn = 0, KindColumn, PriorityColumn, WeightColumn, HealthColumn, ShareColumn, NUM_COLUMNS };
    enum Roles {
        ItemTypeRole = Qt::UserRole + 1, // "backend" or "endpoint"
        BackendRole, // "NAMESPACE/NAME" (on endpoint rows too)
        KindRole,
        GroupRole,
        FallbackRole,
        MissingRole,
        WeightRole,
        PriorityRole,
        ShareRole, // percent of the rule's requests, double
        AddressRole, // endpoint rows: "HOST:PORT"
        HealthyRole, // endpoint rows: bool (editable); backend rows: every endpoint healthy
        HealthyCountRole, // backend rows: healthy endpoints
        EndpointCountRole,
        PanicRole, // the row's priority is in panic: its share goes to all its hosts
        DetailRole, // endpoint rows: what live checks last said
        BackendIndexRole,
        EndpointIndexRole, // -1 on backend rows
        RefFieldRole, // backend rows: "spec.rules[1].backendRefs[0]"
    };
    Q_ENUM(Roles)

    explicit FailoverModel(QObject* parent = nullptr);
    ~FailoverModel() override;

    // Shows `rule` with every endpoint healthy.
    void setRule(const RuleSimulation& rule);
    void clear();
    [[nodiscard]] const RuleSimulation& rule() const { return m_rule; }
    [[nodiscard]] bool hasRule() const { return m_hasRule; }

    // Marks one endpoint (or all at once, one list per backend) healthy or not and recomputes.
    bool setEndpointHealth(int backend, int endpoint, bool healthy);
    void setHealth(const std::vector<std::vector<bool>>& healthy);
    void setAllHealthy();
    [[nodiscard]] bool endpointHealthy(int backend, int endpoint) const;
    // What live checks said about an endpoint (shown next to its health); empty clears it.
    void setEndpointDetail(int backend, int endpoint, const QString& detail);
    // Whether the check boxes can be clicked (not while live checks drive the health).
    void setUserCheckable(bool checkable);
    [[nodiscard]] bool isUserCheckable() const { return m_userCheckable; }

    [[nodiscard]] const FailoverSimulator::Result& result() const { return m_result; }
    [[nodiscard]] double backendShare(int backend) const;
    [[nodiscard]] double endpointShare(int backend, int endpoint) const;
    [[nodiscard]] QModelIndex backendIndex(int backend, int column = 0) const;
    [[nodiscard]] QModelIndex endpointIndex(int backend, int endpoint, int column = 0) const;
    // "P0 70 % · P1 30 % · availability 100 %", with the panic flags.
    [[nodiscard]] QString summaryText() const;
    // Why failover cannot happen for this rule (no health check while a fallback waits), or empty.
    [[nodiscard]] QString warningText() const;
    [[nodiscard]] bool hasFallback() const;
    // Percent as the rows print it: "70 %", "33.3 %".
    [[nodiscard]] static QString percentText(double percent);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The shares were recomputed (health changed, or another rule is shown).
    void resultChanged();

private:
    void recompute();
    [[nodiscard]] static QVariant backendRefData(const RuleSimulation::Backend& b, int role);
    [[nodiscard]] QVariant backendData(int backend, int column, int role) const;
    [[nodiscard]] QVariant endpointData(int backend, int endpoint, int column, int role) const;
    [[nodiscard]] int priorityOf(int backend) const;
    [[nodiscard]] bool priorityInPanic(int priority) const;
    [[nodiscard]] int healthyCount(int backend) const;

    RuleSimulation m_rule;
    bool m_hasRule = false;
    bool m_userCheckable = true;
    std::vector<std::vector<bool>> m_healthy; // per backend and endpoint
    std::vector<std::vector<QString>> m_detail;
    FailoverSimulator::Result m_result;
};

} // namespace bw
