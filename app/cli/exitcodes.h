#pragma once

#include "util/error.h"

namespace inkchat::cli {

/// Process exit codes of inkchat-cli. Scripts depend on them: never renumber.
enum ExitCode : int {
    /// complete reply / end of stream
    ExitOk = 0,
    /// bad command line, unknown provider, bad URL, unset key variable, unreadable file, no keychain,
    /// conversation store unavailable, unknown conversation id
    ExitUsage = 2,
    /// network, TLS or idle timeout
    ExitNetwork = 3,
    /// HTTP error status, provider error, unreadable stream, broken limit
    ExitRemote = 4,
    /// the reply ended (or the connection broke) before the provider's end signal
    ExitInterrupted = 5,
};

/// The exit code for a failure of this kind.
inline int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Usage:
    case Error::Kind::Unavailable:
        return ExitUsage; // the user must fix their setup, as with a bad option
    case Error::Kind::Network:
    case Error::Kind::Tls:
    case Error::Kind::Timeout:
        return ExitNetwork;
    case Error::Kind::Http:
    case Error::Kind::Provider:
    case Error::Kind::Protocol:
    case Error::Kind::LimitExceeded:
        return ExitRemote;
    case Error::Kind::Interrupted:
    case Error::Kind::Cancelled:
        return ExitInterrupted;
    }
    return ExitRemote;
}

/// The exit-code table as printed by --help.
inline constexpr char kExitCodeHelp[] =
    "Exit codes:\n"
    "  0  complete reply (chat) / end of stream (sse-dump) / done (list, search,\n"
    "     export, import; a search without matches too)\n"
    "  2  usage error: bad option or URL, unknown provider, missing --model,\n"
    "     unset --api-key-env variable, unreadable or invalid input file, no\n"
    "     keychain, a conversation id that is not stored, or the conversation\n"
    "     store cannot be opened or written (chat: --no-store chats without it)\n"
    "  3  network error, TLS error or idle timeout\n"
    "  4  HTTP error status, error reported by the provider, malformed stream\n"
    "     or a stream limit exceeded\n"
    "  5  interrupted: the reply ended before the provider's end signal\n"
    "     (the partial reply stays on stdout)\n";

} // namespace inkchat::cli
