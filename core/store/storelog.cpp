#include "storelog.h"

namespace inkchat::store {

Q_LOGGING_CATEGORY(lcStore, "inkchat.store", QtInfoMsg)

} // namespace inkchat::store
