#pragma once

#include <QList>
#include <QStringList>

namespace inkchat::store::schema {

/// The schema version this code reads and writes, kept in PRAGMA user_version.
/// A file with a higher version was written by a newer Inkchat and is refused.
inline constexpr int kCurrentVersion = 8;

/// One step of the schema's history: the statements that take a database
/// from `version - 1` to `version`, run in one transaction. Steps are
/// history: a released step is never edited, a change is a new step.
struct Migration
{
    int version = 0;
    QStringList statements;
};

/// v1: the conversations and messages tables.
QStringList version1();
/// v2: an FTS5 index over message text, kept in sync by triggers and filled
/// from the rows already stored.
QStringList version2();
/// v3: a streaming reply grows by appended chunks (message_chunks) instead
/// of being rewritten at each checkpoint; the search index reads a
/// message's text with its chunks and takes a reply's text when it stops
/// streaming.
QStringList version3();
/// v4: a conversation keeps the model its replies are asked of and how
/// (temperature, maximum output tokens, reasoning effort).
QStringList version4();
/// v5: a conversation can be pinned to the top of the list.
QStringList version5();
/// v6: a conversation is a tree of messages (each has a parent; siblings
/// are versions of one turn) showing the branch to its active leaf.
QStringList version6();
/// v7: a message keeps the images sent with it (message_attachments), each
/// at most chat::kMaxAttachmentBytes.
QStringList version7();
/// v8: a reply keeps why it ended early as core named it (messages.error),
/// beside the English of error_text.
QStringList version8();

/// Every step, oldest first; the last one's version is kCurrentVersion.
QList<Migration> migrations();

} // namespace inkchat::store::schema
