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
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The debtor's pay page, opened from the link on a letter without logging in: what is owed and why, the EPC QR code
 * and structured communication, a "pay online" button through the configured payment provider, and forms to promise
 * a payment, dispute a claim or ask for a payment plan, in the debtor's language.
 * A tampered or expired link is refused (404); one address may open a limited number of pages per minute (429).
 */
@Controller
class PayPageController {

    private static final int MAX_INSTALMENTS = 24;

    private final PayPageAccess access;
    private final PayDossiers pay;
    private final DossierViews views;
    private final DossierStatements statements;
    private final DossierCommands commands;
    private final Connectors connectors;
    private final PortalAudit audit;
    private final PortalTasks tasks;
    private final HubClock clock;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final String provider;
    private final int maxPromiseDays;

    PayPageController(PayPageAccess access, PayDossiers pay, DossierViews views, DossierStatements statements,
            DossierCommands commands, Connectors connectors, PortalAudit audit, PortalTasks tasks, HubClock clock,
            LocaleResolver locales, MessageSource messages, HubSettings settings) {
        this.access = access;
        this.pay = pay;
        this.views = views;
        this.statements = statements;
        this.commands = commands;
        this.connectors = connectors;
        this.audit = audit;
        this.tasks = tasks;
        this.clock = clock;
        this.locales = locales;
        this.messages = messages;
        this.provider = settings.portal().payProviderUrl();
        this.maxPromiseDays = settings.portal().maxPromiseDays();
    }

    @GetMapping("/pay/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long dossierId = access.open(token, request);
        DossierViews.Summary dossier = views.find(dossierId).orElseThrow(() -> PortalDossiers.notFound("page"));
        Locale locale = lang != null ? locales.resolveLocale(request)
                : Locale.forLanguageTag(pay.debtorLanguage(dossierId));
        if (lang == null) {
            locales.setLocale(request, response, locale);
        }

        StatementCalculator.Statement statement = statements.of(dossierId, clock.today());
        Connector connector = connectors.get(dossier.connectorId());
        StructuredCommunication communication = pay.communication(dossierId);
        model.addAttribute("token", token);
        model.addAttribute("dossier", dossier);
        model.addAttribute("statement", statement);
        model.addAttribute("view", PayPageView.of(statement, locale, messages));
        model.addAttribute("creditor", connector);
        model.addAttribute("communication", communication == null ? null : communication.formatted());
        model.addAttribute("qr", qr(connector, statement.total(), communication));
        model.addAttribute("payOnline", canPayOnline(statement.total(), communication));
        model.addAttribute("firstInstalment", clock.today().plusDays(7));
        model.addAttribute("promiseFrom", clock.today());
        model.addAttribute("promiseUntil", clock.today().plusDays(maxPromiseDays));
        return "pay/page";
    }

    @PostMapping("/pay/{token}/promise")
    String promise(@PathVariable String token, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate payBy, HttpServletRequest request, RedirectAttributes flash) {
        long dossierId = access.open(token, request);
        LocalDate today = clock.today();
        if (payBy.isBefore(today) || payBy.isAfter(today.plusDays(maxPromiseDays))) {
            flash.addFlashAttribute("refused", messages.getMessage("pay.promise.invalid",
                    new Object[] {maxPromiseDays}, locales.resolveLocale(request)));
            return "redirect:/pay/" + token;
        }
        return answer(token, flash, () -> {
            pay.openClaims(dossierId).forEach(claim -> commands.addHold(claim, HoldKind.PROMISE,
                    "the debtor promised on the pay page to pay by " + payBy, payBy));
            audit.dossier("debtor", dossierId, "PAY_PAGE_PROMISE", "The debtor promised to pay by " + payBy);
        });
    }

    @PostMapping("/pay/{token}/dispute")
    String dispute(@PathVariable String token, @RequestParam long claimId, @RequestParam String reason,
            HttpServletRequest request, RedirectAttributes flash) {
        long dossierId = access.open(token, request);
        if (!pay.openClaims(dossierId).contains(claimId)) {
            throw PortalDossiers.notFound("claim");
        }
        return answer(token, flash, () -> {
            commands.addHold(claimId, HoldKind.DISPUTE, "disputed on the pay page: " + reason, null);
            audit.dossier("debtor", dossierId, "PAY_PAGE_DISPUTE", "The debtor disputed claim " + claimId);
        });
    }

    /** A payment-plan request becomes a task for an agent, who proposes the plan (the dunning goes on meanwhile). */
    @PostMapping("/pay/{token}/plan")
    String plan(@PathVariable String token, @RequestParam int instalments,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstOn,
            @RequestParam(defaultValue = "") String note, HttpServletRequest request, RedirectAttributes flash) {
        long dossierId = access.open(token, request);
        LocalDate today = clock.today();
        if (instalments < 2 || instalments > MAX_INSTALMENTS || firstOn.isBefore(today)
                || firstOn.isAfter(today.plusDays(60)) || note.length() > 1000) {
            flash.addFlashAttribute("refused", messages.getMessage("pay.plan.invalid",
                    new Object[] {MAX_INSTALMENTS}, locales.resolveLocale(request)));
            return "redirect:/pay/" + token;
        }
        BigDecimal total = statements.of(dossierId, today).total();
        long taskId = tasks.add(dossierId, PortalTasks.Kind.PLAN_REQUEST, "The debtor asks to pay "
                + total.toPlainString() + " in " + instalments + " monthly instalments, the first on " + firstOn
                + (note.isBlank() ? "." : ". The debtor wrote: " + note.strip()));
        audit.dossier("debtor", dossierId, "PAY_PAGE_PLAN_REQUEST", "The debtor asked for a payment plan of "
                + instalments + " instalments from " + firstOn + " (task " + taskId + ")");
        flash.addFlashAttribute("done", "pay.plan.thanks");
        return "redirect:/pay/" + token;
    }

    /**
     * Sends the debtor to the payment provider with the amount, currency, reference and the way back; the provider's
     * signed webhook ({@code /api/v1/payments/webhook}) later records the payment by that reference.
     */
    @PostMapping("/pay/{token}/online")
    String online(@PathVariable String token, HttpServletRequest request) {
        long dossierId = access.open(token, request);
        BigDecimal total = statements.of(dossierId, clock.today()).total();
        StructuredCommunication communication = pay.communication(dossierId);
        if (!canPayOnline(total, communication)) {
            throw PortalDossiers.notFound("page");
        }

        String back = ServletUriComponentsBuilder.fromContextPath(request).path("/pay/" + token).toUriString();
        String target = UriComponentsBuilder.fromUriString(provider).queryParam("amount", total.toPlainString())
                .queryParam("currency", "EUR").queryParam("reference", communication.digits())
                .queryParam("return", back).encode().toUriString();
        audit.dossier("debtor", dossierId, "PAY_PAGE_ONLINE", "The debtor went to the payment provider to pay "
                + total.toPlainString() + " EUR");
        return "redirect:" + target;
    }

    private boolean canPayOnline(BigDecimal total, StructuredCommunication communication) {
        return provider != null && !provider.isBlank() && communication != null && EpcPayload.isPayable(total);
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

    private static String qr(Connector connector, BigDecimal total, StructuredCommunication communication) {
        if (communication == null || !EpcPayload.isPayable(total)) {
            return null;
        }
        return QrImages.svgMarkup(EpcPayload.of(connector.name(), connector.iban(), connector.bic(), total,
                communication).text());
    }
}
