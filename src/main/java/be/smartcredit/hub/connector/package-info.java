/** Per-client connector definitions: who the client is, how its systems reach the hub, its procedure. */
package be.smartcredit.hub.connector;
