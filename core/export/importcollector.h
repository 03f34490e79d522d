#pragma once

#include "importedconversation.h"
#include "importlimits.h"
#include "importsink.h"
#include "util/result.h"

#include <QBuffer>
#include <QList>

namespace inkchat::exporting {

/// An ImportSink that keeps everything in a list: for tests, fuzzers and
/// small files; the store imports without holding the file
/// (ConversationImporter).
class ImportCollector : public ImportSink
{
public:
    std::optional<Error> beginConversation() override;
    std::optional<Error> addMessage(const chat::ConversationRecord &readSoFar,
                                    chat::MessageRecord message) override;
    std::optional<Error> endConversation(const chat::ConversationRecord &conversation) override;

    QList<ImportedConversation> takeConversations() { return std::move(m_conversations); }

private:
    QList<ImportedConversation> m_conversations;
};

/// What `import(device, sink, limits)` reads from `device`, as a list.
template <typename Import>
Result<QList<ImportedConversation>> collectImport(QIODevice &device, const ImportLimits &limits,
                                                  Import import)
{
    ImportCollector collector;
    if (std::optional<Error> error = import(device, collector, limits))
        return *error;
    return collector.takeConversations();
}

/// As collectImport(), reading `json`.
template <typename Import>
Result<QList<ImportedConversation>> collectImport(const QByteArray &json, const ImportLimits &limits,
                                                  Import import)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    return collectImport(device, limits, import);
}

} // namespace inkchat::exporting
