-- Newsdesk library: a team library's trash is the team's. Moving an article to the trash or out of it, and deleting
-- it for good (emptying the trash), are recorded as changes to push, like saves (a library that is not a team
-- library records nothing: sync_control.team = 0).
CREATE TRIGGER sync_article_trashed AFTER UPDATE OF deleted_at ON article
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1)
        AND (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
    INSERT OR REPLACE INTO sync_outbox VALUES ('trash', NEW.id, lower(hex(randomblob(16))));
END;
CREATE TRIGGER sync_article_purged AFTER DELETE ON article
    WHEN (SELECT team AND NOT applying FROM sync_control WHERE id = 1) AND OLD.deleted_at IS NOT NULL
BEGIN
    DELETE FROM sync_outbox WHERE kind = 'trash' AND key = OLD.id;
    INSERT OR REPLACE INTO sync_outbox VALUES ('purge', OLD.id, lower(hex(randomblob(16))));
END;
