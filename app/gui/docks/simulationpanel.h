// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

#include "probe/connecttorule.h"
#include "simulation/failoverscenario.h"
#include "simulation/rulesimulation.h"
#include "workspace/resource.h"

class QComboBox;
class QLabel;
class QPushButton;
class QQuickWidget;
class QStackedWidget;
class QTreeView;

namespace bw {

class FailoverModel;
class LiveFailoverMonitor;
class ScenarioTimelineModel;
class Workspace;

// The Simulation panel: where one route rule's requests go when endpoints fail. A picker of
// every rule with backendRefs; the rule's backends and endpoints with a check box per endpoint
// (unchecking one marks it unhealthy and the shares change at once, with Envoy's arithmetic);
// the priority loads, panic and what keeps failover from ever happening; a Live mode that
// runs the route's real health checks against the endpoints and lets them decide; and a
// scenario (a YAML file of outages over time) played against the rule, drawn as a chart.
class SimulationPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit SimulationPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~SimulationPanel() override;

    // Shows rule `rule` of `route` (its first rule with backendRefs for -1); false when the
    // route has no such rule.
    bool showRule(const ResourceKey& route, int rule = -1);
    // Plans the rules again from the workspace now (edits do it after a short pause).
    void refresh();
    [[nodiscard]] int ruleCount() const { return int(m_rules.size()); }
    // The rule shown, nullptr when there is none.
    [[nodiscard]] const RuleSimulation* currentRule() const;

    [[nodiscard]] FailoverModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QComboBox* rulePicker() const { return m_picker; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString warningText() const;

    // Live mode: the rule's health checks decide which endpoints are healthy.
    bool startLive();
    void stopLive();
    [[nodiscard]] bool isLive() const;
    [[nodiscard]] LiveFailoverMonitor* monitor() const { return m_monitor; }
    [[nodiscard]] QString liveStatusText() const;
    // curl-style --connect-to rules for the live checks.
    void setConnectTo(const QList<ConnectToRule>& rules) { m_connectTo = rules; }
    [[nodiscard]] const QList<ConnectToRule>& connectTo() const { return m_connectTo; }

    // Reads a scenario file; false (and scenarioStatusText() says why) when it cannot be used.
    bool openScenario(const QString& path);
    // Plays the scenario against the rule it is about (the one shown when it fits) and shows
    // the timeline in the chart.
    bool runScenario();
    [[nodiscard]] const std::optional<FailoverScenario>& scenario() const { return m_scenario; }
    [[nodiscard]] ScenarioTimelineModel* timelineModel() const { return m_timeline; }
    // The chart, created on the first run.
    [[nodiscard]] QQuickWidget* chart() const { return m_chart; }
    [[nodiscard]] QString scenarioStatusText() const;

Q_SIGNALS:
    // A backend or endpoint row was activated: show this field of this object.
    void fieldActivated(const ResourceKey& key, const QString& fieldPath);
    // Another rule is shown (or none).
    void ruleChanged();
    // A round of live checks ended.
    void liveUpdated();
    void scenarioFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void rebuildPicker(const ResourceKey& route, int rule);
    void showPickedRule();
    void onLiveRound();
    void updateLiveStatus();
    void updateSummary();
    void updateButtons();
    void openScenarioDialog();
    void ensureChart();
    void activate(const QModelIndex& index);

    QPointer<Workspace> m_workspace;
    std::vector<RuleSimulation> m_rules;
    FailoverModel* m_model = nullptr;
    ScenarioTimelineModel* m_timeline = nullptr;
    LiveFailoverMonitor* m_monitor = nullptr;
    QList<ConnectToRule> m_connectTo;
    std::optional<FailoverScenario> m_scenario;
    QString m_scenarioPath;
    QString m_scenarioStatus;
    bool m_scenarioError = false;
    QString m_liveStatus;
    bool m_stale = true; // the workspace changed while the panel was hidden
    QTimer m_refreshTimer;

    QComboBox* m_picker = nullptr;
    QPushButton* m_live = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_openScenario = nullptr;
    QPushButton* m_runScenario = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_liveLabel = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    QLabel* m_chartPlaceholder = nullptr;
    QQuickWidget* m_chart = nullptr;
};

} // namespace bw
