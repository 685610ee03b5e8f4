/** The dunning core: procedures and their steps, the daily clock, and the actions it plans. */
package be.smartcredit.hub.dunning;
