#include "importcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "storeaccess.h"

#include "export/chatgptimport.h"
#include "export/importlimits.h"
#include "export/jsonimport.h"
#include "store/conversationstore.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kImportUsage[] =
    "Usage: inkchat-cli import FILE [--format inkchat|chatgpt]\n"
    "\n"
    "Stores the conversations of FILE ('-' for stdin): an Inkchat JSON export\n"
    "('inkchat-cli export --format json') or the conversations.json of a ChatGPT\n"
    "data export. Without --format, a JSON object is taken for Inkchat's format and\n"
    "a JSON array for ChatGPT's. Conversations stored already are skipped, so\n"
    "importing a file again adds nothing. Prints one line:\n"
    "  imported C conversations (M messages), S already stored\n";

enum class ImportFormat { Inkchat, ChatGpt };

/// Inkchat's transcript is an object ({"format":"inkchat.transcript",...}),
/// a ChatGPT export an array; the importers check the rest.
std::optional<ImportFormat> detectFormat(const QByteArray &json)
{
    QByteArrayView rest(json);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    for (const char c : rest) {
        if (c == '{')
            return ImportFormat::Inkchat;
        if (c == '[')
            return ImportFormat::ChatGpt;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return std::nullopt;
    }
    return std::nullopt;
}

Result<QByteArray> readInput(const QString &path, const exporting::ImportLimits &limits)
{
    const bool isStdin = path == "-"_L1;
    QFile file(isStdin ? QString() : path);
    const bool isOpen = isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!isOpen)
        return Error::make(Error::Kind::Usage, u"cannot open '%1': %2"_s.arg(path, file.errorString()));
    return exporting::readWithinLimit(file, limits);
}

/// A file that cannot be read or understood is the user's input, like an
/// unreadable file elsewhere: exit code 2, whatever kind the importer said.
int inputError(const QString &path, const Error &error)
{
    printError(u"cannot import '%1': %2"_s.arg(path, error.message));
    return ExitUsage;
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"inkchat or chatgpt (default: recognised from the file)."_s, u"F"_s);
    parser.addOptions({help, formatOption});
    parser.addPositionalArgument(u"FILE"_s, u"The file to import; '-' for stdin."_s);
    const auto usageError = [](const QString &message) { return cli::usageError(message, "import"); };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(commandHelp(kImportUsage, parser).toUtf8());
        return ExitOk;
    }
    // parse() took arguments[0] ("import") as the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(u"import takes one FILE"_s);
    const QString path = positional.constFirst();

    std::optional<ImportFormat> format;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        if (name == "inkchat"_L1)
            format = ImportFormat::Inkchat;
        else if (name == "chatgpt"_L1)
            format = ImportFormat::ChatGpt;
        else
            return usageError(u"unknown import format '%1' (one of: inkchat, chatgpt)"_s.arg(name));
    }

    const exporting::ImportLimits limits;
    const Result<QByteArray> input = readInput(path, limits);
    if (!input)
        return inputError(path, input.error());
    if (!format)
        format = detectFormat(*input);
    if (!format) {
        return inputError(path, Error::make(Error::Kind::Protocol,
                                            u"it is neither an Inkchat JSON export nor a ChatGPT "
                                            "conversations.json; give --format if it is one"_s));
    }
    const auto imported = *format == ImportFormat::Inkchat ? exporting::importTranscriptJson(*input, limits)
                                                           : exporting::importChatGptExport(*input, limits);
    if (!imported)
        return inputError(path, imported.error());

    auto opened = openConversationStore(StoreUse::Write);
    if (!opened) {
        printError(opened.error().message);
        return exitCodeFor(opened.error().kind);
    }
    int conversations = 0;
    int messages = 0;
    int alreadyStored = 0;
    int exitCode = ExitOk;
    // Each conversation is stored whole or not at all; one that fails (a
    // message uuid another conversation has) does not keep the rest out.
    for (const exporting::ImportedConversation &conversation : *imported) {
        const Result<store::ImportOutcome> outcome =
            (*opened)->importConversation(conversation.conversation, conversation.messages);
        if (!outcome) {
            printError(u"cannot import the conversation '%1': %2"_s.arg(conversation.conversation.title,
                                                                         outcome.error().message));
            exitCode = exitCodeFor(outcome.error().kind);
            continue;
        }
        if (outcome->alreadyStored) {
            ++alreadyStored;
        } else {
            ++conversations;
            messages += outcome->importedMessages;
        }
    }
    writeOut(u"imported %1 conversations (%2 messages), %3 already stored\n"_s
                 .arg(conversations)
                 .arg(messages)
                 .arg(alreadyStored)
                 .toUtf8());
    return exitCode;
}

} // namespace inkchat::cli
