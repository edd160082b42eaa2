-- The W3C trace context of the submission, so that delivery to analysis continues the submitter's trace.
ALTER TABLE outbox ADD COLUMN trace_parent varchar(100);
