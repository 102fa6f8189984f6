-- Newsdesk library, schema version 1: articles, tags, revisions, workflow history, comments, assets, search.

-- seq orders articles by last change: it is renumbered on every save so that the full-text index,
-- which walks rowids in order for free, can list newest-first matches without sorting them.
-- Small columns first, the long texts last: a list, a filter (status, language, trash) or a search result
-- reads the start of each row, and SQLite only walks a long row's overflow pages up to the last column it
-- needs, so 10 KB of body no longer sits between a row and its status.
CREATE TABLE article (
    seq               INTEGER PRIMARY KEY,
    id                TEXT    NOT NULL UNIQUE,
    lang              TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'draft',
    deleted_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    article_date      TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    embargo           TEXT,
    slug              TEXT    NOT NULL,
    translation_group TEXT    NOT NULL,
    featured_asset    TEXT,
    tags_text         TEXT    NOT NULL DEFAULT '',
    headline          TEXT    NOT NULL DEFAULT '',
    dateline          TEXT    NOT NULL DEFAULT '',
    byline            TEXT    NOT NULL DEFAULT '',
    standfirst        TEXT    NOT NULL DEFAULT '',
    body_text         TEXT    NOT NULL DEFAULT '',
    body_json         TEXT    NOT NULL,
    UNIQUE (lang, slug)
);
-- Every column a search filters on, keyed by seq (the full-text rowid): a search checks each match
-- against this index (~70 bytes an article) instead of reading the article's 10 KB row. The search query
-- names it (INDEXED BY article_search); the planner would otherwise look the row up by seq.
CREATE INDEX article_search ON article (seq, deleted_at, status, lang, article_date, id);
CREATE INDEX article_status ON article (status, seq);
CREATE INDEX article_lang ON article (lang, seq);
CREATE INDEX article_date ON article (article_date);
CREATE INDEX article_group ON article (translation_group);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tag (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tag_by_tag ON article_tag (tag_id, article_id);

-- A rowid table, not WITHOUT ROWID: a snapshot is a whole article (~5 KB of JSON), and a WITHOUT ROWID
-- b-tree keeps whole rows in its interior pages too, so few fit per page and every insert and lookup
-- walks a deep tree. Here rows are appended and the (article_id, number) key lives in a small index.
CREATE TABLE revision (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    author     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL,
    snapshot   TEXT    NOT NULL,
    PRIMARY KEY (article_id, number)
);

CREATE TABLE status_change (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status  TEXT NOT NULL,
    author     TEXT NOT NULL,
    at         TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_change_article ON status_change (article_id, id);

CREATE TABLE comment (
    id         INTEGER PRIMARY KEY,
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES comment (id) ON DELETE CASCADE,
    author     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    anchor_start INTEGER NOT NULL DEFAULT -1,
    anchor_end   INTEGER NOT NULL DEFAULT -1,
    quote      TEXT    NOT NULL DEFAULT '',
    resolved   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comment_article ON comment (article_id, id);

CREATE TABLE asset (
    sha256     TEXT PRIMARY KEY,
    mime_type  TEXT    NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB    NOT NULL,
    created_at TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- External-content index: the text lives once, in article; the store keeps both in one transaction.
CREATE VIRTUAL TABLE article_fts USING fts5 (
    headline, standfirst, body_text, tags_text,
    content = 'article', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Keep up to 16 MB of new index entries in memory before writing a segment (default 1 MB): an import of
-- many articles in one transaction then writes a few large segments instead of hundreds of small ones
-- that FTS5 must merge again and again. Normal saves commit one article at a time and never reach it.
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 16777216);
