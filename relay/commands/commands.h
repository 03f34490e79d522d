#pragma once

#include <QStringList>

namespace inkchat::relay {

/// Each runs one subcommand of `inkchat-relay` with its arguments (the
/// program name and the subcommand first) and returns the exit code.
int runServe(const QStringList &arguments);
int runPair(const QStringList &arguments);
int runDevices(const QStringList &arguments);
int runRevoke(const QStringList &arguments);

/// Where the relay keeps its files unless --data-dir says otherwise:
/// $XDG_DATA_HOME/inkchat-relay (the system unit sets its StateDirectory).
QString defaultDataDir();

} // namespace inkchat::relay
