#pragma once

#include "session/endpointsource.h"
#include "util/result.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace inkchat::cli {

/// The options that say where a command's requests go and as whom:
/// --provider, --base-url, --api-key-env, --ca-file, --proxy and --server, shared by `chat`
/// and `models` so both read them by the same rules (a key never on the
/// command line nor in the URL; a warning when it would cross the network
/// over plain http://).
class EndpointOptions
{
public:
    EndpointOptions();

    void addTo(QCommandLineParser &parser) const;
    /// The endpoint the parsed options name, without a model; an Error of
    /// kind Usage saying what is wrong with them. A --proxy is installed
    /// for the whole process: every request of the command goes that way.
    Result<session::ResolvedEndpoint> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_provider;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_keyVariable;
    QCommandLineOption m_caFile;
    QCommandLineOption m_proxy;
    QCommandLineOption m_server;
};

} // namespace inkchat::cli
