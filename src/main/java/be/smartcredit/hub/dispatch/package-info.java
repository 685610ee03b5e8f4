/**
 * Letters leaving the hub: the channels each connector chooses per step (e-mail, post, SMS, WhatsApp),
 * e-mail over SMTP with bounces, the daily print batch for the print shop, the text gateways, the
 * once-only send rules and the dead letters.
 */
package be.smartcredit.hub.dispatch;
