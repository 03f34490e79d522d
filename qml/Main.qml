pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: root

    width: 720
    height: 900
    visible: true
    title: qsTr("Inkchat")

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Inkchat")
            font.pixelSize: 32
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("The chat window arrives with the app issue; inkchat-cli streams replies today.")
            wrapMode: Text.WordWrap
        }
    }
}
