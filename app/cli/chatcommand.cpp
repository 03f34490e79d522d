#include "chatcommand.h"

#include "attachoption.h"
#include "console.h"
#include "endpointoptions.h"
#include "exitcodes.h"
#include "replyparameteroptions.h"
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
    "                        [--system TEXT] [--temperature T] [--max-tokens N]\n"
    "                        [--reasoning-effort E] [--idle-timeout SECONDS]\n"
    "                        [--progress-timeout SECONDS] [--show-reasoning] [--stats]\n"
    "                        [--transport auto|reset|websocket|sse|poll|json] [--max-retries N]\n"
    "                        [--ca-file PATH] [--conversation ID | --no-store]\n"
    "                        [--attach FILE]... [PROMPT]\n"
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
    "it (--system, --model, --temperature, --max-tokens and --reasoning-effort then\n"
    "replace what it stored; it keeps the others). --no-store touches no database.\n"
    "If the store cannot be opened, chat fails with exit code 2; if it cannot be\n"
    "written, the reply is still printed and chat exits with code 2. API keys are\n"
    "never stored, nor accepted inside --base-url.\n"
    "\n"
    "--attach FILE sends an image with the prompt to a vision model (repeatable, up\n"
    "to 10): PNG, JPEG, GIF or WebP, up to 5 MB each, in the provider's own format\n"
    "(openai, openai-responses, anthropic, gemini and ollama take images). The\n"
    "images are stored with the prompt and sent again with later turns of the\n"
    "conversation. With images the prompt may be empty.\n"
    "\n"
    "inkchat-cli regenerate --conversation ID --provider P --base-url URL [options]\n"
    "asks for the last reply of conversation ID again, with the same history, and\n"
    "streams it; the new reply is stored as its next version, the earlier ones are\n"
    "kept (the app shows 'version 2 of 2' with arrows to the others).\n"
    "\n"
    "Where the server cannot carry on from a partial reply (OpenAI answers it\n"
    "afresh), a broken reply is asked for again from the start: stderr says so, the\n"
    "new answer follows on a new line, and it alone is stored as the reply (the\n"
    "partial one is kept as an earlier version).\n";

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
    // `regenerate` is a chat whose message is the conversation's last one.
    const bool regenerating = arguments.value(0) == "regenerate"_L1;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const EndpointOptions endpointOptions;
    const QCommandLineOption modelOption(
        u"model"_s, u"Model name (required by most providers, unless the conversation has one)."_s, u"M"_s);
    const QCommandLineOption systemOption(u"system"_s, u"System prompt."_s, u"TEXT"_s);
    const ReplyParameterOptions parameterOptions;
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"Give up when no data arrives for this long (default 60)."_s, u"SECONDS"_s);
    const QCommandLineOption progressOption(
        u"progress-timeout"_s,
        u"Give up when no part of the reply arrives for this long, whatever else the server sends "
        "(heartbeats, a byte a second; default 600)."_s,
        u"SECONDS"_s);
    const QCommandLineOption reasoningOption(u"show-reasoning"_s,
                                             u"Print the model's reasoning to stderr."_s);
    const QCommandLineOption statsOption(
        u"stats"_s, u"After the reply, print the model that answered and the tokens it used to stderr."_s);
    const QCommandLineOption transportOption(
        u"transport"_s,
        u"How to connect: auto (default) walks the provider's ladder, leaving out the ways found blocked; "
        u"reset "
        "forgets those first, then walks it all; the others use only that way."_s,
        u"T"_s, u"auto"_s);
    const QCommandLineOption retriesOption(
        u"max-retries"_s, u"Retries in a row without progress before giving up (default 6)."_s, u"N"_s);
    const QCommandLineOption conversationOption(
        u"conversation"_s, u"Continue the stored conversation with this id (see 'inkchat-cli list')."_s,
        u"ID"_s);
    const QCommandLineOption noStoreOption(u"no-store"_s, u"Store nothing: open no conversation database."_s);
    const QCommandLineOption attachOption(u"attach"_s, u"Send the image FILE with the prompt (repeatable)."_s,
                                          u"FILE"_s);
    endpointOptions.addTo(parser);
    parser.addOptions({help, modelOption, systemOption});
    parameterOptions.addTo(parser);
    parser.addOptions({idleOption, progressOption, reasoningOption, statsOption, transportOption,
                       retriesOption, conversationOption, noStoreOption, attachOption});
    parser.addPositionalArgument(u"PROMPT"_s, u"The message; read from stdin when absent."_s);

    const auto usageError = [regenerating](const QString &message) {
        return cli::usageError(message, regenerating ? "regenerate" : "chat");
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(helpText(parser).toUtf8());
        return ExitOk;
    }

    Result<session::ResolvedEndpoint> endpoint = endpointOptions.read(parser);
    if (!endpoint)
        return usageError(describeProblem(endpoint.error()));
    session::ResolvedEndpoint resolved = std::move(endpoint).value();
    const provider::ProviderInfo *providerInfo = provider::findProvider(resolved.providerId);
    const QString &providerId = resolved.providerId;
    resolved.endpoint.model = parser.value(modelOption);
    // A stored conversation may name its model; a new one must be told.
    if (resolved.endpoint.model.isEmpty() && providerInfo->needsModel && !parser.isSet(conversationOption))
        return usageError(u"provider '%1' needs --model"_s.arg(providerId));
    const Result<ReplyParameterOptions::Given> parameters = parameterOptions.read(parser, *providerInfo);
    if (!parameters)
        return usageError(describeProblem(parameters.error()));

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
    if (parser.isSet(retriesOption)) {
        bool ok = false;
        options.backoff.maxRetries = parser.value(retriesOption).toInt(&ok);
        if (!ok || options.backoff.maxRetries < 0)
            return usageError(u"--max-retries takes a number of retries (0 or more)"_s);
    }

    qint64 conversationId = 0;
    if (parser.isSet(conversationOption)) {
        if (parser.isSet(noStoreOption))
            return usageError(
                u"--conversation continues a stored conversation; it cannot be used with --no-store"_s);
        const std::optional<qint64> id = parsePositive(parser.value(conversationOption));
        if (!id)
            return usageError(u"--conversation takes a conversation id (see 'inkchat-cli list')"_s);
        conversationId = *id;
    }

    if (regenerating && (conversationId == 0 || !parser.positionalArguments().isEmpty()))
        return usageError(u"regenerate takes --conversation ID and no prompt"_s);
    // parse() took arguments[0] ("chat") as the program name.
    const std::optional<QString> prompt = regenerating ? QString() : readPrompt(parser.positionalArguments());
    if (!prompt)
        return usageError(u"cannot read the prompt from stdin"_s);
    if (regenerating && parser.isSet(attachOption))
        return usageError(u"regenerate sends the stored images again; it takes no --attach"_s);
    const Result<chat::Attachments> attachments = readAttachedImages(parser.values(attachOption),
                                                                     *providerInfo);
    if (!attachments)
        return usageError(describeProblem(attachments.error()));
    if (!regenerating && prompt->trimmed().isEmpty() && attachments->isEmpty())
        return usageError(u"the prompt is empty"_s);

    // The same settings as the app, so both remember what works per endpoint.
    m_settings = std::make_unique<QSettings>(u"Inkchat"_s, u"Inkchat"_s);
    m_ladderMemory = std::make_unique<transport::LadderMemory>(m_settings.get());
    if (resetLadder) {
        m_ladderMemory->forget(transport::LadderMemory::endpointKey(providerId, resolved.endpoint.baseUrl));
        printNote(QCoreApplication::translate(
            "inkchat-cli", "forgot which ways of connecting were found blocked for this endpoint"));
    }
    m_reachability = std::make_unique<transport::SystemReachability>();
    m_endpoint = std::make_unique<session::FixedEndpointSource>(resolved);

    SessionStart start;
    start.conversationId = conversationId;
    start.noStore = parser.isSet(noStoreOption);
    if (parser.isSet(systemOption))
        start.systemPrompt = parser.value(systemOption);
    if (!resolved.endpoint.model.isEmpty())
        start.model = resolved.endpoint.model;
    start.parameters = *parameters;
    start.options = options;
    if (const std::optional<int> failed = openSession(start))
        return failed;
    if (resolved.endpoint.model.isEmpty() && m_session->model().isEmpty() && providerInfo->needsModel)
        return usageError(u"provider '%1' needs --model (conversation %2 names none)"_s.arg(providerId)
                              .arg(conversationId));
    watchSession(parser.isSet(reasoningOption), parser.isSet(statsOption));
    if (!regenerating) {
        m_session->send(*prompt, *attachments);
    } else if (!m_session->regenerate()) {
        return usageError(u"conversation %1 has no reply to ask for again"_s.arg(conversationId));
    }
    return std::nullopt;
}

std::optional<int> ChatCommand::openSession(const SessionStart &start)
{
    qint64 conversationId = start.conversationId;
    const std::optional<QString> &systemPrompt = start.systemPrompt;
    const ReplyParameterOptions::Given &parameters = start.parameters;
    session::SessionServices services;
    services.network = &m_network;
    services.endpoints = m_endpoint.get();
    services.ladderMemory = m_ladderMemory.get();
    services.reachability = m_reachability.get();
    services.connector = start.options;
    if (!start.noStore) {
        auto opened = openConversationStore(StoreUse::Write);
        if (!opened) {
            printError(QCoreApplication::translate(
                           "inkchat-cli", "%1; run with --no-store to chat without storing the conversation")
                           .arg(describeProblem(opened.error())));
            return exitCodeFor(opened.error().kind);
        }
        m_store = std::move(opened).value();
        services.store = m_store.get();
        if (conversationId == 0) {
            chat::ConversationRecord record;
            record.systemPrompt = systemPrompt.value_or(QString());
            record.model = start.model.value_or(QString());
            record.parameters = parameters.appliedTo({});
            auto created = m_store->createConversation(record);
            if (!created) {
                printError(describeProblem(created.error()));
                return exitCodeFor(created.error().kind);
            }
            conversationId = created->id;
        }
    }
    auto session = session::ChatSession::open(services, conversationId);
    if (!session) {
        printError(describeProblem(session.error()));
        return exitCodeFor(session.error().kind);
    }
    m_session = std::move(session).value();
    // A continued conversation keeps its system prompt unless --system replaces it.
    if (systemPrompt && (conversationId == 0 || *systemPrompt != m_session->systemPrompt())) {
        if (auto error = m_session->setSystemPrompt(*systemPrompt)) {
            printError(describeProblem(*error));
            return exitCodeFor(error->kind);
        }
    }
    // --model and the parameters given replace the stored ones alike.
    if (auto error = applySettings(start)) {
        printError(describeProblem(*error));
        return exitCodeFor(error->kind);
    }
    if (m_store)
        printNote(QCoreApplication::translate("inkchat-cli", "conversation %1").arg(conversationId));
    return std::nullopt;
}

std::optional<Error> ChatCommand::applySettings(const SessionStart &start)
{
    if (start.model && *start.model != m_session->model()) {
        if (auto error = m_session->setModel(*start.model))
            return error;
    }
    const chat::ReplyParameters parameters = start.parameters.appliedTo(m_session->parameters());
    if (parameters != m_session->parameters())
        return m_session->setParameters(parameters);
    return std::nullopt;
}

void ChatCommand::watchSession(bool showReasoning, bool showStats)
{
    m_showStats = showStats;
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
        // StoreFailed says this already.
        const QString problem = describeProblem(error);
        printError(error.code == Error::Code::StoreFailed
                       ? problem
                       : QCoreApplication::translate("inkchat-cli", "the conversation store failed: %1")
                             .arg(problem));
    });
    connect(session, &session::ChatSession::replyRestarted, this, [this] {
        // What was printed cannot be taken back: the new answer goes on a
        // line of its own, and the store keeps it alone as the reply.
        if (m_printedText && !m_replyEndsLine) {
            writeOut("\n");
            m_atLineStart = true;
        }
        printNote(QCoreApplication::translate(
            "inkchat-cli", "the connection broke and the server cannot continue a reply: it "
                           "answers again from the start (the partial reply is kept as an "
                           "earlier version)"));
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
    m_replyEndsLine = m_atLineStart;
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
    if (m_showStats) {
        breakLine();
        printNote(describeReplyFacts(m_session->messages().constLast()));
    }
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
