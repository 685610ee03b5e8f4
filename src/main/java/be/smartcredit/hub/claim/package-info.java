/**
 * Claims: the invoices and credit notes a client hands over for dunning, in the hub's canonical form.
 */
package be.smartcredit.hub.claim;
