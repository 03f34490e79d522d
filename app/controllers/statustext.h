#pragma once

#include "transport/connectorstate.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace inkchat::app {

/// What the status line says, in the user's language: the core reports
/// states, notices and errors as data, and the app phrases them here with
/// tr(). (inkchat-cli phrases the same data in app/cli/sessiontext.h.)
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    /// "preparing" (no connection yet), "connecting (sse)", "streaming",
    /// "reconnecting (attempt 2, in 1.3 s): <why>", "offline", ...
    static QString state(const transport::ConnectorState &state);
    static QString notice(const transport::ConnectorNotice &notice);
    /// Why a rung is held back: "the WebSocket upgrade was refused or swallowed", ...
    static QString evidence(transport::Evidence evidence);
    /// One line of Settings: "Work: sse found blocked on 6 Dec 14:02 (why); ..."
    static QString demotion(const QString &endpointName, const transport::Demotion &demotion);
    /// What going without optional parameters costs: "Token counts are not shown."
    static QString droppedParameters(provider::OptionalParameters dropped);
    /// One line of Settings: "Azure: requests go without stream_options, which the server refused. ..."
    static QString refusedParameters(const QString &endpointName, provider::OptionalParameters refused);
    /// The error's detail, with how often it was retried and how long the
    /// server asked to wait when it said.
    static QString error(const Error &error);
    /// A store write failed: "Not saved: <why>".
    static QString notSaved(const Error &error);
};

} // namespace inkchat::app
