-- Stories, the articles analysis has placed in them, and the claims found in each article.
CREATE TABLE story (
    id              uuid PRIMARY KEY,
    title           varchar(1000),
    article_count   integer     NOT NULL DEFAULT 0,
    source_count    integer     NOT NULL DEFAULT 0,
    fact_count      integer     NOT NULL DEFAULT 0,
    conflict_count  integer     NOT NULL DEFAULT 0,
    first_published timestamptz,
    last_published  timestamptz,
    -- Term weights of the story's articles, for matching new articles (JSON object term -> weight).
    signature       text        NOT NULL DEFAULT '{}',
    -- The comparison as served, rebuilt when an article joins (JSON of the public Comparison record).
    comparison      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX story_last_published_idx ON story (last_published DESC, id);
CREATE INDEX story_updated_idx ON story (updated_at DESC, id);

CREATE TABLE analyzed_article (
    article_id   uuid PRIMARY KEY,
    story_id     uuid         NOT NULL REFERENCES story (id),
    source       varchar(200) NOT NULL,
    url          varchar(2048),
    title        varchar(1000),
    published_at timestamptz,
    claim_count  integer      NOT NULL,
    analyzed_at  timestamptz  NOT NULL
);

CREATE INDEX analyzed_article_story_idx ON analyzed_article (story_id);

CREATE TABLE claim (
    id           uuid PRIMARY KEY,
    article_id   uuid         NOT NULL REFERENCES analyzed_article (article_id) ON DELETE CASCADE,
    story_id     uuid         NOT NULL,
    source       varchar(200) NOT NULL,
    subject      varchar(300),
    predicate    varchar(100) NOT NULL,
    object       varchar(300),
    kind         varchar(16)  NOT NULL,
    amount       numeric      NOT NULL,
    currency     varchar(8),
    unit         varchar(100),
    bound        varchar(16)  NOT NULL,
    low          numeric,
    high         numeric,
    sentence     text         NOT NULL,
    start_offset integer      NOT NULL,
    end_offset   integer      NOT NULL,
    surface      varchar(500) NOT NULL,
    ordinal      integer      NOT NULL
);

CREATE INDEX claim_article_idx ON claim (article_id, ordinal);
CREATE INDEX claim_story_idx ON claim (story_id);
