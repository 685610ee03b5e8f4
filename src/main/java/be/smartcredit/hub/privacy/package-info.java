/**
 * Personal data of debtors over time: what is erased or anonymised once a debtor's dossiers are closed, and when,
 * within the period the accounting retention requires.
 */
package be.smartcredit.hub.privacy;
