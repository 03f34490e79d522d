#pragma once

#include <QQmlNetworkAccessManagerFactory>

namespace inkchat::app {

/// Network access for the QML engine that never leaves the machine.
///
/// Replies render as Markdown in TextEdits, and Qt Quick fetches the images
/// a rich text document names through the engine's network access manager:
/// a model (or a prompt injection) writing `![](https://tracker/…)` would
/// make the app call out, unasked, the moment the reply is shown. The app's
/// own QML and images come from resources and files, so the engine gets a
/// manager that answers every other URL with an error instead. Chat
/// requests do not go through the engine and are unaffected.
class LocalOnlyNetworkAccessFactory final : public QQmlNetworkAccessManagerFactory
{
public:
    /// Called by the engine on any thread that loads resources (the pixmap
    /// reader's among them); it keeps no state.
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace inkchat::app
