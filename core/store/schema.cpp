#include "schema.h"

using namespace Qt::StringLiterals;

namespace inkchat::store::schema {

// Times are INTEGER milliseconds since the epoch, UTC: exact, compact and
// ordered. Role and status are the stable names from chat/records.h, so the
// file reads well in the sqlite3 shell and exports need no mapping. Ids are
// AUTOINCREMENT so a deleted id is never given again: a script's
// `--conversation 12`, or a view still showing 12, must never reach another
// conversation.
QStringList version1()
{
    return {
        uR"(CREATE TABLE conversations (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                uuid          TEXT    NOT NULL UNIQUE,
                title         TEXT    NOT NULL DEFAULT '',
                system_prompt TEXT    NOT NULL DEFAULT '',
                created_at    INTEGER NOT NULL,
                updated_at    INTEGER NOT NULL
            ))"_s,
        uR"(CREATE INDEX conversations_by_update ON conversations (updated_at DESC, id DESC))"_s,
        uR"(CREATE TABLE messages (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                uuid            TEXT    NOT NULL UNIQUE,
                conversation_id INTEGER NOT NULL
                                REFERENCES conversations (id) ON DELETE CASCADE,
                position        INTEGER NOT NULL,
                role            TEXT    NOT NULL,
                text            TEXT    NOT NULL DEFAULT '',
                provider        TEXT    NOT NULL DEFAULT '',
                model           TEXT    NOT NULL DEFAULT '',
                endpoint        TEXT    NOT NULL DEFAULT '',
                created_at      INTEGER NOT NULL,
                updated_at      INTEGER NOT NULL,
                input_tokens    INTEGER NOT NULL DEFAULT -1,
                output_tokens   INTEGER NOT NULL DEFAULT -1,
                status          TEXT    NOT NULL,
                error_text      TEXT    NOT NULL DEFAULT '',
                seams           TEXT    NOT NULL DEFAULT '[]',
                UNIQUE (conversation_id, position)
            ))"_s,
        // Start-up looks for replies left streaming and messages left pending.
        uR"(CREATE INDEX messages_unfinished ON messages (status)
                WHERE status IN ('streaming', 'pending'))"_s,
    };
}

// An external-content index: the text lives once, in messages; the index
// holds only tokens. 'remove_diacritics 2' makes "uber" find "über" and
// folds case for all of Unicode, not just ASCII. The delete command must be
// given the old text, which is why the triggers pass old.text.
QStringList version2()
{
    return {
        uR"(CREATE VIRTUAL TABLE message_search USING fts5 (
                text,
                content = 'messages',
                content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'
            ))"_s,
        uR"(CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
                INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
            END)"_s,
        uR"(CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN
                INSERT INTO message_search (message_search, rowid, text)
                    VALUES ('delete', old.id, old.text);
            END)"_s,
        uR"(CREATE TRIGGER message_search_update AFTER UPDATE OF text ON messages BEGIN
                INSERT INTO message_search (message_search, rowid, text)
                    VALUES ('delete', old.id, old.text);
                INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
            END)"_s,
        uR"(INSERT INTO message_search (message_search) VALUES ('rebuild'))"_s,
    };
}

// Rewriting a growing reply at every checkpoint made storing it quadratic
// (a 4 MiB reply wrote 9.1 GiB). A checkpoint now inserts one chunk row, and
// a message's text is its own text followed by its chunks, in id order.
//
// The index holds what message_search_content says: a streaming reply's own
// text only, any other message's text with its chunks. So a checkpoint never
// touches the index, and a reply is indexed once, when its status leaves
// 'streaming' (the update triggers). The triggers read that view, so the
// 'delete' command always gets exactly the text that was indexed: the old
// row before an update or delete, the new row after. Chunks change only
// while their message streams (the chunk guards), which keeps the view's
// text for other messages what the index holds.
//
// group_concat() follows the order of an ordered subquery it reads.
QStringList version3()
{
    return {
        uR"(CREATE TABLE message_chunks (
                id         INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
                text       TEXT    NOT NULL,
                written_at INTEGER NOT NULL
            ))"_s,
        uR"(CREATE INDEX message_chunks_by_message ON message_chunks (message_id))"_s,
        uR"(CREATE TRIGGER message_chunks_insert_guard BEFORE INSERT ON message_chunks
                WHEN NOT EXISTS (SELECT 1 FROM messages
                                 WHERE id = new.message_id AND status = 'streaming')
            BEGIN
                SELECT RAISE(ABORT, 'text is appended only to a streaming message');
            END)"_s,
        uR"(CREATE TRIGGER message_chunks_delete_guard BEFORE DELETE ON message_chunks
                WHEN EXISTS (SELECT 1 FROM messages
                             WHERE id = old.message_id AND status <> 'streaming')
            BEGIN
                SELECT RAISE(ABORT, 'the text of a message that is not streaming is kept');
            END)"_s,
        uR"(DROP TRIGGER message_search_insert)"_s,
        uR"(DROP TRIGGER message_search_delete)"_s,
        uR"(DROP TRIGGER message_search_update)"_s,
        uR"(DROP TABLE message_search)"_s,
        uR"(CREATE VIEW message_search_content (id, text) AS
                SELECT m.id,
                       CASE WHEN m.status = 'streaming' THEN m.text
                            ELSE m.text || COALESCE((SELECT group_concat(k.text, '')
                                                     FROM (SELECT text FROM message_chunks
                                                           WHERE message_id = m.id
                                                           ORDER BY id) k), '')
                       END
                FROM messages m)"_s,
        uR"(CREATE VIRTUAL TABLE message_search USING fts5 (
                text,
                content = 'message_search_content',
                content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'
            ))"_s,
        uR"(CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
                INSERT INTO message_search (rowid, text)
                    SELECT id, text FROM message_search_content WHERE id = new.id;
            END)"_s,
        // BEFORE: the chunks are still there (ON DELETE CASCADE removes
        // them before AFTER triggers run).
        uR"(CREATE TRIGGER message_search_delete BEFORE DELETE ON messages BEGIN
                INSERT INTO message_search (message_search, rowid, text)
                    SELECT 'delete', id, text FROM message_search_content WHERE id = old.id;
            END)"_s,
        uR"(CREATE TRIGGER message_search_unindex BEFORE UPDATE OF text, status ON messages
                WHEN new.text IS NOT old.text
                     OR (new.status = 'streaming') IS NOT (old.status = 'streaming')
            BEGIN
                INSERT INTO message_search (message_search, rowid, text)
                    SELECT 'delete', id, text FROM message_search_content WHERE id = old.id;
            END)"_s,
        uR"(CREATE TRIGGER message_search_reindex AFTER UPDATE OF text, status ON messages
                WHEN new.text IS NOT old.text
                     OR (new.status = 'streaming') IS NOT (old.status = 'streaming')
            BEGIN
                INSERT INTO message_search (rowid, text)
                    SELECT id, text FROM message_search_content WHERE id = new.id;
            END)"_s,
        uR"(INSERT INTO message_search (message_search) VALUES ('rebuild'))"_s,
    };
}

// NULL for a value the conversation leaves to the provider: 0 is a
// temperature like any other. '' for no model or effort, as for the other
// text columns. Existing conversations get the defaults: asked as before.
QStringList version4()
{
    return {
        uR"(ALTER TABLE conversations ADD COLUMN model TEXT NOT NULL DEFAULT '')"_s,
        uR"(ALTER TABLE conversations ADD COLUMN temperature REAL)"_s,
        uR"(ALTER TABLE conversations ADD COLUMN max_output_tokens INTEGER)"_s,
        uR"(ALTER TABLE conversations ADD COLUMN reasoning_effort TEXT NOT NULL DEFAULT '')"_s,
    };
}

// 0 or 1. The list reads pinned ones first, each group most recently
// active first, so the index covers that order.
QStringList version5()
{
    return {
        uR"(ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0)"_s,
        uR"(CREATE INDEX conversations_by_pin ON conversations (pinned DESC, updated_at DESC, id DESC))"_s,
    };
}

// A conversation is a tree of messages, like ChatGPT's export mapping: each
// message follows its parent, and messages with the same parent are versions
// of one turn (a reply asked for again, a question edited and sent again).
// The conversation shows the branch that ends at its active leaf. Earlier
// files held one line of messages: each follows the one before it, and the
// last is the leaf. Parents are set when a message is inserted, to a message
// stored before it, so a parent's position is always smaller and the tree
// has no cycles.
//
// Deleting a message (a failed reply asked for again) hands its children to
// its parent, and the leaf moves up with it.
QStringList version6()
{
    return {
        uR"(ALTER TABLE messages ADD COLUMN parent_id INTEGER)"_s,
        uR"(ALTER TABLE conversations ADD COLUMN active_leaf_id INTEGER)"_s,
        uR"(UPDATE messages SET parent_id =
                (SELECT p.id FROM messages p
                 WHERE p.conversation_id = messages.conversation_id AND p.position < messages.position
                 ORDER BY p.position DESC LIMIT 1))"_s,
        uR"(UPDATE conversations SET active_leaf_id =
                (SELECT m.id FROM messages m WHERE m.conversation_id = conversations.id
                 ORDER BY m.position DESC LIMIT 1))"_s,
        uR"(CREATE INDEX messages_by_parent ON messages (conversation_id, parent_id))"_s,
        uR"(CREATE TRIGGER messages_relink BEFORE DELETE ON messages BEGIN
                UPDATE messages SET parent_id = old.parent_id
                    WHERE conversation_id = old.conversation_id AND parent_id = old.id;
                UPDATE conversations SET active_leaf_id = old.parent_id
                    WHERE id = old.conversation_id AND active_leaf_id = old.id;
            END)"_s,
    };
}

// Images live in a table of their own, as BLOBs: a message's row stays
// small for lists, search and exports of text, and an image is read only
// with its message. The size check repeats chat::kMaxAttachmentBytes (5 MiB)
// so no writer, however it was built, stores more. Deleting a message
// deletes its images.
QStringList version7()
{
    return {
        uR"(CREATE TABLE message_attachments (
                id         INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                mime_type  TEXT    NOT NULL,
                file_name  TEXT    NOT NULL DEFAULT '',
                data       BLOB    NOT NULL CHECK (length(data) <= 5242880),
                UNIQUE (message_id, position)
            ))"_s,
    };
}

// Why a reply ended early was kept only in the English of the program
// that saw it (error_text), so after a restart it read in English whatever
// the user's language. messages.error keeps it as core named it (see
// storederror.h); error_text stays for exports and earlier versions' rows.
QStringList version8()
{
    return {
        uR"(ALTER TABLE messages ADD COLUMN error TEXT NOT NULL DEFAULT '')"_s,
    };
}

QList<Migration> migrations()
{
    return {
        {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
        {5, version5()}, {6, version6()}, {7, version7()}, {8, version8()},
    };
}

} // namespace inkchat::store::schema
