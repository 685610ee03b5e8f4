package be.smartcredit.hub.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispatch API: closing a print batch, mail bounces and gateway delivery reports coming in, and
 * the dead letters (listed and replayed).
 */
@RestController
@RequestMapping("/api/v1")
class DispatchController {

    /** The webhooks the gateways post with a signature instead of the admin login (see SecuritySetup). */
    static final String BOUNCES = "/mail/bounces";
    static final String SMS_STATUS = "/{channel:sms}/status";
    static final String WHATSAPP_STATUS = "/{channel:whatsapp}/status";

    private static final int MAX_BOUNCE_BYTES = 2 * 1024 * 1024;

    private final PrintBatchClosing closing;
    private final BounceHandling bounces;
    private final TextStatusUpdates statuses;
    private final DeadLetters deadLetters;
    private final WebhookChecks checks;
    private final Map<Channel, ChannelSettings.StatusFields> fields;
    private final ObjectMapper json;

    DispatchController(PrintBatchClosing closing, BounceHandling bounces, TextStatusUpdates statuses,
            DeadLetters deadLetters, WebhookChecks checks, ChannelSettings settings, ObjectMapper json) {
        this.closing = closing;
        this.bounces = bounces;
        this.statuses = statuses;
        this.deadLetters = deadLetters;
        this.checks = checks;
        this.fields = Map.of(Channel.SMS, settings.sms().statusFields(),
                Channel.WHATSAPP, settings.whatsapp().statusFields());
        this.json = json;
    }

    @PostMapping("/print-batches/{date}/close")
    ResponseEntity<PrintBatchClosing.Closed> closePrintBatch(@PathVariable LocalDate date) {
        PrintBatchClosing.Closed closed = closing.close(date);
        return ResponseEntity.status(closed.alreadyDelivered() ? HttpStatus.CONFLICT : HttpStatus.OK).body(closed);
    }

    /** Takes a delivery status notification (RFC 3464) as the raw message, signed by the mail system. */
    @PostMapping(BOUNCES)
    ResponseEntity<?> bounce(@RequestBody byte[] message,
            @RequestHeader(name = WebhookChecks.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookChecks.SIGNATURE_HEADER, required = false) String signature) {
        if (!checks.bounceSigned(timestamp, message, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (message.length > MAX_BOUNCE_BYTES) {
            throw new IllegalArgumentException("a bounce is at most " + MAX_BOUNCE_BYTES + " bytes");
        }
        return ResponseEntity.ok(bounces.handle(message));
    }

    /** Takes a gateway's delivery report in that provider's shape, signed with that gateway's secret. */
    @PostMapping({SMS_STATUS, WHATSAPP_STATUS})
    ResponseEntity<Map<String, String>> textStatus(@PathVariable String channel, @RequestBody byte[] body,
            @RequestHeader(name = WebhookChecks.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookChecks.SIGNATURE_HEADER, required = false) String signature)
            throws IOException {
        Channel gateway = Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        if (!checks.statusSigned(gateway, timestamp, body, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        TextStatusUpdates.StatusReport report = TextStatusUpdates.StatusReport.read(json.readTree(body),
                fields.get(gateway));
        return statuses.apply(gateway, report)
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

    @ExceptionHandler({IllegalArgumentException.class, JsonProcessingException.class})
    ResponseEntity<Map<String, String>> refused(Exception e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
