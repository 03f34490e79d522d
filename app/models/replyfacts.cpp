#include "replyfacts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::app {

QString replyFacts(const chat::MessageRecord &message)
{
    // Said when the provider reported what the reply cost; the model alone
    // is only what was asked for when the server says nothing (the demo).
    if (message.role != chat::Role::Assistant || message.status == chat::MessageStatus::Streaming
        || (message.usage.inputTokens < 0 && message.usage.outputTokens < 0))
        return {};
    const QLocale locale;
    QStringList facts;
    if (!message.model.isEmpty())
        facts.append(message.model);
    if (message.usage.inputTokens >= 0) {
        facts.append(QCoreApplication::translate("ReplyFacts", "%1 in", "tokens sent to the model")
                         .arg(locale.toString(message.usage.inputTokens)));
    }
    if (message.usage.outputTokens >= 0) {
        facts.append(QCoreApplication::translate("ReplyFacts", "%1 out", "tokens the model wrote")
                         .arg(locale.toString(message.usage.outputTokens)));
    }
    return facts.join(u" · "_s);
}

} // namespace inkchat::app
