-- An action held back by the contact hours waits, unpublished, until deferred_until; each deferral is
-- published under its own broker duplicate id (action-N-deferral-K) so the broker does not drop it.
ALTER TABLE dunning_actions ADD COLUMN deferred_until TIMESTAMPTZ;
ALTER TABLE dunning_actions ADD COLUMN deferrals INT NOT NULL DEFAULT 0;

-- A bank statement's content, to tell an identical redelivery from a different statement under the
-- same account, number and date.
ALTER TABLE bank_statements ADD COLUMN content_hash VARCHAR(64);
