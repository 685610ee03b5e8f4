package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an action's letter holds at send time: the step, the dossier, the debtor, and the claims still to
 * be on it with their open and received amounts. A claim paid, credited, written off or on hold since
 * the run is dropped from the letter.
 */
@Service
public class ActionContents {

    private static final Logger log = LoggerFactory.getLogger(ActionContents.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierPayments payments;

    ActionContents(JdbcClient jdbc, Dossiers dossiers, DossierPayments payments) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.payments = payments;
    }

    /** The action's contents with the action row locked until the caller's transaction ends. */
    public Optional<Contents> lockForSending(long actionId, LocalDate today) {
        // NO KEY UPDATE: the senders commit delivery rows that refer to this action while it stays locked.
        return read(actionId, today, " FOR NO KEY UPDATE OF a");
    }

    /** The action's contents as they would be sent today, without locking. */
    public Optional<Contents> of(long actionId, LocalDate today) {
        return read(actionId, today, "");
    }

    /** Takes the dropped claims off the letter for good, so they count as not reminded, and says why. */
    public void dropFromLetter(Contents contents, LocalDate today) {
        for (Dropped dropped : contents.dropped()) {
            jdbc.sql("DELETE FROM action_claims WHERE action_id = ? AND claim_id = ?")
                    .params(contents.actionId(), dropped.claimId()).update();
            dossiers.recordEvent(contents.dossierId(), today, "CLAIM_DROPPED", "Claim " + dropped.claimId()
                    + " is not on " + contents.step() + ": " + dropped.reason() + ".", "checked at send time");
        }
    }

    /** Turns a step that is not a letter into an open task for a person or another channel. */
    public void createTask(Contents contents, LocalDate today) {
        jdbc.sql("""
                INSERT INTO tasks (dossier_id, action_id, kind, due_on, status) VALUES (?, ?, ?, ?, 'OPEN')
                ON CONFLICT (action_id) DO NOTHING""")
                .params(contents.dossierId(), contents.actionId(), contents.step().name(), contents.dueOn()).update();
        jdbc.sql("UPDATE dunning_actions SET status = 'TASK_CREATED', detail = 'task' WHERE id = ?")
                .param(contents.actionId()).update();
        dossiers.recordEvent(contents.dossierId(), today, "TASK_CREATED", contents.step() + " is an open task.",
                "procedure step " + contents.step());
        log.info("Task created: dossier='{}' step='{}' action='{}'.", contents.dossierId(), contents.step(),
                contents.actionId());
    }

    private Optional<Contents> read(long actionId, LocalDate today, String lock) {
        Optional<Map<String, Object>> action = jdbc.sql("""
                SELECT a.id, a.step, a.status, a.dossier_id, a.channel, a.due_on, a.term_ends_on, a.fee_amount,
                       d.connector_id, b.id AS debtor_id, b.name, b.street, b.additional_street, b.postcode,
                       b.city, b.country_code, b.email, b.vat_id, b.company_id, b.email_status, b.language,
                       b.debtor_type, CASE WHEN b.phone = b.bad_phone THEN NULL ELSE b.phone END AS phone
                  FROM dunning_actions a JOIN dossiers d ON d.id = a.dossier_id JOIN debtors b ON b.id = d.debtor_id
                 WHERE a.id = ?""" + lock)
                .param(actionId).query().listOfRows().stream().findFirst();
        return action.map(row -> contents(row, today));
    }

    private Contents contents(Map<String, Object> row, LocalDate today) {
        long actionId = ((Number) row.get("id")).longValue();
        long dossierId = ((Number) row.get("dossier_id")).longValue();
        Map<Long, BigDecimal> received = payments.receivedPerClaim(dossierId, null);
        List<Line> lines = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        jdbc.sql("""
                SELECT c.id, c.number, c.issue_date, c.due_date, c.currency, c.amount, c.open_amount, c.status,
                       c.structured_communication,
                       (SELECT min(h.kind) FROM claim_holds h WHERE h.claim_id = c.id AND h.released_on IS NULL
                           AND (h.until IS NULL OR h.until >= ?)) AS hold
                  FROM action_claims ac JOIN claims c ON c.id = ac.claim_id
                 WHERE ac.action_id = ? ORDER BY c.due_date, c.id""")
                .params(today, actionId)
                .query((rs, n) -> {
                    long claimId = rs.getLong("id");
                    String reason = dropReason(rs.getString("status"), rs.getBigDecimal("open_amount"),
                            rs.getString("hold"));
                    if (reason != null) {
                        return dropped.add(new Dropped(claimId, reason));
                    }
                    return lines.add(new Line(claimId, rs.getString("number"),
                            rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                            rs.getString("currency"), rs.getBigDecimal("amount"),
                            received.getOrDefault(claimId, BigDecimal.ZERO), rs.getBigDecimal("open_amount"),
                            rs.getString("structured_communication")));
                }).list();
        return new Contents(actionId, StepKind.valueOf((String) row.get("step")), (String) row.get("status"),
                dossierId, (String) row.get("connector_id"), channel(row), date(row, "due_on"),
                date(row, "term_ends_on"), (BigDecimal) row.get("fee_amount"), debtor(row), lines, dropped);
    }

    private static String dropReason(String status, BigDecimal open, String hold) {
        if (!"OPEN".equals(status) || open.signum() <= 0) {
            return "the claim is " + status + " at send time";
        }
        return hold == null ? null : "the claim is on hold (" + hold + ") at send time";
    }

    private static Channel channel(Map<String, Object> row) {
        Object channel = row.get("channel");
        return channel == null ? null : Channel.valueOf((String) channel);
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    private static Debtor debtor(Map<String, Object> row) {
        return new Debtor((String) row.get("name"), (String) row.get("street"), (String) row.get("additional_street"),
                (String) row.get("postcode"), (String) row.get("city"), (String) row.get("country_code"),
                (String) row.get("email"),
                DebtorKind.stored((String) row.get("debtor_type"), (String) row.get("vat_id"),
                        (String) row.get("company_id")),
                ((Number) row.get("debtor_id")).longValue(), (String) row.get("email_status"),
                (String) row.get("phone"), (String) row.get("language"));
    }

    /**
     * An action's letter.
     *
     * @param actionId the action
     * @param step the step
     * @param status the action's status (PENDING until it is sent, skipped or turned into a task; DEFERRED while a
     *     channel waits for the contact hours)
     * @param dossierId the dossier
     * @param connectorId the client
     * @param channel the chosen channel, or {@code null} for a task
     * @param dueOn the day the step was planned for
     * @param termEndsOn the last day to pay, or {@code null} for actions from before dossiers
     * @param fee the fee the step charges, or {@code null}
     * @param debtor the addressee
     * @param claims the claims on the letter, oldest due first
     * @param dropped the claims taken off the letter at send time, and why
     */
    public record Contents(long actionId, StepKind step, String status, long dossierId, String connectorId,
            Channel channel, LocalDate dueOn, LocalDate termEndsOn, BigDecimal fee, Debtor debtor, List<Line> claims,
            List<Dropped> dropped) {

        /** Whether the action was sent, skipped or made a task; a DEFERRED one still has channels to use. */
        public boolean alreadyHandled() {
            return !"PENDING".equals(status) && !"DEFERRED".equals(status);
        }

        /** The same letter giving another term: the one of the channel it is about to leave by. */
        public Contents withTermEndsOn(LocalDate term) {
            return new Contents(actionId, step, status, dossierId, connectorId, channel, dueOn, term, fee, debtor,
                    claims, dropped);
        }

        public BigDecimal totalOpen() {
            return claims.stream().map(Line::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The addressee of a letter. */
    public record Debtor(String name, String street, String additionalStreet, String postcode, String city,
            String countryCode, String email, DebtorKind kind, long id, String emailStatus, String phone,
            String language) {
    }

    /**
     * One claim on a letter.
     *
     * @param claimId the claim
     * @param number the invoice number
     * @param issueDate the invoice date
     * @param dueDate the due date
     * @param currency the currency
     * @param amount the invoice amount
     * @param received the payments received for it
     * @param open what is still open
     * @param structuredCommunication the claim's structured communication (12 digits)
     */
    public record Line(long claimId, String number, LocalDate issueDate, LocalDate dueDate, String currency,
            BigDecimal amount, BigDecimal received, BigDecimal open, String structuredCommunication) {
    }

    /** A claim taken off a letter at send time. */
    public record Dropped(long claimId, String reason) {
    }
}
