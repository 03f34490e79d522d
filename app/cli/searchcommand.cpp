#include "searchcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"
#include "storeaccess.h"

#include "store/conversationstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kSearchUsage[] = "Usage: inkchat-cli search QUERY [--limit N]\n"
                            "\n"
                            "Prints the stored messages that contain every word of QUERY (case and accents\n"
                            "ignored; quotes and operators are plain text), one per line:\n"
                            "  CONVERSATION_ID <TAB> MESSAGE_ID <TAB> TITLE <TAB> SNIPPET\n"
                            "with each match in the snippet marked [like this]. Nothing matching prints\n"
                            "nothing and exits 0.\n";

constexpr int kDefaultLimit = 50;

} // namespace

int runSearchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption limitOption(
        u"limit"_s, u"Print at most N matches (default %1)."_s.arg(kDefaultLimit), u"N"_s);
    parser.addOptions({help, limitOption});
    parser.addPositionalArgument(u"QUERY"_s, u"The words to find; several arguments are joined."_s);

    const auto usageError = [](const QString &message) { return cli::usageError(message, "search"); };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(commandHelp(kSearchUsage, parser).toUtf8());
        return ExitOk;
    }
    // parse() took arguments[0] ("search") as the program name.
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return usageError(u"search needs a QUERY"_s);
    int limit = kDefaultLimit;
    if (parser.isSet(limitOption)) {
        const std::optional<qint64> value = parsePositive(parser.value(limitOption));
        if (!value || *value > 1'000'000)
            return usageError(u"--limit takes a positive number"_s);
        limit = int(*value);
    }

    auto opened = openConversationStore(StoreUse::Read);
    if (!opened) {
        printError(describeProblem(opened.error()));
        return exitCodeFor(opened.error().kind);
    }
    const auto hits = (*opened)->search(query, limit);
    if (!hits) {
        printError(describeProblem(hits.error()));
        return exitCodeFor(hits.error().kind);
    }
    for (const store::SearchHit &hit : *hits) {
        const QString line = QString::number(hit.conversationId) + u'\t' + QString::number(hit.messageId)
                             + u'\t' + oneField(hit.conversationTitle) + u'\t'
                             + oneField(store::markedSnippet(hit.snippet, u"[", u"]")) + u'\n';
        writeOut(line.toUtf8());
    }
    return ExitOk;
}

} // namespace inkchat::cli
