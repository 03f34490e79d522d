pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// The open conversation's model, in the chat header: any name can be
// typed; ▾ lists the models the endpoint offers (or why it could not),
// with Refresh. Empty means the endpoint's own model, shown as the hint.
Item {
    id: picker

    required property ConversationSettingsController settings

    implicitHeight: field.implicitHeight

    function choose(name: string) {
        picker.settings.setModel(name)
        field.text = picker.settings.model
    }

    Connections {
        target: picker.settings
        function onSettingsChanged() {
            field.text = picker.settings.model
        }
    }

    InkTextField {
        id: field

        objectName: "conversationModelField"
        anchors.left: parent.left
        anchors.right: listButton.left
        anchors.rightMargin: 4
        text: picker.settings.model
        placeholderText: picker.settings.defaultModel
        Accessible.name: qsTr("Model of this conversation")
        onEditingFinished: picker.choose(field.text)
        Keys.onDownPressed: list.open()
    }

    InkButton {
        id: listButton

        objectName: "modelListButton"
        anchors.right: parent.right
        height: field.height
        padding: 4
        text: "▾"
        Accessible.name: qsTr("Models the endpoint offers")
        onClicked: list.open()
    }

    Popup {
        id: list

        objectName: "modelList"
        y: picker.height
        x: picker.width - width
        width: Math.max(picker.width, 260)
        padding: 1
        focus: true
        // Nothing moves on e-ink, and nothing fades anywhere.
        enter: null
        exit: null
        onOpened: options.forceActiveFocus()
        background: Rectangle {
            color: Theme.background
            border.color: Theme.border
            border.width: Theme.borderWidth
        }
        Column {
            width: list.availableWidth
            spacing: 4

            ListView {
                id: options

                width: parent.width
                height: Math.min(contentHeight, 320)
                clip: true
                keyNavigationEnabled: true
                model: picker.settings.models.models
                delegate: ItemDelegate {
                    id: option

                    required property string modelData
                    required property int index

                    objectName: "modelOption"
                    width: options.width
                    highlighted: options.activeFocus && options.currentIndex === option.index
                    onClicked: {
                        picker.choose(option.modelData)
                        list.close()
                    }
                    contentItem: Text {
                        text: option.modelData
                        font.pixelSize: Theme.fontPixelSize
                        font.bold: option.modelData === picker.settings.model
                        color: option.highlighted ? Theme.background : Theme.foreground
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        color: option.highlighted ? Theme.foreground : Theme.background
                    }
                }
                Keys.onReturnPressed: {
                    if (options.currentItem) {
                        picker.choose(picker.settings.models.models[options.currentIndex])
                        list.close()
                    }
                }
            }
            Text {
                objectName: "modelsMessage"
                width: parent.width
                leftPadding: 8
                rightPadding: 8
                visible: text.length > 0
                wrapMode: Text.Wrap
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                color: Theme.foreground
                text: picker.settings.models.isLoading ? qsTr("Asking the endpoint for its models…")
                                                      : picker.settings.models.errorText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            InkButton {
                objectName: "refreshModelsButton"
                enabled: !picker.settings.models.isLoading
                text: qsTr("Refresh")
                Accessible.description: qsTr("Ask the endpoint again which models it offers")
                onClicked: picker.settings.models.refresh()
            }
        }
    }
}
