package be.smartcredit.hub.dunning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The term of an action as its letter actually left: counted by the law from the day it left and the channels
 * that carried it (the later term when it went by both), so a letter posted instead of e-mailed gives the paper
 * term, and an action whose letter never left starts no term at all.
 */
@Repository
public class ActionTerms {

    /**
     * SQL condition on a {@code dunning_actions a}: its letter left (sent, by hand, a task) or, while deferred,
     * some channel already carried it. Pending, undeliverable and skipped actions start no term.
     */
    static final String LEFT = """
            (a.status IN ('SENT', 'SENT_BY_HAND', 'TASK_CREATED') OR (a.status = 'DEFERRED' AND EXISTS (
                SELECT 1 FROM deliveries d WHERE d.action_id = a.id AND d.channel IN ('EMAIL', 'POST')
                   AND d.status IN ('SENT', 'DELIVERED', 'UNCERTAIN'))))""";

    private static final Logger log = LoggerFactory.getLogger(ActionTerms.class);

    private final JdbcClient jdbc;
    private final TermRule terms;
    private final Dossiers dossiers;

    ActionTerms(JdbcClient jdbc, TermRule terms, Dossiers dossiers) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.dossiers = dossiers;
    }

    /**
     * The term a letter gives when it leaves on {@code sentOn} by {@code channels}; the later of the channels'
     * terms. Nothing is stored.
     */
    public LocalDate termIfSent(long actionId, Collection<Channel> channels, LocalDate sentOn) {
        return term(load(actionId), channels, sentOn).endsOn();
    }

    /**
     * Stores the term of a letter that left on {@code sentOn} by {@code channels} and says why in the dossier's
     * trail when it differs from the planned one. A deferred action keeps the later of its stored and new term,
     * since a channel carried it before. Returns the term.
     */
    public LocalDate leftBy(long actionId, Collection<Channel> channels, LocalDate sentOn) {
        Planned planned = load(actionId);
        TermRule.Term term = term(planned, channels, sentOn);
        LocalDate endsOn = term.endsOn();
        if ("DEFERRED".equals(planned.status()) && planned.termEndsOn() != null
                && planned.termEndsOn().isAfter(endsOn)) {
            endsOn = planned.termEndsOn();
        }
        if (endsOn.equals(planned.termEndsOn())) {
            return endsOn;
        }

        jdbc.sql("UPDATE dunning_actions SET term_ends_on = ? WHERE id = ?").params(endsOn, actionId).update();
        dossiers.recordEvent(planned.dossierId(), sentOn, "TERM_SET", planned.step() + " left on " + sentOn
                + " by " + channels + ": its term ends on " + endsOn + " (planned " + planned.termEndsOn() + ")"
                + (term.lawNote() == null ? "" : "; " + term.lawNote()) + ".", term.rule());
        log.info("Term set by the channels the letter left by: dossier='{}' action='{}' step='{}' term='{}'.",
                planned.dossierId(), actionId, planned.step(), endsOn);
        return endsOn;
    }

    private TermRule.Term term(Planned planned, Collection<Channel> channels, LocalDate sentOn) {
        // Limitation: the days the procedure asked are read back from the planned term, so a term the law had
        // lengthened at planning is asked again in full; the debtor gets at most a few days more.
        int daysAsked = planned.termEndsOn() == null ? DunningPlanner.CONSUMER_REMINDER_DAYS
                : (int) ChronoUnit.DAYS.between(planned.dueOn(), planned.termEndsOn());
        return channels.stream()
                .map(channel -> terms.term(planned.step(), planned.debtor(), channel, sentOn, daysAsked))
                .max(Comparator.comparing(TermRule.Term::endsOn))
                .orElseThrow(() -> new IllegalArgumentException("action " + planned.actionId() + " left by no "
                        + "channel that carries a letter"));
    }

    private Planned load(long actionId) {
        Map<String, Object> row = jdbc.sql("""
                SELECT a.id, a.step, a.status, a.dossier_id, a.due_on, a.term_ends_on,
                       b.debtor_type, b.vat_id, b.company_id
                  FROM dunning_actions a JOIN dossiers d ON d.id = a.dossier_id
                  JOIN debtors b ON b.id = d.debtor_id WHERE a.id = ?""")
                .param(actionId).query().singleRow();
        return new Planned(actionId, StepKind.valueOf((String) row.get("step")), (String) row.get("status"),
                ((Number) row.get("dossier_id")).longValue(), DebtorKind.stored((String) row.get("debtor_type"),
                        (String) row.get("vat_id"), (String) row.get("company_id")),
                date(row.get("due_on")), date(row.get("term_ends_on")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    private record Planned(long actionId, StepKind step, String status, long dossierId, DebtorKind debtor,
            LocalDate dueOn, LocalDate termEndsOn) {
    }
}
