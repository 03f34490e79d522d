pragma ComponentBehavior: Bound

import QtQuick
import Inkchat.App

// Where the keyboard is: a thick ring in the focus colour around its
// parent, a pixel outside it so it never hides the parent's own border.
// Made a child of what it rings; `shown` says when. Rows of a list, which
// clips, are ringed just inside their edges (`inset`).
Rectangle {
    id: ring

    property bool shown: false
    property bool inset: false

    anchors.fill: parent
    anchors.margins: ring.inset ? 0 : -(Theme.focusWidth + 1)
    visible: ring.shown
    color: "transparent"
    border.color: Theme.focusColor
    border.width: Theme.focusWidth
    radius: Theme.isEink ? 0 : 6
    z: 1
}
