-- Newsdesk library, schema version 2: the review workflow.

-- Comments get a UUID so that two libraries exchanging review packages recognise the same comment, and
-- remember who last resolved or reopened them and when: the later change wins when packages are merged.
ALTER TABLE comment ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN state_changed_by TEXT;
ALTER TABLE comment ADD COLUMN state_changed_at TEXT;
-- comments written before version 2 get a random (version 4) UUID
UPDATE comment SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX comment_uuid ON comment (uuid);

-- Each workflow step points at the revision holding the text as it was then ("changes since submitted").
-- 0: not known (steps recorded before version 2).
ALTER TABLE status_change ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Incoming text a review-package import could not merge is stored as a revision marked 'open' until the
-- user settles it ('resolved'); NULL for ordinary revisions.
ALTER TABLE revision ADD COLUMN conflict TEXT;
