#pragma once

#include "session/endpointsource.h"
#include "util/result.h"

#include <QCommandLineOption>

#include <memory>

class QCommandLineParser;

namespace inkchat::relay {

/// The options of `serve` that say where replies are asked and as whom:
/// `--provider`, `--base-url`, `--model`, `--server` and `--key-file` (a
/// headless box), or `--endpoint`, an endpoint set up in the app, whose
/// key the relay reads from the keychain as the app does.
class UpstreamOptions
{
public:
    UpstreamOptions();

    void addTo(QCommandLineParser &parser) const;
    /// The upstream the parsed options name; an Error of kind Usage saying
    /// what is wrong with them, or of kind Unavailable when the key file
    /// cannot be used. Checked now, rather than at the first question.
    Result<std::unique_ptr<session::EndpointSource>> read(const QCommandLineParser &parser) const;

private:
    Result<std::unique_ptr<session::EndpointSource>> fromCommandLine(const QCommandLineParser &parser) const;
    Result<std::unique_ptr<session::EndpointSource>> fromApp(const QCommandLineParser &parser) const;

    QCommandLineOption m_provider;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_model;
    QCommandLineOption m_server;
    QCommandLineOption m_keyFile;
    QCommandLineOption m_endpoint;
};

} // namespace inkchat::relay
