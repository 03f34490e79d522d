#pragma once

#include "demotion.h"

#include "provider/optionalparameter.h"
#include "provider/rung.h"
#include "util/clock.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace inkchat::transport {

/// The rungs one reply tries, and the demotions that keep better ones out.
struct LadderPlan
{
    QList<provider::Rung> rungs; ///< most preferred first; never empty for a non-empty ladder
    QList<Demotion> skipped;     ///< as they stand after this reply's turn was counted
};

/// What Inkchat learned per endpoint about getting replies across, kept in
/// QSettings (group "ladder") so it outlives the process and is shared by
/// the app and the CLI.
///
/// A rung is demoted only on evidence that it is blocked (see Evidence),
/// and tried again soon: the reply after a first demotion probes it again;
/// each probe that finds it still blocked doubles the replies that go
/// without it (1, 2, 4, up to kMaxRepliesToSkip), and any reply it carries
/// clears the demotion. Buffering counts as evidence once two replies in a
/// row were buffered; the first is remembered so the next reply expects a
/// proxy's silences. forget() and forgetAll() reset it (Settings,
/// `inkchat-cli chat --transport reset`).
///
/// Layout: ladder/<endpoint, percent-encoded>/lastWorking = rung name;
/// .../demoted/<rung>/{evidence,since,times,skip}; .../buffered/<rung> =
/// buffered replies in a row; .../toldBuffering = the user was told;
/// .../refused/<parameter> = when the endpoint refused an optional parameter.
class LadderMemory
{
public:
    static constexpr int kMaxRepliesToSkip = 8;

    /// `settings` is not owned and must outlive the memory. Demotions are
    /// dated with `clock`'s wall time.
    explicit LadderMemory(QSettings *settings, Clock &clock = Clock::system());

    /// The key an endpoint is remembered under: provider id and base URL
    /// without user info, query or fragment (never a secret).
    static QString endpointKey(const QString &providerId, const QUrl &baseUrl);

    /// The rungs of `ladder` the next reply tries: those of demotions that
    /// still skip replies are left out, and this reply is counted against
    /// them. The whole ladder if that would leave nothing.
    LadderPlan planReply(const QString &endpoint, const QList<provider::Rung> &ladder);

    /// The rung carried a reply unbuffered: its demotion and buffering count go.
    void recordSuccess(const QString &endpoint, provider::Rung rung);
    /// The rung was found blocked: a new demotion, or a longer one.
    Demotion recordBlocked(const QString &endpoint, provider::Rung rung, Evidence evidence);
    /// A proxy buffered the reply on this rung. The second buffered reply in
    /// a row (and every one after it) demotes the rung: returns the demotion then.
    std::optional<Demotion> recordBuffered(const QString &endpoint, provider::Rung rung);
    /// Whether the last reply on this rung was buffered: the next one should
    /// expect a proxy's silences.
    bool expectsBuffering(const QString &endpoint, provider::Rung rung) const;
    /// True the first time it is asked for an endpoint (the user is told
    /// about a buffering proxy once), false after, until forgotten.
    bool claimBufferingNotice(const QString &endpoint);

    /// The endpoint refused these optional parameters: its requests go
    /// without them from now on (until forgotten).
    void recordRefused(const QString &endpoint, provider::OptionalParameters refused);
    /// The optional parameters the endpoint's requests go without.
    provider::OptionalParameters refusedParameters(const QString &endpoint) const;

    /// The endpoint's demotions, in rung order.
    QList<Demotion> demotions(const QString &endpoint) const;
    /// The rung that last carried a reply for this endpoint.
    std::optional<provider::Rung> lastWorking(const QString &endpoint) const;

    /// Forgets all that was learned about the endpoint.
    void forget(const QString &endpoint);
    /// Forgets every endpoint.
    void forgetAll();
    /// Whether anything is remembered that changes how replies connect.
    bool hasDemotions() const;

private:
    std::optional<Demotion> demotion(const QString &endpoint, provider::Rung rung) const;
    void writeDemotion(const QString &endpoint, const Demotion &demotion);

    QSettings *m_settings;
    Clock &m_clock;
};

} // namespace inkchat::transport
