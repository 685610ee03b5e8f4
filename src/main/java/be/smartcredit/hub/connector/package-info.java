/**
 * Per-client connector definitions (who the client is, how its systems reach the hub, its policies), the routes
 * made for each, the hub's own SFTP inbox, and the admin's reload.
 */
package be.smartcredit.hub.connector;
