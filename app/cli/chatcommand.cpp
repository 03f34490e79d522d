#include "chatcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"
#include "storeaccess.h"

#include "provider/baseurl.h"
#include "provider/providercatalog.h"
#include "session/chatsession.h"
#include "store/conversationstore.h"
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
    "                        [--transport auto|reset|websocket|sse|poll|json] [--max-retries N]\n"
    "                        [--ca-file PATH] [--conversation ID | --no-store] [PROMPT]\n"
    "\n"
    "Sends PROMPT (or, without it, all of stdin) and streams the reply to stdout as it\n"
    "arrives, followed by one newline. A broken connection is resumed or continued\n"
    "without repeating or losing text; when a way of connecting is blocked, the next\n"
    "one is tried (WebSocket, streaming HTTP, polling, one JSON response). A way\n"
    "found blocked (a refused WebSocket, a proxy that buffered two replies in a row,\n"
    "an answer in another protocol) is tried again on the next reply, and, blocked\n"
    "again, left out for 1, 2, 4 up to 8 replies; server errors, outages and timeouts\n"
    "never count. stderr says when and why a reply goes without a way;\n"
    "--transport reset forgets what was learned about the endpoint first.\n"
    "Transitions and errors go to stderr.\n"
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
        u"transport"_s,
        u"How to connect: auto (default) walks the provider's ladder, leaving out the ways found blocked; reset "
        "forgets those first, then walks it all; the others use only that way."_s,
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
    const provider::ProviderInfo *providerInfo = provider::findProvider(providerId);
    if (!providerInfo) {
        return usageError(u"unknown provider '%1' (one of: %2)"_s.arg(
            providerId, provider::providerIds().join(u", "_s)));
    }

    session::ResolvedEndpoint resolved;
    resolved.providerId = providerId;
    provider::Endpoint &endpoint = resolved.endpoint;
    const QString baseUrl = parser.value(baseUrlOption);
    if (baseUrl.isEmpty())
        return usageError(u"--base-url is required"_s);
    endpoint.baseUrl = provider::parseBaseUrl(baseUrl);
    if (const auto problem = provider::checkBaseUrl(endpoint.baseUrl); problem != provider::BaseUrlProblem::None)
        return usageError(describeBaseUrlProblem(problem, baseUrl));

    endpoint.model = parser.value(modelOption);
    if (endpoint.model.isEmpty() && providerInfo->needsModel)
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
    const bool resetLadder = transportName == "reset"_L1;
    if (transportName != "auto"_L1 && !resetLadder) {
        options.onlyRung = provider::rungFromName(transportName);
        if (!options.onlyRung || !providerInfo->rungs.contains(*options.onlyRung)) {
            QStringList names{u"auto"_s, u"reset"_s};
            for (provider::Rung rung : providerInfo->rungs)
                names.append(provider::rungName(rung));
            return usageError(u"provider '%1' cannot use --transport %2 (one of: %3)"_s.arg(
                providerId, transportName, names.join(u", "_s)));
        }
    }
    if (parser.isSet(caFileOption)) {
        const Result<transport::TlsTrust> trust = transport::loadTlsTrust(parser.value(caFileOption));
        if (!trust)
            return usageError(trust.error().message);
        resolved.tls = *trust;
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

    // The same settings as the app, so both remember what works per endpoint.
    m_settings = std::make_unique<QSettings>(u"Inkchat"_s, u"Inkchat"_s);
    m_ladderMemory = std::make_unique<transport::LadderMemory>(m_settings.get());
    if (resetLadder) {
        m_ladderMemory->forget(transport::LadderMemory::endpointKey(providerId, endpoint.baseUrl));
        printNote(u"forgot which ways of connecting were found blocked for this endpoint"_s);
    }
    m_reachability = std::make_unique<transport::SystemReachability>();
    m_endpoint = std::make_unique<session::FixedEndpointSource>(resolved);

    SessionStart start;
    start.conversationId = conversationId;
    start.noStore = parser.isSet(noStoreOption);
    if (parser.isSet(systemOption))
        start.systemPrompt = parser.value(systemOption);
    start.options = options;
    if (const std::optional<int> failed = openSession(start))
        return failed;
    watchSession(parser.isSet(reasoningOption));
    m_session->send(*prompt);
    return std::nullopt;
}

std::optional<int> ChatCommand::openSession(const SessionStart &start)
{
    qint64 conversationId = start.conversationId;
    const std::optional<QString> &systemPrompt = start.systemPrompt;
    session::SessionServices services;
    services.network = &m_network;
    services.endpoints = m_endpoint.get();
    services.ladderMemory = m_ladderMemory.get();
    services.reachability = m_reachability.get();
    services.connector = start.options;
    if (!start.noStore) {
        auto opened = openConversationStore(StoreUse::Write);
        if (!opened) {
            Error error = opened.error();
            error.message += u"; run with --no-store to chat without storing the conversation"_s;
            printError(error.message);
            return exitCodeFor(error.kind);
        }
        m_store = std::move(opened).value();
        services.store = m_store.get();
        if (conversationId == 0) {
            chat::ConversationRecord record;
            record.systemPrompt = systemPrompt.value_or(QString());
            auto created = m_store->createConversation(record);
            if (!created) {
                printError(created.error().message);
                return exitCodeFor(created.error().kind);
            }
            conversationId = created->id;
        }
    }
    auto session = session::ChatSession::open(services, conversationId);
    if (!session) {
        printError(session.error().message);
        return exitCodeFor(session.error().kind);
    }
    m_session = std::move(session).value();
    // A continued conversation keeps its system prompt unless --system replaces it.
    if (systemPrompt && (conversationId == 0 || *systemPrompt != m_session->systemPrompt())) {
        if (auto error = m_session->setSystemPrompt(*systemPrompt)) {
            printError(error->message);
            return exitCodeFor(error->kind);
        }
    }
    if (m_store)
        printNote(u"conversation %1"_s.arg(conversationId));
    return std::nullopt;
}

void ChatCommand::watchSession(bool showReasoning)
{
    session::ChatSession *session = m_session.get();
    connect(session, &session::ChatSession::replyTextReceived, this, &ChatCommand::onText);
    if (showReasoning) {
        connect(session, &session::ChatSession::reasoningReceived, this,
                [](const QString &text) { writeErrText(text); });
    }
    connect(session, &session::ChatSession::stateChanged, this, [this] {
        using Phase = transport::ConnectorState::Phase;
        const transport::ConnectorState &state = m_session->state();
        // Preparing says nothing new; the end is said by onReplyEnded in its own words.
        if (!m_session->isStreaming() || state.phase == Phase::Idle || state.phase == Phase::Finished
            || state.phase == Phase::Failed)
            return;
        breakLine();
        printNote(describeState(state));
    });
    connect(session, &session::ChatSession::noticeReceived, this,
            [this](const transport::ConnectorNotice &notice) {
                breakLine();
                printNote(describeNotice(notice));
            });
    connect(session, &session::ChatSession::storeFailed, this, [this](const Error &error) {
        // The first failure says it; the store's later ones only repeat it.
        if (std::exchange(m_storeFailed, true))
            return;
        breakLine();
        printError(u"the conversation store failed: %1"_s.arg(error.message));
    });
    connect(session, &session::ChatSession::replyEnded, this,
            [this](int, chat::MessageStatus status) { onReplyEnded(status); });
}

void ChatCommand::onText(const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_printedText = true;
    m_atLineStart = delta.endsWith(u'\n');
    writeReply(delta);
}

void ChatCommand::breakLine()
{
    if (!m_atLineStart) {
        writeErr("\n");
        m_atLineStart = true;
    }
}

void ChatCommand::onReplyEnded(chat::MessageStatus status)
{
    if (status == chat::MessageStatus::Complete) {
        writeOut("\n");
        m_atLineStart = true;
        // The reply is on stdout, but not where the user will look for it later.
        QCoreApplication::exit(m_storeFailed ? ExitUsage : ExitOk);
        return;
    }
    const Error error = m_session->lastError().value_or(Error::make(Error::Kind::Cancelled, {}));
    // The partial reply stays on stdout; end its line so the shell prompt
    // does not glue onto it.
    if (m_printedText || status == chat::MessageStatus::Interrupted) {
        writeOut("\n");
        m_atLineStart = true;
    }
    printError(describeReplyEnd(status, m_printedText, error));
    QCoreApplication::exit(exitCodeFor(error.kind));
}

} // namespace inkchat::cli
