// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/simulationpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/failovermodel.h"
#include "models/scenariotimelinemodel.h"
#include "qmlmodule.h"
#include "simulation/livefailovermonitor.h"
#include "simulation/scenariorunner.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr int kRefreshDelayMs = 300;

// One colour per backend, in backendRef order; FailoverChart.qml uses the same ones.
QColor backendColour(int backend)
{
    static const QColor colours[] = { QColor(0x2b, 0x6c, 0xb0), QColor(0xdd, 0x6b, 0x20), QColor(0x2f, 0x85, 0x5a),
        QColor(0xc5, 0x30, 0x30), QColor(0x6b, 0x46, 0xc1), QColor(0xb7, 0x79, 0x1f) };
    return colours[size_t(std::max(0, backend)) % std::size(colours)];
}

// Unhealthy endpoints and missing backends in red, backend rows in bold, and a bar behind
// each share in the backend's colour.
class ShareDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == FailoverModel::ShareColumn) {
            const double share = std::clamp(index.data(FailoverModel::ShareRole).toDouble(), 0.0, 100.0);
            if (share > 0) {
                const bool endpoint = index.data(FailoverModel::ItemTypeRole).toString() == u"endpoint"_s;
                // Solid tints (not alpha) so the bar reads the same on any row background.
                const QColor full = backendColour(index.data(FailoverModel::BackendIndexRole).toInt());
                const double tint = endpoint ? 0.35 : 0.7;
                const QColor colour = QColor::fromRgbF(float(1 - tint * (1 - full.redF())),
                    float(1 - tint * (1 - full.greenF())), float(1 - tint * (1 - full.blueF())));
                // The bar left of the figure, which stays readable on the right.
                const int textWidth = option.fontMetrics.horizontalAdvance(u"100.0 %"_s) + 8;
                const QRect r = option.rect.adjusted(3, 4, -textWidth, -4);
                painter->fillRect(QRect(r.left(), r.top(), int(r.width() * share / 100.0), r.height()), colour);
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool endpoint = index.data(FailoverModel::ItemTypeRole).toString() == u"endpoint"_s;
        if (!endpoint)
            option->font.setBold(true);
        if ((endpoint && !index.data(FailoverModel::HealthyRole).toBool())
            || index.data(FailoverModel::MissingRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb4, 0x23, 0x18));
    }
};

// Whether two plans of a rule would simulate the same: then the health marks stay.
bool sameRule(const RuleSimulation& a, const RuleSimulation& b)
{
    if (a.route != b.route || a.rule != b.rule || a.backends.size() != b.backends.size() || a.problems != b.problems)
        return false;
    for (size_t i = 0; i < a.backends.size(); ++i) {
        const RuleSimulation::Backend& x = a.backends[i];
        const RuleSimulation::Backend& y = b.backends[i];
        if (x.key != y.key || x.fallback != y.fallback || x.missing != y.missing || x.weight != y.weight
            || x.endpoints != y.endpoints || x.refField != y.refField)
            return false;
    }
    const HealthCheckPolicy& h = a.health;
    const HealthCheckPolicy& k = b.health;
    return h.source == k.source && h.panicThreshold == k.panicThreshold && h.active.enabled == k.active.enabled
        && h.active.type == k.active.type && h.active.intervalMs == k.active.intervalMs
        && h.active.timeoutMs == k.active.timeoutMs && h.active.unhealthyThreshold == k.active.unhealthyThreshold
        && h.active.healthyThreshold == k.active.healthyThreshold && h.active.httpPath == k.active.httpPath
        && h.active.httpMethod == k.active.httpMethod && h.active.httpHostname == k.active.httpHostname
        && h.active.expectedStatuses == k.active.expectedStatuses
        && h.active.retriableStatuses == k.active.retriableStatuses && h.passive.enabled == k.passive.enabled
        && h.passive.maxEjectionPercent == k.passive.maxEjectionPercent;
}

QString ruleLabel(const RuleSimulation& r)
{
    QStringList backends;
    for (const RuleSimulation::Backend& b : r.backends)
        backends.append(b.fallback ? SimulationPanel::tr("%1 (fallback)").arg(b.key.name) : b.key.name);
    return SimulationPanel::tr("%1 rule %2: %3").arg(r.routeText()).arg(r.rule).arg(backends.join(u", "_s));
}

QString duration(qint64 ms)
{
    if (ms % 1000 != 0)
        return SimulationPanel::tr("%1 ms").arg(ms);
    return SimulationPanel::tr("%1 s").arg(ms / 1000);
}

QString seconds(qint64 ms)
{
    return SimulationPanel::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'g', 6));
}

} // namespace

SimulationPanel::SimulationPanel(Workspace* workspace, QWidget* parent)
    : QDockWidget(tr("Simulation"), parent)
    , m_workspace(workspace)
    , m_model(new FailoverModel(this))
    , m_timeline(new ScenarioTimelineModel(this))
{
    setObjectName(u"simulationPanel"_s);

    m_picker = new QComboBox;
    m_picker->setObjectName(u"simulationRulePicker"_s);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(30);
    m_picker->setToolTip(tr("The route rule whose failover is simulated"));
    m_live = new QPushButton(tr("Live"));
    m_live->setObjectName(u"simulationLive"_s);
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Run the route's health checks against the real endpoints and let them decide which "
                          "endpoints are healthy"));
    m_reset = new QPushButton(tr("All Healthy"));
    m_reset->setObjectName(u"simulationReset"_s);
    m_reset->setToolTip(tr("Mark every endpoint healthy again"));
    m_openScenario = new QPushButton(tr("Open Scenario…"));
    m_openScenario->setObjectName(u"simulationOpenScenario"_s);
    m_openScenario->setToolTip(tr("Open a YAML file of outages over time to play against the rule"));
    m_runScenario = new QPushButton(tr("Run"));
    m_runScenario->setObjectName(u"simulationRunScenario"_s);
    m_runScenario->setToolTip(tr("Play the scenario against the rule and chart each backend's share over time"));

    m_view = new QTreeView;
    m_view->setObjectName(u"simulationView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ShareDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false); // a double-click shows the backendRef or endpoint in its file
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < FailoverModel::NUM_COLUMNS; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FailoverModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FailoverModel::ShareColumn, QHeaderView::Fixed);
    header->resizeSection(FailoverModel::ShareColumn, 150);

    m_summary = new QLabel;
    m_summary->setObjectName(u"simulationSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_warning = new QLabel;
    m_warning->setObjectName(u"simulationWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"#simulationWarning { background: #fff4e5; border: 1px solid #e0a800; padding: 3px; }"_s);
    m_warning->hide();
    m_liveLabel = new QLabel;
    m_liveLabel->setObjectName(u"simulationLiveStatus"_s);
    m_liveLabel->setWordWrap(true);
    m_liveLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveLabel->hide();

    m_chartPlaceholder = new QLabel(tr("Open a scenario and run it to see each backend's share over time."));
    m_chartPlaceholder->setAlignment(Qt::AlignCenter);
    m_chartPlaceholder->setWordWrap(true);
    m_chartPlaceholder->setEnabled(false);
    m_chartStack = new QStackedWidget;
    m_chartStack->addWidget(m_chartPlaceholder);
    m_scenarioLabel = new QLabel;
    m_scenarioLabel->setObjectName(u"simulationScenarioStatus"_s);
    m_scenarioLabel->setWordWrap(true);
    m_scenarioLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(new QLabel(tr("Rule:")));
    bar->addWidget(m_picker, 1);
    bar->addWidget(m_reset);
    bar->addWidget(m_live);
    bar->addSpacing(12);
    bar->addWidget(m_openScenario);
    bar->addWidget(m_runScenario);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 0, 2);
    leftLayout->setSpacing(3);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_warning);
    leftLayout->addWidget(m_liveLabel);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 4, 2);
    rightLayout->setSpacing(3);
    rightLayout->addWidget(m_chartStack, 1);
    rightLayout->addWidget(m_scenarioLabel);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"simulationSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setWidget(page);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SimulationPanel::refresh);
    if (m_workspace) {
        const auto schedule = [this] {
            // Edits come in bursts (typing): plan again once they pause, and only when shown.
            m_stale = true;
            if (isVisible())
                m_refreshTimer.start();
        };
        connect(m_workspace, &Workspace::changed, this, [schedule](const WorkspaceChange& change) {
            if (!change.textChanged.isEmpty() || !change.addedDocuments.isEmpty() || !change.removedDocuments.isEmpty()
                || !change.changedResources.isEmpty())
                schedule();
        });
    }
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
    });

    connect(m_picker, &QComboBox::currentIndexChanged, this, &SimulationPanel::showPickedRule);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &FailoverModel::resultChanged, this, &SimulationPanel::updateSummary);
    connect(m_reset, &QPushButton::clicked, m_model, &FailoverModel::setAllHealthy);
    connect(m_live, &QPushButton::toggled, this, [this](bool on) {
        if (on && !isLive() && !startLive())
            m_live->setChecked(false);
        else if (!on && isLive())
            stopLive();
    });
    connect(m_openScenario, &QPushButton::clicked, this, &SimulationPanel::openScenarioDialog);
    connect(m_runScenario, &QPushButton::clicked, this, &SimulationPanel::runScenario);
    connect(m_view, &QTreeView::activated, this, &SimulationPanel::activate);

    m_scenarioStatus = tr("No scenario opened.");
    updateSummary();
    updateButtons();
}

SimulationPanel::~SimulationPanel()
{
    stopLive();
    // The chart goes first: its bindings read the timeline model.
    delete m_chart;
}

void SimulationPanel::closeEvent(QCloseEvent* event)
{
    stopLive(); // no checks keep running behind a closed panel
    QDockWidget::closeEvent(event);
}

const RuleSimulation* SimulationPanel::currentRule() const
{
    return m_model->hasRule() ? &m_model->rule() : nullptr;
}

void SimulationPanel::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    ResourceKey route;
    int rule = -1;
    if (const RuleSimulation* r = currentRule()) {
        route = r->route;
        rule = r->rule;
    }
    m_rules = m_workspace ? RuleSimulation::plan(*m_workspace) : std::vector<RuleSimulation>();
    rebuildPicker(route, rule);
}

bool SimulationPanel::showRule(const ResourceKey& route, int rule)
{
    m_refreshTimer.stop();
    m_stale = false;
    m_rules = m_workspace ? RuleSimulation::plan(*m_workspace) : std::vector<RuleSimulation>();
    rebuildPicker(route, rule);
    const RuleSimulation* shown = currentRule();
    return shown && shown->route == route && (rule < 0 || shown->rule == rule);
}

void SimulationPanel::rebuildPicker(const ResourceKey& route, int rule)
{
    int pick = -1;
    int firstOfRoute = -1;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (size_t i = 0; i < m_rules.size(); ++i) {
            const RuleSimulation& r = m_rules[i];
            m_picker->addItem(ruleLabel(r), int(i));
            m_picker->setItemData(int(i), ruleLabel(r), Qt::ToolTipRole);
            if (r.route == route) {
                if (firstOfRoute < 0)
                    firstOfRoute = int(i);
                if (r.rule == rule)
                    pick = int(i);
            }
        }
        if (pick < 0)
            pick = firstOfRoute >= 0 ? firstOfRoute : (m_rules.empty() ? -1 : 0);
        m_picker->setCurrentIndex(pick);
    }
    showPickedRule();
}

void SimulationPanel::showPickedRule()
{
    const int i = m_picker->currentIndex();
    if (i < 0 || size_t(i) >= m_rules.size()) {
        if (m_model->hasRule()) {
            stopLive();
            m_model->clear();
            Q_EMIT ruleChanged();
        }
        updateButtons();
        return;
    }
    const RuleSimulation& picked = m_rules[size_t(i)];
    if (const RuleSimulation* shown = currentRule(); shown && sameRule(*shown, picked)) {
        updateButtons();
        return; // the same rule, planned again: the health marks stay
    }
    const bool wasLive = isLive();
    stopLive();
    m_model->setRule(picked);
    if (wasLive)
        startLive();
    updateButtons();
    Q_EMIT ruleChanged();
}

QString SimulationPanel::summaryText() const
{
    if (!m_model->hasRule())
        return m_rules.empty() ? tr("No route rule with backendRefs in the workspace.") : QString();
    return m_model->summaryText();
}

QString SimulationPanel::warningText() const
{
    return m_model->warningText();
}

void SimulationPanel::updateSummary()
{
    m_summary->setText(summaryText());
    m_summary->setToolTip(m_model->hasRule()
            ? tr("Envoy's priority loads: each priority's health is min(100, 1.4 × healthy / hosts); "
                 "what priority 0 cannot carry spills to the fallback")
            : QString());
    const QString warning = warningText();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void SimulationPanel::updateButtons()
{
    const bool hasRule = m_model->hasRule();
    const bool live = isLive();
    m_live->setEnabled(hasRule);
    {
        const QSignalBlocker blocker(m_live);
        m_live->setChecked(live);
    }
    m_reset->setEnabled(hasRule && !live);
    m_runScenario->setEnabled(m_scenario.has_value() && !m_rules.empty());
    QString status = m_scenarioStatus;
    if (m_scenarioError)
        m_scenarioLabel->setStyleSheet(u"color: #b42318;"_s);
    else
        m_scenarioLabel->setStyleSheet(QString());
    m_scenarioLabel->setText(status);
}

// Live mode ------------------------------------------------------------------------------

bool SimulationPanel::isLive() const
{
    return m_monitor && m_monitor->isRunning();
}

bool SimulationPanel::startLive()
{
    const RuleSimulation* rule = currentRule();
    if (!rule)
        return false;
    stopLive();
    m_monitor = new LiveFailoverMonitor(*rule, m_connectTo, this);
    connect(m_monitor, &LiveFailoverMonitor::updated, this, &SimulationPanel::onLiveRound);
    // Envoy starts every host healthy; the checks take it from there.
    m_model->setAllHealthy();
    m_model->setUserCheckable(false);
    m_liveStatus = tr("Live: first round of checks running…");
    m_liveLabel->setText(m_liveStatus);
    m_liveLabel->show();
    m_monitor->start();
    updateButtons();
    return true;
}

void SimulationPanel::stopLive()
{
    if (!m_monitor)
        return;
    const int rounds = m_monitor->rounds();
    m_monitor->disconnect(this);
    m_monitor->stop();
    m_monitor->deleteLater();
    m_monitor = nullptr;
    const RuleSimulation& rule = m_model->rule();
    for (size_t b = 0; b < rule.backends.size(); ++b) {
        for (qsizetype e = 0; e < rule.backends[b].endpoints.size(); ++e)
            m_model->setEndpointDetail(int(b), int(e), {});
    }
    m_model->setUserCheckable(true);
    m_liveStatus = tr("Live checks stopped after %n round(s); the endpoints keep their last health.", nullptr, rounds);
    m_liveLabel->setText(m_liveStatus);
    updateButtons();
}

QString SimulationPanel::liveStatusText() const
{
    return m_liveStatus;
}

void SimulationPanel::onLiveRound()
{
    if (!m_monitor)
        return;
    const auto& state = m_monitor->endpoints();
    std::vector<std::vector<bool>> healthy;
    for (size_t b = 0; b < state.size(); ++b) {
        healthy.emplace_back();
        for (size_t e = 0; e < state[b].size(); ++e) {
            const LiveFailoverMonitor::EndpointState& s = state[b][e];
            healthy.back().push_back(s.healthy);
            QString detail;
            if (!s.checkable)
                detail = tr("not checked");
            else if (s.failures > 0)
                detail = s.lastError.isEmpty() ? tr("HTTP %1").arg(s.lastStatus) : s.lastError;
            else if (s.lastStatus > 0)
                detail = tr("HTTP %1").arg(s.lastStatus);
            if (s.checkable && s.dialled != s.address && !s.dialled.isEmpty())
                detail = detail.isEmpty() ? tr("via %1").arg(s.dialled) : tr("%1, via %2").arg(detail, s.dialled);
            m_model->setEndpointDetail(int(b), int(e), detail);
        }
    }
    m_model->setHealth(healthy);
    updateLiveStatus();
    Q_EMIT liveUpdated();
}

void SimulationPanel::updateLiveStatus()
{
    const HealthCheckPolicy::Active& check = m_monitor->check();
    const QString what = check.type == HealthCheckPolicy::Active::Type::Http
        ? tr("HTTP %1 %2").arg(check.httpMethod, check.httpPath.isEmpty() ? u"/"_s : check.httpPath)
        : tr("TCP connect");
    QStringList failing;
    int unchecked = 0;
    for (const auto& endpoints : m_monitor->endpoints()) {
        for (const LiveFailoverMonitor::EndpointState& s : endpoints) {
            if (!s.checkable) {
                ++unchecked;
                continue;
            }
            if (s.failures > 0 || !s.healthy) {
                const QString error
                    = s.lastError.isEmpty() && s.lastStatus > 0 ? tr("HTTP %1").arg(s.lastStatus) : s.lastError;
                failing.append(error.isEmpty() ? s.address : tr("%1 (%2)").arg(s.address, error));
            }
        }
    }
    QString text = tr("Live: %1 every %2, round %3 at %4")
                       .arg(what, duration(check.intervalMs))
                       .arg(m_monitor->rounds())
                       .arg(QTime::currentTime().toString(u"HH:mm:ss"_s));
    text += u" · "_s + (failing.isEmpty() ? tr("all checks pass") : tr("failing: %1").arg(failing.join(u", "_s)));
    if (unchecked > 0)
        text += u" · "_s + tr("%n endpoint(s) not checked (not HOST:PORT)", nullptr, unchecked);
    if (!m_model->rule().health.active.enabled)
        text += u" · "_s + tr("no active check configured: TCP connects with Envoy Gateway's timings");
    m_liveStatus = text;
    m_liveLabel->setText(text);
    m_liveLabel->show();
}

// Scenarios ------------------------------------------------------------------------------

void SimulationPanel::openScenarioDialog()
{
    QString dir = m_scenarioPath.isEmpty() ? QString() : QFileInfo(m_scenarioPath).absolutePath();
    if (dir.isEmpty() && m_workspace) {
        for (int id : m_workspace->documentIds()) {
            if (const Document* d = m_workspace->document(id); d && !d->path().isEmpty()) {
                // Scenarios next to the workspace's files, or beside their folder (as
                // resources/scenarios is beside resources/examples).
                dir = QFileInfo(d->path()).absolutePath();
                if (QFileInfo(dir + u"/scenarios"_s).isDir())
                    dir += u"/scenarios"_s;
                else if (QFileInfo(dir + u"/../scenarios"_s).isDir())
                    dir = QDir::cleanPath(dir + u"/../scenarios"_s);
                break;
            }
        }
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Failover Scenario"), dir, tr("Failover scenarios (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty() && openScenario(path))
        runScenario();
}

bool SimulationPanel::openScenario(const QString& path)
{
    QFile file(path);
    m_scenarioError = true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_scenario.reset();
        m_scenarioStatus = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        updateButtons();
        return false;
    }
    QString error;
    std::optional<FailoverScenario> parsed = FailoverScenario::parse(file.readAll(), path, &error);
    if (!parsed) {
        m_scenario.reset();
        m_scenarioStatus = error;
        updateButtons();
        return false;
    }
    m_scenarioError = false;
    m_scenario = std::move(parsed);
    m_scenarioPath = path;
    m_scenarioStatus = tr("%1: %n event(s) over %2", nullptr, int(m_scenario->events.size()))
                           .arg(QFileInfo(path).fileName(), seconds(m_scenario->durationMs));
    // Show the rule the scenario is about, if it names or fits one.
    if (m_stale || m_refreshTimer.isActive())
        refresh();
    QString ignored;
    if (const RuleSimulation* r = m_scenario->selectRule(m_rules, &ignored)) {
        const ResourceKey route = r->route;
        const int rule = r->rule;
        showRule(route, rule);
    }
    updateButtons();
    return true;
}

bool SimulationPanel::runScenario()
{
    if (!m_scenario)
        return false;
    if (m_stale || m_refreshTimer.isActive())
        refresh();
    // The rule shown when the scenario fits it, else the one the scenario is about.
    QString error;
    bool fits = false;
    if (const RuleSimulation* shown = currentRule()) {
        const std::vector<RuleSimulation> one { *shown };
        QString ignored;
        fits = m_scenario->selectRule(one, &ignored) != nullptr;
    }
    if (!fits) {
        const RuleSimulation* r = m_scenario->selectRule(m_rules, &error);
        if (!r) {
            m_scenarioError = true;
            m_scenarioStatus = error;
            updateButtons();
            return false;
        }
        const ResourceKey route = r->route;
        const int rule = r->rule;
        showRule(route, rule);
    }
    const RuleSimulation* rule = currentRule();
    if (!rule)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ScenarioTimeline timeline = ScenarioRunner::run(*rule, *m_scenario);
    QApplication::restoreOverrideCursor();
    m_timeline->setTimeline(timeline);
    ensureChart();
    m_chartStack->setCurrentWidget(m_chart ? static_cast<QWidget*>(m_chart) : m_chartPlaceholder);

    QStringList parts { tr("%1 on %2 rule %3")
                            .arg(QFileInfo(m_scenarioPath).fileName(),
                                timeline.route.isEmpty() ? rule->routeText() : timeline.route)
                            .arg(timeline.rule) };
    if (timeline.failoverStartsAtMs) {
        parts.append(timeline.failoverEndsAtMs
                ? tr("failover starts at %1, ends at %2")
                      .arg(seconds(*timeline.failoverStartsAtMs), seconds(*timeline.failoverEndsAtMs))
                : tr("failover starts at %1 and lasts to the end").arg(seconds(*timeline.failoverStartsAtMs)));
    } else {
        parts.append(tr("no failover"));
    }
    QString status = parts.join(u": "_s);
    if (!timeline.notes.isEmpty())
        status += u'\n' + timeline.notes.join(u'\n');
    m_scenarioError = false;
    m_scenarioStatus = status;
    updateButtons();
    Q_EMIT scenarioFinished();
    return true;
}

QString SimulationPanel::scenarioStatusText() const
{
    return m_scenarioStatus;
}

void SimulationPanel::ensureChart()
{
    if (m_chart)
        return;
    m_chart = new QQuickWidget;
    m_chart->setObjectName(u"failoverChart"_s);
    m_chart->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_chart->setMinimumSize(280, 160);
    // The chart's one required property is the timeline, typed; QQuickWidget on Qt 6.4 has no
    // initial properties, so the root is created here with it and handed over.
    registerQmlModule(m_chart->engine());
    const QUrl url(u"qrc:/qt/qml/BackendWorkbench/FailoverChart.qml"_s);
    auto* component = new QQmlComponent(m_chart->engine(), url, QQmlComponent::PreferSynchronous, m_chart);
    QObject* root = component->isReady() ? component->createWithInitialProperties(
                        { { u"timeline"_s, QVariant::fromValue(m_timeline) } }, m_chart->rootContext())
                                         : nullptr;
    for (const QQmlError& e : component->errors())
        qWarning("failover chart: %s", qPrintable(e.toString()));
    if (root)
        m_chart->setContent(url, component, root);
    m_chartStack->addWidget(m_chart);
}

void SimulationPanel::activate(const QModelIndex& index)
{
    if (!index.isValid() || !m_model->hasRule())
        return;
    const RuleSimulation& rule = m_model->rule();
    const int b = index.data(FailoverModel::BackendIndexRole).toInt();
    if (b < 0 || size_t(b) >= rule.backends.size())
        return;
    const RuleSimulation::Backend& backend = rule.backends[size_t(b)];
    const int e = index.data(FailoverModel::EndpointIndexRole).toInt();
    if (e < 0 || backend.missing) {
        Q_EMIT fieldActivated(rule.route, backend.refField);
        return;
    }
    const bool listed = backend.key.kind == u"Backend"_s;
    Q_EMIT fieldActivated(backend.key, listed ? u"spec.endpoints[%1]"_s.arg(e) : QString());
}

} // namespace bw
