package be.smartcredit.hub.payment;

import be.smartcredit.hub.platform.HubSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The payment providers' webhook: open without Basic auth, but only a body signed with the shared secret
 * ({@code X-Signature}, HMAC-SHA256) is read at all.
 */
@RestController
class PaymentWebhookController {

    static final String PATH = "/api/v1/payments/webhook";

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookController.class);

    private final PaymentWebhooks webhooks;
    private final WebhookSignature signature;
    private final ObjectMapper json;

    PaymentWebhookController(PaymentWebhooks webhooks, HubSettings settings, ObjectMapper json) {
        this.webhooks = webhooks;
        this.signature = new WebhookSignature(settings.payments().webhookSecret());
        this.json = json;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestBody byte[] body,
            @RequestHeader(name = "X-Signature", required = false) String signed) {
        if (!signature.verifies(body, signed)) {
            log.warn("Webhook refused: the signature is missing or wrong.");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        PaymentWebhooks.WebhookPayment payment;
        try {
            payment = json.readValue(body, PaymentWebhooks.WebhookPayment.class);
            payment.check();
        } catch (IOException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "webhook body refused: " + e.getMessage());
        }
        return ResponseEntity.ok(webhooks.receive(payment));
    }
}
