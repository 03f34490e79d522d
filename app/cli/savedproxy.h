#pragma once

#include "transport/proxysetting.h"

namespace inkchat::cli {

/// The proxy chosen in the app's Settings, with its password from the
/// keychain where the app keeps it (session::kProxyPasswordAccount). Waits
/// for the keychain a few seconds at most; without an answer the proxy is
/// used without a password, and it names itself when it refuses.
transport::ProxySetting savedProxy();

} // namespace inkchat::cli
