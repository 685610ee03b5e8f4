package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.RuleFailure;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API over the stored claims. */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimsController {

    private final Claims claims;

    ClaimsController(Claims claims) {
        this.claims = claims;
    }

    @GetMapping
    List<ClaimJson> list(@RequestParam(defaultValue = "500") int limit, @RequestParam(defaultValue = "0") int offset) {
        return claims.list(Math.min(Math.max(limit, 1), 5_000), Math.max(offset, 0)).stream()
                .map(ClaimJson::of).toList();
    }

    @GetMapping("/{id}/rule-failures")
    List<RuleFailure> ruleFailures(@PathVariable long id) {
        return claims.ruleFailures(id);
    }

    @GetMapping("/{id}/events")
    List<Claims.ClaimEvent> events(@PathVariable long id) {
        return claims.events(id);
    }

    /** The JSON shape of one claim; the structured communication in its printed form. */
    record ClaimJson(long id, String connector, String documentType, String number, String debtorName,
            java.math.BigDecimal amount, java.math.BigDecimal openAmount, String currency,
            java.time.LocalDate issueDate, java.time.LocalDate dueDate, String status, String lastStep,
            java.time.LocalDate lastStepOn, String structuredCommunication, String sourceFile, int ruleFailures,
            long debtorId, String dueDateBasis, Long dossierId) {

        static ClaimJson of(ClaimView v) {
            return new ClaimJson(v.id(), v.connectorId(), v.documentType(), v.number(), v.debtorName(), v.amount(),
                    v.openAmount(), v.currency(), v.issueDate(), v.dueDate(), v.status(), v.lastStep(),
                    v.lastStepOn(), new StructuredCommunication(v.structuredCommunication()).formatted(),
                    v.sourceFile(), v.ruleFailures(), v.debtorId(), v.dueDateBasis(), v.dossierId());
        }
    }
}
