#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace inkchat::store {

/// Why a reply ended early, as the store keeps it beside its English
/// (messages.error next to messages.error_text): the Error as core named
/// it, so a front end words it in its user's language in every later run,
/// not only in the one the reply failed in.
///
/// errorToJson() as compact text; "" for no error.
QString storedError(const std::optional<Error> &error);

/// The Error kept by storedError(), with `message` (the English kept in
/// error_text) as its message, as errorFromJson() reads it; none for "" or
/// what does not read as one.
std::optional<Error> errorFromStored(const QString &stored, const QString &message);

} // namespace inkchat::store
