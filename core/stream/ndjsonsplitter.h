#pragma once

#include "linesplitter.h"
#include "streamlimits.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace inkchat::stream {

/// Splits newline-delimited JSON (one JSON value a line) into lines.
/// Blank lines are skipped and CRLF is tolerated. It does not parse the
/// JSON: that is the provider decoder's job, which knows what it expects.
class NdjsonSplitter
{
public:
    explicit NdjsonSplitter(Limits limits = {}) : m_lines(limits.maxLineLength) {}

    /// Calls onLine(QByteArrayView) for every non-blank line. Returns false
    /// once a line broke the length limit (see error()).
    template <typename OnLine>
    bool feed(QByteArrayView chunk, OnLine &&onLine)
    {
        return m_lines.feed(chunk, [&](QByteArrayView line) {
            if (!line.trimmed().isEmpty())
                onLine(line);
        });
    }

    /// End of stream: a last line without a newline still counts (servers
    /// often omit the final newline).
    template <typename OnLine>
    void finish(OnLine &&onLine)
    {
        const QByteArrayView rest = m_lines.pending();
        if (!m_lines.hasFailed() && !rest.trimmed().isEmpty())
            onLine(rest);
        m_lines.discardPending();
    }

    const std::optional<QString> &error() const { return m_lines.error(); }
    BrokenLimit brokenLimit() const { return m_lines.brokenLimit(); }

    /// Bytes of the line still arriving.
    qsizetype pendingSize() const { return m_lines.pending().size(); }

private:
    LineSplitter m_lines;
};

} // namespace inkchat::stream
