#include "storageproblemtext.h"

#include <QCoreApplication>

namespace inkchat::cli {

std::optional<QString> describeStorageProblem(const Error &error)
{
    const QString at = error.subject;
    switch (error.code) {
    case Error::Code::FileUnreadable:
        return QCoreApplication::translate("inkchat-cli", "Cannot read the file: %1").arg(error.detail);
    case Error::Code::ImportTooDeep:
        return QCoreApplication::translate("inkchat-cli", "Not valid JSON: nested deeper than %1 levels.")
            .arg(at);
    case Error::Code::ImportInvalidJson:
        return QCoreApplication::translate("inkchat-cli", "Not valid JSON.");
    case Error::Code::FieldNotBoolean:
        return QCoreApplication::translate("inkchat-cli",
                                           "Not a valid Inkchat transcript: %1: must be true or false.")
            .arg(at);
    case Error::Code::ImportMessageElsewhere:
        return QCoreApplication::translate("inkchat-cli",
                                           "its message %1 is stored already in another conversation")
            .arg(at);
    case Error::Code::TooManyImages:
        return QCoreApplication::translate("inkchat-cli",
                                           "A message can carry up to %1 images; this one has %2.")
            .arg(error.values.value(0), at);
    case Error::Code::NoSuchConversation:
        return QCoreApplication::translate("inkchat-cli", "There is no conversation with id %1.").arg(at);
    case Error::Code::NoSuchMessage:
        return QCoreApplication::translate("inkchat-cli", "There is no message with id %1.").arg(at);
    case Error::Code::NoPendingMessage:
        return QCoreApplication::translate("inkchat-cli", "There is no pending message with id %1.").arg(at);
    case Error::Code::NoSuchMessageVersion:
        return QCoreApplication::translate("inkchat-cli", "Message %1 has no version %2.")
            .arg(at, error.values.value(0));
    case Error::Code::StoreFull:
        return QCoreApplication::translate("inkchat-cli", "the disk is full: %1").arg(error.detail);
    case Error::Code::StoreReadOnly:
        return QCoreApplication::translate("inkchat-cli", "the conversation store is read-only: %1")
            .arg(error.detail);
    case Error::Code::StoreFailed:
        return QCoreApplication::translate("inkchat-cli", "the conversation store failed: %1")
            .arg(error.detail);
    case Error::Code::ExportPdfEngineFailed:
        return QCoreApplication::translate("inkchat-cli", "Cannot write %1: the PDF engine failed").arg(at);
    default:
        return std::nullopt;
    }
}

} // namespace inkchat::cli
