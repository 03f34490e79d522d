#include "importcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"
#include "storeaccess.h"

#include "export/conversationimporter.h"
#include "store/conversationstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kImportUsage[] = "Usage: inkchat-cli import FILE [--format inkchat|chatgpt]\n"
                            "\n"
                            "Stores the conversations of FILE ('-' for stdin): an Inkchat JSON export\n"
                            "('inkchat-cli export --format json') or the conversations.json of a ChatGPT\n"
                            "data export. Without --format, a JSON object is taken for Inkchat's format and\n"
                            "a JSON array for ChatGPT's. Conversations stored already are skipped, so\n"
                            "importing a file again adds nothing. The file is read as it arrives, so its\n"
                            "size does not matter, and stored in one go: a file with an error stores\n"
                            "nothing, and the error names where it is. Prints one line:\n"
                            "  imported C conversations (M messages), S already stored\n";

/// The file, or stdin for "-", open for reading.
Result<std::unique_ptr<QFile>> openInput(const QString &path)
{
    const bool isStdin = path == "-"_L1;
    auto file = std::make_unique<QFile>(isStdin ? QString() : path);
    const bool isOpen = isStdin ? file->open(stdin, QIODevice::ReadOnly) : file->open(QIODevice::ReadOnly);
    if (!isOpen)
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate("inkchat-cli", "cannot open '%1': %2")
                               .arg(path, file->errorString()));
    return file;
}

/// A file that cannot be read or understood is the user's input, like an
/// unreadable file elsewhere: exit code 2, whatever kind the importer said.
int inputError(const QString &path, const Error &error)
{
    printError(QCoreApplication::translate("inkchat-cli", "cannot import '%1': %2")
                   .arg(path, describeProblem(error)));
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

    std::optional<exporting::ImportFormat> format;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        if (name == "inkchat"_L1)
            format = exporting::ImportFormat::Inkchat;
        else if (name == "chatgpt"_L1)
            format = exporting::ImportFormat::ChatGpt;
        else
            return usageError(u"unknown import format '%1' (one of: inkchat, chatgpt)"_s.arg(name));
    }

    const Result<std::unique_ptr<QFile>> input = openInput(path);
    if (!input)
        return inputError(path, input.error());
    if (!format)
        format = exporting::detectImportFormat(**input);
    if (!format) {
        return inputError(path, Error::make(Error::Kind::Protocol,
                                            QCoreApplication::translate(
                                                "inkchat-cli", "it is neither an Inkchat JSON export nor a "
                                                               "ChatGPT conversations.json; give --format if "
                                                               "it is one")));
    }
    if (auto tooLarge = exporting::checkSizeWithinLimit(**input, exporting::ImportLimits()))
        return inputError(path, *tooLarge); // before the store is opened

    auto opened = openConversationStore(StoreUse::Write);
    if (!opened) {
        printError(describeProblem(opened.error()));
        return exitCodeFor(opened.error().kind);
    }
    const Result<exporting::ImportSummary> summary = exporting::importConversations(**input, **opened,
                                                                                    format);
    if (!summary) // a file that is not what it should be, or a store that cannot take it: nothing is stored
        return inputError(path, summary.error());
    int exitCode = ExitOk;
    for (const exporting::LeftOutConversation &leftOut : summary->leftOut) {
        printError(QCoreApplication::translate("inkchat-cli", "cannot import the conversation '%1': %2")
                       .arg(leftOut.title, describeProblem(leftOut.error)));
        exitCode = exitCodeFor(leftOut.error.kind);
    }
    writeOut(u"imported %1 conversations (%2 messages), %3 already stored\n"_s.arg(summary->conversations)
                 .arg(summary->messages)
                 .arg(summary->alreadyStored)
                 .toUtf8());
    return exitCode;
}

} // namespace inkchat::cli
