#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace inkchat::app {

/// What went wrong, in the user's language: core names a problem
/// (Error::code and its values) and the app says it here with tr().
/// (inkchat-cli says the same in app/cli/problemtext.h.)
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    /// In the app's words where core named it, else the detail core or the
    /// server gave (Error::message).
    static QString of(const Error &error);

private:
    /// of() a file that is no transcript or export, or no image.
    static QString fileProblem(const Error &error);
    /// of() a conversation, message or keychain that cannot be used.
    static QString storeProblem(const Error &error);
    /// of() a provider's stream or protocol that went wrong.
    static QString streamProblem(const Error &error);
};

} // namespace inkchat::app
