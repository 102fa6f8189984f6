-- Newsdesk library, schema version 5: the library's own spelling dictionary and its agreed names.

-- Words added to the dictionary ("Add to dictionary", `dictionary add`): nobody using the library sees them
-- flagged again. One row per language and word, as written.
CREATE TABLE dictionary_word (
    lang     TEXT NOT NULL,
    word     TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (lang, word)
) WITHOUT ROWID;

-- People and organisations whose names the library has agreed on.
CREATE TABLE agreed_name (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    added_at TEXT NOT NULL
);

-- The agreed spelling of a name in one language; a spelling stands for one name only.
CREATE TABLE agreed_name_spelling (
    name_id  INTEGER NOT NULL REFERENCES agreed_name (id) ON DELETE CASCADE,
    lang     TEXT NOT NULL,
    spelling TEXT NOT NULL,
    PRIMARY KEY (name_id, lang)
) WITHOUT ROWID;
CREATE UNIQUE INDEX agreed_name_spelling_text ON agreed_name_spelling (lang, spelling);

-- Known wrong ways of writing a name in a language.
CREATE TABLE agreed_name_variant (
    name_id INTEGER NOT NULL REFERENCES agreed_name (id) ON DELETE CASCADE,
    lang    TEXT NOT NULL,
    variant TEXT NOT NULL,
    PRIMARY KEY (name_id, lang, variant)
) WITHOUT ROWID;
