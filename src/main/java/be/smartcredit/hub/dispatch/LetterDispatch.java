package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.platform.HubClock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the letter of one action by the channels its connector chooses for the step. The action row
 * is locked while it is sent and marked sent in the same transaction, so a message seen twice sends
 * once; a claim paid or credited since the run is skipped, not reminded. Each channel's own send is
 * recorded as it happens (see {@link Deliveries}), so a retry after a failure or a crash resends
 * only what provably did not leave.
 */
@Service
public class LetterDispatch {

    /** The broker gives up after this many attempts (see BrokerSetup) and moves the message to dead letters. */
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);

    private final JdbcClient jdbc;
    private final Connectors connectors;
    private final ConnectorChannels channels;
    private final LetterRenderer renderer;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Deliveries deliveries;
    private final HubClock clock;

    LetterDispatch(JdbcClient jdbc, Connectors connectors, ConnectorChannels channels, LetterRenderer renderer,
            List<ChannelSender> senders, Deliveries deliveries, HubClock clock) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.channels = channels;
        this.renderer = renderer;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Sends the action's letter; {@code attempt} is the broker's delivery count, when known. */
    @Transactional
    public void dispatch(String actionIdText, Integer attempt) {
        long actionId = Long.parseLong(actionIdText.trim());
        try {
            lockAndSend(actionId);
        } catch (RuntimeException e) {
            recordFailure(actionId, attempt, e);
            throw e;
        }
    }

    public void dispatch(String actionIdText) {
        dispatch(actionIdText, null);
    }

    /**
     * Sends the action's letter by post because its e-mail bounced after it was sent; nothing when the
     * letter went by post already.
     */
    @Transactional
    public void postAfterBounce(long actionId, String reason) {
        Optional<PendingLetter> found = lock(actionId);
        if (found.isEmpty() || deliveries.find(actionId, Channel.POST).isPresent()) {
            return;
        }
        PendingLetter pending = found.get();
        String where = senders.get(Channel.POST).send(compose(pending)).orElseThrow();
        jdbc.sql("UPDATE dunning_actions SET document_path = ?, detail = COALESCE(detail, '') || ', post after bounce' "
                        + "WHERE id = ?")
                .params(where, actionId).update();
        deliveries.event(pending.claimId(), "LETTER_SENT", pending.step() + " by post after an e-mail bounce: "
                + reason);
        log.info("Letter posted after an e-mail bounce: claim='{}' action='{}'.", pending.claimId(), actionId);
    }

    private void lockAndSend(long actionId) {
        Optional<PendingLetter> found = lock(actionId);
        if (found.isEmpty()) {
            log.warn("Action not found, message ignored: action='{}'.", actionId);
            return;
        }
        PendingLetter pending = found.get();
        if (pending.alreadyHandled()) {
            log.info("Action already handled, message ignored: action='{}' status='{}'.", actionId,
                    pending.actionStatus());
            return;
        }
        if (!"OPEN".equals(pending.claimStatus())) {
            skip(pending, "claim is " + pending.claimStatus() + " at send time");
            return;
        }

        OutgoingLetter letter = compose(pending);
        Map<Channel, String> sent = send(letter, letter.rules().forStep(pending.step()));
        markSent(pending, sent);
    }

    private Optional<PendingLetter> lock(long actionId) {
        return jdbc.sql(PendingLetter.SELECT_FOR_UPDATE).param(actionId).query(PendingLetter.class).optional();
    }

    private OutgoingLetter compose(PendingLetter pending) {
        Connector connector = connectors.get(pending.connectorId());
        ReminderLetter letter = LetterComposer.compose(pending, connector, clock.today());
        return new OutgoingLetter(pending, connector, channels.of(connector.id()), letter, fileName(pending),
                renderer.render(letter));
    }

    /** Tries the step's channels in order; the letter goes by post when no e-mail or post carried it. */
    private Map<Channel, String> send(OutgoingLetter letter, ChannelRules.StepChannels step) {
        Map<Channel, String> sent = new EnumMap<>(Channel.class);
        for (Channel channel : ChannelChoice.candidates(step, letter.pending().reachability())) {
            if (!ChannelChoice.tryNext(step.mode(), sent.keySet())) {
                break;
            }
            senders.get(channel).send(letter).ifPresent(where -> sent.put(channel, where));
        }
        if (ChannelChoice.postNeeded(sent.keySet())) {
            senders.get(Channel.POST).send(letter).ifPresent(where -> sent.put(Channel.POST, where));
        }
        return sent;
    }

    private void markSent(PendingLetter pending, Map<Channel, String> sent) {
        String channelList = sent.keySet().stream().map(Channel::code).collect(Collectors.joining(", "));
        jdbc.sql("UPDATE dunning_actions SET status = 'SENT', sent_at = now(), document_path = ?, detail = ? "
                        + "WHERE id = ?")
                .params(sent.get(Channel.POST), channelList, pending.actionId()).update();
        jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) VALUES (?, 'LETTER_SENT', ?)")
                .params(pending.claimId(), pending.step() + " by " + channelList).update();
        log.info("Letter sent: claim='{}' step='{}' action='{}' channels='{}'.", pending.claimId(), pending.step(),
                pending.actionId(), channelList);
    }

    private void skip(PendingLetter pending, String reason) {
        jdbc.sql("UPDATE dunning_actions SET status = 'SKIPPED', detail = ? WHERE id = ?")
                .params(reason, pending.actionId()).update();
        jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) VALUES (?, 'LETTER_SKIPPED', ?)")
                .params(pending.claimId(), pending.step() + ": " + reason).update();
        log.info("Letter skipped: claim='{}' step='{}' reason='{}'.", pending.claimId(), pending.step(), reason);
    }

    /** Writes the failure on the claim, committed even though the dispatch rolls back and is retried. */
    private void recordFailure(long actionId, Integer attempt, RuntimeException e) {
        String reason = String.valueOf(e.getMessage());
        boolean last = attempt != null && attempt >= MAX_ATTEMPTS;
        String detail = (last ? "given up after " + attempt + " attempts, moved to the dead letters: "
                : "attempt " + (attempt == null ? "?" : attempt) + " of " + MAX_ATTEMPTS + " failed: ") + reason;
        jdbc.sql("SELECT claim_id FROM dunning_actions WHERE id = ?").param(actionId).query(Long.class).optional()
                .ifPresent(claimId -> deliveries.event(claimId, last ? "SEND_GAVE_UP" : "SEND_FAILED", detail));
        if (last) {
            log.error("Letter not sent, given up: action='{}' reason='{}'.", actionId, reason);
        } else {
            log.warn("Letter not sent, will be retried: action='{}' attempt='{}' reason='{}'.", actionId, attempt,
                    reason);
        }
    }

    private static String fileName(PendingLetter pending) {
        String number = pending.number().replaceAll("[^A-Za-z0-9_-]", "_");
        return "action-" + pending.actionId() + "-" + pending.step().toLowerCase() + "-" + number + ".pdf";
    }
}
