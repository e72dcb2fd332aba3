// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology/topologyview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QQmlContext>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QVBoxLayout>

#include "models/topologymodel.h"
#include "topology/topologycontroller.h"
#include "topology/topologyviewportfilter.h"

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
    // The canvas draws only what touches the rows in view (it tells the filters which).
    auto* nodes = new TopologyViewportFilter(TopologyViewportFilter::Kind::Nodes, this);
    nodes->setSourceModel(m_model->nodeModel());
    auto* edges = new TopologyViewportFilter(TopologyViewportFilter::Kind::Edges, this);
    edges->setSourceModel(m_model->edgeModel());
    QQmlContext* context = m_quick->rootContext();
    context->setContextProperty(u"topologyNodes"_s, nodes);
    context->setContextProperty(u"topologyEdges"_s, edges);
    context->setContextProperty(u"topologyController"_s, m_controller);
    m_quick->setSource(QUrl(u"qrc:/qt/qml/BackendWorkbench/TopologyCanvas.qml"_s));
    for (const QQmlError& e : m_quick->errors())
        qWarning("topology canvas: %s", qPrintable(e.toString()));
    layout->addWidget(m_quick, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (QQuickItem* root = m_quick->rootObject())
            root->setProperty("search", text);
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
    if (QQuickItem* root = m_quick->rootObject())
        root->setProperty("selectedNode", id);
}

void TopologyView::fitToView()
{
    if (QQuickItem* root = m_quick->rootObject())
        QMetaObject::invokeMethod(root, "fitToView");
}

} // namespace bw
