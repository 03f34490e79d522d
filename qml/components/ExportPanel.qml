pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Dialogs
import Inkchat
import Inkchat.App

// Export: the open conversation, or all of them in one file, to a file
// chosen in a save dialog; then where it went, and the folder to open.
// Import: an Inkchat JSON export or a ChatGPT conversations.json chosen in
// an open dialog; then how many conversations came in, or why none did.
Column {
    id: panel

    required property ExportController exporter
    /// No file manager on a kiosk: no "Open folder".
    property bool kiosk: false

    spacing: 4

    /// Asks where to save, in the chosen format.
    function chooseFile(all: bool) {
        saveDialog.all = all
        saveDialog.currentFolder = panel.exporter.folderUrl
        saveDialog.selectedFile = panel.exporter.suggestedFile(formatBox.currentValue, all)
        saveDialog.open()
    }

    Flow {
        width: parent.width
        spacing: 6

        InkComboBox {
            id: formatBox

            objectName: "exportFormatBox"
            model: panel.exporter.formatChoices
            textRole: "name"
            valueRole: "id"
            width: Math.min(implicitWidth, panel.width)
            Accessible.name: qsTr("Export format")
        }
        InkButton {
            objectName: "exportButton"
            enabled: !panel.exporter.isBusy
            text: qsTr("Export…")
            Accessible.description: qsTr("Save the open conversation to a file")
            onClicked: panel.chooseFile(false)
        }
        InkButton {
            objectName: "exportAllButton"
            enabled: !panel.exporter.isBusy
            text: qsTr("Export all…")
            Accessible.description: qsTr("Save every conversation to one file")
            onClicked: panel.chooseFile(true)
        }
        InkButton {
            objectName: "importButton"
            enabled: !panel.exporter.importer.isBusy
            text: qsTr("Import…")
            Accessible.description: qsTr("Add the conversations of an Inkchat or ChatGPT export")
            onClicked: {
                openDialog.currentFolder = panel.exporter.folderUrl
                openDialog.open()
            }
        }
    }

    Text {
        objectName: "importResult"
        width: parent.width
        visible: text.length > 0
        text: panel.exporter.importer.result
        wrapMode: Text.Wrap
        font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
        color: Theme.foreground
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Row {
        width: parent.width
        spacing: 6
        visible: resultText.text.length > 0

        Text {
            id: resultText

            objectName: "exportResult"
            width: parent.width - (openFolder.visible ? openFolder.width + parent.spacing : 0)
            anchors.verticalCenter: parent.verticalCenter
            text: panel.exporter.result
            // A file name is one word: shortened in the middle, never broken.
            elide: Text.ElideMiddle
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        InkButton {
            id: openFolder

            objectName: "openFolderButton"
            visible: !panel.kiosk && panel.exporter.savedFile.length > 0
            padding: 4
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            text: qsTr("Open folder")
            Accessible.description: qsTr("Show the saved file in the file manager")
            onClicked: panel.exporter.openFolder()
        }
    }

    FileDialog {
        id: saveDialog

        objectName: "exportDialog"
        property bool all: false

        title: saveDialog.all ? qsTr("Export every conversation") : qsTr("Export the conversation")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        nameFilters: [formatBox.model[formatBox.currentIndex].filter]
        onAccepted: saveDialog.all ? panel.exporter.exportAll(formatBox.currentValue, saveDialog.selectedFile)
                                   : panel.exporter.exportCurrent(formatBox.currentValue, saveDialog.selectedFile)
    }

    FileDialog {
        id: openDialog

        objectName: "importDialog"
        title: qsTr("Import conversations")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Import")
        nameFilters: panel.exporter.importer.nameFilters
        onAccepted: panel.exporter.importer.importFile(openDialog.selectedFile)
    }
}
