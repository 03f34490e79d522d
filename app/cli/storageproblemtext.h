#pragma once

#include "util/error.h"

#include <QString>

namespace inkchat::cli {

/// describeProblem() for files that cannot be read or parsed, conversations
/// and messages that are not there, and a store that cannot be written; the
/// detail core gave for any other problem.
QString describeStorageProblem(const Error &error);

} // namespace inkchat::cli
