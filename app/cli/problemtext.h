#pragma once

#include "util/error.h"

#include <QString>

namespace inkchat::cli {

/// What went wrong: in the CLI's words where core named it (Error::code),
/// else the detail core or the server gave. (The app says the same in
/// app/controllers/statustext.h, with tr().)
QString describeProblem(const Error &error);

} // namespace inkchat::cli
