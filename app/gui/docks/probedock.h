// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>
#include <vector>

#include "probe/connecttorule.h"
#include "probe/probesession.h"
#include "validation/finding.h"
#include "workspace/resource.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace bw {

class ProbeResultsModel;
class ProbeRunner;
class ProbeStatusProxyModel;
class Workspace;

// The Probes dock: runs the probes of the workspace's backends in the background and lists
// one row per endpoint (status, category, explanation; what DNS, TCP and TLS saw and the
// certificate chain on expanding it), with the progress, a Cancel and a Probe again button
// and a one-line summary. Each result also becomes a problem on its endpoint (BW0900,
// BW0901), so the Problems dock, the YAML view and the graph show it.
class ProbeDock : public QDockWidget
{
    Q_OBJECT
public:
    // QSettings keys (Preferences) and their defaults.
    inline static const QString timeoutSetting = QStringLiteral("probe/timeoutMs");
    inline static const QString concurrencySetting = QStringLiteral("probe/concurrency");
    static constexpr int defaultTimeoutMs = ProbeSession::Settings::defaultTimeoutMs;
    static constexpr int defaultConcurrency = ProbeSession::Settings::defaultConcurrency;

    explicit ProbeDock(Workspace* workspace, QWidget* parent = nullptr);
    ~ProbeDock() override;

    // ProbeSession::canProbe, for the views that offer a probe.
    [[nodiscard]] static bool canProbe(const ResourceKey& key);

    // Plans the probes of `backends` (every backend when empty) and starts them; a run in
    // progress is cancelled first. Returns how many endpoints are probed.
    int probe(const QSet<ResourceKey>& backends = {});
    // Repeats the last run (all backends if there was none).
    int probeAgain();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // curl-style --connect-to rules for every run (the command line has the same option).
    void setConnectTo(const QList<ConnectToRule>& rules) { m_connectTo = rules; }
    [[nodiscard]] const QList<ConnectToRule>& connectTo() const { return m_connectTo; }

    [[nodiscard]] ProbeRunner* runner() const { return m_runner; }
    [[nodiscard]] ProbeResultsModel* model() const { return m_model; }
    // What the view shows: the results with their status icons.
    [[nodiscard]] ProbeStatusProxyModel* viewModel() const { return m_proxy; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    // A row was double-clicked (or Return pressed on it): show this field of this object.
    void endpointActivated(const ResourceKey& backend, const QString& fieldPath);
    void runFinished(bool cancelled);

private:
    void onResult(int index);
    void onFinished(bool cancelled);
    void flushFindings();
    void activate(const QModelIndex& index);
    void refreshSummary();
    void updateButtons();
    void spanDetailRows(const QModelIndex& parent, int first, int last);

    QPointer<Workspace> m_workspace;
    ProbeRunner* m_runner = nullptr;
    ProbeResultsModel* m_model = nullptr;
    ProbeStatusProxyModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_again = nullptr;
    ProbeSession m_session; // what to probe; the settings are read here and handed to it
    QList<ConnectToRule> m_connectTo;
    QHash<ResourceKey, std::vector<Finding>> m_findings; // of the current run, per backend
    // Backends whose findings changed since they were last handed to the workspace: a run of
    // many endpoints updates the Problems dock a few times a second, not once per result.
    QSet<ResourceKey> m_dirty;
    QTimer m_flushTimer;
    QString m_notice; // why nothing was probed, or what went wrong planning
};

} // namespace bw
