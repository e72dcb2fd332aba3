// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import BackendWorkbench

// Each backend's share of the requests over a scenario run (0-100 %, seconds on the x axis)
// as step lines, one colour per backend (the Simulation panel's share bars use the same), with
// the failover window marked. Hover to read the shares at a moment.
Item {
    id: root
    // Given by the host (SimulationPanel) when it creates the chart.
    required property ScenarioTimelineModel timeline
    readonly property var colours: ["#2b6cb0", "#dd6b20", "#2f855a", "#c53030", "#6b46c1", "#b7791f"]
    property int revision: 0
    readonly property var backends: revision >= 0 && timeline ? timeline.backends : []
    readonly property var fallbacks: revision >= 0 && timeline ? timeline.fallbacks : []
    readonly property real duration: revision >= 0 && timeline ? Math.max(1, timeline.duration) : 1
    readonly property real startsAt: revision >= 0 && timeline ? timeline.failoverStartsAt : -1
    readonly property real endsAt: revision >= 0 && timeline ? timeline.failoverEndsAt : -1
    // (seconds, percent) step points per backend, from the model.
    readonly property var series: {
        const out = []
        if (revision < 0 || !timeline)
            return out
        for (let b = 0; b < backends.length; ++b)
            out.push(timeline.stepPoints(b))
        return out
    }
    property real hoverT: -1
    property real startLabelWidth: 0
    readonly property real startLabelEnd: startsAt >= 0 ? xOf(startsAt) + startLabelWidth : -1000

    function colour(i) { return colours[i % colours.length] }
    function xOf(t) { return plot.width * Math.max(0, Math.min(1, t / duration)) }
    function yOf(share) { return plot.height * (1 - Math.max(0, Math.min(100, share)) / 100) }
    function pathOf(b) {
        const pts = series[b] || []
        return pts.map(p => Qt.point(xOf(p.x), yOf(p.y)))
    }
    // The share of backend b at time t: the last step point at or before t.
    function shareAt(b, t) {
        const pts = series[b] || []
        let share = 0
        for (let i = 0; i < pts.length && pts[i].x <= t; ++i)
            share = pts[i].y
        return share
    }
    function tickStep() {
        const raw = duration / 8
        const steps = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1800, 3600]
        for (let i = 0; i < steps.length; ++i)
            if (steps[i] >= raw)
                return steps[i]
        return 7200
    }
    function ticks() {
        const out = []
        const step = tickStep()
        for (let t = 0; t <= duration + 0.001; t += step)
            out.push(t)
        return out
    }
    function secondsText(t) { return qsTr("%1 s").arg(Math.round(t * 10) / 10) }

    Connections {
        target: root.timeline
        function onTimelineChanged() { root.revision++ }
    }

    Rectangle { anchors.fill: parent; color: "white"; border.color: "#d5d9e0" }

    Text {
        id: title
        anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
        anchors.margins: 6
        text: root.revision >= 0 && root.timeline ? root.timeline.title : ""
        font.pixelSize: 12; font.bold: true; color: "#1d232b"
        elide: Text.ElideRight
    }
    Flow {
        id: legend
        objectName: "chartLegend"
        anchors.left: parent.left; anchors.right: parent.right; anchors.top: title.bottom
        anchors.leftMargin: 48; anchors.rightMargin: 8; anchors.topMargin: 4
        spacing: 14
        Repeater {
            model: root.backends
            delegate: Row {
                required property int index
                required property string modelData
                spacing: 5
                Rectangle { width: 16; height: 4; radius: 2; color: root.colour(index); anchors.verticalCenter: parent.verticalCenter }
                Text {
                    text: root.fallbacks[index] ? qsTr("%1 (fallback)").arg(modelData) : modelData
                    font.pixelSize: 11; color: "#1d232b"
                }
            }
        }
    }

    Item {
        id: plot
        objectName: "chartPlot"
        anchors.left: parent.left; anchors.right: parent.right
        anchors.top: legend.bottom; anchors.bottom: parent.bottom
        anchors.leftMargin: 48; anchors.rightMargin: 14; anchors.topMargin: 22; anchors.bottomMargin: 28

        // The failover window.
        Rectangle {
            objectName: "failoverWindow"
            visible: root.startsAt >= 0
            x: root.xOf(root.startsAt)
            width: (root.endsAt >= 0 ? root.xOf(root.endsAt) : plot.width) - x
            height: plot.height
            color: "#ffe6d1"
        }
        // Horizontal grid with the percent axis.
        Repeater {
            model: [0, 25, 50, 75, 100]
            delegate: Item {
                required property int modelData
                y: root.yOf(modelData)
                width: plot.width
                Rectangle { width: parent.width; height: 1; color: modelData === 0 ? "#9aa1ad" : "#e6e9ee" }
                Text {
                    anchors.right: parent.left; anchors.rightMargin: 6; anchors.verticalCenter: parent.top
                    text: qsTr("%1 %").arg(modelData)
                    font.pixelSize: 10; color: "#6a7380"
                }
            }
        }
        // Time axis.
        Repeater {
            model: root.revision >= 0 ? root.ticks() : []
            delegate: Item {
                required property real modelData
                x: root.xOf(modelData)
                y: plot.height
                Rectangle { width: 1; height: 4; color: "#9aa1ad" }
                Text {
                    anchors.horizontalCenter: parent.left; anchors.top: parent.top; anchors.topMargin: 5
                    text: root.secondsText(modelData)
                    font.pixelSize: 10; color: "#6a7380"
                }
            }
        }
        // Failover markers.
        Repeater {
            model: [
                { t: root.startsAt, label: qsTr("failover starts") },
                { t: root.endsAt, label: qsTr("failover ends") }
            ]
            delegate: Item {
                required property var modelData
                required property int index
                objectName: index === 0 ? "failoverStartMarker" : "failoverEndMarker"
                visible: modelData.t >= 0
                x: root.xOf(modelData.t)
                height: plot.height
                Shape {
                    ShapePath {
                        strokeColor: "#c05621"; strokeWidth: 1.5
                        strokeStyle: ShapePath.DashLine; dashPattern: [4, 3]
                        fillColor: "transparent"
                        startX: 0; startY: 0
                        PathLine { x: 0; y: plot.height }
                    }
                }
                // The labels sit above the plot, clear of the lines: each starts at its line,
                // the end one after the start one when they would overlap, and neither leaves the chart.
                Text {
                    readonly property real wanted: index === 1 ? Math.max(0, root.startLabelEnd + 10 - parent.x) : 0
                    x: Math.max(-parent.x, Math.min(wanted, plot.width - parent.x - implicitWidth))
                    y: -16
                    text: qsTr("%1 at %2").arg(modelData.label).arg(root.secondsText(modelData.t))
                    font.pixelSize: 10; color: "#c05621"
                    onImplicitWidthChanged: if (index === 0) root.startLabelWidth = implicitWidth
                    Component.onCompleted: if (index === 0) root.startLabelWidth = implicitWidth
                }
            }
        }
        // One step line per backend.
        Repeater {
            model: root.backends.length
            delegate: Shape {
                required property int index
                objectName: "series" + index
                anchors.fill: parent
                ShapePath {
                    strokeColor: root.colour(index)
                    strokeWidth: 2.5
                    fillColor: "transparent"
                    joinStyle: ShapePath.MiterJoin
                    PathPolyline { path: plot.width > 0 && plot.height > 0 ? root.pathOf(index) : [] }
                }
            }
        }
        // Hover: the shares at that moment.
        Rectangle {
            visible: root.hoverT >= 0
            x: root.xOf(root.hoverT); width: 1; height: plot.height
            color: "#4a5568"
        }
        Rectangle {
            id: readout
            visible: root.hoverT >= 0
            readonly property bool leftSide: root.xOf(root.hoverT) > plot.width / 2
            x: leftSide ? root.xOf(root.hoverT) - width - 8 : root.xOf(root.hoverT) + 8
            y: 24
            width: readoutColumn.implicitWidth + 12; height: readoutColumn.implicitHeight + 8
            color: "#f7f9fb"; border.color: "#b8bec8"; radius: 3
            Column {
                id: readoutColumn
                x: 6; y: 4
                Text { text: root.secondsText(root.hoverT); font.pixelSize: 10; font.bold: true; color: "#1d232b" }
                Repeater {
                    model: root.backends.length
                    delegate: Text {
                        required property int index
                        text: qsTr("%1: %2 %").arg(root.backends[index]).arg(Math.round(root.shareAt(index, root.hoverT) * 10) / 10)
                        font.pixelSize: 10; color: root.colour(index)
                    }
                }
            }
        }
        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            onPositionChanged: (mouse) => root.hoverT = Math.max(0, Math.min(root.duration, mouse.x / plot.width * root.duration))
            onExited: root.hoverT = -1
        }
    }

    Text {
        anchors.centerIn: plot
        visible: root.backends.length === 0
        text: qsTr("No samples")
        color: "#6a7380"
    }
}
