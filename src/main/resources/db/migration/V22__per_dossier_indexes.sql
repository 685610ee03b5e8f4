-- Every dossier review reads the dossier's actions and plan. The unique index on (dossier_id, step, round) is
-- partial (dossier-wide actions only), so those reads scanned the whole actions table: a run's cost grew with
-- all the actions ever planned, not with the dossiers it reviews.
CREATE INDEX dunning_actions_dossier ON dunning_actions (dossier_id);
CREATE INDEX payment_plans_dossier ON payment_plans (dossier_id);
