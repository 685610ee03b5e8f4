/**
 * Documents the hub sends: reminder letters rendered to PDF with Apache FOP from the XSL-FO
 * layouts under {@code xslt/letters/}, with embedded fonts and an EPC QR code for paying by
 * SEPA credit transfer.
 */
package be.smartcredit.hub.document;
