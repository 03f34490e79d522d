#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace inkchat::bench {

bool runUntil(const std::function<bool()> &done, int timeoutMs, int pollMs)
{
    // processEvents() with a time limit ignores WaitForMoreEvents and
    // returns at once when nothing is pending: a loop around it spins and
    // its CPU time lands in every figure. Waiting without a limit sleeps
    // until an event; the timers make sure one comes.
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeoutMs);
    QTimer poll;
    if (pollMs > 0)
        poll.start(pollMs);
    while (!done()) {
        if (!deadline.isActive())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 voluntaryContextSwitches()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_nvcsw;
}

qint64 threadVoluntaryContextSwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const qsizetype above = std::min(below + 1, values.size() - 1);
    const double weight = position - double(below);
    return values.at(below) * (1 - weight) + values.at(above) * weight;
}

QString argumentValue(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(u"--"_s + name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

bool writeJsonIfAsked(const QStringList &arguments, const QJsonObject &figures)
{
    const QString path = argumentValue(arguments, u"json"_s);
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(figures).toJson(QJsonDocument::Indented)) < 0) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace inkchat::bench
