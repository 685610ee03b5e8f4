package be.smartcredit.hub.portal;

import be.smartcredit.hub.casework.CallList;
import be.smartcredit.hub.casework.CallOutcome;
import be.smartcredit.hub.casework.Calls;
import be.smartcredit.hub.casework.CaseworkSettings;
import be.smartcredit.hub.casework.MediatorRegions;
import be.smartcredit.hub.casework.VisitReport;
import be.smartcredit.hub.casework.Visits;
import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' casework pages (agents and admins only): the day's prioritised call list with an outcome form per
 * call, a mediator's visit plan for a day, and the visit report form with the stored report PDF afterwards. The
 * forms go through the same casework services as the API, and each entry is written to the dossier's trail.
 */
@Controller
class CaseworkPagesController {

    private final Calls calls;
    private final Visits visits;
    private final CaseworkSettings casework;
    private final PortalAudit audit;
    private final HubClock clock;
    private final HubSettings settings;

    CaseworkPagesController(Calls calls, Visits visits, CaseworkSettings casework, PortalAudit audit,
            HubClock clock, HubSettings settings) {
        this.calls = calls;
        this.visits = visits;
        this.casework = casework;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/portal/agent/calls")
    String calls(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? clock.today() : date;
        model.addAttribute("day", day);
        model.addAttribute("calls", CallList.prioritised(calls.plannedOn(day)));
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute("today", clock.today());
        return "portal/agent-calls";
    }

    @PostMapping("/portal/agent/calls/{id}/attempts")
    String attempt(@AuthenticationPrincipal PortalUser agent, @PathVariable long id, CaseworkForms.CallForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes flash) {
        long dossierId = calls.dossierOf(id).orElseThrow(() -> PortalDossiers.notFound("call"));

        act(flash, () -> {
            var effect = calls.record(id, form.report());
            audit.dossier(agent.username(), dossierId, "PORTAL_CALL_ATTEMPT", "Call " + id + " recorded: "
                    + form.outcome() + ", " + effect);
            return effect.name();
        });
        return "redirect:/portal/agent/calls" + (date == null ? "" : "?date=" + date);
    }

    @GetMapping("/portal/agent/visits")
    String visits(@RequestParam(required = false) String mediator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? clock.today() : date;
        String chosen = mediator != null ? mediator : casework.mediators().stream().map(MediatorRegions.Mediator::id)
                .findFirst().orElse(null);
        model.addAttribute("day", day);
        model.addAttribute("mediators", casework.mediators());
        model.addAttribute("mediator", chosen);
        model.addAttribute("visits", chosen == null ? List.of() : visits.planOf(chosen, day));
        return "portal/agent-visits";
    }

    @GetMapping("/portal/agent/visits/{id}")
    String visit(@PathVariable long id, Model model) {
        model.addAttribute("visit", visits.find(id).orElseThrow(() -> PortalDossiers.notFound("visit")));
        model.addAttribute("outcomes", VisitReport.Outcome.values());
        model.addAttribute("recommendations", VisitReport.Recommendation.values());
        return "portal/agent-visit";
    }

    @PostMapping("/portal/agent/visits/{id}/report")
    String report(@AuthenticationPrincipal PortalUser agent, @PathVariable long id, CaseworkForms.VisitForm form,
            RedirectAttributes flash) {
        Visits.VisitView visit = visits.find(id).orElseThrow(() -> PortalDossiers.notFound("visit"));

        act(flash, () -> {
            var effect = visits.report(id, form.report());
            audit.dossier(agent.username(), visit.dossierId(), "PORTAL_VISIT_REPORT", "Visit " + id
                    + " reported: " + form.outcome() + ", " + effect);
            return effect.name();
        });
        return "redirect:/portal/agent/visits/" + id;
    }

    @GetMapping("/portal/agent/visits/{id}/report.pdf")
    ResponseEntity<Resource> reportPdf(@AuthenticationPrincipal PortalUser agent, @PathVariable long id) {
        Visits.VisitView visit = visits.find(id).orElseThrow(() -> PortalDossiers.notFound("visit"));
        Path file = Optional.ofNullable(visit.reportPath()).map(Path::of).map(Path::toAbsolutePath)
                .filter(this::insideDataDir).filter(Files::isRegularFile)
                .orElseThrow(() -> PortalDossiers.notFound("visit report"));

        audit.dossier(agent.username(), visit.dossierId(), "PORTAL_VISIT_REPORT_READ", "Report of visit " + id
                + " was viewed");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename("visit-" + id + ".pdf").build().toString())
                .body(new FileSystemResource(file));
    }

    private boolean insideDataDir(Path file) {
        return file.normalize().startsWith(settings.dataDir().toAbsolutePath().normalize());
    }

    private static void act(RedirectAttributes flash, Supplier<String> action) {
        try {
            flash.addFlashAttribute("effect", action.get());
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (DossierCommands.BadRequest | DossierCommands.Conflict refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
    }
}
