#pragma once

#include <QRect>

namespace inkchat::platform {

/// How an e-ink panel redraws (the classes of the i.MX EPDC waveforms).
enum class Waveform {
    /// DU-class: the fastest update, no flash, only to pure black or white;
    /// each pixel it moves keeps a faint ghost of what was there. For text
    /// appearing while a reply streams.
    Fast,
    /// GC16-class without the flash: every grey level right, fewer ghosts,
    /// slower. For changes with grey, or that cover much of the screen.
    Quality,
    /// GC16-class with the flash: every pixel is driven black and white
    /// first, which clears every ghost. For page turns and when the ghosts
    /// left by partial updates have added up.
    Full,
};

/// The device side of Display: asks a panel to redraw what is already in its
/// framebuffer. Narrow on purpose, so a desktop does nothing and tests record
/// the calls.
class RefreshPanel
{
public:
    RefreshPanel() = default;
    virtual ~RefreshPanel() = default;
    RefreshPanel(const RefreshPanel &) = delete;
    RefreshPanel &operator=(const RefreshPanel &) = delete;

    /// Redraws `area` (device pixels; an empty rect means the whole screen)
    /// with `waveform`. Returns without waiting for the panel; a device that
    /// refuses logs it, because a frame it failed to refresh is not worth
    /// stopping the app for.
    virtual void refresh(Waveform waveform, const QRect &area) = 0;
};

/// A panel that needs no help: desktop monitors do not ghost.
class NullRefreshPanel final : public RefreshPanel
{
public:
    void refresh(Waveform, const QRect &) override {}
};

} // namespace inkchat::platform
