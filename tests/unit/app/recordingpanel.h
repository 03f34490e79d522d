#pragma once

// A fake e-ink panel for the display tests: it records every refresh the
// display asks for. The display asks from the render thread; the test reads
// on the GUI thread.

#include "display/refreshpanel.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace inkchat::test::app {

struct RefreshRequest
{
    platform::Waveform waveform;
    QRect area; ///< empty: the whole screen
};

/// What the panels of one test were asked; outlives them (the display
/// owns its panel and replaces it with the profile).
class PanelLog
{
public:
    void append(const RefreshRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
    }
    /// The requests since the last take().
    QList<RefreshRequest> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_requests, {});
    }

private:
    QMutex m_mutex;
    QList<RefreshRequest> m_requests;
};

class RecordingPanel final : public platform::RefreshPanel
{
public:
    explicit RecordingPanel(std::shared_ptr<PanelLog> log) : m_log(std::move(log)) {}
    void refresh(platform::Waveform waveform, const QRect &area) override { m_log->append({waveform, area}); }

private:
    std::shared_ptr<PanelLog> m_log;
};

/// A DisplayController::PanelFactory whose panels all write to `log`.
inline auto recordingPanels(const std::shared_ptr<PanelLog> &log)
{
    return [log](bool) -> std::unique_ptr<platform::RefreshPanel> {
        return std::make_unique<RecordingPanel>(log);
    };
}

} // namespace inkchat::test::app
