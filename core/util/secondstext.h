#pragma once

#include <QString>

#include <chrono>

namespace inkchat {

/// A duration in seconds as a sentence names it, to the millisecond and
/// never rounded or in exponent form: "0.3", "60", "315360000".
QString secondsText(std::chrono::milliseconds duration);

} // namespace inkchat
