#pragma once

#include "error.h"

#include <QJsonObject>

#include <optional>

namespace inkchat {

/// An Error as JSON, for what outlives the run that saw it (the store, a
/// JSON transcript): what a front end words it by, with its kind, code and
/// why the connector gave up named by their enum keys, never their numbers,
/// since enums grow and reorder and a file outlives the program that wrote
/// it. Only what differs from a default Error is written. `message` is not
/// in it: the store and transcripts keep core's English beside it.
QJsonObject errorToJson(const Error &error);

/// The Error errorToJson() wrote, with `message` as its message. A code
/// this version does not know (a newer Inkchat's) reads as Code::None, so
/// front ends fall back to the message; none if `object` names no kind
/// known here.
std::optional<Error> errorFromJson(const QJsonObject &object, const QString &message);

} // namespace inkchat
