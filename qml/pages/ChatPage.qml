pragma ComponentBehavior: Bound

import QtQuick
import Inkchat
import Inkchat.App

// The open conversation: transcript, status line, composer.
Rectangle {
    id: page

    required property ChatController chat
    required property DisplayController display

    function focusComposer() {
        composer.focusInput()
    }

    function turnPage(forward: bool) {
        messages.turnPage(forward)
    }

    function showMessage(storeId: int, terms: string) {
        messages.showMessage(storeId, terms)
    }

    color: Theme.background

    MessageView {
        id: messages

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: status.top
        chat: page.chat
        display: page.display
    }

    StatusLine {
        id: status

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: composer.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        chat: page.chat
        pageText: Theme.isEink ? qsTr("page %1 of %2").arg(messages.pageNumber).arg(messages.pageCount) : ""
    }

    Composer {
        id: composer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin / 2
        chat: page.chat
    }
}
