#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace inkchat::cli {

/// describeProblem() for a provider's stream or protocol that went wrong
/// (an error event, bytes that break the wire format, a broken limit);
/// nullopt for every other code.
std::optional<QString> describeStreamProblem(const Error &error);

} // namespace inkchat::cli
