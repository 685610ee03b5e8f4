package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The dossiers API (admin only): list and read dossiers, their trail and statement, and act on them. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossiersController {

    private final DossierViews views;
    private final Dossiers dossiers;
    private final DossierCommands commands;
    private final DossierStatements statements;
    private final HubClock clock;

    DossiersController(DossierViews views, Dossiers dossiers, DossierCommands commands,
            DossierStatements statements, HubClock clock) {
        this.views = views;
        this.dossiers = dossiers;
        this.commands = commands;
        this.statements = statements;
        this.clock = clock;
    }

    @GetMapping
    List<DossierViews.Summary> list(@RequestParam(defaultValue = "500") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return views.list(Math.min(Math.max(limit, 1), 5_000), Math.max(offset, 0));
    }

    @GetMapping("/{id}")
    DossierJson get(@PathVariable long id) {
        DossierViews.Summary summary = views.find(id).orElseThrow(() -> notFound(id));
        return new DossierJson(summary, views.claims(id), views.actions(id));
    }

    @GetMapping("/{id}/events")
    List<Dossiers.DossierEvent> events(@PathVariable long id) {
        views.find(id).orElseThrow(() -> notFound(id));
        return dossiers.events(id);
    }

    /** What the debtor owes on {@code date} (today when not given), and why. */
    @GetMapping("/{id}/statement")
    StatementCalculator.Statement statement(@PathVariable long id, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        views.find(id).orElseThrow(() -> notFound(id));
        return statements.of(id, date == null ? clock.today() : date);
    }

    @PostMapping("/{id}/approval")
    Map<String, Object> approval(@PathVariable long id, @RequestBody ApprovalRequest request) {
        if (request.decision() == null || !request.decision().matches("(?i)approve|refuse")) {
            throw new DossierCommands.BadRequest("field 'decision' must be 'approve' or 'refuse'");
        }
        commands.decideApproval(id, request.decision().equalsIgnoreCase("approve"));
        return Map.of("dossier", id, "decision", request.decision().toLowerCase());
    }

    @PostMapping("/{id}/payment-plans")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> paymentPlan(@PathVariable long id, @RequestBody PlanRequest request) {
        return Map.of("dossier", id, "plan", commands.addPaymentPlan(id, request.instalments()));
    }

    @PostMapping("/{id}/close")
    Map<String, Object> close(@PathVariable long id, @RequestBody CloseRequest request) {
        commands.close(id, request.reason(), request.note());
        return Map.of("dossier", id, "closed", request.reason());
    }

    @PostMapping("/{id}/delivery-release")
    Map<String, Object> releaseDelivery(@PathVariable long id, @RequestBody(required = false) ReleaseRequest request) {
        commands.resumeDelivery(id, request == null ? null : request.note());
        return Map.of("dossier", id, "status", DossierStatus.ACTIVE.name());
    }

    @PostMapping("/{id}/steps/{kind}/sent-by-hand")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> sentByHand(@PathVariable long id, @PathVariable StepKind kind) {
        return Map.of("dossier", id, "action", commands.sentByHand(id, kind));
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no dossier " + id);
    }

    /** A person's release of a dossier stopped by an undeliverable letter, with an optional note. */
    record ReleaseRequest(String note) {
    }

    /** One dossier with its claims and actions. */
    record DossierJson(DossierViews.Summary dossier, List<DossierViews.ClaimLine> claims,
            List<DossierViews.ActionLine> actions) {
    }

    /** {@code {"decision": "approve"}} or {@code "refuse"}. */
    record ApprovalRequest(String decision) {
    }

    /** The instalments of a plan, by due date. */
    record PlanRequest(List<DossierState.Instalment> instalments) {
    }

    /** A closing reason and an optional note. */
    record CloseRequest(CloseReason reason, String note) {
    }
}
