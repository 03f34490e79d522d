#pragma once

#include "util/error.h"

#include <QString>

namespace inkchat::exporting {

/// `path` could not be written; `reason` is the system's (or libzip's) words.
Error cannotWrite(const QString &path, const QString &reason);

/// `path` could not be opened for writing: a folder in its place, a missing
/// or read-only folder, else the system's `reason`. QSaveFile says "Unknown
/// error" when it cannot even create its temporary file, so these are named.
Error cannotOpenForWriting(const QString &path, const QString &reason);

/// The PDF engine did not start, or failed, writing `path`; `what` says
/// which, for logs.
Error pdfEngineFailed(const QString &path, const QString &what);

/// PDF needs the platform library (QtGui) and a QGuiApplication.
Error pdfNeedsGui(const QString &detail);

} // namespace inkchat::exporting
