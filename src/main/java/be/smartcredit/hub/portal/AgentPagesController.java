package be.smartcredit.hub.portal;

import be.smartcredit.hub.dispatch.DeadLetters;
import be.smartcredit.hub.payment.AllocationView;
import be.smartcredit.hub.payment.PaymentDesk;
import be.smartcredit.hub.payment.PaymentNotFoundException;
import be.smartcredit.hub.payment.PaymentRefusedException;
import jakarta.jms.JMSException;
import java.math.BigDecimal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' work pages (agents and admins only): the unmatched-payments queue with the matcher's suggestions and
 * manual matching, the dead letters of the actions queue with replay, and the tasks the pay page left. Every action
 * is written to the audit trail.
 */
@Controller
class AgentPagesController {

    private static final int QUEUE_LIMIT = 100;

    private final PaymentDesk desk;
    private final DeadLetters deadLetters;
    private final PortalTasks tasks;
    private final PortalAudit audit;

    AgentPagesController(PaymentDesk desk, DeadLetters deadLetters, PortalTasks tasks, PortalAudit audit) {
        this.desk = desk;
        this.deadLetters = deadLetters;
        this.tasks = tasks;
        this.audit = audit;
    }

    @GetMapping("/portal/agent/payments")
    String payments(Model model) {
        model.addAttribute("lines", desk.waiting(QUEUE_LIMIT));
        return "portal/agent-payments";
    }

    @PostMapping("/portal/agent/payments/{id}/allocations")
    String allocate(@AuthenticationPrincipal PortalUser agent, @PathVariable long id, @RequestParam long claimId,
            @RequestParam BigDecimal amount, RedirectAttributes flash) {
        try {
            AllocationView allocation = desk.allocate(id, claimId, amount);
            audit.general(agent.username(), null, "PORTAL_PAYMENT_MATCHED", "payment " + id + " matched by hand to "
                    + "claim " + claimId + " for " + amount.toPlainString() + " (allocation " + allocation.id() + ")");
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (PaymentRefusedException | PaymentNotFoundException refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/portal/agent/payments";
    }

    @GetMapping("/portal/agent/dead-letters")
    String deadLetters(Model model) throws JMSException {
        model.addAttribute("letters", deadLetters.list());
        return "portal/agent-dead-letters";
    }

    @PostMapping("/portal/agent/dead-letters/{id}/replay")
    String replay(@AuthenticationPrincipal PortalUser agent, @PathVariable String id, RedirectAttributes flash)
            throws JMSException {
        if (!id.matches("[A-Za-z0-9:-]{1,100}")) {
            throw PortalDossiers.notFound("dead letter");
        }
        DeadLetters.DeadLetter replayed = deadLetters.replay(id)
                .orElseThrow(() -> PortalDossiers.notFound("dead letter"));
        audit.general(agent.username(), null, "PORTAL_DEAD_LETTER_REPLAYED", "dead letter " + id + " of action "
                + replayed.actionId() + " sent back to the actions queue");
        flash.addFlashAttribute("done", "portal.action.done");
        return "redirect:/portal/agent/dead-letters";
    }

    @GetMapping("/portal/agent/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", tasks.open(QUEUE_LIMIT));
        return "portal/agent-tasks";
    }

    @PostMapping("/portal/agent/tasks/{id}/done")
    String taskDone(@AuthenticationPrincipal PortalUser agent, @PathVariable long id) {
        Long dossierId = tasks.done(id, agent.username());
        if (dossierId == null) {
            throw PortalDossiers.notFound("task");
        }
        audit.dossier(agent.username(), dossierId, "PORTAL_TASK_DONE", "Task " + id + " was done");
        return "redirect:/portal/agent/tasks";
    }
}
