#include "exportcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "sessiontext.h"
#include "storeaccess.h"

#include "export/exporter.h"
#include "export/exportformat.h"
#include "store/conversationstore.h"

#ifdef INKCHAT_CLI_HAS_PDF
#include "export/transcriptwriters.h"
#else
#include "export/writerfactory.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

const char kExportUsage[] =
    "Usage: inkchat-cli export (--conversation ID [--conversation ID...] | --all)\n"
    "                          --format md|json|txt|html|pdf|epub -o PATH [--title TEXT]\n"
    "\n"
    "Writes stored conversations (ids as printed by 'inkchat-cli list') to PATH, one\n"
    "message at a time, so any length exports in little memory. --all exports every\n"
    "conversation, oldest first. '-o -' writes md, json, txt or html to stdout; pdf\n"
    "and epub are binary and need a file. An id that is not stored is an error and\n"
    "nothing is written. The json format is what 'inkchat-cli import' reads back.\n";

/// The options, shared by the command and exportNeedsGui().
struct ExportOptions
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help."_s};
    QCommandLineOption conversation{u"conversation"_s, u"Export this conversation; repeat for more."_s,
                                    u"ID"_s};
    QCommandLineOption all{u"all"_s, u"Export every stored conversation."_s};
    QCommandLineOption format{u"format"_s, u"md, json, txt, html, pdf or epub."_s, u"F"_s};
    QCommandLineOption output{{u"o"_s, u"output"_s}, u"The file to write; '-' is stdout."_s, u"PATH"_s};
    QCommandLineOption title{
        u"title"_s, u"The title of a pdf or epub book (default: the first conversation's)."_s, u"TEXT"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({help, conversation, all, format, output, title});
    }
};

Result<std::unique_ptr<exporting::TranscriptWriter>> createWriter(exporting::ExportFormat format,
                                                                  const QString &path, const QString &title)
{
#ifdef INKCHAT_CLI_HAS_PDF
    return platform::createTranscriptWriter(format, path, title);
#else
    return exporting::createTranscriptWriter(format, path, title);
#endif
}

/// The ids to export, in order and each once; --all: oldest first.
Result<QList<qint64>> selectedIds(const store::ConversationStore &conversationStore,
                                  const QCommandLineParser &parser, const ExportOptions &options)
{
    QList<qint64> ids;
    if (parser.isSet(options.all)) {
        const auto conversations = conversationStore.conversations();
        if (!conversations)
            return conversations.error();
        for (const chat::ConversationRecord &conversation : *conversations)
            ids.prepend(conversation.id);
        return ids;
    }
    for (const QString &value : parser.values(options.conversation)) {
        const std::optional<qint64> id = parsePositive(value);
        if (!id) {
            return Error::make(
                Error::Kind::Usage,
                QCoreApplication::translate("inkchat-cli", "--conversation takes a conversation id, not '%1'")
                    .arg(value));
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

Error exportNotReadBack(const QFile &file)
{
    return Error::make(Error::Kind::Usage,
                       QCoreApplication::translate("inkchat-cli", "cannot read the export back: %1")
                           .arg(file.errorString()));
}

/// Copies a finished export to stdout in blocks; it never is in memory whole.
std::optional<Error> copyToStdout(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return exportNotReadBack(file);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return exportNotReadBack(file);
        if (n == 0)
            return std::nullopt;
        writeOut(QByteArrayView(block.constData(), n));
    }
}

int fail(const Error &error)
{
    printError(describeProblem(error));
    return exitCodeFor(error.kind);
}

} // namespace

bool exportNeedsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ExportOptions options;
    options.addTo(parser);
    return parser.parse(arguments)
           && exporting::formatFromName(parser.value(options.format)) == exporting::ExportFormat::Pdf;
}

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ExportOptions options;
    options.addTo(parser);
    const auto usageError = [](const QString &message) { return cli::usageError(message, "export"); };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(options.help)) {
        writeOut(commandHelp(kExportUsage, parser).toUtf8());
        return ExitOk;
    }
    // parse() took arguments[0] ("export") as the program name.
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(options.all) == parser.isSet(options.conversation))
        return usageError(u"give either --conversation ID (one or more) or --all"_s);
    if (!parser.isSet(options.format))
        return usageError(u"--format is required (md, json, txt, html, pdf or epub)"_s);
    const std::optional<exporting::ExportFormat> format = exporting::formatFromName(
        parser.value(options.format));
    if (!format) {
        return usageError(u"unknown format '%1' (one of: md, json, txt, html, pdf, epub)"_s.arg(
            parser.value(options.format)));
    }
    const QString output = parser.value(options.output);
    if (output.isEmpty())
        return usageError(u"-o PATH is required ('-' for stdout)"_s);
    const bool toStdout = output == "-"_L1;
    if (toStdout && (*format == exporting::ExportFormat::Pdf || *format == exporting::ExportFormat::Epub)) {
        return usageError(
            u"%1 is a binary format; write it to a file with -o PATH"_s.arg(exporting::formatName(*format)));
    }

    auto opened = openConversationStore(StoreUse::Read);
    if (!opened)
        return fail(opened.error());
    const store::ConversationStore &conversationStore = **opened;
    const Result<QList<qint64>> ids = selectedIds(conversationStore, parser, options);
    if (!ids)
        return ids.error().kind == Error::Kind::Usage ? usageError(describeProblem(ids.error()))
                                                      : fail(ids.error());

    // stdout cannot be replaced atomically (the writers' safe-save), so the
    // export goes to a scratch file first and is copied out when complete.
    QTemporaryDir scratch;
    if (toStdout && !scratch.isValid())
        return fail(Error::make(Error::Kind::Usage, QCoreApplication::translate(
                                                        "inkchat-cli", "cannot create a temporary folder: %1")
                                                        .arg(scratch.errorString())));
    const QString path = toStdout ? scratch.filePath(u"export."_s + exporting::fileSuffix(*format)) : output;

    auto writer = createWriter(*format, path, parser.value(options.title));
    if (!writer)
        return fail(writer.error());
    if (const std::optional<Error> error = exporting::exportConversations(conversationStore, *ids, **writer))
        return fail(error.value());
    writer.value().reset();

    if (toStdout) {
        if (const std::optional<Error> error = copyToStdout(path))
            return fail(*error);
    } else {
        printNote(
            u"exported %1 conversation(s) to %2"_s.arg(ids->size()).arg(QDir::toNativeSeparators(output)));
    }
    return ExitOk;
}

} // namespace inkchat::cli
