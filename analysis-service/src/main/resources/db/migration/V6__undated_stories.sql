-- An article whose date is unknown no longer gets "now": a story of undated articles only has no published range.
-- Such stories are candidates for every article (an unknown date may be any date), most recently updated first.
CREATE INDEX story_undated_idx ON story (updated_at DESC) WHERE first_published IS NULL;
