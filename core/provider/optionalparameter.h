#pragma once

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::provider {

/// Request parameters that the official APIs take and some compatible
/// servers refuse. A request can go without them and lose only a
/// convenience: token counts in the stream, or resuming a dropped reply.
enum class OptionalParameter {
    /// Chat Completions' `stream_options: {include_usage: true}`: Azure AI
    /// inference answers 400 naming it.
    StreamUsage = 0x1,
    /// Responses' `background: true` and the `store: true` it needs: vLLM
    /// answers 501 unless configured for it, LM Studio never answers.
    Background = 0x2,
};
Q_DECLARE_FLAGS(OptionalParameters, OptionalParameter)
Q_DECLARE_OPERATORS_FOR_FLAGS(OptionalParameters)

/// Every optional parameter, in a stable order.
QList<OptionalParameter> allOptionalParameters();

/// The parameter's name in request bodies and settings: "stream_options",
/// "background".
QString optionalParameterName(OptionalParameter parameter);
/// The names of a set, comma-separated: "stream_options, background".
QString optionalParameterNames(OptionalParameters parameters);

/// The JSON body without the top-level keys of `parameters`; nullopt when
/// the body is not a JSON object.
std::optional<QByteArray> withoutParameters(const QByteArray &body, OptionalParameters parameters);

} // namespace inkchat::provider
