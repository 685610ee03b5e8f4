package be.smartcredit.hub.casework;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.dunning.StepKind;
import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.payment.PaymentPosting;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.PaymentReference;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediator visits: a MEDIATOR_VISIT task is assigned to the mediator of the debtor's postcode and planned on
 * that mediator's next working day with room; the visit report is stored as a PDF in the dossier, and its
 * agreement, cash and recommendation drive the dossier.
 */
@Service
public class Visits {

    private static final Logger log = LoggerFactory.getLogger(Visits.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierCommands commands;
    private final PaymentPosting posting;
    private final LetterRenderer renderer;
    private final HubClock clock;
    private final MediatorRegions regions;
    private final BelgianCalendar calendar = new BelgianCalendar();
    private final int perDay;
    private final Path reports;

    Visits(JdbcClient jdbc, Dossiers dossiers, DossierCommands commands, PaymentPosting posting,
            LetterRenderer renderer, HubClock clock, CaseworkSettings settings, HubSettings hub) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.commands = commands;
        this.posting = posting;
        this.renderer = renderer;
        this.clock = clock;
        this.regions = new MediatorRegions(settings.mediators());
        this.perDay = Math.max(1, settings.visitsPerDay());
        this.reports = hub.dataDir().resolve("casework").resolve("visits");
    }

    /** Plans a visit for every visit task that has none; returns how many were planned. */
    @Transactional
    public int planVisits() {
        List<Map<String, Object>> tasks = jdbc.sql("""
                SELECT t.id, t.dossier_id, b.postcode FROM tasks t JOIN dossiers d ON d.id = t.dossier_id
                  JOIN debtors b ON b.id = d.debtor_id
                 WHERE t.kind = 'MEDIATOR_VISIT' AND t.status = 'OPEN'
                   AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.task_id = t.id)
                 ORDER BY t.id FOR UPDATE OF t SKIP LOCKED""").query().listOfRows();
        tasks.forEach(task -> plan(((Number) task.get("id")).longValue(),
                ((Number) task.get("dossier_id")).longValue(), (String) task.get("postcode")));
        return tasks.size();
    }

    private void plan(long taskId, long dossierId, String postcode) {
        LocalDate today = clock.today();
        Optional<MediatorRegions.Mediator> mediator = regions.assign(postcode);
        LocalDate day = mediator.map(m -> dayWithRoom(m.id(), today)).orElse(null);
        long visitId = jdbc.sql("""
                INSERT INTO visits (dossier_id, task_id, mediator, planned_on, status) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(dossierId, taskId, mediator.map(MediatorRegions.Mediator::id).orElse(null),
                day, mediator.isPresent() ? "PLANNED" : "UNASSIGNED").query(Long.class).single();
        if (mediator.isEmpty()) {
            dossiers.recordEvent(dossierId, today, "VISIT_UNASSIGNED", "Visit " + visitId + ": no mediator covers "
                    + "the debtor's postcode; left for a person.", "casework mediator regions");
            log.warn("Visit left unassigned, no mediator covers the postcode: dossier='{}' visit='{}'.", dossierId,
                    visitId);
            return;
        }
        dossiers.recordEvent(dossierId, today, "VISIT_PLANNED", "Visit " + visitId + " by mediator "
                + mediator.get().id() + " on " + day + ".", "casework mediator regions");
        log.info("Visit planned: dossier='{}' visit='{}' mediator='{}' date='{}'.", dossierId, visitId,
                mediator.get().id(), day);
    }

    private LocalDate dayWithRoom(String mediator, LocalDate today) {
        LocalDate day = calendar.nthWorkingDayAfter(today, 1);
        while (jdbc.sql("SELECT count(*) FROM visits WHERE mediator = ? AND planned_on = ?").params(mediator, day)
                .query(Long.class).single() >= perDay) {
            day = calendar.nthWorkingDayAfter(day, 1);
        }
        return day;
    }

    /** A mediator's visits on one day, with the addresses to go to. */
    public List<Map<String, Object>> planOf(String mediator, LocalDate day) {
        return jdbc.sql("""
                SELECT v.id AS visit, v.dossier_id AS dossier, v.status, b.name, b.street, b.postcode, b.city,
                       (SELECT COALESCE(sum(open_amount), 0) FROM claims c WHERE c.dossier_id = v.dossier_id
                           AND c.status = 'OPEN') AS open
                  FROM visits v JOIN dossiers d ON d.id = v.dossier_id JOIN debtors b ON b.id = d.debtor_id
                 WHERE v.mediator = ? AND v.planned_on = ? ORDER BY b.postcode, v.id""")
                .params(mediator, day).query().listOfRows();
    }

    /** One visit as the agents' pages show it, or empty when there is no such visit. */
    public Optional<Visit> find(long visitId) {
        return jdbc.sql("SELECT id, dossier_id, mediator, planned_on, status, report_path FROM visits WHERE id = ?")
                .param(visitId).query(Visit.class).optional();
    }

    /** Stores the visit's report as a PDF and carries out what it says; returns the effect. */
    @Transactional
    public VisitReport.Effect report(long visitId, VisitReport report) {
        LocalDate today = clock.today();
        Map<String, Object> visit = lockPlanned(visitId);
        if (report.problem() != null) {
            throw new DossierCommands.BadRequest(report.problem());
        }
        long dossierId = ((Number) visit.get("dossier_id")).longValue();
        Path pdf = store(visitId, dossierId, (String) visit.get("mediator"), today, report);

        jdbc.sql("""
                UPDATE visits SET status = 'REPORTED', outcome = ?, recommendation = ?, report_path = ? WHERE id = ?""")
                .params(report.outcome().name(), report.solvency() == null ? null
                        : report.solvency().recommendation().name(), pdf.toString(), visitId).update();
        jdbc.sql("UPDATE tasks SET status = 'DONE' WHERE id = ?").param(visit.get("task_id")).update();
        dossiers.recordEvent(dossierId, today, "VISIT_REPORTED", "Visit " + visitId + ": " + report.outcome()
                + (report.solvency() == null ? "" : ", solvency report recommends "
                + report.solvency().recommendation()) + "; report " + pdf.getFileName() + " stored.",
                "casework visit report");
        carryOut(visitId, dossierId, report);
        log.info("Visit reported: dossier='{}' visit='{}' outcome='{}' effect='{}'.", dossierId, visitId,
                report.outcome(), report.effect());
        return report.effect();
    }

    private void carryOut(long visitId, long dossierId, VisitReport report) {
        if (report.outcome() == VisitReport.Outcome.MOVED) {
            moved(dossierId, report.newAddress());
        }
        if (report.cashReceived() != null) {
            cash(visitId, dossierId, report);
        }
        switch (report.effect()) {
            case PLAN -> commands.addPaymentPlan(dossierId, report.agreement());
            case NEXT_STEP -> commands.moveOn(dossierId, StepKind.MEDIATOR_VISIT, "the visit report recommends the "
                    + "legal route or the debtor refused");
            case NONE -> { }
        }
    }

    private void moved(long dossierId, VisitReport.Address address) {
        jdbc.sql("""
                UPDATE debtors SET street = ?, additional_street = NULL, postcode = ?, city = ?
                 WHERE id = (SELECT debtor_id FROM dossiers WHERE id = ?)""")
                .params(address.street(), address.postcode(), address.city(), dossierId).update();
        dossiers.recordEvent(dossierId, clock.today(), "ADDRESS_CHANGED", "The debtor moved; the mediator's new "
                + "address replaces the old one.", "casework visit report");
    }

    /** Cash goes through the payment posting, as a payment with the oldest open claim's reference. */
    private void cash(long visitId, long dossierId, VisitReport report) {
        String digits = jdbc.sql("""
                SELECT structured_communication FROM claims WHERE dossier_id = ? AND status = 'OPEN'
                 ORDER BY due_date, id LIMIT 1""").param(dossierId).query(String.class).optional().orElse(null);
        PaymentReference reference = digits == null ? null
                : PaymentReference.ogm(StructuredCommunication.parse(digits).orElseThrow());
        BankMovement movement = new BankMovement("visit-" + visitId, report.cashReceived(), "EUR", clock.today(),
                reference, "cash received at visit " + visitId, "", "", false, List.of());
        posting.post(null, "visit-" + visitId, movement, null);
        dossiers.recordEvent(dossierId, clock.today(), "CASH_RECEIVED", "Cash of EUR "
                + report.cashReceived().toPlainString() + " received at visit " + visitId + "; the receipt is the "
                + "visit report.", "casework visit report");
    }

    // Limitation: the report is laid out in English only, and it is the debtor's only receipt for cash.
    private Path store(long visitId, long dossierId, String mediator, LocalDate today, VisitReport report) {
        byte[] pdf = renderer.render(VisitReportXml.LAYOUT, VisitReportXml.of(visitId, dossierId, mediator, today,
                report));
        Path file = reports.resolve(Long.toString(dossierId)).resolve("visit-" + visitId + ".pdf");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the visit report " + file, e);
        }
        return file;
    }

    private Map<String, Object> lockPlanned(long visitId) {
        Map<String, Object> visit = jdbc.sql("SELECT dossier_id, task_id, mediator, status FROM visits WHERE id = ? "
                + "FOR UPDATE").param(visitId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new DossierCommands.NotFound("no visit " + visitId));
        if (!"PLANNED".equals(visit.get("status"))) {
            throw new DossierCommands.Conflict("visit " + visitId + " is " + visit.get("status"));
        }
        return visit;
    }

    /**
     * A planned or reported visit.
     *
     * @param id the visit
     * @param dossierId the dossier visited
     * @param mediator the mediator's id, or {@code null} while unassigned
     * @param plannedOn the day of the visit, or {@code null} while unassigned
     * @param status UNASSIGNED, PLANNED or REPORTED
     * @param reportPath where the report PDF is kept, once reported
     */
    public record Visit(long id, long dossierId, String mediator, LocalDate plannedOn, String status,
            String reportPath) {
    }
}
