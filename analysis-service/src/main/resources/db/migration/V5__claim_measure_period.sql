-- What a figure measures (lemmas of its governing words), the period its clause is dated to, whether it is
-- hypothetical, the context words alignment weighs, and whether the subject is written right at the figure. Claims stored before have none and align on value and names.
ALTER TABLE claim ADD COLUMN measure      varchar(200);
ALTER TABLE claim ADD COLUMN period       varchar(60);
ALTER TABLE claim ADD COLUMN hypothetical boolean NOT NULL DEFAULT false;
ALTER TABLE claim ADD COLUMN context      text;
ALTER TABLE claim ADD COLUMN subject_anchored boolean NOT NULL DEFAULT false;
