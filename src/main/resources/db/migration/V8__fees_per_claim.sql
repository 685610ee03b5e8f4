-- The lump sum or compensation a step charges, per claim on its letter: the law allows it once per claim,
-- so a later letter must know which claims were already charged.
ALTER TABLE action_claims ADD COLUMN fee_amount NUMERIC(15,2) NOT NULL DEFAULT 0;

-- Actions from before this column carried their fee on the action only: put it on the action's first claim.
UPDATE action_claims ac SET fee_amount = a.fee_amount
  FROM dunning_actions a
 WHERE a.id = ac.action_id AND a.fee_amount > 0
   AND ac.claim_id = (SELECT min(x.claim_id) FROM action_claims x WHERE x.action_id = a.id);
