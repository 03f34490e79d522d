#pragma once

#include <QRect>

namespace inkchat::platform {

/// How an e-ink panel redraws.
enum class Waveform {
    /// Fast, no flash; only changed pixels move, and each one leaves a little
    /// ghost of what was there before.
    Partial,
    /// Slow, flashes black and white; clears every ghost.
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
