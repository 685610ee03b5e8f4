package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.InboundClaim;
import be.smartcredit.hub.claim.inbound.InboundDocumentReader;
import be.smartcredit.hub.claim.inbound.RuleFailure;
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
 * Takes one inbound claim for a connector: checks the Peppol receiver, the seller and the validation policy, derives
 * the due date and the debtor's type and language, and stores the claim once. Refused documents raise an exception
 * that the channel turns into a quarantined file with its reason.
 */
@Service
public class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final InboundDocumentReader reader;
    private final Connectors connectors;
    private final Claims claims;
    private final ClaimBatches batches;

    ClaimIntake(InboundDocumentReader reader, Connectors connectors, Claims claims, ClaimBatches batches) {
        this.reader = reader;
        this.connectors = connectors;
        this.claims = claims;
        this.batches = batches;
    }

    /** Reads and registers one UBL document (bare or in an SBDH envelope). */
    public Claims.Registration receive(byte[] content, String fileName, String connectorId) {
        Connector connector = connectors.get(connectorId);
        InboundClaim inbound = reader.read(content, fileName);
        ClaimDocument document = inbound.document();

        requireOwnReceiver(connector, document, fileName);
        requireAcceptedSeller(connector, document, fileName);
        requirePolicy(connector, inbound, fileName);
        return register(connector, new Incoming(document, sellerKey(document.seller()), inbound.ruleFailures(),
                inbound.peppol(), null, null), fileName);
    }

    /** Registers a claim read from the client's own export, such as a CSV row: the client itself is the seller. */
    public Claims.Registration receiveOwn(Connector connector, ClaimDocument document, String debtorType,
            String debtorLanguage, String sourceName) {
        String seller = connector.enterpriseNumber().replaceAll("\\D", "");
        return register(connector, new Incoming(document, seller, List.of(), false, debtorType, debtorLanguage),
                sourceName);
    }

    /**
     * Registers many claims of the client's own export in one transaction, deciding for each as
     * {@link #receiveOwn(Connector, ClaimDocument, String, String, String)} would; the outcome of each, in order.
     * A failure of the batch as a whole (a database error) raises an exception, and nothing of it is stored.
     */
    public List<OwnOutcome> receiveOwn(Connector connector, List<OwnClaim> own) {
        String seller = connector.enterpriseNumber().replaceAll("\\D", "");
        List<NewClaim> batch = own.stream().map(claim -> toNewClaim(connector, new Incoming(claim.document(), seller,
                List.of(), false, claim.debtorType(), claim.debtorLanguage()), claim.sourceName())).toList();
        List<LocalDate> firstActions = batch.stream()
                .map(claim -> claim.dueDate().plusDays(connector.reminders().firstAfterDays())).toList();
        List<Claims.Registration> registrations = batches.register(connector.id(), batch, firstActions);

        List<OwnOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(outcome(connector, batch.get(i), registrations.get(i)));
        }
        log.info("Claims registered from a batch: connector='{}' claims='{}' alreadyKnown='{}' refused='{}'.",
                connector.id(), outcomes.stream().filter(OwnOutcome::isNew).count(),
                outcomes.stream().filter(o -> o.registration() != null && o.registration().duplicate()).count(),
                outcomes.stream().filter(o -> o.refusal() != null).count());
        return outcomes;
    }

    private OwnOutcome outcome(Connector connector, NewClaim claim, Claims.Registration registration) {
        if (!registration.duplicate()) {
            log.debug("Claim registered: connector='{}' claim='{}' type='{}' dueDate='{}'.", connector.id(),
                    registration.claimId(), claim.documentType(), claim.dueDateBasis());
            return new OwnOutcome(registration, null);
        }
        try {
            rejectIfDifferent(registration.claimId(), claim, claim.sourceFile());
        } catch (DocumentRejectedException different) {
            return new OwnOutcome(null, different.getMessage());
        }
        claims.recordEvent(registration.claimId(), "DUPLICATE_IGNORED", "the same document again in '"
                + claim.sourceFile() + "'");
        return new OwnOutcome(registration, null);
    }

    private Claims.Registration register(Connector connector, Incoming incoming, String fileName) {
        NewClaim claim = toNewClaim(connector, incoming, fileName);
        LocalDate firstAction = claim.dueDate().plusDays(connector.reminders().firstAfterDays());
        Claims.Registration registration = claims.register(claim, firstAction);

        if (registration.duplicate()) {
            rejectIfDifferent(registration.claimId(), claim, fileName);
            claims.recordEvent(registration.claimId(), "DUPLICATE_IGNORED", "the same document again in '"
                    + fileName + "'");
            log.info("Document already registered: connector='{}' claim='{}' file='{}'.", connector.id(),
                    registration.claimId(), fileName);
        } else {
            log.info("Claim registered: connector='{}' claim='{}' type='{}' ruleFailures='{}' dueDate='{}'.",
                    connector.id(), registration.claimId(), claim.documentType(), claim.ruleFailures().size(),
                    claim.dueDateBasis());
        }
        return registration;
    }

    private static void requireOwnReceiver(Connector connector, ClaimDocument document, String fileName) {
        String receiver = document.envelopeReceiverId();
        if (receiver != null && !connector.isPeppolParticipant(receiver)) {
            throw new DocumentRejectedException(fileName, "the SBDH receiver '" + receiver + "' in "
                    + "sh:Receiver/sh:Identifier is not a Peppol id of connector '" + connector.id() + "' "
                    + connector.identity().peppolIds());
        }
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

    private static void requirePolicy(Connector connector, InboundClaim inbound, String fileName) {
        if (connector.validation() != Connector.ValidationPolicy.STRICT || !inbound.hasRuleErrors()) {
            return;
        }
        List<String> errors = inbound.ruleFailures().stream().filter(RuleFailure::isError)
                .map(f -> f.ruleId() + (f.location() == null ? "" : " at " + f.location()) + ": " + f.text())
                .limit(5).toList();
        throw new DocumentRejectedException(fileName, "connector '" + connector.id() + "' is strict and the "
                + "document breaks " + errors.size() + (errors.size() == 5 ? "+" : "") + " rule(s): "
                + String.join(" | ", errors));
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

    private static NewClaim toNewClaim(Connector connector, Incoming incoming, String fileName) {
        ClaimDocument document = incoming.document();
        DueDate due = DueDate.derive(document.issueDate(), document.dueDate(), document.paymentTermsNote(),
                connector.reminders().defaultPaymentTermDays());
        return new NewClaim(connector.id(), incoming.sellerKey(), document.documentType(), document.number(),
                document.issueDate(), due.date(), due.basis(), document.currency(), document.payableAmount(),
                debtorOf(connector, incoming), document.paymentId(), fileName, incoming.peppol(),
                incoming.ruleFailures(), blankToNull(document.billingReference()));
    }

    /** A second document under the same seller and number must be the same document, not a new receivable. */
    private void rejectIfDifferent(long claimId, NewClaim claim, String fileName) {
        claims.differenceFrom(claimId, claim).ifPresent(difference -> {
            throw new DocumentRejectedException(fileName, "cbc:ID '" + claim.number() + "' of this seller is "
                    + "already registered with other content: " + difference + "; a corrected invoice needs a "
                    + "number of its own (or a credit note and a new invoice)");
        });
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

    private static NewClaim.NewDebtor debtorOf(Connector connector, Incoming incoming) {
        ClaimParty party = incoming.document().debtor();
        PostalAddress address = party.address() == null
                ? new PostalAddress(null, null, null, null, null) : party.address();
        String endpoint = party.endpointId() == null ? null
                : (party.endpointScheme() == null ? "" : party.endpointScheme() + ":") + party.endpointId();
        return new NewClaim.NewDebtor(party.legalName() != null ? party.legalName() : party.name(), address.street(),
                address.additionalStreet(), address.postalZone(), address.city(), address.countryCode(),
                party.email(), party.phone(), party.vatId(), party.companyId(), endpoint,
                debtorType(connector, incoming, party),
                incoming.debtorLanguage());
    }

    // A buyer with a VAT or enterprise number is a business; otherwise the export or the connector says.
    private static String debtorType(Connector connector, Incoming incoming, ClaimParty party) {
        if (!isBlank(party.vatId()) || !isBlank(party.companyId())) {
            return Connector.DebtorType.BUSINESS.name();
        }
        if (incoming.debtorType() != null) {
            return incoming.debtorType().toUpperCase(Locale.ROOT);
        }
        return connector.debtors().defaultType().name();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** A claim of the client's own export, with the debtor's type and language when the export says. */
    public record OwnClaim(ClaimDocument document, String debtorType, String debtorLanguage, String sourceName) {
    }

    /** What became of one claim of a batch: its registration, or why it was refused. */
    public record OwnOutcome(Claims.Registration registration, String refusal) {

        boolean isNew() {
            return registration != null && !registration.duplicate();
        }
    }

    /** A claim on its way in, with what its channel knows beyond the document. */
    private record Incoming(ClaimDocument document, String sellerKey, List<RuleFailure> ruleFailures,
            boolean peppol, String debtorType, String debtorLanguage) {
    }
}
