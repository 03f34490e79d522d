pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: root

    width: 720
    height: 900
    visible: true
    title: qsTr("Inkchat")

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        spacing: 12

        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Inkchat")
            font.pixelSize: 32
        }
        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The chat window arrives with the app issue; inkchat-cli streams replies today.")
            wrapMode: Text.WordWrap
        }
    }
}
