package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.SingleNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a day's print batch once: no letter joins it afterwards, the manifests are written, and the
 * batch is handed to the print shop. A batch closed but not delivered (the print shop was unreachable)
 * is delivered again by the next close; a delivered batch is not touched.
 */
@Service
public class PrintBatchClosing {

    private static final Logger log = LoggerFactory.getLogger(PrintBatchClosing.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PrintBatches batches;
    private final PrintShopDelivery printShop;
    private final HubClock clock;
    private final SingleNode singleNode;

    PrintBatchClosing(JdbcClient jdbc, TransactionTemplate transaction, PrintBatches batches,
            PrintShopDelivery printShop, HubClock clock, SingleNode singleNode) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batches = batches;
        this.printShop = printShop;
        this.clock = clock;
        this.singleNode = singleNode;
    }

    /** What closing a batch did. */
    public record Closed(LocalDate batchDate, int letters, int pages, String deliveredTo, boolean alreadyDelivered) {
    }

    /**
     * The route's cron: delivers any earlier batch left undelivered, then closes today's; on one node at a time
     * (a node that finds another one closing skips its turn).
     */
    public List<Closed> closeToday() {
        return singleNode.runAlone("print.close", this::closeTodayAndEarlier).orElse(List.of());
    }

    private List<Closed> closeTodayAndEarlier() {
        List<Closed> done = new ArrayList<>();
        for (LocalDate pending : undeliveredBefore(clock.today())) {
            done.add(close(pending));
        }
        done.add(close(clock.today()));
        return done;
    }

    public Closed close(LocalDate batchDate) {
        Optional<String> status = transaction.execute(tx -> markClosed(batchDate));
        if (status.isPresent() && "DELIVERED".equals(status.get())) {
            return new Closed(batchDate, -1, -1, null, true);
        }
        List<PrintLetter> letters = batches.letters(batchDate);
        // Limitation: letters are files of the node that rendered them; several nodes must share <data-dir>/outbox.
        Path folder = batches.folder(batchDate);
        PrintBatches.write(folder, PrintManifest.CSV, PrintManifest.csv(letters));
        PrintBatches.write(folder, PrintManifest.JSON, PrintManifest.json(batchDate, letters));

        List<String> files = new ArrayList<>(letters.stream().map(PrintLetter::fileName).toList());
        files.addAll(List.of(PrintManifest.CSV, PrintManifest.JSON));
        String target = printShop.deliver(batchDate, folder, files);
        jdbc.sql("UPDATE print_batches SET status = 'DELIVERED', delivered_at = now(), delivered_to = ? "
                + "WHERE batch_date = ?").params(target, batchDate).update();
        int pages = letters.stream().mapToInt(PrintLetter::pages).sum();
        log.info("Print batch delivered: batch='{}' letters='{}' pages='{}' to='{}'.", batchDate, letters.size(),
                pages, target);
        return new Closed(batchDate, letters.size(), pages, target, false);
    }

    /** Marks the batch closed (waiting for letters still being added); returns the status it had. */
    private Optional<String> markClosed(LocalDate batchDate) {
        jdbc.sql("INSERT INTO print_batches (batch_date, status) VALUES (?, 'OPEN') ON CONFLICT DO NOTHING")
                .param(batchDate).update();
        String status = jdbc.sql("SELECT status FROM print_batches WHERE batch_date = ? FOR UPDATE")
                .param(batchDate).query(String.class).single();
        if ("OPEN".equals(status)) {
            jdbc.sql("""
                    UPDATE print_batches SET status = 'CLOSED', closed_at = now(),
                           letters = (SELECT count(*) FROM print_letters WHERE batch_date = ?)
                     WHERE batch_date = ?""").params(batchDate, batchDate).update();
        }
        return Optional.of(status);
    }

    private List<LocalDate> undeliveredBefore(LocalDate today) {
        return jdbc.sql("SELECT batch_date FROM print_batches WHERE status <> 'DELIVERED' AND batch_date < ? "
                + "ORDER BY batch_date").param(today).query(LocalDate.class).list();
    }
}
