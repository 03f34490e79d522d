#include "conversationimporter.h"

#include "chatgptimport.h"
#include "importsink.h"
#include "jsonimport.h"
#include "store/conversationstore.h"
#include "store/importtransaction.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// Writes what an importer reads into an ImportTransaction and counts it.
class StoreSink : public ImportSink
{
public:
    explicit StoreSink(store::ImportTransaction &transaction) : m_transaction(transaction) {}

    std::optional<Error> beginConversation() override
    {
        m_transaction.beginConversation();
        return std::nullopt;
    }

    std::optional<Error> addMessage(const chat::ConversationRecord &readSoFar,
                                    chat::MessageRecord message) override
    {
        return m_transaction.addMessage(readSoFar, std::move(message));
    }

    std::optional<Error> endConversation(const chat::ConversationRecord &conversation) override
    {
        const Result<store::ImportOutcome> outcome = m_transaction.endConversation(conversation);
        if (!outcome) {
            if (outcome.error().kind != Error::Kind::Usage)
                return outcome.error();
            m_summary.leftOut.append({conversation.title, outcome.error()});
        } else if (outcome->alreadyStored) {
            ++m_summary.alreadyStored;
        } else {
            ++m_summary.conversations;
            m_summary.messages += outcome->importedMessages;
        }
        return std::nullopt;
    }

    ImportSummary summary() const { return m_summary; }

private:
    store::ImportTransaction &m_transaction;
    ImportSummary m_summary;
};

} // namespace

std::optional<ImportFormat> detectImportFormat(QIODevice &device)
{
    const QByteArray start = device.peek(64 * 1024);
    QByteArrayView rest(start);
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

Result<ImportSummary> importConversations(QIODevice &device, store::ConversationStore &store,
                                          std::optional<ImportFormat> format, const ImportLimits &limits)
{
    if (auto error = checkSizeWithinLimit(device, limits))
        return *error; // before taking the store's write lock
    if (!format)
        format = detectImportFormat(device);
    if (!format)
        return Error::coded(Error::Kind::Protocol, Error::Code::ImportNotRecognised, {},
                            u"It is neither an Inkchat JSON export nor a ChatGPT conversations.json."_s);
    Result<std::unique_ptr<store::ImportTransaction>> transaction = store.beginImport();
    if (!transaction)
        return transaction.error();
    StoreSink sink(**transaction);
    const std::optional<Error> error = *format == ImportFormat::Inkchat
                                           ? importTranscriptJson(device, sink, limits)
                                           : importChatGptExport(device, sink, limits);
    if (error)
        return *error; // the transaction rolls back
    if (auto commitError = (*transaction)->commit())
        return *commitError;
    return sink.summary();
}

} // namespace inkchat::exporting
