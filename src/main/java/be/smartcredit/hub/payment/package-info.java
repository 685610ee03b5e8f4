/** Payments: bank statements in, matched to claims, applied once. */
package be.smartcredit.hub.payment;
