package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.DocumentType;
import org.w3c.dom.Document;

/** A UBL invoice or credit note as its own DOM document, out of its SBDH envelope if it came in one. */
record UblSource(Document document, DocumentType type, String envelopeReceiverId) {
}
