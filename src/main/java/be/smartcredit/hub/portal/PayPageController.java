package be.smartcredit.hub.portal;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.EpcPayload;
import be.smartcredit.hub.document.QrImages;
import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.DossierViews;
import be.smartcredit.hub.dunning.HoldKind;
import be.smartcredit.hub.dunning.StatementCalculator;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The debtor's pay page, opened from the link on a letter without logging in: what is owed and why, the EPC QR code
 * and structured communication, and forms to promise a payment or dispute a claim, in the debtor's language.
 * A tampered or expired link is refused (404); one address may open a limited number of pages per minute (429).
 */
@Controller
class PayPageController {

    private final PayLinks links;
    private final DossierViews views;
    private final DossierStatements statements;
    private final DossierCommands commands;
    private final Connectors connectors;
    private final PortalAudit audit;
    private final JdbcClient jdbc;
    private final HubClock clock;
    private final LocaleResolver locales;
    private final RequestRate rate;

    PayPageController(PayLinks links, DossierViews views, DossierStatements statements, DossierCommands commands,
            Connectors connectors, PortalAudit audit, JdbcClient jdbc, HubClock clock, LocaleResolver locales,
            HubSettings settings) {
        this.links = links;
        this.views = views;
        this.statements = statements;
        this.commands = commands;
        this.connectors = connectors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.locales = locales;
        this.rate = new RequestRate(settings.portal().payRequestsPerMinute());
    }

    @GetMapping("/pay/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long dossierId = open(token, request);
        DossierViews.Summary dossier = views.find(dossierId).orElseThrow(() -> PortalDossiers.notFound("page"));
        if (lang == null) {
            locales.setLocale(request, response, Locale.forLanguageTag(debtorLanguage(dossierId)));
        }

        StatementCalculator.Statement statement = statements.of(dossierId, clock.today());
        Connector connector = connectors.get(dossier.connectorId());
        StructuredCommunication communication = communication(dossierId);
        model.addAttribute("token", token);
        model.addAttribute("dossier", dossier);
        model.addAttribute("statement", statement);
        model.addAttribute("creditor", connector);
        model.addAttribute("communication", communication == null ? null : communication.formatted());
        model.addAttribute("qr", qr(connector, statement.total(), communication));
        return "pay/page";
    }

    @PostMapping("/pay/{token}/promise")
    String promise(@PathVariable String token, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate payBy, HttpServletRequest request, RedirectAttributes flash) {
        long dossierId = open(token, request);
        return answer(token, flash, () -> {
            openClaims(dossierId).forEach(claim -> commands.addHold(claim, HoldKind.PROMISE,
                    "the debtor promised on the pay page to pay by " + payBy, payBy));
            audit.dossier("debtor", dossierId, "PAY_PAGE_PROMISE", "The debtor promised to pay by " + payBy);
        });
    }

    @PostMapping("/pay/{token}/dispute")
    String dispute(@PathVariable String token, @RequestParam long claimId, @RequestParam String reason,
            HttpServletRequest request, RedirectAttributes flash) {
        long dossierId = open(token, request);
        if (!openClaims(dossierId).contains(claimId)) {
            throw PortalDossiers.notFound("claim");
        }
        return answer(token, flash, () -> {
            commands.addHold(claimId, HoldKind.DISPUTE, "disputed on the pay page: " + reason, null);
            audit.dossier("debtor", dossierId, "PAY_PAGE_DISPUTE", "The debtor disputed claim " + claimId);
        });
    }

    private long open(String token, HttpServletRequest request) {
        if (!rate.allow(request.getRemoteAddr(), clock.now().toInstant())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again later");
        }
        return links.verify(token, clock.today()).orElseThrow(() -> PortalDossiers.notFound("page"));
    }

    private static String answer(String token, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", "pay.thanks");
        } catch (DossierCommands.BadRequest | DossierCommands.Conflict | DossierCommands.NotFound refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/pay/" + token;
    }

    private java.util.List<Long> openClaims(long dossierId) {
        return jdbc.sql("SELECT id FROM claims WHERE dossier_id = ? AND status = 'OPEN' ORDER BY id")
                .param(dossierId).query(Long.class).list();
    }

    private String debtorLanguage(long dossierId) {
        return jdbc.sql("SELECT b.language FROM dossiers d JOIN debtors b ON b.id = d.debtor_id WHERE d.id = ?")
                .param(dossierId).query(String.class).single();
    }

    /** The oldest open claim's structured communication, as the dossier's letters carry it. */
    private StructuredCommunication communication(long dossierId) {
        String digits = jdbc.sql("""
                SELECT structured_communication FROM claims WHERE dossier_id = ? AND status = 'OPEN'
                 ORDER BY due_date, id LIMIT 1""").param(dossierId).query(String.class).optional().orElse(null);
        return digits == null ? null : StructuredCommunication.parse(digits).orElseThrow();
    }

    private static String qr(Connector connector, BigDecimal total, StructuredCommunication communication) {
        if (communication == null || !EpcPayload.isPayable(total)) {
            return null;
        }
        return QrImages.svgMarkup(EpcPayload.of(connector.name(), connector.iban(), connector.bic(), total,
                communication).text());
    }
}
