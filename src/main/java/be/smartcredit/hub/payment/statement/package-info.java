/**
 * One statement model for every bank format: CODA and camt.053 are read into {@link
 * be.smartcredit.hub.payment.statement.BankStatement}s whose movements the matcher consumes; no Spring and no Camel.
 */
package be.smartcredit.hub.payment.statement;
