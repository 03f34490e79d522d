#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::session {
class ModelListFetch;
}

namespace inkchat::cli {

/// `inkchat-cli models`: asks an endpoint which models it offers and prints
/// one model id per line, as --model takes it, in the order the server
/// lists them (OpenAI's, which means nothing, sorted). Why there is no
/// list goes to stderr, with the exit code of the failure.
class ModelsCommand : public QObject
{
    Q_OBJECT

public:
    ModelsCommand();
    ~ModelsCommand() override;

    /// Parses the arguments (the first is "models") and starts the request.
    /// Returns an exit code when done already (help, usage error), or
    /// nullopt when the caller must run the event loop; the command then
    /// ends it with QCoreApplication::exit(code).
    std::optional<int> start(const QStringList &arguments);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<session::ModelListFetch> m_fetch;
};

} // namespace inkchat::cli
