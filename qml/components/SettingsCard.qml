pragma ComponentBehavior: Bound

import QtQuick
import Inkchat.App

// One group of settings under its heading, framed so the page reads as a
// few cards rather than one long form. What it holds stacks in a column as
// wide as the card's inside. On e-ink the page does not scroll by touch
// (flicking smears the panel): there the cards are unframed, so the frame's
// height does not push the endpoint form's buttons out of the window.
Rectangle {
    id: card

    required property string title
    default property alias content: body.data
    readonly property int padding: Theme.isEink ? 0 : 12

    implicitHeight: body.implicitHeight + 2 * card.padding
    color: Theme.background
    border.color: Theme.border
    border.width: Theme.isEink ? 0 : Theme.borderWidth
    radius: 6

    Column {
        id: body

        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        spacing: 8

        Text {
            text: card.title
            font.pixelSize: Math.round(Theme.fontPixelSize * 1.3)
            font.bold: true
            color: Theme.foreground
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
