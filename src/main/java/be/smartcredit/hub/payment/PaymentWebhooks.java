package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.matching.Decision;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.PaymentReference;
import be.smartcredit.hub.platform.HubClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a payment provider's notification: a paid one as a credit, a refunded or charged-back one as a reversal,
 * each provider event id once; other statuses (pending, failed) change nothing.
 */
@Service
public class PaymentWebhooks {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);
    private static final Set<String> PAID = Set.of("PAID", "SUCCEEDED", "SETTLED", "COMPLETED", "CAPTURED");
    private static final Set<String> TAKEN_BACK = Set.of("REFUNDED", "REVERSED", "CHARGEBACK", "CHARGED_BACK");

    private final PaymentPosting posting;
    private final HubClock clock;

    PaymentWebhooks(PaymentPosting posting, HubClock clock) {
        this.posting = posting;
        this.clock = clock;
    }

    @Transactional
    public Outcome receive(WebhookPayment payment) {
        payment.check();

        String status = payment.status().toUpperCase(Locale.ROOT);
        if (!PAID.contains(status) && !TAKEN_BACK.contains(status)) {
            log.info("Webhook payment ignored: event='{}' status='{}'.", payment.id(), status);
            return new Outcome("IGNORED", null);
        }

        boolean back = TAKEN_BACK.contains(status);
        Optional<PaymentReference> reference = PaymentReference.parse(payment.reference());
        BankMovement movement = new BankMovement("webhook", back ? payment.amount().negate() : payment.amount(),
                payment.currency().toUpperCase(Locale.ROOT), clock.today(), reference.orElse(null),
                reference.isPresent() ? "" : payment.reference(), "", "", back, List.of());
        Optional<Decision> decision = posting.post(null, payment.id(), movement, null);
        if (decision.isEmpty()) {
            log.info("Webhook payment already applied, skipped: event='{}'.", payment.id());
            return new Outcome("DUPLICATE", null);
        }
        log.info("Webhook payment applied: event='{}' status='{}'.", payment.id(), decision.get().status());
        return new Outcome("APPLIED", decision.get().status().name());
    }

    /** The generic notification a payment provider posts. */
    public record WebhookPayment(String id, String reference, BigDecimal amount, String currency, String status) {

        void check() {
            if (id == null || id.isBlank() || id.length() > 100) {
                throw new IllegalArgumentException("webhook 'id' must be 1 to 100 characters");
            }
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
                throw new IllegalArgumentException("webhook 'amount' must be positive with at most 2 decimals");
            }
            if (currency == null || !currency.matches("[A-Za-z]{3}")) {
                throw new IllegalArgumentException("webhook 'currency' must be an ISO 4217 code");
            }
            if (status == null || reference == null) {
                throw new IllegalArgumentException("webhook 'status' and 'reference' are required");
            }
        }
    }

    /** What the hub did with a notification, and the payment's status when it was applied. */
    public record Outcome(String outcome, String paymentStatus) {
    }
}
