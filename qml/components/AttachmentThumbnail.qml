pragma ComponentBehavior: Bound

import QtQuick
import Inkchat

// An attached image at thumbnail size: decoded and scaled off the GUI
// thread by the image://attachment provider; on e-ink the provider's
// greyscale, dithered version, which the panel shows crisply. The frame
// has its size before the image is there, so nothing moves when it comes.
Rectangle {
    id: root

    required property string imageKey
    property int side: Theme.fontPixelSize * 7

    width: root.side
    height: root.side
    color: Theme.surface
    border.color: Theme.border
    border.width: 1

    Image {
        objectName: "attachmentImage"
        anchors.fill: parent
        anchors.margins: 1
        source: "image://attachment/" + (Theme.isEink ? "eink/" : "") + root.imageKey
        sourceSize.width: root.side
        sourceSize.height: root.side
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        // E-ink: no smoothing between the dithered dots.
        smooth: !Theme.isEink
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Attached image")
    }
}
