-- The problem type of an article analysis refused (urn:corroborate:problem:...), beside its short public reason.
ALTER TABLE article ADD COLUMN failure_type varchar(100);
