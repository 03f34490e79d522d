#include "mxcfbrefreshpanel.h"

#include "refreshpanels.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <linux/fb.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

// The update request of the i.MX EPDC driver: struct mxcfb_rect,
// mxcfb_alt_buffer_data and mxcfb_update_data from Freescale's
// include/uapi/linux/mxcfb.h (i.MX 3.x BSP kernels; the reMarkable kernel
// keeps the same layout). Defined here because no distribution ships that
// header. Vendor kernels differ: older Kobo ones put a `void *virt_addr` first
// in mxcfb_alt_buffer_data, Kindle ones add two histogram waveform fields.
// The ioctl number encodes the struct size, so such a driver refuses the
// call (ENOTTY) rather than reading the wrong fields.
struct MxcfbRect
{
    std::uint32_t top;
    std::uint32_t left;
    std::uint32_t width;
    std::uint32_t height;
};

struct MxcfbAltBufferData
{
    std::uint32_t physAddr;
    std::uint32_t width;
    std::uint32_t height;
    MxcfbRect altUpdateRegion;
};

struct MxcfbUpdateData
{
    MxcfbRect updateRegion;
    std::uint32_t waveformMode;
    std::uint32_t updateMode;
    std::uint32_t updateMarker;
    std::int32_t temp;
    std::uint32_t flags;
    MxcfbAltBufferData altBufferData; // only read with EPDC_FLAG_USE_ALT_BUFFER
};
static_assert(sizeof(MxcfbUpdateData) == 64, "the i.MX EPDC layout is 64 bytes");

constexpr std::uint32_t kWaveformModeDu = 1;
constexpr std::uint32_t kWaveformModeGc16 = 2;
constexpr std::uint32_t kUpdateModePartial = 0;
constexpr std::uint32_t kUpdateModeFull = 1;
constexpr std::int32_t kTempUseAmbient = 0x1000;
constexpr unsigned long kMxcfbSendUpdate = _IOW('F', 0x2E, MxcfbUpdateData);
static_assert(kMxcfbSendUpdate == 0x4040462E, "MXCFB_SEND_UPDATE as the kernel defines it");

/// The EPDC wants DU updates on 8-pixel boundaries (as KOReader aligns them).
QRect alignedForDu(const QRect &area)
{
    const int left = area.left() & ~7;
    const int top = area.top() & ~7;
    const int right = (area.right() | 7);
    const int bottom = (area.bottom() | 7);
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

Error deviceError(const QString &what, const QString &devicePath, int error)
{
    return Error::make(Error::Kind::Usage, u"%1 %2: %3"_s.arg(what, devicePath, qt_error_string(error)));
}

} // namespace

QString MxcfbRefreshPanel::defaultDevicePath()
{
    const QString fromEnvironment = qEnvironmentVariable("INKCHAT_FB_DEVICE");
    return fromEnvironment.isEmpty() ? u"/dev/fb0"_s : fromEnvironment;
}

Result<std::unique_ptr<MxcfbRefreshPanel>> MxcfbRefreshPanel::open(const QString &devicePath)
{
    const int fd = ::open(QFile::encodeName(devicePath).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return deviceError(u"Cannot open the e-ink framebuffer"_s, devicePath, errno);

    // Reading the screen size doubles as the check that this is a
    // framebuffer at all, before anything is written to it.
    fb_var_screeninfo screen{};
    if (::ioctl(fd, FBIOGET_VSCREENINFO, &screen) != 0) {
        const int error = errno;
        ::close(fd);
        return deviceError(u"Not a framebuffer device:"_s, devicePath, error);
    }
    if (screen.xres == 0 || screen.yres == 0) {
        ::close(fd);
        return Error::make(Error::Kind::Usage,
                           u"The framebuffer %1 reports no visible screen"_s.arg(devicePath));
    }
    const QSize size(static_cast<int>(screen.xres), static_cast<int>(screen.yres));
    return std::unique_ptr<MxcfbRefreshPanel>(new MxcfbRefreshPanel(fd, devicePath, size));
}

MxcfbRefreshPanel::MxcfbRefreshPanel(int fd, QString devicePath, QSize screenSize)
    : m_fd(fd),
      m_devicePath(std::move(devicePath)),
      m_screenSize(screenSize)
{
}

MxcfbRefreshPanel::~MxcfbRefreshPanel()
{
    ::close(m_fd);
}

void MxcfbRefreshPanel::refresh(Waveform waveform, const QRect &area)
{
    const QRect screen(QPoint(0, 0), m_screenSize);
    const QRect wanted = waveform == Waveform::Fast ? alignedForDu(area) : area;
    const QRect region = area.isEmpty() ? screen : wanted.intersected(screen);
    if (region.isEmpty())
        return;

    const bool full = waveform == Waveform::Full;
    MxcfbUpdateData update{};
    update.updateRegion = {
        static_cast<std::uint32_t>(region.top()), static_cast<std::uint32_t>(region.left()),
        static_cast<std::uint32_t>(region.width()), static_cast<std::uint32_t>(region.height())};
    update.waveformMode = waveform == Waveform::Fast ? kWaveformModeDu : kWaveformModeGc16;
    update.updateMode = full ? kUpdateModeFull : kUpdateModePartial;
    // Markers only matter to MXCFB_WAIT_FOR_UPDATE_COMPLETE, which we never
    // call (it would block the GUI thread); distinct ones keep the driver's
    // bookkeeping and its debug logs unambiguous.
    update.updateMarker = ++m_updateMarker;
    update.temp = kTempUseAmbient;

    int result;
    do {
        result = ::ioctl(m_fd, kMxcfbSendUpdate, &update);
    } while (result != 0 && errno == EINTR);

    if (result == 0) {
        m_lastErrno = 0;
        return;
    }
    // One warning per kind of failure, not one per frame.
    const int error = errno;
    if (error == m_lastErrno)
        return;
    m_lastErrno = error;
    qCWarning(lcDisplay).noquote() << "MXCFB_SEND_UPDATE failed on" << m_devicePath << ':'
                                   << qt_error_string(error)
                                   << (error == ENOTTY
                                           ? u"(not an i.MX EPDC driver, or one with another update layout)"_s
                                           : QString());
}

} // namespace inkchat::platform
