/** Claims (invoices and credit notes) and their debtors: how they arrive, are checked and stored. */
package be.smartcredit.hub.claim;
