package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily dunning run: new claims join their dossiers, then dossiers due for review are taken in
 * batches with {@code FOR UPDATE SKIP LOCKED} (so several nodes or threads share the work); the planner
 * decides each one, and its actions are written in the same transaction as the dossier's new state
 * (transactional outbox, unique per dossier and step).
 */
@Service
public class DunningRun {

    private static final Logger log = LoggerFactory.getLogger(DunningRun.class);

    private final TransactionTemplate transaction;
    private final Dossiers dossiers;
    private final DecisionWriter writer;
    private final Procedures procedures;
    private final DunningPlanner planner;
    private final ActionOutbox outbox;
    private final HubClock clock;
    private final int batchSize;

    DunningRun(TransactionTemplate transaction, Dossiers dossiers, DecisionWriter writer, Procedures procedures,
            TermRule terms, FeeRule fees, ActionOutbox outbox, HubClock clock, HubSettings settings) {
        this.transaction = transaction;
        this.dossiers = dossiers;
        this.writer = writer;
        this.procedures = procedures;
        this.planner = new DunningPlanner(terms, fees, settings.dunning().planGraceDays());
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
        int joined = transaction.execute(status -> dossiers.gatherNewClaims(today));
        int actions = 0;
        int batch;
        do {
            int[] counts = transaction.execute(status -> processBatch(today));
            batch = counts[0];
            actions += counts[1];
        } while (batch > 0);

        int published = outbox.publishPending();
        log.info("Dunning run finished for date='{}': dossiersGainingClaims='{}' actions='{}' published='{}'.",
                today, joined, actions, published);
        return new RunSummary(today, actions, published);
    }

    /** Reviews one batch; returns the dossiers reviewed and the actions created. */
    private int[] processBatch(LocalDate today) {
        List<Long> due = dossiers.lockDueForReview(today, batchSize);
        int actions = 0;
        for (long dossierId : due) {
            actions += review(dossierId, today);
        }
        return new int[] {due.size(), actions};
    }

    private int review(long dossierId, LocalDate today) {
        DossierState state = dossiers.load(dossierId);
        Procedure procedure = dossiers.procedureOf(dossierId);
        Decision decision = planner.plan(state, procedure, today);
        return writer.apply(dossierId, decision, today);
    }

    /** What one run did. */
    public record RunSummary(LocalDate date, int actionsCreated, int actionsPublished) {
    }
}
