pragma ComponentBehavior: Bound

import QtQuick
import Inkchat.App

// One line under the conversation: what the connection is doing, or where
// replies go when nothing is going on. A static mark, never a spinner.
Rectangle {
    id: root

    required property ChatController chat
    /// "page 2 of 5" on e-ink, where the view pages instead of scrolling.
    property string pageText: ""

    implicitHeight: Math.max(line.implicitHeight, retryNow.visible ? retryNow.implicitHeight : 0) + 8
    color: Theme.background

    Text {
        id: line

        objectName: "statusText"
        anchors.left: parent.left
        anchors.right: retryNow.visible ? retryNow.left : page.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 8
        // Read whole: a hint or an error wraps rather than lose its end
        // (on a narrow window "Add a provider in Settings." was cut off).
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
        color: Theme.muted
        text: root.chat.status.length > 0
              ? (root.chat.isBusy ? "● " : "") + root.chat.status
              : root.chat.isDemo
                ? qsTr("Demo mode: replies come from a built-in server and nothing leaves this machine. Add a provider in Settings.")
                : root.chat.endpointLabel
        Accessible.role: Accessible.StatusBar
        Accessible.name: line.text
    }

    InkButton {
        id: retryNow

        objectName: "retryNowButton"
        anchors.right: page.left
        anchors.rightMargin: 8
        anchors.verticalCenter: parent.verticalCenter
        visible: root.chat.isWaitingForNetwork
        text: qsTr("Retry now")
        Accessible.description: qsTr("Send the request now, though the system reports no network")
        onClicked: root.chat.retryNow()
    }

    Text {
        id: page

        objectName: "pageText"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        font.pixelSize: line.font.pixelSize
        color: Theme.muted
        text: root.pageText
    }
}
