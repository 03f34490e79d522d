#pragma once

#include "provider.h"

#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QLatin1StringView>
#include <QStringList>

namespace inkchat::provider {

/// The `listKey` array of a model list: one JSON object per model. A body
/// of another shape is a Protocol error that says what was expected.
Result<QJsonArray> modelArrayIn(const QByteArray &body, QLatin1StringView listKey);

/// The ids of a model list as most APIs write it: an object whose
/// `listKey` array holds one object per model, with its id as the string
/// at `idKey` (OpenAI and Anthropic {"data":[{"id"}]}, Ollama
/// {"models":[{"name"}]}). Entries without an id are skipped; a body of
/// another shape is a Protocol error that says what was expected.
Result<QStringList> modelIdsIn(const QByteArray &body, QLatin1StringView listKey, QLatin1StringView idKey);

/// `GET {base}/models` with the key as a bearer token: OpenAI's list, which
/// the compatible servers (LM Studio, vLLM, llama.cpp, OpenRouter) serve too.
StreamRequest openAiModelListRequest(const Endpoint &endpoint);
/// The ids of OpenAI's {"data": [{"id"}]}, sorted: the API's order means
/// nothing (neither age nor name), and a picker reads better sorted.
Result<QStringList> openAiModelList(const QByteArray &body);

} // namespace inkchat::provider
