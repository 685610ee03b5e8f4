/**
 * MyEUROFIDES, the web portal: clients see and act on their dossiers, debtors open a pay page from their letter's
 * link, and admins add users. Server-rendered pages; every query is scoped to the user's connectors.
 */
package be.smartcredit.hub.portal;
