-- The story list pages by (last_published DESC, id DESC): an index in exactly that order serves a page without
-- sorting the whole table.
DROP INDEX story_last_published_idx;
CREATE INDEX story_list_idx ON story (last_published DESC, id DESC);
