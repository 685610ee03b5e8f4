package be.smartcredit.hub.payment;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agent's payment API: the unmatched queue with suggestions, manual matches, and undoing an allocation. */
@RestController
@RequestMapping("/api/v1")
class PaymentsController {

    private final PaymentDesk desk;

    PaymentsController(PaymentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/payments/unmatched")
    List<PaymentDesk.WaitingLine> unmatched(@RequestParam(defaultValue = "100") int limit) {
        return desk.waiting(Math.min(Math.max(limit, 1), 1_000));
    }

    @GetMapping("/payments/{id}/allocations")
    List<AllocationView> allocations(@PathVariable long id) {
        return desk.allocationsOf(id);
    }

    @PostMapping("/payments/{id}/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    AllocationView allocate(@PathVariable long id, @RequestBody ManualAllocation request) {
        if (request.claimId() == null || request.amount() == null) {
            throw new PaymentRefusedException("a manual allocation needs claimId and amount");
        }
        return desk.allocate(id, request.claimId(), request.amount());
    }

    @DeleteMapping("/allocations/{id}")
    AllocationView undo(@PathVariable long id) {
        return desk.undo(id);
    }

    /** The body of a manual match: which claim, and how much of the payment goes to it. */
    record ManualAllocation(Long claimId, BigDecimal amount) {
    }
}
