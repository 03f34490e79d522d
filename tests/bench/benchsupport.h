#pragma once

// What the stand-alone bench programs share: waiting on the event loop
// with a limit, CPU clocks, order statistics and the JSON file each
// program leaves for scripts/benchreport.py.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace inkchat::bench {

/// Turns the event loop until `done` holds; false after `timeoutMs`.
/// Benches only: the app never waits like this.
bool runUntil(const std::function<bool()> &done, int timeoutMs);

/// CPU time used by every thread of this process so far, in nanoseconds.
qint64 processCpuNs();

/// Nanoseconds on the system-wide monotonic clock, comparable between
/// processes (the clock INKCHAT_FRAME_LOG writes).
qint64 monotonicNs();

/// The p-quantile (0..1) of `values`, linearly interpolated; 0 when empty.
double quantile(QList<double> values, double p);

/// The value after `--<name>` in `arguments`, or `fallback`.
QString argumentValue(const QStringList &arguments, const QString &name, const QString &fallback = {});

/// Writes `figures` as indented JSON to the file named by `--json`, if
/// given. False (and a message on stderr) when the file cannot be written.
bool writeJsonIfAsked(const QStringList &arguments, const QJsonObject &figures);

} // namespace inkchat::bench
