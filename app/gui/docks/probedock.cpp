// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "docks/probedock.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include "docks/probestatusproxymodel.h"
#include "models/proberesultsmodel.h"
#include "probe/proberunner.h"
#include "validation/probefindings.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
constexpr int kFlushIntervalMs = 200;
} // namespace

ProbeDock::ProbeDock(Workspace* workspace, QWidget* parent)
    : QDockWidget(tr("Probes"), parent)
    , m_workspace(workspace)
    , m_runner(new ProbeRunner(this))
    , m_model(new ProbeResultsModel(this))
    , m_proxy(new ProbeStatusProxyModel(this))
{
    setObjectName(u"probeDock"_s);
    m_model->setRunner(m_runner);
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel;
    m_summary->setObjectName(u"probeSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"probeProgress"_s);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"probeCancel"_s);
    m_cancel->setToolTip(tr("Stop the probes still running; what they found so far stays listed"));
    m_again = new QPushButton(tr("Probe Again"));
    m_again->setObjectName(u"probeAgain"_s);
    m_again->setToolTip(tr("Probe the same backends again, with the workspace as it is now"));

    m_view = new QTreeView;
    m_view->setObjectName(u"probeView"_s);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false); // a double-click shows the endpoint in its file
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < ProbeResultsModel::NUM_COLUMNS; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProbeResultsModel::ExplanationColumn, QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_again);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(page);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProbeDock::flushFindings);

    connect(m_runner, &ProbeRunner::started, this, [this](int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(0);
        m_progress->setVisible(total > 0);
        updateButtons();
        refreshSummary();
    });
    connect(m_runner, &ProbeRunner::resultReady, this, &ProbeDock::onResult);
    connect(m_runner, &ProbeRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &ProbeRunner::finished, this, &ProbeDock::onFinished);
    connect(m_model, &ProbeResultsModel::countsChanged, this, &ProbeDock::refreshSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProbeDock::spanDetailRows);
    connect(m_cancel, &QPushButton::clicked, this, &ProbeDock::cancel);
    connect(m_again, &QPushButton::clicked, this, &ProbeDock::probeAgain);
    connect(m_view, &QTreeView::activated, this, &ProbeDock::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        const ProbeResult* r = m_model->result(m_proxy->mapToSource(index));
        QMenu menu;
        menu.addAction(tr("Show Endpoint"), this, [this, index] { activate(index); })->setEnabled(r);
        QAction* again = menu.addAction(tr("Probe This Backend Again"));
        again->setEnabled(r && !isRunning());
        if (r) {
            const ResourceKey backend = r->target.backend;
            connect(again, &QAction::triggered, this, [this, backend] { probe({ backend }); });
        }
        menu.addSeparator();
        QAction* copy = menu.addAction(tr("Copy"));
        copy->setEnabled(index.isValid());
        connect(copy, &QAction::triggered, this, [index] {
            QStringList cells;
            for (int c = 0; c < ProbeResultsModel::NUM_COLUMNS; ++c) {
                const QString text = index.siblingAtColumn(c).data().toString();
                if (!text.isEmpty())
                    cells.append(text);
            }
            QApplication::clipboard()->setText(cells.join(u'\t'));
        });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    updateButtons();
    refreshSummary();
}

ProbeDock::~ProbeDock()
{
    // The runner goes with the dock; nothing it reports now may reach the workspace.
    m_runner->disconnect(this);
}

bool ProbeDock::canProbe(const ResourceKey& key)
{
    return ProbeSession::canProbe(key);
}

int ProbeDock::probe(const QSet<ResourceKey>& backends)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    flushFindings(); // what the cancelled run found so far
    m_findings.clear();
    m_dirty.clear();
    m_notice.clear();
    if (!m_workspace) {
        m_runner->start({});
        return 0;
    }
    QSettings settings;
    ProbeSession::Settings values;
    values.timeoutMs = settings.value(timeoutSetting, defaultTimeoutMs).toInt();
    values.concurrency = settings.value(concurrencySetting, defaultConcurrency).toInt();
    values.connectTo = m_connectTo;
    m_session.setSettings(values);
    ProbeSession::Run run = m_session.plan(*m_workspace, backends);
    for (const QString& source : std::as_const(run.staleSources))
        m_workspace->clearFindings(source);
    m_notice = run.notice;
    m_runner->setOptions(run.options);
    const int count = int(run.targets.size());
    m_runner->start(std::move(run.targets));
    return count;
}

int ProbeDock::probeAgain()
{
    return probe(m_session.lastBackends());
}

void ProbeDock::cancel()
{
    m_runner->cancel();
}

bool ProbeDock::isRunning() const
{
    return m_runner->isRunning();
}

void ProbeDock::onResult(int index)
{
    if (index < 0 || size_t(index) >= m_runner->results().size())
        return;
    const ProbeResult& r = m_runner->results()[size_t(index)];
    if (r.cancelled)
        return; // says nothing about the endpoint: what an earlier run found stays
    std::vector<Finding>& findings = m_findings[r.target.backend];
    for (Finding& f : ProbeFindings::of(r))
        findings.push_back(std::move(f));
    m_dirty.insert(r.target.backend);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProbeDock::flushFindings()
{
    m_flushTimer.stop();
    if (!m_workspace) {
        m_dirty.clear();
        return;
    }
    const QSet<ResourceKey> dirty = std::exchange(m_dirty, {});
    for (const ResourceKey& backend : dirty)
        m_workspace->setFindings(ProbeFindings::sourceFor(backend), m_findings.value(backend));
}

void ProbeDock::onFinished(bool cancelled)
{
    flushFindings();
    m_progress->hide();
    updateButtons();
    refreshSummary();
    Q_EMIT runFinished(cancelled);
}

QString ProbeDock::summaryText() const
{
    const ProbeResultsModel::Summary s = m_model->summary();
    const bool running = m_runner->isRunning();
    if (!running && s.total == 0)
        return m_notice.isEmpty() ? tr("No probes run yet.") : m_notice;
    QStringList parts;
    if (s.reachable > 0) {
        parts.append(s.warned > 0 ? tr("%1 reachable (%n with warnings)", nullptr, s.warned).arg(s.reachable)
                                  : tr("%1 reachable").arg(s.reachable));
    }
    if (s.failed > 0) {
        QStringList categories;
        for (const auto& [failure, count] : s.failures) {
            const QString label = ProbeFindings::categoryLabel(failure);
            categories.append(count == 1 ? label : tr("%1 %2", "count, failure category").arg(count).arg(label));
        }
        parts.append(tr("%1 failed (%2)").arg(s.failed).arg(categories.join(u", "_s)));
    }
    if (s.cancelled > 0)
        parts.append(tr("%1 cancelled").arg(s.cancelled));
    QString text = running ? tr("Probing: %1 of %n endpoint(s) done", nullptr, m_runner->total()).arg(s.total)
                           : tr("%n endpoint(s)", nullptr, s.total);
    if (!parts.isEmpty())
        text += u": "_s + parts.join(u", "_s);
    if (!m_notice.isEmpty())
        text += u" — "_s + m_notice;
    return text;
}

void ProbeDock::refreshSummary()
{
    const QString text = summaryText();
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

void ProbeDock::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_cancel->setEnabled(running);
    m_again->setEnabled(!running && m_workspace);
}

void ProbeDock::spanDetailRows(const QModelIndex& parent, int first, int last)
{
    // What a probe saw reads as one line of text below its endpoint, not as cells.
    for (int row = first; row <= last; ++row) {
        if (parent.isValid())
            m_view->setFirstColumnSpanned(row, parent, true);
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (const int children = m_proxy->rowCount(index); children > 0)
            spanDetailRows(index, 0, children - 1);
    }
}

void ProbeDock::activate(const QModelIndex& index)
{
    const ProbeResult* r = m_model->result(m_proxy->mapToSource(index));
    if (r)
        Q_EMIT endpointActivated(r->target.backend, r->target.fieldPath);
}

} // namespace bw
