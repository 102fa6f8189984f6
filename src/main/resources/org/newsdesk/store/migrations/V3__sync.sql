-- Newsdesk library: bookkeeping for a team library (sync with a PostgreSQL server). Additive: a library that
-- never joins a team only carries three small tables and triggers that do nothing (sync_control.team = 0).

-- One row. team: this library is the working copy of a team library; applying: a pull is writing what the
-- server sent, which must not be pushed back.
CREATE TABLE sync_control (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    team     INTEGER NOT NULL DEFAULT 0,
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_control (id) VALUES (1);

-- What changed here since it was last pushed: one row per thing (an article's content, a revision, a workflow
-- step, a comment, a picture). change_id is new on every change, so a push retried after a cut connection is
-- recognised by the server as the same change (idempotent) and a change made during a push is not lost.
CREATE TABLE sync_outbox (
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    change_id TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Per article: the server's version this copy builds on, and the article as the server had it then (the common
-- base of a three-way merge when both sides changed it).
CREATE TABLE sync_article (
    article_id     TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL,
    base           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER sync_article_added AFTER INSERT ON article
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('article', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_article_changed AFTER UPDATE OF version ON article
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('article', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_revision_added AFTER INSERT ON revision
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('revision', NEW.article_id || '/' || NEW.number, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_step_added AFTER INSERT ON status_change
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('step', printf('%020d', NEW.id), lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_comment_added AFTER INSERT ON comment
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('comment', NEW.uuid, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_comment_state AFTER UPDATE OF resolved, state_changed_by, state_changed_at ON comment
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('comment', NEW.uuid, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_asset_added AFTER INSERT ON asset
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('asset', NEW.sha256, lower(hex(randomblob(16))));
END;
