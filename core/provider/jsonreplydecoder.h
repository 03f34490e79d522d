#pragma once

#include "replydecoder.h"

#include <QJsonObject>

namespace inkchat::provider {

/// Base of the decoders of a whole JSON response (Framing::Json): the reply
/// of the single rung, or one answer to a poll. Parses the body, reports an
/// empty or non-JSON body as a Protocol error and an error object as a
/// ProviderError, and hands any other object to the subclass.
///
/// A body that parses as one JSON object cannot have been cut off, so the
/// document itself is the end signal: the reply is complete unless the
/// subclass calls markPending() or fail(). Several documents may arrive one
/// after the other (the answers to repeated polls of one reply).
class JsonReplyDecoder : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) final;
    bool isComplete() const final { return m_state == State::Complete; }
    bool isPending() const final { return m_state == State::Pending; }

protected:
    /// Appends the events of a response that is not an error object.
    virtual void decodeResponse(const QJsonObject &response, StreamEvents &out) = 0;

    /// The error in a response that carries an `error` object or string.
    /// By default the shapes providerErrorIn() knows.
    virtual ProviderError errorIn(const QJsonObject &response) const;

    /// The server has none of the reply yet: ask again later.
    void markPending() { m_state = State::Pending; }

    /// An error ends the reply: later documents are not read.
    void fail(ProviderError error, StreamEvents &out);

private:
    enum class State { Waiting, Pending, Complete, Failed };

    State m_state = State::Waiting;
};

} // namespace inkchat::provider
