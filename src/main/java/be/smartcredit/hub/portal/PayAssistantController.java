package be.smartcredit.hub.portal;

import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.DossierViews;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chat on the pay page: each question is answered by {@link PayAssistant} from the dossier's figures and kept
 * with its answer; a question it cannot help with hands the conversation over to an agent as a task.
 */
@Controller
class PayAssistantController {

    private static final int MAX_QUESTION = 500;
    private static final int CONVERSATION = 20;

    private final PayAssistant assistant = new PayAssistant();
    private final PayPageAccess access;
    private final PayDossiers pay;
    private final DossierViews views;
    private final DossierStatements statements;
    private final Connectors connectors;
    private final PortalTasks tasks;
    private final PortalAudit audit;
    private final JdbcClient jdbc;
    private final HubClock clock;
    private final boolean payOnline;
    private final LocaleResolver locales;

    PayAssistantController(PayPageAccess access, PayDossiers pay, DossierViews views, DossierStatements statements,
            Connectors connectors, PortalTasks tasks, PortalAudit audit, JdbcClient jdbc, HubClock clock,
            HubSettings settings, LocaleResolver locales) {
        this.access = access;
        this.pay = pay;
        this.views = views;
        this.statements = statements;
        this.connectors = connectors;
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.locales = locales;
        String provider = settings.portal().payProviderUrl();
        this.payOnline = provider != null && !provider.isBlank();
    }

    /** Answers one question with a fragment of the chat (the question and the answer), for htmx to append. */
    @PostMapping("/pay/{token}/chat")
    String ask(@PathVariable String token, @RequestParam String question, HttpServletRequest request, Model model) {
        long dossierId = access.open(token, request);
        String asked = question.strip();
        asked = asked.length() > MAX_QUESTION ? asked.substring(0, MAX_QUESTION) : asked;
        DossierViews.Summary dossier = views.find(dossierId).orElseThrow(() -> PortalDossiers.notFound("page"));

        PayAssistant.Answer answer = assistant.answer(asked, pay.facts(pageLanguage(request, dossierId), dossier,
                statements.of(dossierId, clock.today()), connectors.get(dossier.connectorId()), payOnline));
        keep(dossierId, "DEBTOR", asked, answer.intent());
        keep(dossierId, "ASSISTANT", answer.text(), answer.intent());
        if (answer.handsOver()) {
            long taskId = tasks.add(dossierId, PortalTasks.Kind.CHAT_HANDOVER, conversation(dossierId));
            audit.dossier("debtor", dossierId, "PAY_PAGE_CHAT_HANDOVER", "The pay page's assistant handed a "
                    + "question over to an agent (task " + taskId + ")");
        }
        model.addAttribute("question", asked);
        model.addAttribute("answer", answer);
        return "pay/chat :: exchange";
    }

    /** The language the pay page is shown in (its cookie), else the debtor's stored one. */
    private String pageLanguage(HttpServletRequest request, long dossierId) {
        if (WebUtils.getCookie(request, PortalSecurity.LANGUAGE_COOKIE) == null) {
            return pay.debtorLanguage(dossierId);
        }
        return locales.resolveLocale(request).getLanguage();
    }

    private void keep(long dossierId, String author, String text, PayAssistant.Intent intent) {
        jdbc.sql("INSERT INTO pay_chat_messages (dossier_id, author, text, intent) VALUES (?, ?, ?, ?)")
                .params(dossierId, author, text, intent.name()).update();
    }

    /** The dossier's last messages, oldest first, as the agent reads them. */
    private String conversation(long dossierId) {
        List<String> lines = jdbc.sql("""
                SELECT line FROM (SELECT id, author || ': ' || text AS line FROM pay_chat_messages
                                   WHERE dossier_id = ? ORDER BY id DESC LIMIT ?) last ORDER BY id""")
                .params(dossierId, CONVERSATION).query(String.class).list();
        return String.join("\n", lines);
    }
}
