/**
 * Claims (invoices and credit notes) and their debtors: the canonical claim every inbound format is
 * mapped to, how claims are checked, and how they are stored once.
 */
package be.smartcredit.hub.claim;
