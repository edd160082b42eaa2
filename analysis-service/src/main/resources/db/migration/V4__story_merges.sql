-- Stories merged into another when an article showed them to be one event. The merged story is gone; its id
-- keeps answering with the story it went into (one hop: a chain of merges is kept pointing at the survivor).
CREATE TABLE story_merge (
    from_id   uuid PRIMARY KEY,
    into_id   uuid        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    merged_at timestamptz NOT NULL
);

CREATE INDEX story_merge_into_idx ON story_merge (into_id);
