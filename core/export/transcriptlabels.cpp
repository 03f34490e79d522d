#include "transcriptlabels.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

QString roleLabel(chat::Role role)
{
    return role == chat::Role::User ? u"You"_s : u"Assistant"_s;
}

QString displayTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString messageHeading(const chat::MessageRecord &message)
{
    QStringList parts{roleLabel(message.role)};
    if (!message.model.isEmpty())
        parts.append(message.model);
    if (const QString time = displayTime(message.createdAt); !time.isEmpty())
        parts.append(time);
    return parts.join(u" · "_s);
}

QString imageAltText(const chat::Attachment &image)
{
    const QString name = image.fileName.simplified();
    return name.isEmpty() ? u"Attached image"_s : name;
}

QString imageLeftOutNote(const chat::Attachment &image)
{
    return u"[Image not shown: %1 is not a readable PNG, JPEG, GIF or WebP image]"_s.arg(imageAltText(image));
}

QString statusMarker(const chat::MessageRecord &message)
{
    const QString reason = message.errorText.trimmed();
    switch (message.status) {
    case chat::MessageStatus::Complete:
        return {};
    case chat::MessageStatus::Streaming:
        return u"Streaming: this reply was still arriving when it was exported"_s;
    case chat::MessageStatus::Interrupted:
        return reason.isEmpty() ? u"Interrupted: this reply is incomplete"_s
                                : u"Interrupted: this reply is incomplete (%1)"_s.arg(reason);
    case chat::MessageStatus::Error:
        return reason.isEmpty() ? u"Error: this reply failed"_s : u"Error: %1"_s.arg(reason);
    case chat::MessageStatus::Pending:
        return u"Pending: this message was not sent yet"_s;
    case chat::MessageStatus::Stopped:
        return u"Stopped: this reply was stopped before it was finished"_s;
    }
    return {};
}

QString usageLine(const chat::TokenUsage &usage)
{
    QStringList parts;
    if (usage.inputTokens >= 0)
        parts.append(u"%1 in"_s.arg(usage.inputTokens));
    if (usage.outputTokens >= 0)
        parts.append(u"%1 out"_s.arg(usage.outputTokens));
    return parts.isEmpty() ? QString() : u"Tokens: "_s + parts.join(u", "_s);
}

QString seamLabel()
{
    return u"— continued —"_s;
}

QList<QStringView> seamSegments(QStringView text, const QList<int> &seams)
{
    QList<qsizetype> cuts;
    for (int seam : seams) {
        qsizetype cut = std::clamp<qsizetype>(seam, 0, text.size());
        if (cut > 0 && cut < text.size() && text[cut - 1].isHighSurrogate() && text[cut].isLowSurrogate())
            ++cut;
        cuts.append(cut);
    }
    std::sort(cuts.begin(), cuts.end());
    QList<QStringView> segments;
    qsizetype start = 0;
    for (qsizetype cut : std::as_const(cuts)) {
        segments.append(text.sliced(start, cut - start));
        start = cut;
    }
    segments.append(text.sliced(start));
    return segments;
}

} // namespace inkchat::exporting
