package be.smartcredit.hub.dispatch;

import jakarta.jms.JMSException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispatch API: closing a print batch, mail bounces and gateway delivery reports coming in, and
 * the dead letters (listed and replayed).
 */
@RestController
@RequestMapping("/api/v1")
class DispatchController {

    private static final int MAX_BOUNCE_BYTES = 2 * 1024 * 1024;

    private final PrintBatchClosing closing;
    private final BounceHandling bounces;
    private final TextStatusUpdates statuses;
    private final DeadLetters deadLetters;

    DispatchController(PrintBatchClosing closing, BounceHandling bounces, TextStatusUpdates statuses,
            DeadLetters deadLetters) {
        this.closing = closing;
        this.bounces = bounces;
        this.statuses = statuses;
        this.deadLetters = deadLetters;
    }

    @PostMapping("/print-batches/{date}/close")
    ResponseEntity<PrintBatchClosing.Closed> closePrintBatch(@PathVariable LocalDate date) {
        PrintBatchClosing.Closed closed = closing.close(date);
        return ResponseEntity.status(closed.alreadyDelivered() ? HttpStatus.CONFLICT : HttpStatus.OK).body(closed);
    }

    /** Takes a delivery status notification (RFC 3464) as the raw message. */
    @PostMapping("/mail/bounces")
    BounceHandling.Outcome bounce(@RequestBody byte[] message) {
        if (message.length > MAX_BOUNCE_BYTES) {
            throw new IllegalArgumentException("a bounce is at most " + MAX_BOUNCE_BYTES + " bytes");
        }
        return bounces.handle(message);
    }

    @PostMapping("/sms/status")
    ResponseEntity<Map<String, String>> textStatus(@RequestBody TextStatusUpdates.StatusReport report) {
        return statuses.apply(report)
                .map(status -> ResponseEntity.ok(Map.of("id", report.id(), "status", status)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("id", report.id(), "error", "no message with this id was sent")));
    }

    @GetMapping("/dead-letters")
    List<DeadLetters.DeadLetter> deadLetters() throws JMSException {
        return deadLetters.list();
    }

    @PostMapping("/dead-letters/{id}/replay")
    ResponseEntity<DeadLetters.DeadLetter> replay(@PathVariable String id) throws JMSException {
        return ResponseEntity.of(deadLetters.replay(id));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
