#pragma once

#include "provider/rung.h"
#include "util/clock.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QSettings;

namespace inkchat::transport {

/// What Inkchat remembers per endpoint about its transport ladder, kept in
/// QSettings (group "ladder") so it outlives the process: which rung last
/// worked, and which rungs failed or were buffered by a proxy, and when. A
/// failure is forgotten after `reprobeAfter`, so a better rung is tried
/// again the next day.
///
/// Layout: ladder/<endpoint, percent-encoded>/lastWorking = rung name, and
/// .../failed/<rung> and .../buffered/<rung> = ISO 8601 UTC wall time.
class LadderMemory
{
public:
    /// `settings` is not owned and must outlive the memory. Times are read
    /// from `clock`'s wall time, as they must compare across runs.
    LadderMemory(QSettings *settings, Clock &clock = Clock::system(),
                 std::chrono::hours reprobeAfter = std::chrono::hours(24));

    /// The key an endpoint is remembered under: provider id and base URL
    /// without user info, query or fragment (never a secret).
    static QString endpointKey(const QString &providerId, const QUrl &baseUrl);

    /// `ladder` without the rungs that failed or were buffered within
    /// reprobeAfter; the whole ladder if that would leave nothing.
    QList<provider::Rung> rungsToTry(const QString &endpoint, const QList<provider::Rung> &ladder) const;

    /// The rung carried a reply: it is no longer remembered as failed or
    /// buffered.
    void recordSuccess(const QString &endpoint, provider::Rung rung);
    /// The rung could not carry a reply here (refused, blocked).
    void recordFailure(const QString &endpoint, provider::Rung rung);
    /// A proxy held the rung's stream back and released it in one burst.
    void recordBuffered(const QString &endpoint, provider::Rung rung);

    /// The rung that last carried a reply for this endpoint.
    std::optional<provider::Rung> lastWorking(const QString &endpoint) const;

private:
    void mark(const QString &endpoint, QLatin1StringView kind, provider::Rung rung);
    bool isMarkedRecently(const QString &endpoint, QLatin1StringView kind,
                          provider::Rung rung) const;

    QSettings *m_settings;
    Clock &m_clock;
    std::chrono::hours m_reprobeAfter;
};

} // namespace inkchat::transport
