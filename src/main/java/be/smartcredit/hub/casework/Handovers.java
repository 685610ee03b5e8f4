package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.OutboundTls;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handovers to the lawyer's and the bailiff's platforms: a lawyer's letter, a bailiff's notice and a judicial
 * recovery each become one handover per partner, posted with its idempotency key, retried with a doubling
 * backoff, and kept as a dead letter after the last attempt until a person replays it.
 */
@Service
public class Handovers {

    private static final Logger log = LoggerFactory.getLogger(Handovers.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final HandoverPackages packages;
    private final TransactionTemplate transaction;
    private final HubClock clock;
    private final CaseworkSettings settings;
    private final Map<Partner, PartnerClient> clients = new EnumMap<>(Partner.class);

    Handovers(JdbcClient jdbc, Dossiers dossiers, HandoverPackages packages, TransactionTemplate transaction,
            HubClock clock, CaseworkSettings settings, ObjectMapper json, OutboundTls tls) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.packages = packages;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        for (Partner partner : Partner.values()) {
            clients.put(partner, PartnerClient.of(partner, settings, json, tls));
        }
    }

    /** Makes a handover for every lawyer, bailiff and court step done that has none; returns how many. */
    @Transactional
    public int prepare() {
        int made = 0;
        if (settings.lawyer().configured()) {
            made += prepare(Partner.LAWYER, "'LAWYER_LETTER'");
        }
        if (settings.bailiff().configured()) {
            made += prepare(Partner.BAILIFF, "'BAILIFF_NOTICE', 'JUDICIAL_RECOVERY'");
        }
        return made;
    }

    private int prepare(Partner partner, String steps) {
        List<Map<String, Object>> actions = jdbc.sql("""
                SELECT a.id, a.dossier_id, a.step FROM dunning_actions a
                 WHERE a.step IN (%s) AND a.status NOT IN ('PENDING', 'DEFERRED', 'UNDELIVERABLE', 'SKIPPED')
                   AND a.dossier_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM handovers h WHERE h.action_id = a.id AND h.partner = ?)
                 ORDER BY a.id""".formatted(steps)).param(partner.code()).query().listOfRows();
        for (Map<String, Object> action : actions) {
            long actionId = ((Number) action.get("id")).longValue();
            long dossierId = ((Number) action.get("dossier_id")).longValue();
            int inserted = jdbc.sql("""
                    INSERT INTO handovers (dossier_id, action_id, partner, step, idempotency_key, status)
                    VALUES (?, ?, ?, ?, ?, 'PENDING') ON CONFLICT DO NOTHING""")
                    .params(dossierId, actionId, partner.code(), action.get("step"), key(actionId, partner)).update();
            if (inserted > 0) {
                dossiers.recordEvent(dossierId, clock.today(), "HANDOVER_PREPARED", action.get("step") + " is handed "
                        + "over to the " + partner.code() + " (" + key(actionId, partner) + ").", "casework handover");
            }
        }
        return actions.size();
    }

    static String key(long actionId, Partner partner) {
        return "handover-" + partner.code() + "-" + actionId;
    }

    /** Posts every handover whose next attempt is due, one transaction each; returns how many were taken. */
    public int sendDue() {
        int taken = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> sendOne()))) {
            taken++;
        }
        return taken;
    }

    // Limitation: the partner is called while the handover row is locked, so one slow partner holds one
    // database connection for up to the timeout; handovers are sent one after the other.
    private boolean sendOne() {
        Optional<Map<String, Object>> due = jdbc.sql("""
                SELECT id, dossier_id, partner, step, idempotency_key, attempts FROM handovers
                 WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id
                 LIMIT 1 FOR UPDATE SKIP LOCKED""").param(OffsetDateTime.now(ZoneOffset.UTC))
                .query().listOfRows().stream().findFirst();
        if (due.isEmpty()) {
            return false;
        }
        Map<String, Object> row = due.get();
        long id = ((Number) row.get("id")).longValue();
        long dossierId = ((Number) row.get("dossier_id")).longValue();
        Partner partner = Partner.of((String) row.get("partner"));
        HandoverPackage handover = packages.of((String) row.get("idempotency_key"), partner.code(),
                (String) row.get("step"), dossierId, clock.today());
        try {
            String reference = clients.get(partner).post(partner.settings(settings), handover);
            sent(id, dossierId, partner, reference);
        } catch (PartnerClient.PartnerException e) {
            failed(id, dossierId, partner, ((Number) row.get("attempts")).intValue() + 1, e.getMessage());
        }
        return true;
    }

    private void sent(long id, long dossierId, Partner partner, String reference) {
        jdbc.sql("""
                UPDATE handovers SET status = 'SENT', attempts = attempts + 1, sent_at = now(), partner_reference = ?,
                       last_error = NULL WHERE id = ?""").params(reference, id).update();
        dossiers.recordEvent(dossierId, clock.today(), "HANDOVER_SENT", "Handover " + id + " was taken by the "
                + partner.code() + (reference.isEmpty() ? "." : " (their reference " + reference + ")."),
                "casework handover");
        log.info("Handover sent: dossier='{}' handover='{}' partner='{}'.", dossierId, id, partner.code());
    }

    private void failed(long id, long dossierId, Partner partner, int attempts, String why) {
        boolean dead = HandoverRetry.givesUp(attempts, settings.handover().maxAttempts());
        Instant next = Instant.now().plus(HandoverRetry.waitAfter(settings.handover().backoff(), attempts));
        jdbc.sql("UPDATE handovers SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(dead ? "DEAD" : "PENDING", attempts, next.atOffset(ZoneOffset.UTC), why, id).update();
        if (dead) {
            dossiers.recordEvent(dossierId, clock.today(), "HANDOVER_FAILED", "Handover " + id + " to the "
                    + partner.code() + " failed " + attempts + " times (" + why + "); it waits as a dead letter.",
                    "casework handover");
            log.error("Handover given up, kept as a dead letter: dossier='{}' handover='{}' partner='{}' reason='{}'.",
                    dossierId, id, partner.code(), why);
        } else {
            log.warn("Handover attempt failed, retried later: handover='{}' attempt='{}' reason='{}'.", id, attempts,
                    why);
        }
    }

    /** The handovers in a status (PENDING, SENT, DEAD), newest first. */
    public List<Map<String, Object>> list(String status) {
        return jdbc.sql("""
                SELECT id, dossier_id AS dossier, partner, step, idempotency_key AS "idempotencyKey", status,
                       attempts, last_error AS "lastError", partner_reference AS "partnerReference"
                  FROM handovers WHERE status = ? ORDER BY id DESC LIMIT 500""").param(status).query().listOfRows();
    }

    /** Puts a dead handover back in line with its attempts reset; it keeps its idempotency key. */
    @Transactional
    public void replay(long id) {
        Long dossierId = jdbc.sql("SELECT dossier_id FROM handovers WHERE id = ? AND status = 'DEAD' FOR UPDATE")
                .param(id).query(Long.class).optional()
                .orElseThrow(() -> new DossierCommands.Conflict("handover " + id + " is not a dead letter"));
        jdbc.sql("UPDATE handovers SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE id = ?")
                .param(id).update();
        dossiers.recordEvent(dossierId, clock.today(), "HANDOVER_REPLAYED", "Handover " + id + " is sent again.",
                "casework handover");
        log.info("Handover replayed: dossier='{}' handover='{}'.", dossierId, id);
    }

    /** The partners a dossier is handed over to. */
    enum Partner {
        LAWYER, BAILIFF;

        String code() {
            return name().toLowerCase();
        }

        CaseworkSettings.Partner settings(CaseworkSettings settings) {
            return this == LAWYER ? settings.lawyer() : settings.bailiff();
        }

        static Partner of(String code) {
            return valueOf(code.toUpperCase());
        }
    }
}
