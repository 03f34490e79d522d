#include "attachoption.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

namespace {

/// The providers whose requests carry images, in catalogue order.
QStringList imageProviderIds()
{
    QStringList ids;
    for (const provider::ProviderInfo &info : provider::providerCatalog()) {
        if (info.capabilities.takesImages)
            ids.append(info.id);
    }
    return ids;
}

} // namespace

Result<chat::Attachments> readAttachedImages(const QStringList &paths, const provider::ProviderInfo &provider)
{
    if (paths.isEmpty())
        return chat::Attachments();
    if (!provider.capabilities.takesImages)
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate(
                               "inkchat-cli", "provider '%1' sends no images; --attach needs one of: %2")
                               .arg(provider.id, imageProviderIds().join(u", "_s)));
    if (paths.size() > chat::kMaxAttachmentsPerMessage)
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate("inkchat-cli", "a message can carry up to %1 images")
                               .arg(chat::kMaxAttachmentsPerMessage));
    chat::Attachments attachments;
    for (const QString &path : paths) {
        Result<chat::Attachment> image = chat::readAttachment(path);
        if (!image)
            return image.error();
        attachments.append(std::move(image).value());
    }
    return attachments;
}

} // namespace inkchat::cli
