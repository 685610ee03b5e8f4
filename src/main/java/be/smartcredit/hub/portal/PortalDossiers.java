package be.smartcredit.hub.portal;

import be.smartcredit.hub.dunning.DossierViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dossiers as a portal user may see them: every read is scoped to the user's connectors, and a dossier, claim or
 * letter of another client is answered as not found.
 */
@Repository
class PortalDossiers {

    private final JdbcClient jdbc;
    private final DossierViews views;

    PortalDossiers(JdbcClient jdbc, DossierViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    List<DossierViews.Summary> list(PortalUser user, DossierFilter filter, int limit) {
        DossierFilter.Where where = filter.where(user.scope());
        List<Object> params = new java.util.ArrayList<>(where.params());
        params.add(limit);
        return jdbc.sql(DossierViews.SUMMARY + where.sql() + " ORDER BY d.id DESC LIMIT ?").params(params)
                .query(DossierViews.Summary.class).list();
    }

    /** The dossier, or 404 when it does not exist or belongs to a connector the user may not see. */
    DossierViews.Summary visible(PortalUser user, long dossierId) {
        return views.find(dossierId).filter(d -> user.sees(d.connectorId())).orElseThrow(() -> notFound("dossier"));
    }

    /** The dossier a claim is in, checked like {@link #visible}. */
    long dossierOfClaim(PortalUser user, long claimId) {
        Long dossierId = jdbc.sql("SELECT dossier_id FROM claims WHERE id = ?").param(claimId).query(Long.class)
                .optional().orElseThrow(() -> notFound("claim"));
        return visible(user, dossierId).id();
    }

    List<PaymentLine> payments(long dossierId) {
        return jdbc.sql("""
                SELECT a.id, p.booked_on, c.number, a.amount, p.currency, a.rule, a.undone_at IS NOT NULL AS undone
                  FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN claims c ON c.id = a.claim_id
                 WHERE c.dossier_id = ? ORDER BY p.booked_on, a.id""").param(dossierId)
                .query(PaymentLine.class).list();
    }

    List<HoldLine> holds(long dossierId) {
        return jdbc.sql("""
                SELECT h.id, c.number, h.kind, h.reason, h.until, h.created_on, h.released_on
                  FROM claim_holds h JOIN claims c ON c.id = h.claim_id
                 WHERE c.dossier_id = ? ORDER BY h.id""").param(dossierId).query(HoldLine.class).list();
    }

    List<NoteLine> notes(long dossierId) {
        return jdbc.sql("SELECT author, text, created_at FROM dossier_notes WHERE dossier_id = ? ORDER BY id")
                .param(dossierId).query(NoteLine.class).list();
    }

    void addNote(long dossierId, String author, String text) {
        jdbc.sql("INSERT INTO dossier_notes (dossier_id, author, text) VALUES (?, ?, ?)")
                .params(dossierId, author, text).update();
    }

    /** Where the hub stored an action's letter, if it kept one. */
    Optional<String> documentPath(long dossierId, long actionId) {
        return jdbc.sql("SELECT document_path FROM dunning_actions WHERE id = ? AND dossier_id = ?")
                .params(actionId, dossierId).query(String.class).optional().filter(p -> p != null);
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + what);
    }

    /** One allocation of a payment to a claim of the dossier. */
    record PaymentLine(long id, LocalDate bookedOn, String number, BigDecimal amount, String currency, String rule,
            boolean undone) {
    }

    /** One hold on a claim of the dossier. */
    record HoldLine(long id, String number, String kind, String reason, LocalDate until, LocalDate createdOn,
            LocalDate releasedOn) {
    }

    /** One note on the dossier. */
    record NoteLine(String author, String text, OffsetDateTime createdAt) {
    }
}
