-- Newsdesk team library, server schema version 2: a trash shared by the team.
-- Moving an article to the trash, restoring it and purging it (emptying the trash) are taken through functions
-- that check the caller's group here, as workflow steps are: a press officer trashes, restores and purges only
-- what they may change (drafts and articles with changes requested); an editor any article. Nobody writes the
-- columns directly. A purged article leaves a tombstone in the change feed, so every laptop deletes it too.

ALTER TABLE newsdesk.article ADD COLUMN trashed_at timestamptz;
ALTER TABLE newsdesk.article ADD COLUMN trashed_by text;

CREATE TABLE newsdesk.purged (
    id         uuid PRIMARY KEY,
    purged_by  text NOT NULL DEFAULT session_user,
    purged_at  timestamptz NOT NULL DEFAULT now(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX purged_change ON newsdesk.purged (change_seq);
CREATE TRIGGER purged_stamp BEFORE INSERT OR UPDATE ON newsdesk.purged
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp();
CREATE TRIGGER purged_notify AFTER INSERT ON newsdesk.purged
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk.notify_changes();
REVOKE ALL ON newsdesk.purged FROM PUBLIC;
GRANT SELECT ON newsdesk.purged TO newsdesk_press_officer, newsdesk_editor;

-- Whether the caller may trash, restore or purge an article in this status (the rule of the update policies).
CREATE FUNCTION newsdesk.may_trash(p_status text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog AS $$
    SELECT CASE newsdesk.my_role()
        WHEN 'editor' THEN true
        WHEN 'press-officer' THEN p_status IN ('draft', 'changes-requested')
        ELSE false
    END
$$;

-- Moves the article to the trash (p_trash) or back out of it. The same move twice (a retried push) is a no-op.
CREATE FUNCTION newsdesk.trash(p_article uuid, p_trash boolean) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog AS $$
DECLARE
    v_status  text;
    v_trashed timestamptz;
BEGIN
    PERFORM newsdesk.lock_changes();
    IF newsdesk.my_role() IS NULL THEN
        RAISE EXCEPTION 'You are not a member of this team library.' USING ERRCODE = '42501';
    END IF;
    SELECT status, trashed_at INTO v_status, v_trashed FROM newsdesk.article WHERE id = p_article FOR UPDATE;
    IF v_status IS NULL THEN
        IF EXISTS (SELECT 1 FROM newsdesk.purged WHERE id = p_article) THEN
            RETURN 'purged';
        END IF;
        RAISE EXCEPTION 'The article is not in the team library.' USING ERRCODE = 'P0002';
    END IF;
    IF (v_trashed IS NOT NULL) = p_trash THEN
        RETURN 'already';
    END IF;
    IF NOT newsdesk.may_trash(v_status) THEN
        RAISE EXCEPTION 'A press officer can % only drafts and articles with changes requested; this one is %.',
            CASE WHEN p_trash THEN 'move to the trash' ELSE 'restore from the trash' END, v_status
            USING ERRCODE = '42501';
    END IF;
    UPDATE newsdesk.article SET trashed_at = CASE WHEN p_trash THEN now() END,
        trashed_by = CASE WHEN p_trash THEN session_user END WHERE id = p_article;
    RETURN 'done';
END $$;

-- Deletes a trashed article for good, with its revisions, steps and comments, and leaves its tombstone.
CREATE FUNCTION newsdesk.purge(p_article uuid) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog AS $$
DECLARE
    v_status  text;
    v_trashed timestamptz;
BEGIN
    PERFORM newsdesk.lock_changes();
    IF newsdesk.my_role() IS NULL THEN
        RAISE EXCEPTION 'You are not a member of this team library.' USING ERRCODE = '42501';
    END IF;
    SELECT status, trashed_at INTO v_status, v_trashed FROM newsdesk.article WHERE id = p_article FOR UPDATE;
    IF v_status IS NULL THEN
        RETURN 'already';
    END IF;
    IF v_trashed IS NULL THEN
        RAISE EXCEPTION 'The article is not in the trash of the team library, so it was not deleted.'
            USING ERRCODE = '42501';
    END IF;
    IF NOT newsdesk.may_trash(v_status) THEN
        RAISE EXCEPTION 'A press officer can delete for good only drafts and articles with changes requested; this one is %.',
            v_status USING ERRCODE = '42501';
    END IF;
    DELETE FROM newsdesk.article WHERE id = p_article;
    INSERT INTO newsdesk.purged (id) VALUES (p_article) ON CONFLICT (id) DO NOTHING;
    RETURN 'done';
END $$;

REVOKE ALL ON FUNCTION newsdesk.may_trash(text), newsdesk.trash(uuid, boolean), newsdesk.purge(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION newsdesk.trash(uuid, boolean), newsdesk.purge(uuid)
    TO newsdesk_press_officer, newsdesk_editor;
