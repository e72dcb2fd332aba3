// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import BackendWorkbench

// Where traffic goes: gateways | routes | rules | backends | endpoints | policies, laid out
// in C++. Drag a rule's handle (the dot on its right) onto a backend to add a backendRef;
// click an edge and press Delete to remove it; right-click a backend to probe it, a route or
// rule to simulate its failover; wheel or pinch to zoom, drag to pan.
Item {
    id: root
    // Given by the host (TopologyView) when it creates the canvas.
    required property TopologyController controller
    readonly property TopologyViewportFilter nodes: controller.nodes
    readonly property TopologyViewportFilter edges: controller.edges

    property real zoom: 1.0
    // The selection and the search are the controller's: the window and the search box set them.
    readonly property string selectedNode: controller.selectedNode
    property int selectedEdge: -1
    readonly property string search: controller.search
    readonly property real columnWidth: 290
    readonly property real nodeWidth: 180
    readonly property real nodeHeight: 40
    readonly property real rowHeight: 54
    readonly property var columnTitles: [qsTr("Gateways"), qsTr("Routes"), qsTr("Rules"), qsTr("Backends"), qsTr("Endpoints"), qsTr("Policies")]

    function nodeX(layer) { return 20 + layer * columnWidth }
    function nodeY(order) { return 40 + order * rowHeight }
    // Only the rows in view (and a margin) get delegates.
    function updateViewport() {
        if (!nodes || !edges)
            return
        const first = Math.floor((flick.contentY / zoom - 40) / rowHeight) - 4
        const last = Math.ceil(((flick.contentY + flick.height) / zoom - 40) / rowHeight) + 4
        nodes.setVisibleRows(first, last)
        edges.setVisibleRows(first, last)
    }
    onZoomChanged: updateViewport()
    onHeightChanged: updateViewport()
    Component.onCompleted: updateViewport()

    Connections {
        target: root.controller
        function onFitRequested() { root.fitToView() }
    }

    function fitToView() {
        const w = controller.columns * columnWidth + 40
        const h = controller.rows * rowHeight + 80
        zoom = Math.max(0.2, Math.min(1.5, Math.min(flick.width / w, flick.height / h)))
        flick.contentX = 0
        flick.contentY = 0
    }

    focus: true
    Keys.onDeletePressed: if (selectedEdge >= 0) { controller.removeEdge(selectedEdge); selectedEdge = -1 }

    Rectangle { anchors.fill: parent; color: "#f7f8fa" }

    Flickable {
        id: flick
        objectName: "flick"
        anchors.fill: parent
        clip: true
        contentWidth: canvas.width * root.zoom
        contentHeight: canvas.height * root.zoom
        boundsBehavior: Flickable.StopAtBounds
        onContentYChanged: root.updateViewport()
        onHeightChanged: root.updateViewport()

        Item {
            id: canvas
            objectName: "canvas"
            width: root.controller.columns * root.columnWidth + 40
            height: root.controller.rows * root.rowHeight + 80
            scale: root.zoom
            transformOrigin: Item.TopLeft

            Repeater {
                model: root.columnTitles
                Text {
                    x: root.nodeX(index); y: 8
                    text: modelData
                    font.bold: true
                    color: "#5b6270"
                }
            }

            // Edges first, so nodes paint over them.
            Repeater {
                model: root.edges
                delegate: Item {
                    id: edge
                    required property int sourceRow // the edge's row in the full model
                    readonly property int index: sourceRow
                    required property string from
                    required property string to
                    required property string edgeType
                    required property int share
                    required property int weight
                    readonly property point a: { root.controller.revision; return root.controller.position(from) }
                    readonly property point b: { root.controller.revision; return root.controller.position(to) }
                    readonly property bool forward: b.x >= a.x
                    readonly property real x1: root.nodeX(a.x) + (forward ? root.nodeWidth : 0)
                    readonly property real y1: root.nodeY(a.y) + root.nodeHeight / 2
                    readonly property real x2: root.nodeX(b.x) + (forward ? 0 : root.nodeWidth)
                    readonly property real y2: root.nodeY(b.y) + root.nodeHeight / 2
                    readonly property bool selected: root.selectedEdge === index
                    Shape {
                        ShapePath {
                            strokeWidth: edge.selected ? 3 : (edge.edgeType === "backend" ? 2 : 1.2)
                            strokeColor: edge.selected ? "#1e5bb8"
                                       : edge.edgeType === "mirror" ? "#8a2bb0"
                                       : edge.edgeType === "policy" ? "#9aa1ad"
                                       : edge.edgeType === "backend" ? "#3b7d3b" : "#8b93a1"
                            strokeStyle: edge.edgeType === "mirror" || edge.edgeType === "policy" ? ShapePath.DashLine : ShapePath.SolidLine
                            dashPattern: [4, 3]
                            fillColor: "transparent"
                            startX: edge.x1; startY: edge.y1
                            PathCubic {
                                x: edge.x2; y: edge.y2
                                control1X: (edge.x1 + edge.x2) / 2; control1Y: edge.y1
                                control2X: (edge.x1 + edge.x2) / 2; control2Y: edge.y2
                            }
                        }
                    }
                    Rectangle {
                        id: tag
                        objectName: "edge:" + edge.from + "->" + edge.to
                        visible: edge.share >= 0 || edge.edgeType === "mirror"
                        property int refRow: edge.index
                        readonly property real homeX: (edge.x1 + edge.x2) / 2 - width / 2
                        readonly property real homeY: (edge.y1 + edge.y2) / 2 - height / 2
                        x: homeX
                        y: homeY
                        z: tagArea.drag.active ? 200 : 1
                        width: Math.max(label.implicitWidth, weightInput.visible ? 40 : 0) + 8
                        height: label.implicitHeight + 2
                        radius: 3
                        color: edge.selected ? "#dbe6f7" : "white"
                        border.color: "#c9ced6"
                        Drag.active: tagArea.drag.active
                        Drag.keys: ["ref"]
                        Drag.hotSpot.x: width / 2; Drag.hotSpot.y: height / 2
                        Text { id: label; anchors.centerIn: parent; font.pixelSize: 11
                               visible: !weightInput.visible
                               text: edge.edgeType === "mirror" ? qsTr("mirror") : edge.share + " %" }
                        // Double-click a backend edge's share to type its weight.
                        TextInput {
                            id: weightInput
                            objectName: "weight:" + edge.from + "->" + edge.to
                            anchors.centerIn: parent
                            visible: false
                            font.pixelSize: 11
                            validator: IntValidator { bottom: 0; top: 1000000 }
                            onAccepted: { visible = false; root.controller.setWeight(edge.index, parseInt(text)); root.forceActiveFocus() }
                            onActiveFocusChanged: if (!activeFocus) visible = false
                            Keys.onEscapePressed: { visible = false; root.forceActiveFocus() }
                        }
                        // Click to select (Delete removes the backendRef), drag onto another
                        // rule to move the backendRef there.
                        MouseArea {
                            id: tagArea
                            anchors.fill: parent
                            drag.target: edge.edgeType === "backend" ? tag : null
                            drag.threshold: 4
                            onClicked: { root.selectedEdge = edge.index; root.forceActiveFocus() }
                            onDoubleClicked: {
                                if (edge.edgeType !== "backend")
                                    return
                                weightInput.text = edge.weight >= 0 ? edge.weight : 1
                                weightInput.visible = true
                                weightInput.forceActiveFocus()
                                weightInput.selectAll()
                            }
                            onReleased: {
                                if (drag.active)
                                    tag.Drag.drop()
                                tag.x = Qt.binding(() => tag.homeX)
                                tag.y = Qt.binding(() => tag.homeY)
                            }
                        }
                    }
                }
            }

            Repeater {
                model: root.nodes
                delegate: Rectangle {
                    id: node
                    required property string nodeId
                    required property string nodeType
                    required property string kind
                    required property string label
                    required property bool missing
                    required property bool fallback
                    required property int layerIndex
                    required property int orderIndex
                    required property int errors
                    required property int warnings
                    required property string problem
                    objectName: "node:" + nodeId
                    z: handleArea.drag.active ? 100 : 0 // the dragged handle paints over other nodes
                    x: root.nodeX(layerIndex)
                    y: root.nodeY(orderIndex)
                    width: root.nodeWidth
                    height: root.nodeHeight
                    radius: 6
                    readonly property bool matches: root.search.length > 0
                        && (label.toLowerCase().indexOf(root.search.toLowerCase()) >= 0
                            || nodeId.toLowerCase().indexOf(root.search.toLowerCase()) >= 0)
                    color: drop.refused ? "#fbe3e3"
                         : drop.containsDrag ? "#dff0d8"
                         : missing ? "#fff4f4"
                         : nodeType === "rule" ? "#eef3fb"
                         : nodeType === "endpoint" ? "#f3f4f6" : "white"
                    border.width: root.selectedNode === nodeId || matches ? 3 : 1
                    border.color: drop.refused ? "#d02121"
                                : matches ? "#e0a800"
                                : root.selectedNode === nodeId ? "#1e5bb8"
                                : errors > 0 || missing ? "#d02121"
                                : warnings > 0 ? "#c78a00" : "#b8bec8"
                    Rectangle { // a standby (fallback) backend is drawn hatched-grey
                        visible: node.fallback
                        anchors.fill: parent; radius: 6; color: "transparent"
                        border.color: "#9aa1ad"; border.width: 1
                        anchors.margins: 3
                    }
                    Column {
                        anchors.verticalCenter: parent.verticalCenter
                        x: 8; width: parent.width - 24
                        Text { text: node.nodeType === "rule" || node.nodeType === "endpoint" ? node.nodeType : node.kind + (node.fallback ? qsTr(" · standby") : "")
                               font.pixelSize: 10; color: "#6a7380"; elide: Text.ElideRight; width: parent.width }
                        Text { text: node.missing ? qsTr("%1 (missing)").arg(node.label) : node.label
                               font.pixelSize: 12; elide: Text.ElideMiddle; width: parent.width
                               color: node.missing ? "#d02121" : "#1d232b" }
                    }
                    Rectangle { // problem badge
                        visible: node.errors + node.warnings > 0
                        anchors.right: parent.right; anchors.top: parent.top; anchors.margins: -6
                        width: 18; height: 18; radius: 9
                        color: node.errors > 0 ? "#d02121" : "#c78a00"
                        Text { anchors.centerIn: parent; color: "white"; font.pixelSize: 10; font.bold: true
                               text: node.errors + node.warnings }
                    }
                    MouseArea {
                        anchors.fill: parent
                        hoverEnabled: true
                        acceptedButtons: Qt.LeftButton | Qt.RightButton
                        onClicked: (mouse) => {
                            root.controller.selectedNode = node.nodeId
                            root.forceActiveFocus()
                            if (mouse.button === Qt.RightButton) {
                                // The menu is the window's own (a QMenu), like every other menu of it.
                                const at = mapToItem(null, mouse.x, mouse.y)
                                root.controller.requestContextMenu(node.nodeId, at.x, at.y)
                                return
                            }
                            root.controller.select(node.nodeId)
                        }
                    }
                    // Backends accept a rule's handle; rules accept a backendRef moved from another rule.
                    // A drop the workspace would reject (a kind the route's controller cannot use)
                    // is refused while it hovers: the node turns red, the reason shows below it
                    // and in the view's status line, and letting go there changes nothing.
                    DropArea {
                        id: drop
                        objectName: "drop:" + node.nodeId
                        anchors.fill: parent
                        readonly property string resourceType: "application/x-backend-workbench-resource"
                        property string refusal: ""
                        readonly property bool refused: containsDrag && refusal.length > 0
                        keys: node.nodeType === "backend" && !node.missing ? ["rule"]
                            : node.nodeType === "rule" ? ["ref", resourceType] : []
                        function refusalOf(d) {
                            if (node.nodeType === "backend")
                                return root.controller.wiringRefusal(d.source.ruleId, node.nodeId)
                            if (d.formats.indexOf(resourceType) >= 0)
                                return root.controller.resourceRefusal(node.nodeId, d.getDataAsString(resourceType))
                            return root.controller.moveRefusal(d.source.refRow, node.nodeId)
                        }
                        function clear() {
                            refusal = ""
                            root.controller.dropRefusal = ""
                        }
                        onEntered: (d) => {
                            refusal = refusalOf(d)
                            root.controller.dropRefusal = refusal
                        }
                        onExited: clear()
                        onDropped: (d) => {
                            const refused = refusal.length > 0
                            clear()
                            if (refused) {
                                d.accepted = false
                                return
                            }
                            if (node.nodeType === "backend") {
                                root.controller.wire(d.source.ruleId, node.nodeId)
                            } else if (d.formats.indexOf(resourceType) >= 0) {
                                // An object dragged from the workspace tree.
                                root.controller.wireResource(node.nodeId, d.getDataAsString(resourceType))
                                d.acceptProposedAction()
                            } else {
                                root.controller.moveEdge(d.source.refRow, node.nodeId)
                            }
                        }
                    }
                    Text {
                        objectName: "refusal:" + node.nodeId
                        visible: drop.refused
                        z: 300
                        anchors.top: parent.bottom; anchors.topMargin: 2
                        width: Math.max(parent.width, 260)
                        wrapMode: Text.Wrap
                        font.pixelSize: 10
                        color: "#a61b1b"
                        text: qsTr("Cannot drop here: %1").arg(drop.refusal)
                    }
                    // While a handle is dragged, a line ties it to its rule so the user sees
                    // which rule the new backendRef will belong to.
                    Shape {
                        visible: handleArea.drag.active
                        ShapePath {
                            strokeWidth: 2
                            strokeColor: "#3b7d3b"
                            strokeStyle: ShapePath.DashLine
                            dashPattern: [3, 2]
                            fillColor: "transparent"
                            startX: node.width; startY: node.height / 2
                            PathLine { x: handle.x + 7; y: handle.y + 7 }
                        }
                    }
                    // A rule's handle: drag it onto a backend.
                    Rectangle {
                        id: handle
                        visible: node.nodeType === "rule"
                        objectName: "handle:" + node.nodeId
                        property string ruleId: node.nodeId
                        width: 14; height: 14; radius: 7
                        color: handleArea.drag.active ? "#3b7d3b" : "#7fb27f"
                        x: node.width - 7; y: node.height / 2 - 7
                        Drag.active: handleArea.drag.active
                        Drag.keys: ["rule"]
                        Drag.hotSpot.x: 7; Drag.hotSpot.y: 7
                        MouseArea {
                            id: handleArea
                            anchors.fill: parent
                            drag.target: handle
                            drag.threshold: 2
                            cursorShape: drag.active && root.controller.dropRefusal.length > 0 ? Qt.ForbiddenCursor : Qt.CrossCursor
                            onReleased: {
                                handle.Drag.drop()
                                handle.x = node.width - 7
                                handle.y = node.height / 2 - 7
                            }
                        }
                    }
                }
            }
        }
    }

    WheelHandler {
        target: null
        acceptedModifiers: Qt.NoModifier | Qt.ControlModifier
        onWheel: (event) => root.zoom = Math.max(0.2, Math.min(2.5, root.zoom * (event.angleDelta.y > 0 ? 1.1 : 1 / 1.1)))
    }
    PinchHandler {
        target: null
        // activeScale is the scale since the pinch began, so it multiplies the zoom the pinch
        // started from, not the running value.
        property real startZoom: 1.0
        onActiveChanged: if (active) startZoom = root.zoom
        onActiveScaleChanged: root.zoom = Math.max(0.2, Math.min(2.5, startZoom * activeScale))
    }

    // Overview when the graph is larger than the view.
    Rectangle {
        id: overview
        visible: flick.contentWidth > flick.width || flick.contentHeight > flick.height
        anchors.right: parent.right; anchors.bottom: parent.bottom; anchors.margins: 10
        width: 160; height: 100
        color: "#ccffffff"; border.color: "#b8bec8"
        readonly property real sx: width / Math.max(1, flick.contentWidth)
        readonly property real sy: height / Math.max(1, flick.contentHeight)
        Rectangle {
            x: flick.contentX * overview.sx; y: flick.contentY * overview.sy
            width: Math.min(overview.width, flick.width * overview.sx)
            height: Math.min(overview.height, flick.height * overview.sy)
            color: "#331e5bb8"; border.color: "#1e5bb8"
        }
        MouseArea {
            anchors.fill: parent
            onClicked: (m) => {
                flick.contentX = Math.max(0, m.x / overview.sx - flick.width / 2)
                flick.contentY = Math.max(0, m.y / overview.sy - flick.height / 2)
            }
        }
    }
}
