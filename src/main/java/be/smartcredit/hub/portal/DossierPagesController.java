package be.smartcredit.hub.portal;

import be.smartcredit.hub.document.PayLinks;
import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.DossierViews;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.dunning.HoldKind;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The client's dossier pages: the list with filters, one dossier with its timeline, letters, payments, holds and
 * notes, and the actions a client takes on it (hold, dispute, withdraw, approve or refuse, note). The actions go
 * through the same dossier commands as the API, scoped to the user's connectors and written to the audit trail.
 */
@Controller
class DossierPagesController {

    private final PortalDossiers dossiers;
    private final DossierViews views;
    private final Dossiers trail;
    private final DossierCommands commands;
    private final PortalAudit audit;
    private final PayLinks payLinks;
    private final HubClock clock;
    private final HubSettings settings;

    DossierPagesController(PortalDossiers dossiers, DossierViews views, Dossiers trail, DossierCommands commands,
            PortalAudit audit, PayLinks payLinks, HubClock clock, HubSettings settings) {
        this.dossiers = dossiers;
        this.views = views;
        this.trail = trail;
        this.commands = commands;
        this.audit = audit;
        this.payLinks = payLinks;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/portal/dossiers")
    String list(@AuthenticationPrincipal PortalUser user, DossierFilter filter, HttpServletRequest request,
            Model model) {
        model.addAttribute("dossiers", dossiers.list(user, filter, 500));
        model.addAttribute("filter", filter);
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
        return "portal/dossiers";
    }

    @GetMapping("/portal/dossiers/{id}")
    String dossier(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        model.addAttribute("dossier", dossiers.visible(user, id));
        model.addAttribute("claims", views.claims(id));
        model.addAttribute("actions", views.actions(id));
        model.addAttribute("events", trail.events(id));
        model.addAttribute("payments", dossiers.payments(id));
        model.addAttribute("holds", dossiers.holds(id));
        model.addAttribute("notes", dossiers.notes(id));
        model.addAttribute("payLink", "/pay/" + payLinks.issue(id, clock.today()));
        return "portal/dossier";
    }

    @GetMapping("/portal/dossiers/{id}/letters/{actionId}")
    ResponseEntity<Resource> letter(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
            @PathVariable long actionId, @RequestParam(defaultValue = "false") boolean download) {
        dossiers.visible(user, id);
        Path file = dossiers.documentPath(id, actionId).map(Path::of).map(Path::toAbsolutePath)
                .filter(this::insideDataDir).filter(Files::isRegularFile)
                .orElseThrow(() -> PortalDossiers.notFound("letter"));

        audit.dossier(user.username(), id, "PORTAL_LETTER_READ", "Letter of action " + actionId + " was "
                + (download ? "downloaded" : "viewed"));
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename("letter-" + actionId + ".pdf").build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(new FileSystemResource(file));
    }

    private boolean insideDataDir(Path file) {
        return file.normalize().startsWith(settings.dataDir().toAbsolutePath().normalize());
    }

    @PostMapping("/portal/dossiers/{id}/holds")
    String hold(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam long claimId,
            @RequestParam HoldKind kind, @RequestParam String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes flash) {
        requireClaimInDossier(user, id, claimId);
        return act(flash, id, () -> {
            long holdId = commands.addHold(claimId, kind, reason, until);
            audit.dossier(user.username(), id, "PORTAL_HOLD", "Hold " + holdId + " (" + kind + ") placed on claim "
                    + claimId);
        });
    }

    @PostMapping("/portal/dossiers/{id}/approval")
    String approval(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam boolean approve,
            RedirectAttributes flash) {
        dossiers.visible(user, id);
        return act(flash, id, () -> {
            commands.decideApproval(id, approve);
            audit.dossier(user.username(), id, "PORTAL_APPROVAL", approve ? "Escalation approved"
                    : "Escalation refused");
        });
    }

    @PostMapping("/portal/dossiers/{id}/notes")
    String note(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String text,
            RedirectAttributes flash) {
        dossiers.visible(user, id);
        if (text == null || text.isBlank() || text.length() > 4000) {
            flash.addFlashAttribute("error", "portal.note.invalid");
            return "redirect:/portal/dossiers/" + id;
        }
        dossiers.addNote(id, user.username(), text.strip());
        audit.dossier(user.username(), id, "PORTAL_NOTE", "A note was added");
        return "redirect:/portal/dossiers/" + id;
    }

    private void requireClaimInDossier(PortalUser user, long dossierId, long claimId) {
        if (dossiers.dossierOfClaim(user, claimId) != dossierId) {
            throw PortalDossiers.notFound("claim");
        }
    }

    private static String act(RedirectAttributes flash, long id, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (DossierCommands.BadRequest | DossierCommands.Conflict | DossierCommands.NotFound refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/portal/dossiers/" + id;
    }
}
