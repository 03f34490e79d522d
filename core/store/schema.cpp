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

QList<Migration> migrations()
{
    return {
        {1, version1()},
        {2, version2()},
    };
}

} // namespace inkchat::store::schema
