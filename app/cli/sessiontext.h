#pragma once

#include "chat/messageenums.h"
#include "chat/records.h"
#include "problemtext.h"
#include "provider/baseurl.h"
#include "transport/connectorstate.h"
#include "util/error.h"

#include <QString>

/// How inkchat-cli says in words what the core reports as data. The app
/// says the same with tr() (app/controllers/statustext.h).
namespace inkchat::cli {

/// "connecting (sse)", "reconnecting (attempt 2, in 1.3 s): <why>", ...
QString describeState(const transport::ConnectorState &state);
/// Why a rung is held back: "the WebSocket upgrade was refused or swallowed", ...
QString describeEvidence(transport::Evidence evidence);
QString describeNotice(const transport::ConnectorNotice &notice);
/// The error's detail, with how often it was retried and how long the
/// server asked to wait when it said.
QString describeError(const Error &error);
/// How a reply that did not complete ended: "the reply was interrupted: <why>"
/// when part of it came (or it was cut off), else the error.
QString describeReplyEnd(chat::MessageStatus status, bool hasText, const Error &error);
/// What is known of a reply beside its text: "gpt-4o · 1234 in · 567 out",
/// leaving out what the provider did not report.
QString describeReplyFacts(const chat::MessageRecord &reply);
QString describeBaseUrlProblem(provider::BaseUrlProblem problem, const QString &baseUrl);

} // namespace inkchat::cli
