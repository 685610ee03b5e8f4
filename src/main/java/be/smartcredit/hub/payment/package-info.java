/**
 * Payments: bank statements (CODA, camt.053) and payment-provider webhooks in, each movement applied once, matched
 * to claims and allocated, the rest queued for a person; the API to work the queue and reconcile statements.
 */
package be.smartcredit.hub.payment;
