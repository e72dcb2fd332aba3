// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Frame times of the topology canvas while panning over 1,000 routes and 2,000 Backends,
// drawn by Qt Quick's software renderer (offscreen or Xvfb, no GPU). Each step moves the view
// by 40 px and renders one frame; prints the median and 95th percentile.
#include <QApplication>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "topology/topologyview.h"
#include "workspace/workspace.h"

using namespace bw;

int main(int argc, char** argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QByteArray text;
    for (int b = 0; b < 2000; ++b)
        text += "---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata: {name: be-"
            + QByteArray::number(b) + ", namespace: ns}\nspec:\n  endpoints:\n    - fqdn: {hostname: be-"
            + QByteArray::number(b) + ".example.com, port: 443}\n";
    for (int r = 0; r < 1000; ++r)
        text += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: route-"
            + QByteArray::number(r)
            + ", namespace: ns}\nspec:\n  rules:\n    - backendRefs: [{group: gateway.envoyproxy.io, kind: Backend, "
              "name: be-"
            + QByteArray::number((r * 7) % 2000) + "}, {group: gateway.envoyproxy.io, kind: Backend, name: be-"
            + QByteArray::number((r * 13 + 5) % 2000) + "}]\n";
    Workspace ws;
    ws.addText(QStringLiteral("scale.yaml"), text);
    QElapsedTimer t;
    t.start();
    TopologyView view(&ws);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    QQuickWidget* quick = view.quickWidget();
    quick->grabFramebuffer(); // the first frame creates every delegate
    const double firstFrame = t.nsecsElapsed() / 1e6;
    QQuickItem* flick = quick->rootObject()->findChild<QQuickItem*>(QStringLiteral("flick"));
    std::vector<double> frames;
    for (int i = 0; i < 120; ++i) {
        flick->setProperty("contentX", (i % 60) * 40.0);
        flick->setProperty("contentY", i * 400.0);
        t.restart();
        quick->grabFramebuffer();
        frames.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    out << "first frame (model, delegates, layout): " << firstFrame << " ms\n";
    out << "panning frame time: median " << frames[frames.size() / 2] << " ms, 95th percentile "
        << frames[frames.size() * 95 / 100] << " ms (" << frames.size() << " frames, software renderer)\n";
    return 0;
}
