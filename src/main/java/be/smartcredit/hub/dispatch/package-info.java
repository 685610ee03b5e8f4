/** Letters leaving the hub: composed from actions, rendered, and delivered by post and e-mail. */
package be.smartcredit.hub.dispatch;
