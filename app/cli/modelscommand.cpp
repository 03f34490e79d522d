#include "modelscommand.h"

#include "console.h"
#include "endpointoptions.h"
#include "exitcodes.h"
#include "sessiontext.h"

#include "provider/providercatalog.h"
#include "session/modellistfetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kModelsUsage[] =
    "Usage: inkchat-cli models --provider P --base-url URL [--api-key-env VAR] [--ca-file PATH]\n"
    "\n"
    "Prints the models the endpoint offers, one id per line, as --model takes them:\n"
    "OpenAI and compatible servers (LM Studio, vLLM, llama.cpp, OpenRouter) GET\n"
    "/models, Anthropic /v1/models, Gemini models (those that generate content),\n"
    "Ollama /api/tags. The key goes only to the endpoint's own origin; the list is\n"
    "read up to 8 MiB and within 30 seconds. The generic endpoints (sse, text)\n"
    "have no list.\n";

} // namespace

ModelsCommand::ModelsCommand() = default;

ModelsCommand::~ModelsCommand() = default;

std::optional<int> ModelsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const EndpointOptions endpointOptions;
    parser.addOption(help);
    endpointOptions.addTo(parser);

    const auto usageError = [](const QString &message) { return cli::usageError(message, "models"); };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString text = commandHelp(kModelsUsage, parser);
        text.insert(text.indexOf(u"Exit codes:"_s),
                    u"Providers: "_s + provider::providerIds().join(u", "_s) + u"\n\n"_s);
        writeOut(text.toUtf8());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));
    const Result<session::ResolvedEndpoint> endpoint = endpointOptions.read(parser);
    if (!endpoint)
        return usageError(describeProblem(endpoint.error()));

    m_fetch = std::make_unique<session::ModelListFetch>(&m_network);
    connect(m_fetch.get(), &session::ModelListFetch::finished, this, [](const QStringList &models) {
        QString lines;
        for (const QString &model : models)
            lines += oneField(model) + u'\n';
        writeOut(lines.toUtf8());
        QCoreApplication::exit(ExitOk);
    });
    connect(m_fetch.get(), &session::ModelListFetch::failed, this, [](const Error &error) {
        printError(u"no model list: %1"_s.arg(describeProblem(error)));
        QCoreApplication::exit(exitCodeFor(error.kind));
    });
    m_fetch->start(*endpoint);
    return std::nullopt;
}

} // namespace inkchat::cli
