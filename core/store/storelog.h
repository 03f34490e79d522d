#pragma once

#include <QLoggingCategory>

namespace inkchat::store {

/// The store's logging category, "inkchat.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace inkchat::store
