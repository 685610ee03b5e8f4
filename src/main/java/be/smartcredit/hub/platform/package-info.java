/** Embedded infrastructure and cross-cutting set-up: settings, clock, database, broker, security. */
package be.smartcredit.hub.platform;
