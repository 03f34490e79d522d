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

/// Runs the event loop until `done` holds, sleeping while no event comes;
/// false after `timeoutMs`. `done` is checked each time the loop wakes, so
/// it must turn true in a signal, a timer or a socket's handler; a
/// condition that changes without an event (the clock, a file another
/// process writes) needs `pollMs`: a timer that wakes the loop that often.
/// Benches only: the app never waits like this.
bool runUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 0);

/// CPU time used by every thread of this process so far, in nanoseconds.
qint64 processCpuNs();

/// How often a thread of this process has gone to sleep waiting (for an
/// event, a socket, a lock) and been woken, so far: getrusage's ru_nvcsw.
/// A loop that spins instead of sleeping shows few of these and much CPU.
qint64 voluntaryContextSwitches();

/// The same for the calling thread alone (getrusage(RUSAGE_THREAD), as
/// /proc/self/task/<tid>/status counts voluntary_ctxt_switches): how often
/// it slept and was woken.
qint64 threadVoluntaryContextSwitches();

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
