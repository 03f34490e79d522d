#include "chatcommand.h"
#include "cliapplication.h"
#include "console.h"
#include "exitcodes.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "modelscommand.h"
#include "savedproxy.h"
#include "searchcommand.h"
#include "ssedumpcommand.h"

#include "provider/providercatalog.h"
#include "util/controlchars.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace inkchat::cli;

namespace {

const char kUsage[] = QT_TRANSLATE_NOOP(
    "inkchat-cli", "Usage:\n"
                   "  inkchat-cli chat --provider P --base-url URL [--model M] [--api-key-env VAR]\n"
                   "                   [--system TEXT] [--temperature T] [--max-tokens N]\n"
                   "                   [--reasoning-effort E] [--idle-timeout SECONDS]\n"
                   "                   [--show-reasoning] [--stats]\n"
                   "                   [--transport auto|reset|websocket|sse|poll|json] [--max-retries N]\n"
                   "                   [--ca-file PATH] [--conversation ID | --no-store]\n"
                   "                   [--attach FILE]... [PROMPT]\n"
                   "  inkchat-cli models --provider P --base-url URL [--api-key-env VAR]\n"
                   "  inkchat-cli list\n"
                   "  inkchat-cli search QUERY [--limit N]\n"
                   "  inkchat-cli export (--conversation ID [--conversation ID...] | --all)\n"
                   "                     --format md|json|txt|html|pdf|epub -o PATH [--title TEXT]\n"
                   "  inkchat-cli import FILE [--format inkchat|chatgpt]\n"
                   "  inkchat-cli sse-dump [FILE | - | --url URL] [--idle-timeout SECONDS]\n"
                   "  inkchat-cli --help | --version\n"
                   "\n"
                   "Commands:\n"
                   "  chat      Send PROMPT (or stdin) to an AI chat provider and stream the reply\n"
                   "            to stdout as it arrives. The API key is read from the environment\n"
                   "            variable named by --api-key-env, never from the command line, and\n"
                   "            never stored. The exchange is stored (the conversation id goes to\n"
                   "            stderr); --conversation ID continues a stored conversation,\n"
                   "            --no-store stores nothing.\n"
                   "  models    Print the models the endpoint offers, one id per line.\n"
                   "  list      Print the stored conversations: id, last activity, messages, title.\n"
                   "  search    Print the stored messages containing every word of QUERY.\n"
                   "  export    Write stored conversations as Markdown, JSON, text, HTML, PDF or\n"
                   "            EPUB ('-o -' for stdout).\n"
                   "  import    Store the conversations of an Inkchat JSON export or a ChatGPT\n"
                   "            conversations.json; importing again adds nothing.\n"
                   "  sse-dump  Print each event of a Server-Sent Events stream as a JSON line.\n"
                   "\n"
                   "Conversations are stored in the same database as the app's:\n"
                   "  $XDG_DATA_HOME/inkchat/conversations.sqlite (~/.local/share/... by default).\n"
                   "\n"
                   "Run 'inkchat-cli <command> --help' for the command's options.\n");

const char kRegenerateUsage[] = QT_TRANSLATE_NOOP(
    "inkchat-cli", "  inkchat-cli regenerate --conversation ID --provider P --base-url URL [chat options]\n"
                   "            Ask for the last reply of a stored conversation again and stream it;\n"
                   "            it is stored as a new version, the earlier ones are kept.\n");

QString usageText()
{
    return QCoreApplication::translate("inkchat-cli", kUsage) + u"\n"_s
           + QCoreApplication::translate("inkchat-cli", kRegenerateUsage) + u"\n"_s
           + QCoreApplication::translate("inkchat-cli", "Providers: %1")
                 .arg(inkchat::provider::providerIds().join(u", "_s))
           + u"\n\n"_s + QString::fromUtf8(kExitCodeHelp);
}

/// Runs a command that may need the event loop.
template <typename Command>
int run(QCoreApplication &app, const QStringList &arguments)
{
    Command command;
    if (const std::optional<int> code = command.start(arguments))
        return *code;
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    inkchat::escapeControlsInLogs();
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"inkchat-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INKCHAT_VERSION));
    inkchat::Translations translations(u"inkchat-cli"_s);
    translations.load(QLocale());
    // Corporate networks reach providers through a proxy: the one chosen in
    // the app's Settings, by default curl's variables (all_proxy too), else
    // the system's settings. --proxy overrides it.
    inkchat::cli::savedProxy().install();

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    const QStringList commandArguments = arguments.mid(1);

    if (command == "chat"_L1 || command == "regenerate"_L1)
        return run<ChatCommand>(*app, commandArguments);
    if (command == "models"_L1)
        return run<ModelsCommand>(*app, commandArguments);
    if (command == "list"_L1)
        return runListCommand(commandArguments);
    if (command == "search"_L1)
        return runSearchCommand(commandArguments);
    if (command == "export"_L1)
        return runExportCommand(commandArguments);
    if (command == "import"_L1)
        return runImportCommand(commandArguments);
    if (command == "sse-dump"_L1)
        return run<SseDumpCommand>(*app, commandArguments);
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        writeOut(usageText().toUtf8());
        return ExitOk;
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        writeOut("inkchat-cli " INKCHAT_VERSION "\n");
        return ExitOk;
    }
    if (command.isEmpty())
        printError(u"no command given"_s);
    else
        printError(u"unknown command '%1'"_s.arg(command));
    writeErr(usageText().toUtf8());
    return ExitUsage;
}
