/**
 * Reading Belgian CODA bank statements (Febelfin CODA version 2, and version 1 where its layout is the same)
 * into plain records: statements, movements, communications and a balance check; no Spring and no Camel here.
 */
package be.smartcredit.hub.payment.coda;
