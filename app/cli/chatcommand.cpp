#include "chatcommand.h"

#include "chatrecording.h"
#include "console.h"
#include "exitcodes.h"

#include "chat/conversation.h"
#include "provider/baseurl.h"
#include "provider/providerregistry.h"
#include "transport/connector.h"
#include "transport/laddermemory.h"
#include "transport/reachability.h"
#include "transport/tlstrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <chrono>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kChatUsage[] =
    "Usage: inkchat-cli chat --provider P --base-url URL [--model M] [--api-key-env VAR]\n"
    "                        [--system TEXT] [--idle-timeout SECONDS] [--progress-timeout SECONDS]\n"
    "                        [--show-reasoning]\n"
    "                        [--transport auto|websocket|sse|poll|json] [--max-retries N]\n"
    "                        [--ca-file PATH] [--conversation ID | --no-store] [PROMPT]\n"
    "\n"
    "Sends PROMPT (or, without it, all of stdin) and streams the reply to stdout as it\n"
    "arrives, followed by one newline. A broken connection is resumed or continued\n"
    "without repeating or losing text; when a way of connecting is blocked, the next\n"
    "one is tried (WebSocket, streaming HTTP, polling, one JSON response), and what\n"
    "worked is remembered per endpoint. Transitions and errors go to stderr.\n"
    "\n"
    "The exchange is stored in the conversation store the app uses (see 'inkchat-cli\n"
    "list'): the prompt before the request is sent, the reply while it streams, and\n"
    "how it ended (complete, interrupted with its partial text, or the error). A new\n"
    "conversation is titled after the prompt's first line, and its id is printed to\n"
    "stderr once as 'inkchat-cli: conversation ID'. --conversation ID sends that\n"
    "conversation's system prompt and earlier turns along and adds the exchange to\n"
    "it (--system then replaces its system prompt). --no-store touches no database.\n"
    "If the store cannot be opened, chat fails with exit code 2; if it cannot be\n"
    "written, the reply is still printed and chat exits with code 2. API keys are\n"
    "never stored, nor accepted inside --base-url.\n";

QString helpText(const QCommandLineParser &parser)
{
    QString help = commandHelp(kChatUsage, parser);
    // The provider list goes between the options and the exit codes.
    const QString providers = u"Providers: "_s + provider::providerIds().join(u", "_s) + u"\n\n"_s;
    return help.insert(help.indexOf(u"Exit codes:"_s), providers);
}

std::optional<QString> readPrompt(const QStringList &positional)
{
    if (!positional.isEmpty())
        return positional.join(u' ');
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QString prompt = QString::fromUtf8(in.readAll());
    // `echo hi | inkchat-cli chat` must send "hi", not "hi\n".
    while (prompt.endsWith(u'\n') || prompt.endsWith(u'\r'))
        prompt.chop(1);
    return prompt;
}

} // namespace

ChatCommand::ChatCommand() = default;

ChatCommand::~ChatCommand() = default;

std::optional<int> ChatCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption providerOption(u"provider"_s, u"Wire format: one of the providers below."_s, u"P"_s);
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, u"The provider's base URL, e.g. https://api.openai.com/v1."_s, u"URL"_s);
    const QCommandLineOption modelOption(u"model"_s, u"Model name (required by most providers)."_s, u"M"_s);
    const QCommandLineOption keyEnvOption(
        u"api-key-env"_s, u"Name of the environment variable holding the API key."_s, u"VAR"_s);
    const QCommandLineOption systemOption(u"system"_s, u"System prompt."_s, u"TEXT"_s);
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"Give up when no data arrives for this long (default 60)."_s, u"SECONDS"_s);
    const QCommandLineOption progressOption(
        u"progress-timeout"_s,
        u"Give up when no part of the reply arrives for this long, whatever else the server sends "
        "(heartbeats, a byte a second; default 600)."_s,
        u"SECONDS"_s);
    const QCommandLineOption reasoningOption(u"show-reasoning"_s,
                                             u"Print the model's reasoning to stderr."_s);
    const QCommandLineOption transportOption(
        u"transport"_s, u"How to connect: auto (default) walks the provider's ladder; the others use only that way."_s,
        u"T"_s, u"auto"_s);
    const QCommandLineOption retriesOption(
        u"max-retries"_s, u"Retries in a row without progress before giving up (default 6)."_s, u"N"_s);
    const QCommandLineOption conversationOption(
        u"conversation"_s, u"Continue the stored conversation with this id (see 'inkchat-cli list')."_s, u"ID"_s);
    const QCommandLineOption noStoreOption(u"no-store"_s, u"Store nothing: open no conversation database."_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, u"Also trust the certificate authorities in this PEM file (a self-hosted endpoint's CA)."_s,
        u"PATH"_s);
    parser.addOptions({help, providerOption, baseUrlOption, modelOption, keyEnvOption, systemOption,
                       idleOption, progressOption, reasoningOption, transportOption, retriesOption, conversationOption,
                       noStoreOption, caFileOption});
    parser.addPositionalArgument(u"PROMPT"_s, u"The message; read from stdin when absent."_s);

    const auto usageError = [](const QString &message) { return cli::usageError(message, "chat"); };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(helpText(parser).toUtf8());
        return ExitOk;
    }

    const QString providerId = parser.value(providerOption);
    if (providerId.isEmpty())
        return usageError(u"--provider is required (one of: %1)"_s.arg(provider::providerIds().join(u", "_s)));
    m_provider = provider::createProvider(providerId);
    if (!m_provider) {
        return usageError(u"unknown provider '%1' (one of: %2)"_s.arg(
            providerId, provider::providerIds().join(u", "_s)));
    }

    provider::Endpoint endpoint;
    const QString baseUrl = parser.value(baseUrlOption);
    if (baseUrl.isEmpty())
        return usageError(u"--base-url is required"_s);
    endpoint.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    switch (provider::checkBaseUrl(endpoint.baseUrl)) {
    case provider::BaseUrlProblem::None: break;
    case provider::BaseUrlProblem::NotHttp:
        return usageError(u"--base-url must be an http:// or https:// URL, not '%1'"_s.arg(baseUrl));
    case provider::BaseUrlProblem::HasCredentials:
        return usageError(u"--base-url must not carry a key (user:KEY@ or ?key=): URLs end up in logs and "
                          "shell histories; put the key in the variable named by --api-key-env"_s);
    }

    endpoint.model = parser.value(modelOption);
    if (endpoint.model.isEmpty() && m_provider->needsModel())
        return usageError(u"provider '%1' needs --model"_s.arg(providerId));

    if (parser.isSet(keyEnvOption)) {
        const QString variable = parser.value(keyEnvOption);
        if (variable.isEmpty() || qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData()))
            return usageError(u"the environment variable '%1' named by --api-key-env is not set"_s.arg(variable));
        endpoint.apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (provider::exposesKeyInTransit(endpoint.baseUrl)) {
            printNote(u"warning: the API key goes to %1 over plain http://, readable by anyone on the way; "
                      "use https://"_s.arg(endpoint.baseUrl.host()));
        }
    }

    transport::ConnectorOptions options;
    if (parser.isSet(idleOption)) {
        const std::optional<int> ms = parseSeconds(parser.value(idleOption));
        if (!ms)
            return usageError(u"--idle-timeout takes a positive number of seconds"_s);
        options.http.idleTimeout = std::chrono::milliseconds(*ms);
        options.webSocket.idleTimeout = options.http.idleTimeout;
    }
    if (parser.isSet(progressOption)) {
        const std::optional<int> ms = parseSeconds(parser.value(progressOption));
        if (!ms)
            return usageError(u"--progress-timeout takes a positive number of seconds"_s);
        options.progressTimeout = std::chrono::milliseconds(*ms);
    }
    const QString transportName = parser.value(transportOption);
    if (transportName != "auto"_L1) {
        options.onlyRung = provider::rungFromName(transportName);
        if (!options.onlyRung || !m_provider->rungs().contains(*options.onlyRung)) {
            QStringList names{u"auto"_s};
            for (provider::Rung rung : m_provider->rungs())
                names.append(provider::rungName(rung));
            return usageError(u"provider '%1' cannot use --transport %2 (one of: %3)"_s.arg(
                providerId, transportName, names.join(u", "_s)));
        }
    }
    if (parser.isSet(caFileOption)) {
        const Result<transport::TlsTrust> trust = transport::loadTlsTrust(parser.value(caFileOption));
        if (!trust)
            return usageError(trust.error().message);
        options.http.tls = *trust;
        options.webSocket.tls = *trust;
    }
    if (parser.isSet(retriesOption)) {
        bool ok = false;
        options.backoff.maxRetries = parser.value(retriesOption).toInt(&ok);
        if (!ok || options.backoff.maxRetries < 0)
            return usageError(u"--max-retries takes a number of retries (0 or more)"_s);
    }

    qint64 conversationId = 0;
    if (parser.isSet(conversationOption)) {
        if (parser.isSet(noStoreOption))
            return usageError(u"--conversation continues a stored conversation; it cannot be used with --no-store"_s);
        const std::optional<qint64> id = parsePositive(parser.value(conversationOption));
        if (!id)
            return usageError(u"--conversation takes a conversation id (see 'inkchat-cli list')"_s);
        conversationId = *id;
    }

    // parse() took arguments[0] ("chat") as the program name.
    const std::optional<QString> prompt = readPrompt(parser.positionalArguments());
    if (!prompt)
        return usageError(u"cannot read the prompt from stdin"_s);
    if (prompt->trimmed().isEmpty())
        return usageError(u"the prompt is empty"_s);

    chat::Conversation conversation;
    if (parser.isSet(noStoreOption)) {
        conversation.systemPrompt = parser.value(systemOption);
        conversation.messages.append({chat::Role::User, *prompt});
    } else {
        ChatRecordingStart recordingStart;
        recordingStart.conversationId = conversationId;
        if (parser.isSet(systemOption))
            recordingStart.systemPrompt = parser.value(systemOption);
        recordingStart.prompt = *prompt;
        // The host names the endpoint well enough; a URL may carry a key in its query.
        recordingStart.source = {providerId, endpoint.model, endpoint.baseUrl.host()};
        recordingStart.secrets = {endpoint.apiKey};
        auto recording = ChatRecording::begin(recordingStart);
        if (!recording) {
            printError(recording.error().message);
            return exitCodeFor(recording.error().kind);
        }
        m_recording = std::move(recording).value();
        conversation = m_recording->conversation();
        printNote(u"conversation %1"_s.arg(m_recording->conversationId()));
    }

    // The same settings as the app, so both remember what works per endpoint.
    m_settings = std::make_unique<QSettings>(u"Inkchat"_s, u"Inkchat"_s);
    m_ladderMemory = std::make_unique<transport::LadderMemory>(m_settings.get());
    m_reachability = std::make_unique<transport::SystemReachability>();
    transport::ConnectorServices services;
    services.network = &m_network;
    services.memory = m_ladderMemory.get();
    services.reachability = m_reachability.get();

    m_connector = std::make_unique<transport::Connector>(*m_provider, endpoint, services, options);
    connect(m_connector.get(), &transport::Connector::textReceived, this, &ChatCommand::onText);
    if (parser.isSet(reasoningOption)) {
        connect(m_connector.get(), &transport::Connector::reasoningReceived, this,
                [](const QString &text) { writeErrText(text); });
    }
    if (m_recording) {
        connect(m_connector.get(), &transport::Connector::usageReceived, this,
                [this](qint64 input, qint64 output) { m_recording->usageReceived(input, output); });
        connect(m_connector.get(), &transport::Connector::seamAdded, this,
                [this](qsizetype position) { m_recording->seamAdded(position); });
    }
    connect(m_connector.get(), &transport::Connector::stateChanged, this, &ChatCommand::onStateChanged);
    connect(m_connector.get(), &transport::Connector::notice, this,
            [](const QString &message) { printNote(message); });
    connect(m_connector.get(), &transport::Connector::finished, this, &ChatCommand::onFinished);
    connect(m_connector.get(), &transport::Connector::failed, this, &ChatCommand::onFailed);
    m_connector->start(conversation);
    return std::nullopt;
}

void ChatCommand::onText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_printedText = true;
    m_atLineStart = text.endsWith(u'\n');
    writeReply(text);
    if (m_recording) {
        if (const std::optional<Error> error = m_recording->replyTextChanged(m_connector->text()))
            printStoreError(*error);
    }
}

void ChatCommand::printStoreError(const Error &error)
{
    // The first failure says it; the store's later ones only repeat it.
    if (m_storeFailed)
        return;
    m_storeFailed = true;
    // On a line of its own, not glued to the reply's text.
    if (!m_atLineStart) {
        writeErr("\n");
        m_atLineStart = true;
    }
    printError(u"the conversation store failed: %1"_s.arg(error.message));
}

void ChatCommand::onStateChanged(const transport::ConnectorState &state)
{
    using Phase = transport::ConnectorState::Phase;
    // The end is reported by onFinished/onFailed in their own words.
    if (state.phase == Phase::Finished || state.phase == Phase::Failed)
        return;
    // A transition line must not glue onto a partial line of the reply.
    if (!m_atLineStart) {
        writeErr("\n");
        m_atLineStart = true;
    }
    printNote(state.text());
}

void ChatCommand::onFinished()
{
    writeOut("\n");
    m_atLineStart = true;
    if (m_recording) {
        if (const std::optional<Error> error = m_recording->replyFinished())
            printStoreError(*error);
    }
    // The reply is on stdout, but not where the user will look for it later.
    QCoreApplication::exit(m_storeFailed ? ExitUsage : ExitOk);
}

bool ChatCommand::isInterruption(const Error &error) const
{
    switch (error.kind) {
    case Error::Kind::Interrupted:
    case Error::Kind::Cancelled: return true;
    // A connection lost for good after text came: the reply is cut off,
    // not wrong, and can be continued.
    case Error::Kind::Network:
    case Error::Kind::Timeout: return !m_connector->text().isEmpty();
    default: return false;
    }
}

void ChatCommand::onFailed(const Error &error)
{
    // The partial reply stays on stdout; end its line so the shell prompt
    // does not glue onto it.
    if (m_printedText || error.kind == Error::Kind::Interrupted) {
        writeOut("\n");
        m_atLineStart = true;
    }
    printError(error.message);
    if (m_recording) {
        if (const std::optional<Error> storeError = m_recording->replyFailed(error, isInterruption(error)))
            printStoreError(*storeError);
    }
    QCoreApplication::exit(exitCodeFor(error.kind));
}

} // namespace inkchat::cli
