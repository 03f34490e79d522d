#pragma once

#include <QByteArray>
#include <QString>

namespace inkchat::relay {

/// `text` as a QR code (libqrencode) drawn with Unicode half blocks, two
/// modules per character cell, dark on light with the quiet zone, for a
/// phone camera to read off a terminal.
QString consoleQrCode(const QByteArray &text);

} // namespace inkchat::relay
