#include "storeaccess.h"

#include "console.h"
#include "sessiontext.h"

#include "store/conversationstore.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

Result<std::unique_ptr<store::ConversationStore>> openConversationStore(StoreUse use)
{
    const QString path = store::ConversationStore::defaultPath();
    auto opened = store::ConversationStore::open(path);
    if (!opened) {
        Error error = opened.error();
        // Phrased here, for every command that prints it. A named problem
        // says which file or folder; SQLite's own words need the file said.
        const bool namesFile = error.code != Error::Code::None && error.code != Error::Code::StoreFull
                               && error.code != Error::Code::StoreReadOnly
                               && error.code != Error::Code::StoreFailed;
        if (namesFile)
            return Error::make(error.kind, describeProblem(error), error.retryable);
        return Error::make(
            error.kind,
            QCoreApplication::translate("inkchat-cli", "cannot open the conversation store %1: %2")
                .arg(QDir::toNativeSeparators(path),
                     error.code == Error::Code::None ? error.message : error.detail),
            error.retryable);
    }
    std::unique_ptr<store::ConversationStore> conversations = std::move(opened).value();
    if (use == StoreUse::Read)
        return conversations;
    if (conversations->isReadOnly()) {
        return Error::make(Error::Kind::Unavailable,
                           QCoreApplication::translate(
                               "inkchat-cli", "the conversation store %1 can only be read (a read-only "
                                              "file, folder or filesystem, or a full disk)")
                               .arg(QDir::toNativeSeparators(path)));
    }
    // A failure here (a full disk) is the command's to report, at its own
    // first write; until then such a reply reads as interrupted anyway.
    const Result<int> recovered = conversations->recoverInterrupted();
    if (recovered && *recovered == 1)
        printNote(u"a reply cut off by a crash or kill was marked interrupted"_s);
    else if (recovered && *recovered > 1)
        printNote(u"%1 replies cut off by a crash or kill were marked interrupted"_s.arg(*recovered));
    return conversations;
}

} // namespace inkchat::cli
