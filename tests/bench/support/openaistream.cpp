#include "openaistream.h"

#include <iterator>

namespace inkchat::bench {

namespace {

constexpr qsizetype kStreamSize = 64 * 1024 * 1024;

QByteArray makeOpenAiStream()
{
    static const char *const words[] = {"The",  " quick", " brown", " fox", " jumps", " över", " 懒",
                                        " dog", " 🙂",  ",",      " and", " then",  " some", "."};
    QByteArray stream;
    stream.reserve(kStreamSize + 4096);
    int i = 0;
    while (stream.size() < kStreamSize) {
        stream +=
            "data: {\"id\":\"chatcmpl-9x8YzAbCdEfGhIjKlMnOpQrStUv\",\"object\":\"chat.completion.chunk\","
            "\"created\":1731700000,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_0ba0d124f1\","
            "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        stream += words[i % std::size(words)];
        stream += "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        if (++i % 100 == 0)
            stream += ": keep-alive\n\n";
    }
    stream += "data: [DONE]\n\n";
    return stream;
}

} // namespace

const QByteArray &openAiStream()
{
    static const QByteArray stream = makeOpenAiStream();
    return stream;
}

} // namespace inkchat::bench
