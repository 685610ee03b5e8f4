/**
 * Reading inbound UBL invoices and credit notes (Peppol BIS Billing 3 or plain UBL 2.1, bare or in an SBDH
 * envelope): hardened parsing, phive validation and the XSLT mapping to the canonical claim.
 */
package be.smartcredit.hub.claim.inbound;
