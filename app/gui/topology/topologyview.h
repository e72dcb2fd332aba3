// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QQuickWidget;

namespace bw {

class TopologyController;
class TopologyModel;
class Workspace;

// The Topology tab: the QML canvas in a QQuickWidget, with a search box and fit-to-view.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(Workspace* workspace, QWidget* parent = nullptr);
    ~TopologyView() override;

    [[nodiscard]] QQuickWidget* quickWidget() const { return m_quick; }
    [[nodiscard]] TopologyController* controller() const { return m_controller; }
    [[nodiscard]] TopologyModel* model() const { return m_model; }
    // The menu a right-click on a node opens ("nodeMenu"; actions "probeMenuAction",
    // "simulateMenuAction", "openMenuAction").
    [[nodiscard]] QMenu* nodeMenu() const { return m_nodeMenu; }
    void fitToView();
    // Marks a node as selected in the canvas (the object shown in the current editor tab).
    void selectNode(const QString& id);

Q_SIGNALS:
    void nodeActivated(const QString& id);

protected:
    // The graph is built while it is on screen: behind an editor tab, edits only mark it out
    // of date, and showing it builds it once.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    TopologyModel* m_model = nullptr;
    TopologyController* m_controller = nullptr;
    QQuickWidget* m_quick = nullptr;
    QLineEdit* m_search = nullptr;
    QMenu* m_nodeMenu = nullptr;
};

} // namespace bw
