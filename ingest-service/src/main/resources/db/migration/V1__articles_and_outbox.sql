-- Articles as ingest stores them, and the outbox that hands each one to analysis at least once.
CREATE TABLE article (
    id             uuid PRIMARY KEY,
    source         varchar(200)  NOT NULL,
    url            varchar(2048),
    url_key        varchar(2048) UNIQUE,
    title          varchar(1000),
    byline         varchar(300),
    published_at   timestamptz,
    language       varchar(16),
    text           text          NOT NULL,
    text_hash      char(64)      NOT NULL UNIQUE,
    duplicate_of   uuid REFERENCES article (id),
    status         varchar(16)   NOT NULL,
    failure_reason varchar(1000),
    story_id       uuid,
    received_at    timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL
);

CREATE INDEX article_source_idx ON article (source);
CREATE INDEX article_story_idx ON article (story_id);
CREATE INDEX article_received_idx ON article (received_at DESC, id);

CREATE TABLE outbox (
    article_id      uuid PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(1000),
    created_at      timestamptz  NOT NULL
);

CREATE INDEX outbox_due_idx ON outbox (next_attempt_at);
