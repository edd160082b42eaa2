-- Whom a sentence credits with its figure ("according to Bloomberg", "the company said", "reportedly") and whether
-- it denies the figure ("did not pay $15 billion"). Claims stored before keep no attribution and count as asserted.
ALTER TABLE claim ADD COLUMN attribution_cue    varchar(40);
ALTER TABLE claim ADD COLUMN attribution_source varchar(300);
ALTER TABLE claim ADD COLUMN negated            boolean NOT NULL DEFAULT false;
