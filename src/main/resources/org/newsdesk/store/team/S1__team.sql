-- Newsdesk team library, server schema version 1 (PostgreSQL 13 or newer).
-- Run by `newsdesk team init` as the database's owner. Everything lives in the schema "newsdesk"; people log in
-- with their own PostgreSQL login, a member of newsdesk_press_officer or newsdesk_editor. The server, not the
-- client, decides what each may do: column privileges, row-level security and SECURITY DEFINER functions.

CREATE SCHEMA newsdesk;
REVOKE ALL ON SCHEMA newsdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA newsdesk TO newsdesk_press_officer, newsdesk_editor;

CREATE TABLE newsdesk.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO newsdesk.meta (key, value) VALUES ('made_by', 'newsdesk');

-- One number for every change, in commit order: writers take one lock (newsdesk.lock_changes) before their first
-- write and hold it until they commit, so a client that has seen change n has seen every change before it.
CREATE SEQUENCE newsdesk.change_seq;

CREATE TABLE newsdesk.article (
    id          uuid PRIMARY KEY,
    status      text NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in-review', 'changes-requested', 'approved', 'published', 'archived')),
    version     bigint NOT NULL DEFAULT 1,
    content     text NOT NULL,            -- the article as Newsdesk's native JSON (its status column above rules)
    headline    text NOT NULL DEFAULT '',
    created_by  text NOT NULL DEFAULT session_user,
    updated_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    last_change uuid,                     -- the client's id for the change that wrote this version (idempotent push)
    change_seq  bigint NOT NULL DEFAULT 0
);
CREATE INDEX article_change ON newsdesk.article (change_seq);

CREATE TABLE newsdesk.revision (
    article_id uuid NOT NULL REFERENCES newsdesk.article (id) ON DELETE CASCADE,
    author     text NOT NULL,
    created_at timestamptz NOT NULL,
    note       text NOT NULL DEFAULT '',
    status     text NOT NULL,
    snapshot   text NOT NULL,
    pushed_by  text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, author, created_at)
);
CREATE INDEX revision_change ON newsdesk.revision (article_id, change_seq);

-- Written only by newsdesk.take_step: the author is always the login that took the step.
CREATE TABLE newsdesk.status_change (
    id           bigserial PRIMARY KEY,
    article_id   uuid NOT NULL REFERENCES newsdesk.article (id) ON DELETE CASCADE,
    from_status  text,
    to_status    text NOT NULL,
    author       text NOT NULL,
    at           timestamptz NOT NULL,
    note         text NOT NULL DEFAULT '',
    rev_author   text,                   -- the revision holding the text of this step (author, time)
    rev_at       timestamptz,
    change_seq   bigint NOT NULL DEFAULT 0,
    UNIQUE (article_id, author, at, to_status)
);
CREATE INDEX status_change_change ON newsdesk.status_change (article_id, change_seq);

CREATE TABLE newsdesk.comment (
    id               uuid PRIMARY KEY,
    article_id       uuid NOT NULL REFERENCES newsdesk.article (id) ON DELETE CASCADE,
    parent_id        uuid,
    author           text NOT NULL DEFAULT session_user,
    created_at       timestamptz NOT NULL,
    body             text NOT NULL,
    anchor_start     integer NOT NULL DEFAULT -1,
    anchor_end       integer NOT NULL DEFAULT -1,
    quote            text NOT NULL DEFAULT '',
    resolved         boolean NOT NULL DEFAULT false,
    state_changed_by text,
    state_changed_at timestamptz,
    change_seq       bigint NOT NULL DEFAULT 0
);
CREATE INDEX comment_change ON newsdesk.comment (article_id, change_seq);

-- Pictures, stored once by the SHA-256 of their bytes.
CREATE TABLE newsdesk.asset (
    sha256     text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    mime_type  text NOT NULL,
    width      integer NOT NULL,
    height     integer NOT NULL,
    size       bigint NOT NULL,
    data       bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX asset_change ON newsdesk.asset (change_seq);

-- Who has which article open ("Omar is editing"); each login writes only its own row.
CREATE TABLE newsdesk.presence (
    username   text PRIMARY KEY DEFAULT session_user,
    article_id uuid,
    seen_at    timestamptz NOT NULL DEFAULT now()
);

-- ---- change numbering -------------------------------------------------------------------------------------------

CREATE FUNCTION newsdesk.lock_changes() RETURNS void LANGUAGE sql AS
$$ SELECT pg_advisory_xact_lock(7242837001) $$;

CREATE FUNCTION newsdesk.stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7242837001);
    NEW.change_seq := nextval('newsdesk.change_seq');
    RETURN NEW;
END $$;

-- An article row: nobody forges who changed it or when; its version moves by one per content change.
CREATE FUNCTION newsdesk.stamp_article() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7242837001);
    NEW.change_seq := nextval('newsdesk.change_seq');
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        NEW.updated_by := session_user;
        NEW.updated_at := now();
        NEW.version := 1;
    ELSE
        NEW.id := OLD.id;
        NEW.created_by := OLD.created_by;
        IF NEW.content IS DISTINCT FROM OLD.content THEN
            NEW.updated_by := session_user;
            NEW.updated_at := now();
            NEW.version := OLD.version + 1;
        ELSE
            NEW.updated_by := OLD.updated_by;
            NEW.updated_at := OLD.updated_at;
            NEW.version := OLD.version;
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- A comment, revision or step changes its article's place in the feed, so pulling articles finds it.
CREATE FUNCTION newsdesk.touch_article() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    UPDATE newsdesk.article SET change_seq = 0 WHERE id = NEW.article_id;  -- stamp_article numbers it
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk.notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_changes', '');  -- one notification per transaction, delivered at commit
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk.notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_presence', '');
    RETURN NULL;
END $$;

CREATE TRIGGER article_stamp BEFORE INSERT OR UPDATE ON newsdesk.article
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp_article();
CREATE TRIGGER revision_stamp BEFORE INSERT OR UPDATE ON newsdesk.revision
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp();
CREATE TRIGGER status_change_stamp BEFORE INSERT OR UPDATE ON newsdesk.status_change
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp();
CREATE TRIGGER comment_stamp BEFORE INSERT OR UPDATE ON newsdesk.comment
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp();
CREATE TRIGGER asset_stamp BEFORE INSERT OR UPDATE ON newsdesk.asset
    FOR EACH ROW EXECUTE FUNCTION newsdesk.stamp();
CREATE TRIGGER revision_touch AFTER INSERT OR UPDATE ON newsdesk.revision
    FOR EACH ROW EXECUTE FUNCTION newsdesk.touch_article();
CREATE TRIGGER status_change_touch AFTER INSERT OR UPDATE ON newsdesk.status_change
    FOR EACH ROW EXECUTE FUNCTION newsdesk.touch_article();
CREATE TRIGGER comment_touch AFTER INSERT OR UPDATE ON newsdesk.comment
    FOR EACH ROW EXECUTE FUNCTION newsdesk.touch_article();
CREATE TRIGGER article_notify AFTER INSERT OR UPDATE ON newsdesk.article
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk.notify_changes();
CREATE TRIGGER asset_notify AFTER INSERT ON newsdesk.asset
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk.notify_changes();
CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON newsdesk.presence
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk.notify_presence();

-- ---- roles ------------------------------------------------------------------------------------------------------

-- The caller's role in the team: what the server says, whatever the client believes.
CREATE FUNCTION newsdesk.my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, 'newsdesk_editor', 'MEMBER') THEN 'editor'
        WHEN pg_has_role(session_user, 'newsdesk_press_officer', 'MEMBER') THEN 'press-officer'
    END
$$;

-- A workflow step, checked here and only here: the caller's group, the article's state on the server, and for a
-- press officer's archive, that they wrote the draft. Taking the same step twice (a retried push) is a no-op.
CREATE FUNCTION newsdesk.take_step(p_article uuid, p_from text, p_to text, p_note text, p_at timestamptz,
                                   p_rev_author text, p_rev_at timestamptz)
    RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    v_role   text := newsdesk.my_role();
    v_status text;
    v_action text;
    v_writer text;
BEGIN
    PERFORM newsdesk.lock_changes();
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'You are not a member of this team library.' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM newsdesk.status_change WHERE article_id = p_article AND author = session_user
               AND at = p_at AND to_status = p_to) THEN
        RETURN 'already';
    END IF;
    SELECT status INTO v_status FROM newsdesk.article WHERE id = p_article FOR UPDATE;
    IF v_status IS NULL THEN
        RAISE EXCEPTION 'The article is not in the team library.' USING ERRCODE = 'P0002';
    END IF;
    IF p_from IS NULL THEN  -- the article's creation: its first step, by whoever added it
        IF p_to <> 'draft' OR v_status <> 'draft'
           OR EXISTS (SELECT 1 FROM newsdesk.status_change WHERE article_id = p_article)
           OR (SELECT created_by FROM newsdesk.article WHERE id = p_article) <> session_user THEN
            RAISE EXCEPTION 'An article enters the team library as a draft of the person who added it.'
                USING ERRCODE = '42501';
        END IF;
        INSERT INTO newsdesk.status_change (article_id, from_status, to_status, author, at, note, rev_author, rev_at)
            VALUES (p_article, NULL, 'draft', session_user, p_at, coalesce(p_note, ''), p_rev_author, p_rev_at);
        RETURN 'taken';
    END IF;
    v_action := CASE
        WHEN p_to = 'in-review' AND p_from IN ('draft', 'changes-requested') THEN 'submit'
        WHEN p_to = 'approved' AND p_from = 'in-review' THEN 'approve'
        WHEN p_to = 'changes-requested' AND p_from IN ('in-review', 'approved') THEN 'request changes'
        WHEN p_to = 'draft' AND p_from IN ('in-review', 'changes-requested', 'approved') THEN 'send back'
        WHEN p_to = 'draft' AND p_from IN ('published', 'archived') THEN 'reopen'
        WHEN p_to = 'published' AND p_from = 'approved' THEN 'publish'
        WHEN p_to = 'archived' AND p_from <> 'archived' THEN 'archive'
    END;
    IF v_action IS NULL THEN
        RAISE EXCEPTION 'There is no workflow step from % to %.', p_from, p_to USING ERRCODE = '42501';
    END IF;
    IF v_status <> p_from THEN
        RAISE EXCEPTION 'The article is % on the team library, not %, so "%" was not applied.', v_status, p_from, v_action
            USING ERRCODE = '40001';
    END IF;
    IF v_action = 'submit' AND v_role <> 'press-officer' THEN
        RAISE EXCEPTION 'Only a press officer can submit an article for review.' USING ERRCODE = '42501';
    ELSIF v_action = 'archive' AND v_role = 'press-officer' THEN
        SELECT author INTO v_writer FROM newsdesk.status_change WHERE article_id = p_article ORDER BY id LIMIT 1;
        IF p_from <> 'draft' OR v_writer IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'A press officer can archive only their own drafts.' USING ERRCODE = '42501';
        END IF;
    ELSIF v_action NOT IN ('submit', 'archive') AND v_role <> 'editor' THEN
        RAISE EXCEPTION 'Only an editor can %.', CASE v_action WHEN 'approve' THEN 'approve an article'
            WHEN 'publish' THEN 'publish an article' WHEN 'reopen' THEN 'reopen an article'
            WHEN 'request changes' THEN 'request changes' ELSE 'send an article back to draft' END
            USING ERRCODE = '42501';
    END IF;
    IF v_action = 'request changes' AND coalesce(btrim(p_note), '') = '' THEN
        RAISE EXCEPTION 'Requesting changes needs a note saying what should change.' USING ERRCODE = '42501';
    END IF;
    UPDATE newsdesk.article SET status = p_to WHERE id = p_article;
    INSERT INTO newsdesk.status_change (article_id, from_status, to_status, author, at, note, rev_author, rev_at)
        VALUES (p_article, p_from, p_to, session_user, p_at, coalesce(p_note, ''), p_rev_author, p_rev_at);
    RETURN 'taken';
END $$;

-- ---- privileges and row-level security ---------------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA newsdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA newsdesk FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA newsdesk TO newsdesk_press_officer, newsdesk_editor;
GRANT EXECUTE ON FUNCTION newsdesk.my_role(), newsdesk.lock_changes(),
    newsdesk.take_step(uuid, text, text, text, timestamptz, text, timestamptz)
    TO newsdesk_press_officer, newsdesk_editor;

-- Articles: content only. The status column is nobody's to write but take_step's.
GRANT INSERT (id, content, headline, last_change) ON newsdesk.article TO newsdesk_press_officer, newsdesk_editor;
GRANT UPDATE (content, headline, last_change, version) ON newsdesk.article TO newsdesk_press_officer, newsdesk_editor;
ALTER TABLE newsdesk.article ENABLE ROW LEVEL SECURITY;
CREATE POLICY article_read ON newsdesk.article FOR SELECT USING (true);
CREATE POLICY article_add ON newsdesk.article FOR INSERT WITH CHECK (status = 'draft');
-- a press officer changes only drafts and articles with changes requested; an editor changes any
CREATE POLICY article_press_officer ON newsdesk.article FOR UPDATE TO newsdesk_press_officer
    USING (status IN ('draft', 'changes-requested')) WITH CHECK (status IN ('draft', 'changes-requested'));
CREATE POLICY article_editor ON newsdesk.article FOR UPDATE TO newsdesk_editor USING (true) WITH CHECK (true);

GRANT INSERT ON newsdesk.revision TO newsdesk_press_officer, newsdesk_editor;
ALTER TABLE newsdesk.revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY revision_read ON newsdesk.revision FOR SELECT USING (true);
CREATE POLICY revision_add ON newsdesk.revision FOR INSERT WITH CHECK (pushed_by = session_user);

-- Comments: written in one's own name; anyone resolves or reopens a thread, in their own name.
GRANT INSERT ON newsdesk.comment TO newsdesk_press_officer, newsdesk_editor;
GRANT UPDATE (resolved, state_changed_by, state_changed_at) ON newsdesk.comment TO newsdesk_press_officer, newsdesk_editor;
ALTER TABLE newsdesk.comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON newsdesk.comment FOR SELECT USING (true);
CREATE POLICY comment_add ON newsdesk.comment FOR INSERT WITH CHECK (author = session_user);
CREATE POLICY comment_state ON newsdesk.comment FOR UPDATE USING (true) WITH CHECK (state_changed_by = session_user);

GRANT INSERT ON newsdesk.asset TO newsdesk_press_officer, newsdesk_editor;

GRANT INSERT, UPDATE, DELETE ON newsdesk.presence TO newsdesk_press_officer, newsdesk_editor;
ALTER TABLE newsdesk.presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY presence_read ON newsdesk.presence FOR SELECT USING (true);
CREATE POLICY presence_own ON newsdesk.presence FOR ALL USING (username = session_user)
    WITH CHECK (username = session_user);
