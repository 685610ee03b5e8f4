package be.smartcredit.hub.dunning;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily dunning run: claims whose next step has come are taken in batches with
 * {@code FOR UPDATE SKIP LOCKED} (so several nodes or threads share the work), and each step
 * becomes an action row in the same transaction as the claim's new state (transactional outbox).
 */
@Service
public class DunningRun {

    private static final Logger log = LoggerFactory.getLogger(DunningRun.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Connectors connectors;
    private final Claims claims;
    private final ActionOutbox outbox;
    private final HubClock clock;
    private final int batchSize;

    DunningRun(JdbcClient jdbc, TransactionTemplate transaction, Connectors connectors, Claims claims,
            ActionOutbox outbox, HubClock clock, HubSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.connectors = connectors;
        this.claims = claims;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = settings.dunning().batchSize();
    }

    /** Runs for the hub's today; called by the nightly schedule. */
    public RunSummary runToday() {
        return run(clock.today());
    }

    public RunSummary run(LocalDate today) {
        log.info("Dunning run started for date='{}'.", today);
        int actions = 0;
        int batch;
        do {
            batch = transaction.execute(status -> processBatch(today));
            actions += batch;
        } while (batch > 0);

        int published = outbox.publishPending();
        log.info("Dunning run finished for date='{}': actions='{}' published='{}'.", today, actions, published);
        return new RunSummary(today, actions, published);
    }

    private int processBatch(LocalDate today) {
        List<DueClaim> due = jdbc.sql("""
                SELECT id, connector_id, last_step FROM claims
                 WHERE status = 'OPEN' AND next_action_on <= ?
                 ORDER BY next_action_on, id
                 LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(today, batchSize).query(DueClaim.class).list();
        due.forEach(claim -> advance(claim, today));
        return due.size();
    }

    private void advance(DueClaim claim, LocalDate today) {
        ReminderSchedule schedule = scheduleOf(connectors.get(claim.connectorId()));
        ReminderStep last = claim.lastStep() == null ? null : ReminderStep.valueOf(claim.lastStep());
        var step = schedule.stepAfter(last);
        if (step.isEmpty()) {
            jdbc.sql("UPDATE claims SET next_action_on = NULL WHERE id = ?").param(claim.id()).update();
            return;
        }

        LocalDate next = schedule.nextActionAfter(step.get(), today).orElse(null);
        int inserted = jdbc.sql("""
                INSERT INTO dunning_actions (claim_id, step, due_on, status) VALUES (?, ?, ?, 'PENDING')
                ON CONFLICT (claim_id, step) DO NOTHING""")
                .params(claim.id(), step.get().name(), today).update();
        jdbc.sql("UPDATE claims SET last_step = ?, last_step_on = ?, next_action_on = ? WHERE id = ?")
                .params(step.get().name(), today, next, claim.id()).update();
        if (inserted > 0) {
            claims.recordEvent(claim.id(), "STEP_PLANNED", step.get() + " due on " + today);
            log.info("Step planned: claim='{}' step='{}' date='{}'.", claim.id(), step.get(), today);
        }
    }

    static ReminderSchedule scheduleOf(Connector connector) {
        return new ReminderSchedule(connector.reminders().firstAfterDays(), connector.reminders().secondAfterDays());
    }

    private record DueClaim(long id, String connectorId, String lastStep) {
    }

    /** What one run did. */
    public record RunSummary(LocalDate date, int actionsCreated, int actionsPublished) {
    }
}
