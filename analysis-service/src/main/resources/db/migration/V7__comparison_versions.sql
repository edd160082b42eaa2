-- A story's comparison is rebuilt after its articles are placed, outside the assignment lock and under a lock of
-- its own. Each placement bumps the story's version; a rebuild records the version it saw. A story whose comparison
-- is older than its version (a rebuild that failed, or one that has not run yet) is rebuilt by the repair job.
ALTER TABLE story ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE story ADD COLUMN comparison_version bigint NOT NULL DEFAULT 0;
CREATE INDEX story_stale_idx ON story (updated_at) WHERE comparison_version < version;
