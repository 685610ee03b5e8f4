/**
 * Deciding which claims a movement pays and how much goes to each: the matching rules, the suggestions for a
 * person, and the allocation plan (partial, several claims, overpayment, reversal, currency). Plain Java: no
 * Spring, no Camel, no database.
 */
package be.smartcredit.hub.payment.matching;
