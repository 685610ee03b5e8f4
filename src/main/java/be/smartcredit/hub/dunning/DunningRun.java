package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.SingleNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    private final SingleNode singleNode;
    private final UndeliverableDossiers undeliverables;
    private final int batchSize;

    DunningRun(TransactionTemplate transaction, Dossiers dossiers, DecisionWriter writer, Procedures procedures,
            TermRule terms, FeeRule fees, ActionOutbox outbox, HubClock clock, HubSettings settings,
            SingleNode singleNode, UndeliverableDossiers undeliverables) {
        this.transaction = transaction;
        this.dossiers = dossiers;
        this.writer = writer;
        this.procedures = procedures;
        this.planner = new DunningPlanner(terms, fees, settings.dunning().planGraceDays());
        this.outbox = outbox;
        this.clock = clock;
        this.singleNode = singleNode;
        this.undeliverables = undeliverables;
        this.batchSize = settings.dunning().batchSize();
    }

    /** Runs for the hub's today; called by the API. */
    public RunSummary runToday() {
        return run(clock.today());
    }

    /**
     * The nightly schedule's run, on one node at a time: every node's schedule fires, and a node that finds
     * another one running skips its turn (a run after it would find nothing left to do).
     */
    public Optional<RunSummary> runNightly() {
        return singleNode.runAlone("dunning.nightly", this::runToday);
    }

    public RunSummary run(LocalDate today) {
        log.info("Dunning run started for date='{}'.", today);
        int joined = transaction.execute(status -> dossiers.gatherNewClaims(today));
        transaction.execute(status -> undeliverables.resumeReachable(today));
        int actions = 0;
        int batch;
        do {
            int[] counts = transaction.execute(status -> processBatch(today));
            batch = counts[0];
            actions += counts[1];
        } while (batch > 0);

        int published = publishNow();
        log.info("Dunning run finished for date='{}': dossiersGainingClaims='{}' actions='{}' published='{}'.",
                today, joined, actions, published);
        return new RunSummary(today, actions, published);
    }

    /**
     * Publishes the run's actions; when the broker cannot be reached the run still stands (its actions are stored)
     * and the relay publishes them once the broker is back.
     */
    private int publishNow() {
        try {
            return outbox.publishPending();
        } catch (RuntimeException brokerDown) {
            log.warn("Actions not published yet, the relay retries every 5 s: reason='{}'.", brokerDown.getMessage());
            return 0;
        }
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
