package be.smartcredit.hub.dunning;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dossiers stopped because a letter could not reach the debtor: the procedure waits, charging nothing, until
 * the debtor has an address again or a person releases the dossier; then the undelivered step is sent again.
 */
@Repository
public class UndeliverableDossiers {

    private static final Logger log = LoggerFactory.getLogger(UndeliverableDossiers.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;

    UndeliverableDossiers(JdbcClient jdbc, Dossiers dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    /** Marks the action undeliverable and stops its dossier's procedure until an address arrives. */
    public void hold(long actionId, String detail, LocalDate today) {
        jdbc.sql("UPDATE dunning_actions SET status = 'UNDELIVERABLE', detail = ? WHERE id = ?")
                .params(detail, actionId).update();
        long dossierId = jdbc.sql("SELECT dossier_id FROM dunning_actions WHERE id = ?").param(actionId)
                .query(Long.class).single();
        int held = jdbc.sql("UPDATE dossiers SET status = 'UNDELIVERABLE' WHERE id = ? AND status <> 'CLOSED'")
                .param(dossierId).update();
        if (held > 0) {
            dossiers.recordEvent(dossierId, today, "DOSSIER_UNDELIVERABLE", "The procedure stops: no letter can "
                    + "reach the debtor. It resumes when the debtor has a postal or e-mail address, or when a "
                    + "person releases the dossier.", "book-xix-free-first-reminder");
            log.warn("Dossier stopped, no letter can reach the debtor: dossier='{}' action='{}'.", dossierId,
                    actionId);
        }
    }

    /**
     * Resumes the undeliverable dossiers whose debtor now has a postal address (street, postcode and city) or
     * an e-mail address not known to bounce; returns how many.
     */
    public int resumeReachable(LocalDate today) {
        List<Long> reachable = jdbc.sql("""
                SELECT d.id FROM dossiers d JOIN debtors b ON b.id = d.debtor_id
                 WHERE d.status = 'UNDELIVERABLE'
                   AND ((COALESCE(trim(b.street), '') <> '' AND COALESCE(trim(b.postcode), '') <> ''
                         AND COALESCE(trim(b.city), '') <> '')
                     OR (b.email LIKE '%_@_%' AND COALESCE(b.email_status, '') <> 'BAD'))""")
                .query(Long.class).list();
        reachable.forEach(dossierId -> resume(dossierId, "the debtor has an address again", today));
        return reachable.size();
    }

    /** Sends the dossier's undelivered letters again and lets its procedure go on; false when it was not held. */
    public boolean resume(long dossierId, String why, LocalDate today) {
        int resumed = jdbc.sql("UPDATE dossiers SET status = 'ACTIVE', next_review_on = ? WHERE id = ? "
                        + "AND status = 'UNDELIVERABLE'")
                .params(today, dossierId).update();
        if (resumed == 0) {
            return false;
        }
        // A new publication round (deferrals + 1) gives the message a new duplicate id the broker accepts.
        int again = jdbc.sql("""
                UPDATE dunning_actions SET status = 'PENDING', published_at = NULL, deferred_until = NULL,
                       deferrals = deferrals + 1, detail = ?
                 WHERE dossier_id = ? AND status = 'UNDELIVERABLE'""")
                .params("sent again: " + why, dossierId).update();
        dossiers.recordEvent(dossierId, today, "DELIVERY_RESUMED", "The procedure resumes: " + why + "; "
                + again + " undelivered letter(s) sent again.", null);
        log.info("Dossier resumed after an undeliverable letter: dossier='{}' letters='{}'.", dossierId, again);
        return true;
    }
}
