-- Near-duplicate detection: a MinHash signature per article and its LSH band keys (16 per article).
ALTER TABLE article ADD COLUMN minhash bytea;

CREATE TABLE article_band (
    band_key   bigint NOT NULL,
    article_id uuid   NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE INDEX article_band_key_idx ON article_band (band_key);

-- RSS/Atom feeds polled on schedule, and the entries already taken from each (so each is ingested once).
CREATE TABLE feed (
    id             uuid PRIMARY KEY,
    url            varchar(2048) NOT NULL UNIQUE,
    source         varchar(200)  NOT NULL,
    poll_seconds   integer       NOT NULL,
    etag           varchar(500),
    last_modified  varchar(100),
    status         varchar(16)   NOT NULL,
    failures       integer       NOT NULL DEFAULT 0,
    last_error     varchar(1000),
    last_polled_at timestamptz,
    next_poll_at   timestamptz   NOT NULL,
    entries_seen   integer       NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL
);

CREATE INDEX feed_due_idx ON feed (next_poll_at);

CREATE TABLE feed_entry (
    feed_id    uuid          NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    entry_key  varchar(2048) NOT NULL,
    article_id uuid,
    error      varchar(1000),
    seen_at    timestamptz   NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);
