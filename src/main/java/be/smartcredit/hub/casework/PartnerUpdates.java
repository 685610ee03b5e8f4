package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.dunning.HoldKind;
import be.smartcredit.hub.dunning.PartnerCosts;
import be.smartcredit.hub.dunning.StepKind;
import be.smartcredit.hub.platform.HubClock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a partner's signed status update to its dossier, once per event id: a contest holds the claims, the
 * lawyer's advice to go to court and the bailiff's credit analysis move the dossier on (judicial recovery then
 * waits for the client's approval), costs are tracked, and everything is in the audit trail.
 */
@Service
public class PartnerUpdates {

    private static final Logger log = LoggerFactory.getLogger(PartnerUpdates.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierCommands commands;
    private final HubClock clock;
    private final DossierStatements statements;

    PartnerUpdates(JdbcClient jdbc, Dossiers dossiers, DossierCommands commands, HubClock clock,
            DossierStatements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.dossiers = dossiers;
        this.commands = commands;
        this.clock = clock;
    }

    /** Applies the update; throws Conflict when the same event was applied before (a replay). */
    @Transactional
    public long apply(Handovers.Partner partner, PartnerStatus update) {
        String problem = update.problem(partner);
        if (problem != null) {
            throw new DossierCommands.BadRequest(problem);
        }
        Map<String, Object> handover = jdbc.sql("SELECT id, dossier_id, step FROM handovers WHERE idempotency_key = ? "
                + "AND partner = ?").params(update.handoverId(), partner.code()).query().listOfRows().stream()
                .findFirst().orElseThrow(() -> new DossierCommands.NotFound("no handover " + update.handoverId()
                        + " to the " + partner.code()));
        long dossierId = ((Number) handover.get("dossier_id")).longValue();
        int fresh = jdbc.sql("""
                INSERT INTO partner_events (partner, event_id, dossier_id, status, detail, on_date)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partner, event_id) DO NOTHING""").params(partner.code(),
                update.eventId(), dossierId, update.status().name(), detail(update), clock.today()).update();
        if (fresh == 0) {
            throw new DossierCommands.Conflict("event " + update.eventId() + " was applied before");
        }
        refuseWrongCost(partner, dossierId, update);

        dossiers.recordEvent(dossierId, clock.today(), "PARTNER_STATUS", "The " + partner.code() + " reports "
                + update.status() + (detail(update) == null ? "" : " (" + detail(update) + ")") + " on handover "
                + handover.get("id") + ".", "casework partner webhook");
        carryOut(partner, dossierId, update);
        log.info("Partner status applied: dossier='{}' partner='{}' status='{}' event='{}'.", dossierId,
                partner.code(), update.status(), update.eventId());
        return dossierId;
    }

    private void carryOut(Handovers.Partner partner, long dossierId, PartnerStatus update) {
        switch (update.status()) {
            case CONTESTED -> commands.holdDossier(dossierId, HoldKind.DISPUTE, "contested with the lawyer", null);
            case ADVISE_JUDICIAL -> moveOn(dossierId, StepKind.LAWYER_LETTER, "the lawyer advises judicial action");
            case CREDIT_ANALYSIS -> moveOn(dossierId, StepKind.BAILIFF_NOTICE, "the bailiff's credit analysis says "
                    + update.analysis() + "; judicial recovery is for the client to decide");
            case COSTS_ADVANCED, COSTS_RECOVERED -> cost(partner, dossierId, update);
            default -> { }
        }
    }

    private void moveOn(long dossierId, StepKind step, String why) {
        try {
            commands.moveOn(dossierId, step, why);
        } catch (DossierCommands.Conflict e) {
            dossiers.recordEvent(dossierId, clock.today(), "PARTNER_STATUS_NOTED", why + "; " + e.getMessage()
                    + ", so nothing changes.", "casework partner webhook");
        }
    }

    /** Refuses a cost in another currency than the claims', or a recovery beyond what was advanced. */
    private void refuseWrongCost(Handovers.Partner partner, long dossierId, PartnerStatus update) {
        boolean advanced = update.status() == PartnerStatus.Kind.COSTS_ADVANCED;
        if (!advanced && update.status() != PartnerStatus.Kind.COSTS_RECOVERED) {
            return;
        }
        List<String> currencies = jdbc.sql("SELECT DISTINCT currency FROM claims WHERE dossier_id = ?")
                .param(dossierId).query(String.class).list();
        String refusal = PartnerCosts.refusal(new PartnerCosts.Cost(partner.code(), advanced, update.amount(),
                clock.today()), currency(update), currencies, statements.costsReported(dossierId));
        if (refusal != null) {
            throw new DossierCommands.BadRequest(refusal);
        }
    }

    private static String currency(PartnerStatus update) {
        return update.currency() == null ? "EUR" : update.currency();
    }

    private void cost(Handovers.Partner partner, long dossierId, PartnerStatus update) {
        String kind = update.status() == PartnerStatus.Kind.COSTS_ADVANCED ? "ADVANCED" : "RECOVERED";
        jdbc.sql("""
                INSERT INTO dossier_costs (dossier_id, kind, partner, amount, currency, on_date)
                VALUES (?, ?, ?, ?, ?, ?)""").params(dossierId, kind, partner.code(), update.amount(),
                currency(update), clock.today()).update();
    }

    private static String detail(PartnerStatus update) {
        if (update.analysis() != null) {
            return update.analysis().name();
        }
        return update.amount() == null ? null : currency(update) + " " + update.amount().toPlainString();
    }

    /** The costs partners advanced on a dossier, what was recovered, and what is still out. */
    public Map<String, Object> costs(long dossierId) {
        Map<String, Object> totals = jdbc.sql("""
                SELECT COALESCE(sum(amount) FILTER (WHERE kind = 'ADVANCED'), 0) AS advanced,
                       COALESCE(sum(amount) FILTER (WHERE kind = 'RECOVERED'), 0) AS recovered
                  FROM dossier_costs WHERE dossier_id = ?""").param(dossierId).query().singleRow();
        java.math.BigDecimal advanced = (java.math.BigDecimal) totals.get("advanced");
        java.math.BigDecimal recovered = (java.math.BigDecimal) totals.get("recovered");
        return Map.of("dossier", dossierId, "advanced", advanced, "recovered", recovered,
                "outstanding", advanced.subtract(recovered));
    }
}
