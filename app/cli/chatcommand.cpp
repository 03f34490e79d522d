#include "chatcommand.h"

#include "console.h"
#include "exitcodes.h"

#include "chat/conversation.h"
#include "chat/replystreamer.h"
#include "provider/providerregistry.h"

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
    "                        [--system TEXT] [--idle-timeout SECONDS] [--show-reasoning] [PROMPT]\n"
    "\n"
    "Sends PROMPT (or, without it, all of stdin) and streams the reply to stdout as it\n"
    "arrives, followed by one newline. Errors go to stderr.\n";

QString helpText(const QCommandLineParser &parser)
{
    // QCommandLineParser's own first line names the program file; ours names the command.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(u"Options:"_s));
    return QString::fromUtf8(kChatUsage) + u'\n' + options + u"\nProviders: "_s
           + provider::providerIds().join(u", "_s) + u"\n\n"_s + QString::fromUtf8(kExitCodeHelp);
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
    const QCommandLineOption reasoningOption(u"show-reasoning"_s,
                                             u"Print the model's reasoning to stderr."_s);
    parser.addOptions({help, providerOption, baseUrlOption, modelOption, keyEnvOption, systemOption,
                       idleOption, reasoningOption});
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
    const QString scheme = endpoint.baseUrl.scheme();
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty()
        || (scheme != "http"_L1 && scheme != "https"_L1)) {
        return usageError(u"--base-url must be an http:// or https:// URL, not '%1'"_s.arg(baseUrl));
    }

    endpoint.model = parser.value(modelOption);
    if (endpoint.model.isEmpty() && m_provider->needsModel())
        return usageError(u"provider '%1' needs --model"_s.arg(providerId));

    if (parser.isSet(keyEnvOption)) {
        const QString variable = parser.value(keyEnvOption);
        if (variable.isEmpty() || qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData()))
            return usageError(u"the environment variable '%1' named by --api-key-env is not set"_s.arg(variable));
        endpoint.apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
    }

    chat::ReplyStreamerOptions options;
    if (parser.isSet(idleOption)) {
        const std::optional<int> ms = parseSeconds(parser.value(idleOption));
        if (!ms)
            return usageError(u"--idle-timeout takes a positive number of seconds"_s);
        options.transport.idleTimeout = std::chrono::milliseconds(*ms);
    }

    // parse() took arguments[0] ("chat") as the program name.
    const std::optional<QString> prompt = readPrompt(parser.positionalArguments());
    if (!prompt)
        return usageError(u"cannot read the prompt from stdin"_s);
    if (prompt->trimmed().isEmpty())
        return usageError(u"the prompt is empty"_s);

    chat::Conversation conversation;
    conversation.systemPrompt = parser.value(systemOption);
    conversation.messages.append({chat::Role::User, *prompt});

    m_streamer = std::make_unique<chat::ReplyStreamer>(*m_provider, endpoint, &m_network, options);
    connect(m_streamer.get(), &chat::ReplyStreamer::textReceived, this, &ChatCommand::onText);
    if (parser.isSet(reasoningOption)) {
        connect(m_streamer.get(), &chat::ReplyStreamer::reasoningReceived, this,
                [](const QString &text) { writeErr(text.toUtf8()); });
    }
    connect(m_streamer.get(), &chat::ReplyStreamer::finished, this, &ChatCommand::onFinished);
    connect(m_streamer.get(), &chat::ReplyStreamer::failed, this, &ChatCommand::onFailed);
    m_streamer->start(conversation);
    return std::nullopt;
}

void ChatCommand::onText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_printedText = true;
    writeOut(text.toUtf8());
}

void ChatCommand::onFinished()
{
    writeOut("\n");
    QCoreApplication::exit(ExitOk);
}

void ChatCommand::onFailed(const Error &error)
{
    // The partial reply stays on stdout; end its line so the shell prompt
    // does not glue onto it.
    if (m_printedText || error.kind == Error::Kind::Interrupted)
        writeOut("\n");
    printError(error.message);
    QCoreApplication::exit(exitCodeFor(error.kind));
}

} // namespace inkchat::cli
