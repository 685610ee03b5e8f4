/**
 * Casework after the formal notice: phone campaigns with their call list, mediator visits with the visit
 * report, and handovers to the lawyer's and the bailiff's platforms with their signed status updates.
 */
package be.smartcredit.hub.casework;
