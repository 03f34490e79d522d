#pragma once

#include "chat/attachment.h"
#include "provider/providercatalog.h"
#include "util/result.h"

#include <QStringList>

namespace inkchat::cli {

/// The images of `--attach FILE`s for an endpoint of `provider`, each read
/// and checked before anything is sent: a file that cannot be read, is no
/// image or is too large, too many of them, or a provider that reads no
/// images, is an Error naming the cause (a usage error for the CLI).
Result<chat::Attachments> readAttachedImages(const QStringList &paths,
                                             const provider::ProviderInfo &provider);

} // namespace inkchat::cli
