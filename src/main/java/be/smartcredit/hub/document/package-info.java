/**
 * Documents the hub sends: reminders, formal notices, lawyer's letters, payment plan confirmations, closing
 * letters and invoices printed from UBL, rendered to PDF/A-2b with Apache FOP from the XSL-FO layouts under
 * {@code xslt/letters/}, in the debtor's language, on the client's or the agency's letterhead, with embedded
 * fonts and an EPC QR code for paying by SEPA credit transfer.
 */
package be.smartcredit.hub.document;
