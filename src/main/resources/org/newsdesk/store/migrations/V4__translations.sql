-- Newsdesk library, schema version 4: translation sets.

-- The set itself is article.translation_group (there since version 1). A translation remembers which article it
-- was translated from and, per unit (headline, standfirst, body block by its stable id), the source unit it
-- translates and that unit's text at the time: the source revision the outdated check compares with.
-- source_id is not a foreign key: deleting the source keeps its translations.
CREATE TABLE translation (
    article_id  TEXT NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    source_id   TEXT NOT NULL,
    blocks_json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX translation_source ON translation (source_id);
