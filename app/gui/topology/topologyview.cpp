// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/topologyview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QVBoxLayout>

#include "models/topologymodel.h"
#include "qmlmodule.h"
#include "topology/topologycontroller.h"

using namespace Qt::StringLiterals;

namespace bw {

TopologyView::TopologyView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_model(new TopologyModel(workspace, this))
    , m_controller(new TopologyController(workspace, m_model, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(u"topologySearch"_s);
    m_search->setPlaceholderText(tr("Highlight nodes by name"));
    m_search->setClearButtonEnabled(true);
    auto* fit = new QPushButton(tr("Fit to View"));
    bar->addWidget(
        new QLabel(
            tr("Drag a rule's dot onto a backend to route to it; select an edge and press Delete to remove it.")),
        1);
    bar->addWidget(m_search);
    bar->addWidget(fit);
    layout->addLayout(bar);
    // Shown after a drop across namespaces that no ReferenceGrant allows yet.
    auto* grantBar = new QWidget;
    grantBar->setObjectName(u"grantBar"_s);
    auto* grantLayout = new QHBoxLayout(grantBar);
    grantLayout->setContentsMargins(6, 2, 6, 2);
    auto* grantText = new QLabel;
    grantText->setWordWrap(true);
    auto* createGrant = new QPushButton(tr("Create the ReferenceGrant"));
    createGrant->setObjectName(u"createGrant"_s);
    grantLayout->addWidget(grantText, 1);
    grantLayout->addWidget(createGrant);
    grantBar->setStyleSheet(u"#grantBar { background: #fff4e5; border: 1px solid #e0a800; }"_s);
    grantBar->hide();
    layout->addWidget(grantBar);

    m_quick = new QQuickWidget;
    m_quick->setObjectName(u"topologyCanvas"_s);
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    // The canvas's one required property is the controller, typed; QQuickWidget on Qt 6.4
    // has no initial properties, so the root is created here with it and handed over.
    registerQmlModule(m_quick->engine());
    const QUrl url(u"qrc:/qt/qml/BackendWorkbench/TopologyCanvas.qml"_s);
    auto* component = new QQmlComponent(m_quick->engine(), url, QQmlComponent::PreferSynchronous, m_quick);
    QObject* root = component->isReady() ? component->createWithInitialProperties(
                        { { u"controller"_s, QVariant::fromValue(m_controller) } }, m_quick->rootContext())
                                         : nullptr;
    for (const QQmlError& e : component->errors())
        qWarning("topology canvas: %s", qPrintable(e.toString()));
    if (root)
        m_quick->setContent(url, component, root);
    layout->addWidget(m_quick, 1);

    connect(m_search, &QLineEdit::textChanged, m_controller, &TopologyController::setSearch);
    // Why the drop under the pointer would be refused, while it is there. Below the canvas, so
    // showing it does not move the graph under the pointer.
    auto* dropStatus = new QLabel;
    dropStatus->setObjectName(u"dropRefusal"_s);
    dropStatus->setWordWrap(true);
    dropStatus->setStyleSheet(u"#dropRefusal { color: #a61b1b; padding: 2px 6px; }"_s);
    dropStatus->hide();
    layout->addWidget(dropStatus);
    connect(m_controller, &TopologyController::dropRefusalChanged, this, [this, dropStatus] {
        const QString reason = m_controller->dropRefusal();
        dropStatus->setText(reason.isEmpty() ? QString() : tr("Cannot drop here: %1").arg(reason));
        dropStatus->setVisible(!reason.isEmpty());
    });
    connect(fit, &QPushButton::clicked, this, &TopologyView::fitToView);
    connect(m_controller, &TopologyController::nodeSelected, this, &TopologyView::nodeActivated);
    m_nodeMenu = new QMenu(this);
    m_nodeMenu->setObjectName(u"nodeMenu"_s);
    connect(
        m_controller, &TopologyController::contextMenuRequested, this, [this](const QString& id, const QPointF& at) {
            m_nodeMenu->clear();
            if (m_controller->canProbe(id)) {
                QAction* probe = m_nodeMenu->addAction(
                    tr("Probe this backend"), this, [this, id] { m_controller->probeBackend(id); });
                probe->setObjectName(u"probeMenuAction"_s);
            }
            if (m_controller->canSimulate(id)) {
                QAction* simulate
                    = m_nodeMenu->addAction(tr("Simulate failover"), this, [this, id] { m_controller->simulate(id); });
                simulate->setObjectName(u"simulateMenuAction"_s);
            }
            QAction* open = m_nodeMenu->addAction(tr("Open"), this, [this, id] { m_controller->select(id); });
            open->setObjectName(u"openMenuAction"_s);
            m_nodeMenu->popup(m_quick->mapToGlobal(at.toPoint()));
        });
    connect(m_controller, &TopologyController::grantNeeded, this, [grantBar, grantText](const QString& message) {
        grantText->setText(message);
        grantBar->show();
    });
    connect(createGrant, &QPushButton::clicked, this, [this, grantBar] {
        m_controller->createPendingGrant();
        grantBar->hide();
    });
}

void TopologyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void TopologyView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setActive(false);
}

TopologyView::~TopologyView()
{
    // The canvas goes first: its bindings read the models and the controller.
    delete m_quick;
}

void TopologyView::selectNode(const QString& id)
{
    m_controller->setSelectedNode(id);
}

void TopologyView::fitToView()
{
    Q_EMIT m_controller->fitRequested();
}

} // namespace bw
