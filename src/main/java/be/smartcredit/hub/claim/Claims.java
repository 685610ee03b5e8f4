package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.RuleFailure;
import be.smartcredit.hub.platform.Correlation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored claims and their debtors. */
@Repository
public class Claims {

    private final JdbcClient jdbc;
    private final Debtors debtors;
    private final CreditNotes creditNotes;

    public Claims(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.debtors = new Debtors(jdbc);
        this.creditNotes = new CreditNotes(jdbc, this);
    }

    /**
     * Stores a claim once per (connector, seller, document type, number); the same document a second time
     * changes nothing and is reported as a duplicate.
     */
    @Transactional
    public Registration register(NewClaim claim, LocalDate firstActionOn) {
        Optional<Long> existing = findId(claim);
        if (existing.isPresent()) {
            return new Registration(existing.get(), null, true);
        }

        long debtorId = debtors.save(claim.connectorId(), claim.debtor());
        StructuredCommunication communication = communicationFor(claim.paymentId());
        ClaimStatus status = claim.isCredit() ? ClaimStatus.CREDIT : ClaimStatus.OPEN;
        Optional<Long> id = insertClaim(claim, debtorId, communication, status,
                status == ClaimStatus.OPEN ? firstActionOn : null);
        if (id.isEmpty()) {
            // Another node stored the same document between our look-up and our insert.
            return new Registration(findId(claim).orElseThrow(), null, true);
        }

        claim.ruleFailures().forEach(failure -> saveRuleFailure(id.get(), failure));
        recordEvent(id.get(), "REGISTERED", registeredDetail(claim));
        settleCredits(claim, id.get());
        return new Registration(id.get(), communication, false);
    }

    static String registeredDetail(NewClaim claim) {
        return "from '" + claim.sourceFile() + "' with " + claim.ruleFailures().size()
                + " rule failure(s); due date from " + claim.dueDateBasis();
    }

    /** Applies the credit notes a newly stored claim meets; called in the transaction that stored it. */
    void settleCredits(NewClaim claim, long claimId) {
        creditNotes.settle(claim, claimId);
    }

    /**
     * How a document differs from the claim already stored under its key (amount, currency, issue date),
     * or empty when it is the same document again.
     */
    public Optional<String> differenceFrom(long claimId, NewClaim claim) {
        Stored stored = jdbc.sql("SELECT amount, currency, issue_date, source_file FROM claims WHERE id = ?")
                .param(claimId).query(Stored.class).single();
        List<String> differences = new java.util.ArrayList<>();
        if (stored.amount().compareTo(claim.amount()) != 0 || !stored.currency().equals(claim.currency())) {
            differences.add("amount " + claim.amount().toPlainString() + " " + claim.currency() + " instead of "
                    + stored.amount().toPlainString() + " " + stored.currency());
        }
        if (!stored.issueDate().equals(claim.issueDate())) {
            differences.add("issue date " + claim.issueDate() + " instead of " + stored.issueDate());
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences)
                + " (claim " + claimId + " came from '" + stored.sourceFile() + "')");
    }

    private record Stored(java.math.BigDecimal amount, String currency, LocalDate issueDate, String sourceFile) {
    }

    public Optional<Long> findId(NewClaim claim) {
        return jdbc.sql("SELECT id FROM claims WHERE connector_id = ? AND seller_key = ? AND document_type = ? "
                        + "AND number = ?")
                .params(claim.connectorId(), claim.sellerKey(), claim.documentType().name(), claim.number())
                .query(Long.class).optional();
    }

    public Optional<Long> findOpenByCommunication(StructuredCommunication communication) {
        return jdbc.sql("SELECT id FROM claims WHERE structured_communication = ?")
                .param(communication.digits()).query(Long.class).optional();
    }

    public List<ClaimView> list(int limit, int offset) {
        return jdbc.sql(ClaimView.SELECT + " ORDER BY c.id LIMIT ? OFFSET ?")
                .params(limit, offset).query(ClaimView.class).list();
    }

    public List<RuleFailure> ruleFailures(long claimId) {
        return jdbc.sql("SELECT rule_id, severity, text, location FROM claim_rule_failures "
                        + "WHERE claim_id = ? ORDER BY id")
                .param(claimId).query(RuleFailure.class).list();
    }

    public List<ClaimEvent> events(long claimId) {
        return jdbc.sql("SELECT occurred_at, kind, detail FROM claim_events WHERE claim_id = ? ORDER BY id")
                .param(claimId).query(ClaimEvent.class).list();
    }

    public void recordEvent(long claimId, String kind, String detail) {
        jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) VALUES (?, ?, ?)")
                .params(claimId, kind, detail).update();
    }

    /** Records the same event on several claims in one statement. */
    public void recordEvent(List<Long> claimIds, String kind, String detail) {
        if (!claimIds.isEmpty()) {
            jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) SELECT id, :kind, :detail FROM claims "
                            + "WHERE id IN (:ids) ORDER BY id")
                    .param("kind", kind).param("detail", detail).param("ids", claimIds).update();
        }
    }

    /** The invoice's own structured communication when it is a valid, unused one; else a new one. */
    private StructuredCommunication communicationFor(String paymentId) {
        Optional<StructuredCommunication> given = StructuredCommunication.parse(paymentId)
                .filter(c -> findOpenByCommunication(c).isEmpty());
        return given.isPresent() ? given.get() : newCommunication();
    }

    /** A structured communication no claim uses yet, drawn from the sequence. */
    StructuredCommunication newCommunication() {
        StructuredCommunication assigned;
        do {
            long base = jdbc.sql("SELECT nextval('structured_communication_base')").query(Long.class).single();
            assigned = StructuredCommunication.fromBase(base);
        } while (findOpenByCommunication(assigned).isPresent());
        return assigned;
    }

    private Optional<Long> insertClaim(NewClaim claim, long debtorId, StructuredCommunication communication,
            ClaimStatus status, LocalDate nextActionOn) {
        return jdbc.sql("""
                INSERT INTO claims (connector_id, seller_key, document_type, number, debtor_id, issue_date,
                                    due_date, due_date_derived, currency, amount, open_amount,
                                    structured_communication, status, next_action_on, source_file, peppol,
                                    due_date_basis, credit_for_number, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (connector_id, seller_key, document_type, number) DO NOTHING
                RETURNING id""")
                .params(claim.connectorId(), claim.sellerKey(), claim.documentType().name(), claim.number(),
                        debtorId, claim.issueDate(), claim.dueDate(), claim.dueDateDerived(), claim.currency(),
                        claim.amount(), claim.isCredit() ? java.math.BigDecimal.ZERO : claim.amount(),
                        communication.digits(), status.name(), nextActionOn, claim.sourceFile(), claim.peppol(),
                        claim.dueDateBasis(), claim.creditFor(), Correlation.current())
                .query(Long.class).optional();
    }

    void saveRuleFailure(long claimId, RuleFailure failure) {
        jdbc.sql("INSERT INTO claim_rule_failures (claim_id, rule_id, severity, text, location) VALUES (?, ?, ?, ?, ?)")
                .params(claimId, failure.ruleId(), failure.severity(), failure.text(), failure.location()).update();
    }

    /** One entry of a claim's audit trail. */
    public record ClaimEvent(java.time.OffsetDateTime occurredAt, String kind, String detail) {
    }

    /** The outcome of {@link #register}: the claim's id, and whether it was already there. */
    public record Registration(long claimId, StructuredCommunication communication, boolean duplicate) {
    }
}
