/**
 * The dunning core: procedures as data, dossiers grouping a debtor's claims, the planner that decides each
 * dossier's day, the daily clock, holds and payment plans, and the actions it plans (the outbox).
 */
package be.smartcredit.hub.dunning;
