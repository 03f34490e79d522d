#pragma once

#include "refreshpanel.h"

#include "util/result.h"

#include <QSize>
#include <QString>

#include <cstdint>
#include <memory>

namespace inkchat::platform {

/// Refreshes an i.MX EPDC e-ink panel through the Linux framebuffer's
/// MXCFB_SEND_UPDATE ioctl, as used by Kobo, reMarkable and other i.MX
/// e-readers. Built only with INKCHAT_MXCFB. Owns the open device.
class MxcfbRefreshPanel final : public RefreshPanel
{
public:
    /// $INKCHAT_FB_DEVICE if set, else /dev/fb0.
    static QString defaultDevicePath();

    /// Opens `devicePath` and reads the screen size. Fails, without touching
    /// the screen, if it cannot be opened or is not a framebuffer.
    static Result<std::unique_ptr<MxcfbRefreshPanel>> open(const QString &devicePath);

    ~MxcfbRefreshPanel() override;

    /// Fast: DU in partial mode, on 8-pixel boundaries. Quality: GC16 in
    /// partial mode (only changed pixels move). Full: GC16 in full mode
    /// (every pixel flashes). `area` is clipped to the screen; one wholly
    /// outside it refreshes nothing. Never blocks on the panel.
    void refresh(Waveform waveform, const QRect &area) override;

    /// Visible resolution in device pixels.
    QSize screenSize() const { return m_screenSize; }
    const QString &devicePath() const { return m_devicePath; }

private:
    MxcfbRefreshPanel(int fd, QString devicePath, QSize screenSize);

    int m_fd;
    QString m_devicePath;
    QSize m_screenSize;
    std::uint32_t m_updateMarker = 0;
    int m_lastErrno = 0;
};

} // namespace inkchat::platform
