#pragma once

#include <QUrl>

namespace inkchat::transport {

/// Whether the URL names this machine or the local network: localhost and
/// loopback, private (RFC 1918, fc00::/7), link-local and shared (100.64/10,
/// Tailscale and carrier NAT) addresses, `.local`, `.lan`, `.home.arpa`
/// and single-label names. Such an endpoint (Ollama, llama.cpp, a LAN
/// server) is reachable without a default route, which is all the system's
/// "offline" says; it is always tried.
bool isLocalNetworkUrl(const QUrl &url);

} // namespace inkchat::transport
