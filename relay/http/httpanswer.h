#pragma once

#include "httprequest.h"

#include <functional>

namespace inkchat::relay {

class ResponseStream;

/// What a handler answers: a whole response, or the head of a response
/// whose body is streamed (Server-Sent Events, a long poll) by whoever
/// `stream` hands the open ResponseStream to.
struct HttpAnswer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    /// Set: the body is streamed. Called once, from the event loop, with
    /// the stream that carries it; the stream is the server's.
    std::function<void(ResponseStream &)> stream;

    static HttpAnswer text(int status, QByteArray body, QByteArray contentType = "text/plain; charset=utf-8")
    {
        HttpAnswer answer;
        answer.status = status;
        answer.headers = {{"Content-Type", std::move(contentType)}};
        answer.body = std::move(body);
        return answer;
    }
};

} // namespace inkchat::relay
