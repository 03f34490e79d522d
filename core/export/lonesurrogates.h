#pragma once

#include <QString>

#include <cstdint>
#include <deque>
#include <string>

namespace inkchat::exporting {

/// Carries unpaired UTF-16 surrogates through a JSON parser that refuses
/// them. Inkchat's JSON export writes a lone surrogate as a \uD800-style
/// escape so that any QString survives a round trip, but nlohmann's parser
/// (RFC 8259 read strictly) rejects such strings.
///
/// filter() rewrites each lone surrogate escape, and each \u0000, to
/// \u0000 (the same six bytes, so every offset the parser reports stays
/// right) and remembers in order what each stood for; toQString() puts the
/// code units back as the parser's strings arrive, in the same order. A
/// NUL cannot appear in a JSON string any other way (raw control
/// characters are refused), so the order is enough.
class LoneSurrogates
{
public:
    /// Appends `size` bytes of JSON, filtered, to `out`. Bytes that may
    /// start a surrogate pair are held until the next call or finish().
    void filter(const char *data, qint64 size, std::string &out);
    /// Appends the bytes held back at the end of the input.
    void finish(std::string &out);
    /// How many bytes are held back.
    qint64 held() const { return qint64(m_pending.size()); }

    /// A string the parser decoded from the filtered JSON, with each NUL
    /// restored to what it stood for.
    QString toQString(const std::string &utf8);

private:
    enum class State { Outside, InString, Escape, Hex, AfterHigh };

    void feed(char c, std::string &out);
    void emitNul(char16_t stoodFor, std::string &out);
    void endLoneHigh(std::string &out);

    State m_state = State::Outside;
    std::string m_pending; ///< an escape, or a high surrogate's and what follows it
    char16_t m_high = 0;
    std::deque<char16_t> m_nuls;
};

} // namespace inkchat::exporting
