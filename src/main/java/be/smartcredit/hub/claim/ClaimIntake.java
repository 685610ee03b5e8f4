package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.InboundClaim;
import be.smartcredit.hub.claim.inbound.InboundDocumentReader;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes one inbound UBL document for a connector: reads and validates it, checks that the seller is
 * the connector's, and stores the claim once. Unreadable or refused documents raise an exception
 * that the route turns into a quarantined file with its reason.
 */
@Service
public class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final InboundDocumentReader reader;
    private final Connectors connectors;
    private final Claims claims;

    ClaimIntake(InboundDocumentReader reader, Connectors connectors, Claims claims) {
        this.reader = reader;
        this.connectors = connectors;
        this.claims = claims;
    }

    public Claims.Registration receive(byte[] content, String fileName, String connectorId) {
        Connector connector = connectors.get(connectorId);
        InboundClaim inbound = reader.read(content, fileName);
        ClaimDocument document = inbound.document();
        requireAcceptedSeller(connector, document, fileName);

        NewClaim claim = toNewClaim(connector, inbound, fileName);
        LocalDate firstAction = claim.dueDate().plusDays(connector.reminders().firstAfterDays());
        Claims.Registration registration = claims.register(claim, firstAction);

        if (registration.duplicate()) {
            claims.recordEvent(registration.claimId(), "DUPLICATE_IGNORED", "the same document again in '"
                    + fileName + "'");
            log.info("Document already registered: connector='{}' claim='{}' file='{}'.", connectorId,
                    registration.claimId(), fileName);
        } else {
            log.info("Claim registered: connector='{}' claim='{}' type='{}' ruleFailures='{}'.", connectorId,
                    registration.claimId(), claim.documentType(), claim.ruleFailures().size());
        }
        return registration;
    }

    private static void requireAcceptedSeller(Connector connector, ClaimDocument document, String fileName) {
        List<String> ids = sellerIdentifiers(document.seller());
        if (ids.isEmpty()) {
            throw new DocumentRejectedException(fileName, "cac:AccountingSupplierParty names no endpoint, VAT or "
                    + "company id, so the seller cannot be checked against connector '" + connector.id() + "'");
        }
        if (!connector.acceptsSeller(ids)) {
            throw new DocumentRejectedException(fileName, "seller " + ids + " in cac:AccountingSupplierParty is not "
                    + "an accepted seller of connector '" + connector.id() + "'");
        }
    }

    private static List<String> sellerIdentifiers(ClaimParty seller) {
        List<String> ids = new ArrayList<>();
        if (seller == null) {
            return ids;
        }
        if (seller.endpointId() != null) {
            ids.add(seller.endpointScheme() == null ? seller.endpointId()
                    : seller.endpointScheme() + ":" + seller.endpointId());
        }
        ids.add(seller.vatId());
        ids.add(seller.companyId());
        ids.removeIf(id -> id == null || id.isBlank());
        return ids;
    }

    private static NewClaim toNewClaim(Connector connector, InboundClaim inbound, String fileName) {
        ClaimDocument document = inbound.document();
        boolean derived = document.dueDate() == null;
        LocalDate dueDate = derived
                ? document.issueDate().plusDays(connector.reminders().defaultPaymentTermDays())
                : document.dueDate();
        return new NewClaim(connector.id(), sellerKey(document.seller()), document.documentType(), document.number(),
                document.issueDate(), dueDate, derived, document.currency(), document.payableAmount(),
                debtorOf(document.debtor()), document.paymentId(), fileName, inbound.peppol(), inbound.ruleFailures());
    }

    /** The seller's most stable identifier: VAT id, else company id, else Peppol endpoint, else name. */
    static String sellerKey(ClaimParty seller) {
        String endpoint = seller.endpointId() == null ? null : seller.endpointScheme() + ":" + seller.endpointId();
        for (String id : new String[] {seller.vatId(), seller.companyId(), endpoint}) {
            if (id != null && !id.isBlank()) {
                return id.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
            }
        }
        return "name:" + String.valueOf(seller.name()).trim().toLowerCase(Locale.ROOT);
    }

    private static NewClaim.NewDebtor debtorOf(ClaimParty party) {
        PostalAddress address = party.address() == null
                ? new PostalAddress(null, null, null, null, null) : party.address();
        String endpoint = party.endpointId() == null ? null
                : (party.endpointScheme() == null ? "" : party.endpointScheme() + ":") + party.endpointId();
        return new NewClaim.NewDebtor(party.legalName() != null ? party.legalName() : party.name(), address.street(),
                address.additionalStreet(), address.postalZone(), address.city(), address.countryCode(),
                party.email(), party.phone(), party.vatId(), party.companyId(), endpoint);
    }
}
