/**
 * Reading inbound documents: UBL invoices and credit notes (Peppol BIS Billing 3 or plain UBL 2.1, bare or in an
 * SBDH envelope) with hardened parsing, phive validation and the XSLT mapping to the canonical claim; and clients'
 * CSV exports by their connector's column map.
 */
package be.smartcredit.hub.claim.inbound;
