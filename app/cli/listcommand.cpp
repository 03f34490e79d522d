#include "listcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"
#include "storeaccess.h"

#include "store/conversationstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kListUsage[] = "Usage: inkchat-cli list\n"
                          "\n"
                          "Prints the stored conversations, most recently active first, one per line:\n"
                          "  ID <TAB> LAST_ACTIVITY <TAB> MESSAGES <TAB> TITLE\n"
                          "LAST_ACTIVITY is ISO 8601 in UTC; tabs and line breaks in titles become spaces.\n";

} // namespace

int runListCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), "list");
    if (parser.isSet(help)) {
        writeOut(commandHelp(kListUsage, parser).toUtf8());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"list takes no arguments"_s, "list");

    auto opened = openConversationStore(StoreUse::Read);
    if (!opened) {
        printError(describeProblem(opened.error()));
        return exitCodeFor(opened.error().kind);
    }
    const store::ConversationStore &conversationStore = **opened;
    const auto conversations = conversationStore.conversations();
    if (!conversations) {
        printError(describeProblem(conversations.error()));
        return exitCodeFor(conversations.error().kind);
    }
    for (const chat::ConversationRecord &conversation : *conversations) {
        const Result<qint64> count = conversationStore.messageCount(conversation.id);
        if (!count) {
            printError(describeProblem(count.error()));
            return exitCodeFor(count.error().kind);
        }
        const QString line = QString::number(conversation.id) + u'\t'
                             + conversation.updatedAt.toUTC().toString(Qt::ISODate) + u'\t'
                             + QString::number(*count) + u'\t' + oneField(conversation.title) + u'\n';
        writeOut(line.toUtf8());
    }
    return ExitOk;
}

} // namespace inkchat::cli
