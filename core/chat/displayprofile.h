#pragma once

#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace inkchat::chat {

/// How a display wants a streaming reply painted: how often, and whether
/// half a word may show. An e-ink panel takes hundreds of milliseconds per
/// refresh and flashes; repainting it on every token makes text unreadable.
struct DisplayProfile
{
    enum class Kind {
        Desktop,  ///< every frame (about 16 ms)
        Eink,     ///< a fixed, slow interval; whole words only
        Adaptive, ///< as often as repaints keep up (measured)
    };

    static constexpr std::chrono::milliseconds kFrame{16};
    static constexpr std::chrono::milliseconds kEinkDefault{500};
    static constexpr std::chrono::milliseconds kEinkMin{100};
    static constexpr std::chrono::milliseconds kEinkMax{2000};

    Kind kind = Kind::Desktop;
    /// The shortest time between two visible updates (the adaptive profile's
    /// starting point).
    std::chrono::milliseconds interval = kFrame;
    /// Show text only up to the end of the last whole word or line.
    bool wholeWords = false;

    static DisplayProfile desktop();
    /// `interval` is clamped to [kEinkMin, kEinkMax].
    static DisplayProfile eink(std::chrono::milliseconds interval = kEinkDefault);
    static DisplayProfile adaptive();

    /// "desktop", "eink" or "adaptive" (the `--profile` values).
    static std::optional<DisplayProfile> fromName(QStringView name);
    QString name() const;

    friend bool operator==(const DisplayProfile &, const DisplayProfile &) = default;
};

} // namespace inkchat::chat
