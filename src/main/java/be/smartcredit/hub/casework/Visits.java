package be.smartcredit.hub.casework;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.casework.VisitReportXml.Visit;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.dunning.CloseReason;
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
import java.math.BigDecimal;
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
    public Optional<VisitView> find(long visitId) {
        return jdbc.sql("SELECT id, dossier_id, mediator, planned_on, status, report_path FROM visits WHERE id = ?")
                .param(visitId).query(VisitView.class).optional();
    }

    /** Stores the visit's report as a PDF and carries out what it says; returns the effect. */
    @Transactional
    public VisitReport.Effect report(long visitId, VisitReport report) {
        LocalDate today = clock.today();
        Visit visit = lockPlanned(visitId);
        if (report.problem() != null) {
            throw new DossierCommands.BadRequest(report.problem());
        }
        VisitReport.Effect effect = report.effect(visit.isSecond());
        Path pdf = store(visit, "visit-", renderer.render(VisitReportXml.LAYOUT, VisitReportXml.of(visit, today,
                report, effect)));

        jdbc.sql("""
                UPDATE visits SET status = 'REPORTED', outcome = ?, recommendation = ?, report_path = ? WHERE id = ?""")
                .params(report.outcome().name(), report.solvency() == null ? null
                        : report.solvency().recommendation().name(), pdf.toString(), visitId).update();
        if (effect != VisitReport.Effect.SECOND_VISIT) {
            jdbc.sql("UPDATE tasks SET status = 'DONE' WHERE id = ?").param(visit.taskId()).update();
        }
        dossiers.recordEvent(visit.dossierId(), today, "VISIT_REPORTED", "Visit " + visitId + ": "
                + report.outcome() + (report.solvency() == null ? "" : ", solvency report recommends "
                + report.solvency().recommendation()) + "; report " + pdf.getFileName() + " stored.",
                "casework visit report");
        carryOut(visit, report, effect);
        log.info("Visit reported: dossier='{}' visit='{}' outcome='{}' effect='{}'.", visit.dossierId(), visitId,
                report.outcome(), effect);
        return effect;
    }

    private void carryOut(Visit visit, VisitReport report, VisitReport.Effect effect) {
        long dossierId = visit.dossierId();
        if (report.outcome() == VisitReport.Outcome.MOVED) {
            moved(dossierId, report.newAddress());
        }
        if (report.cashReceived() != null) {
            cash(visit, report.cashReceived());
        }
        switch (effect) {
            case PLAN -> commands.addPaymentPlan(dossierId, report.agreement());
            case NEXT_STEP -> commands.moveOn(dossierId, StepKind.MEDIATOR_VISIT, "the visit report recommends the "
                    + "legal route or the debtor refused");
            case SECOND_VISIT -> planSecond(visit);
            case PROPOSE_CLOSING -> commands.proposeClosing(dossierId, CloseReason.IRRECOVERABLE, "the solvency "
                    + "report of visit " + visit.id() + " recommends it");
            case NONE -> { }
        }
    }

    /** The debtor was not home: the same mediator comes once more on a later working day with room. */
    private void planSecond(Visit first) {
        LocalDate firstDay = jdbc.sql("SELECT planned_on FROM visits WHERE id = ?").param(first.id())
                .query(LocalDate.class).single();
        LocalDate day = dayWithRoom(first.mediator(), secondVisitAfter(clock.today(), firstDay));
        long visitId = jdbc.sql("""
                INSERT INTO visits (dossier_id, task_id, mediator, planned_on, status, revisit_of)
                VALUES (?, ?, ?, ?, 'PLANNED', ?) RETURNING id""")
                .params(first.dossierId(), first.taskId(), first.mediator(), day, first.id())
                .query(Long.class).single();
        dossiers.recordEvent(first.dossierId(), clock.today(), "VISIT_PLANNED", "Second visit " + visitId
                + " by mediator " + first.mediator() + " on " + day + ": the debtor was not home at visit "
                + first.id() + ".", "casework second visit");
        commands.extendTerm(first.dossierId(), StepKind.MEDIATOR_VISIT, day.plusDays(1), "a second visit is "
                + "planned on " + day);
        log.info("Second visit planned: dossier='{}' visit='{}' mediator='{}' date='{}'.", first.dossierId(),
                visitId, first.mediator(), day);
    }

    /** The day a second visit comes after: the first visit's day, or today when the report came in later. */
    static LocalDate secondVisitAfter(LocalDate today, LocalDate firstVisit) {
        return firstVisit == null || today.isAfter(firstVisit) ? today : firstVisit;
    }

    private void moved(long dossierId, VisitReport.Address address) {
        jdbc.sql("""
                UPDATE debtors SET street = ?, additional_street = NULL, postcode = ?, city = ?
                 WHERE id = (SELECT debtor_id FROM dossiers WHERE id = ?)""")
                .params(address.street(), address.postcode(), address.city(), dossierId).update();
        dossiers.recordEvent(dossierId, clock.today(), "ADDRESS_CHANGED", "The debtor moved; the mediator's new "
                + "address replaces the old one.", "casework visit report");
    }

    /**
     * Cash goes through the payment posting, as a payment with the oldest open claim's reference; the debtor's
     * receipt is a PDF of its own.
     */
    private void cash(Visit visit, BigDecimal amount) {
        String digits = jdbc.sql("""
                SELECT structured_communication FROM claims WHERE dossier_id = ? AND status = 'OPEN'
                 ORDER BY due_date, id LIMIT 1""").param(visit.dossierId()).query(String.class).optional()
                .orElse(null);
        StructuredCommunication communication = digits == null ? null
                : StructuredCommunication.parse(digits).orElseThrow();
        BankMovement movement = new BankMovement("visit-" + visit.id(), amount, "EUR", clock.today(),
                communication == null ? null : PaymentReference.ogm(communication),
                "cash received at visit " + visit.id(), "", "", false, List.of());
        posting.post(null, "visit-" + visit.id(), movement, null);

        Path receipt = store(visit, "receipt-", renderer.render(VisitReportXml.RECEIPT_LAYOUT, VisitReportXml
                .receipt(visit, clock.today(), amount, communication == null ? null : communication.formatted())));
        jdbc.sql("UPDATE visits SET receipt_path = ? WHERE id = ?").params(receipt.toString(), visit.id()).update();
        dossiers.recordEvent(visit.dossierId(), clock.today(), "CASH_RECEIVED", "Cash of EUR "
                + amount.toPlainString() + " received at visit " + visit.id() + "; the debtor's receipt is "
                + receipt.getFileName() + ".", "casework visit report");
    }

    private Path store(Visit visit, String prefix, byte[] pdf) {
        Path file = reports.resolve(Long.toString(visit.dossierId())).resolve(prefix + visit.id() + ".pdf");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
        return file;
    }

    private Visit lockPlanned(long visitId) {
        Map<String, Object> row = jdbc.sql("""
                SELECT v.dossier_id, v.task_id, v.mediator, v.status, v.revisit_of, b.name, b.language
                  FROM visits v JOIN dossiers d ON d.id = v.dossier_id JOIN debtors b ON b.id = d.debtor_id
                 WHERE v.id = ? FOR UPDATE OF v""").param(visitId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new DossierCommands.NotFound("no visit " + visitId));
        if (!"PLANNED".equals(row.get("status"))) {
            throw new DossierCommands.Conflict("visit " + visitId + " is " + row.get("status"));
        }
        Number revisitOf = (Number) row.get("revisit_of");
        return new Visit(visitId, ((Number) row.get("dossier_id")).longValue(),
                ((Number) row.get("task_id")).longValue(), (String) row.get("mediator"), (String) row.get("name"),
                LetterLanguage.parse((String) row.get("language")).code(),
                revisitOf == null ? null : revisitOf.longValue());
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
    public record VisitView(long id, long dossierId, String mediator, LocalDate plannedOn, String status,
            String reportPath) {
    }
}
