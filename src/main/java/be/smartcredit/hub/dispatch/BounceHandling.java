package be.smartcredit.hub.dispatch;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Acts on a delivery status notification: a failed recipient marks the debtor's address bad, shows on
 * the claim, and, when the letter went by e-mail only, sends it by post.
 */
@Service
class BounceHandling {

    private static final Logger log = LoggerFactory.getLogger(BounceHandling.class);

    private final Deliveries deliveries;
    private final LetterDispatch dispatch;
    private final JdbcClient jdbc;

    BounceHandling(Deliveries deliveries, LetterDispatch dispatch, JdbcClient jdbc) {
        this.deliveries = deliveries;
        this.dispatch = dispatch;
        this.jdbc = jdbc;
    }

    /** What the hub did with a report. */
    record Outcome(long actionId, String recipient, String action, boolean postedInstead) {
    }

    Outcome handle(byte[] raw) {
        DeliveryStatusReport report = DeliveryStatusReport.parse(raw);
        long actionId = report.actionId().orElseThrow(() -> new IllegalArgumentException(
                "the report returns no Message-ID of the form <action-N@smart-credit-hub>"));
        Deliveries.Delivery email = deliveries.find(actionId, Channel.EMAIL).orElseThrow(() ->
                new IllegalArgumentException("action " + actionId + " sent no e-mail"));
        Optional<DeliveryStatusReport.Recipient> failed = report.recipients().stream()
                .filter(DeliveryStatusReport.Recipient::failed).findFirst();
        if (failed.isEmpty()) {
            DeliveryStatusReport.Recipient first = report.recipients().get(0);
            return new Outcome(actionId, first.address(), first.action(), false);
        }

        DeliveryStatusReport.Recipient recipient = failed.get();
        String reason = recipient.status() + (recipient.diagnostic() == null ? "" : " " + recipient.diagnostic());
        deliveries.record(actionId, Channel.EMAIL, Deliveries.Status.UNDELIVERED, null, reason);
        markAddressBad(actionId, recipient.address());
        long claimId = deliveries.firstClaimOf(actionId);
        deliveries.event(claimId, "EMAIL_BOUNCED", email.messageId() + " bounced: " + reason);
        log.info("E-mail bounced: claim='{}' action='{}' status='{}'.", claimId, actionId, recipient.status());

        boolean posted = deliveries.find(actionId, Channel.POST).isEmpty()
                && dispatch.postAfterBounce(actionId, reason);
        return new Outcome(actionId, recipient.address(), recipient.action(), posted);
    }

    private void markAddressBad(long actionId, String address) {
        jdbc.sql("""
                UPDATE debtors SET email_status = 'BAD'
                 WHERE id = (SELECT d.debtor_id FROM dunning_actions a JOIN dossiers d ON d.id = a.dossier_id
                              WHERE a.id = ?)
                   AND lower(trim(email)) = lower(?)""").params(actionId, address).update();
    }
}
