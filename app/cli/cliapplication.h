#pragma once

#include <QCoreApplication>

#include <memory>

namespace inkchat::cli {

/// The application object for one run of inkchat-cli: a QCoreApplication,
/// unless the command exports a PDF, whose layout needs QtGui. Then it is a
/// QGuiApplication on the offscreen platform (unless QT_QPA_PLATFORM says
/// otherwise), so a PDF export works over ssh and in scripts without a
/// display. Builds without the platform library always get a
/// QCoreApplication; their PDF export fails with a clear error.
/// `argc` and `argv` must outlive the application.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace inkchat::cli
