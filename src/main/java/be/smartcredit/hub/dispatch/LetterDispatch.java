package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.dunning.ActionContents;
import be.smartcredit.hub.dunning.ActionTerms;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.Dossiers;
import be.smartcredit.hub.platform.Correlation;
import be.smartcredit.hub.platform.FlowMetrics;
import be.smartcredit.hub.dunning.UndeliverableDossiers;
import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the letter of one action by the channels its connector chooses for the step. The action row
 * is locked while it is sent and marked sent in the same transaction, so a message seen twice sends
 * once. A claim paid, credited or put on hold since the run is dropped from the letter, and a letter
 * left with no claim is skipped; steps that are not letters become tasks. Each channel's own send is
 * recorded as it happens (see {@link Deliveries}), so a retry after a failure or a crash resends only
 * what provably did not leave. A channel outside the contact hours ({@link ContactWindow}) is held: the
 * action is DEFERRED and published again when the window opens, and what left already is not sent twice.
 * A debtor without a usable postal address gets no print job. The term printed and stored is the one of the
 * channels the letter actually leaves by, on the day it leaves ({@link ActionTerms}); a letter no channel can
 * carry stops its dossier ({@link UndeliverableDossiers}).
 */
@Service
public class LetterDispatch {

    /** The broker gives up after this many attempts (see BrokerSetup) and moves the message to dead letters. */
    // Limitation: an SMTP or database outage longer than the redelivery schedule (1 + 3 + 9 + 27 s) uses up the
    // attempts of the actions taken meanwhile; they wait on the dead-letter address until replayed.
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);

    private final JdbcClient jdbc;
    private final Connectors connectors;
    private final ConnectorChannels channels;
    private final LetterRenderer renderer;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Deliveries deliveries;
    private final HubClock clock;
    private final ActionContents contents;
    private final Dossiers dossiers;
    private final LetterComposer composer;
    private final DossierStatements statements;
    private final ContactWindow window;
    private final FlowMetrics metrics;
    private final ActionTerms terms;
    private final UndeliverableDossiers undeliverables;

    LetterDispatch(JdbcClient jdbc, Connectors connectors, ConnectorChannels channels, LetterRenderer renderer,
            List<ChannelSender> senders, Deliveries deliveries, HubClock clock, ActionContents contents,
            Dossiers dossiers, LetterComposer composer, DossierStatements statements, ContactWindow window,
            FlowMetrics metrics, ActionTerms terms, UndeliverableDossiers undeliverables) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.channels = channels;
        this.renderer = renderer;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.deliveries = deliveries;
        this.clock = clock;
        this.contents = contents;
        this.dossiers = dossiers;
        this.composer = composer;
        this.statements = statements;
        this.window = window;
        this.metrics = metrics;
        this.terms = terms;
        this.undeliverables = undeliverables;
    }

    /** Sends the action's letter; {@code attempt} is the broker's delivery count, when known. */
    @Transactional
    public void dispatch(String actionIdText, Integer attempt) {
        long actionId = Long.parseLong(actionIdText.trim());
        long started = metrics.start();
        try (Correlation.Scope scope = Correlation.open(deliveries.correlate(actionId))) {
            lockAndSend(actionId);
            metrics.dispatched("handled", started);
        } catch (RuntimeException e) {
            recordFailure(actionId, attempt, e);
            metrics.dispatched("failed", started);
            throw e;
        }
    }

    public void dispatch(String actionIdText) {
        dispatch(actionIdText, null);
    }

    /**
     * Sends the action's letter by post because its e-mail bounced after it was sent; nothing when the
     * letter went by post already. A debtor without a postal address gets no print job: the letter is
     * recorded as undeliverable for a person. Says whether the letter was posted.
     */
    @Transactional
    public boolean postAfterBounce(long actionId, String reason) {
        Optional<ActionContents.Contents> found = contents.lockForSending(actionId, clock.today());
        if (found.isEmpty() || found.get().claims().isEmpty()
                || deliveries.find(actionId, Channel.POST).isPresent()) {
            return false;
        }
        LocalDate today = clock.today();
        PendingLetter pending = new PendingLetter(found.get());
        if (!pending.hasPostalAddress()) {
            String detail = pending.step() + ": the e-mail bounced (" + reason + ") and the debtor has no usable "
                    + "postal address; left for a person";
            deliveries.event(pending.claimId(), "LETTER_UNDELIVERABLE", detail);
            undeliverables.hold(actionId, detail, today);
            log.warn("Letter undeliverable after an e-mail bounce: claim='{}' action='{}'.", pending.claimId(),
                    actionId);
            return false;
        }
        LocalDate term = terms.leftBy(actionId, List.of(be.smartcredit.hub.dunning.Channel.POST), today);
        PendingLetter posted = new PendingLetter(found.get().withTermEndsOn(term));
        String where = senders.get(Channel.POST).send(compose(posted)).orElseThrow();
        jdbc.sql("UPDATE dunning_actions SET document_path = ?, detail = COALESCE(detail, '') || ', post after bounce' "
                        + "WHERE id = ?")
                .params(where, actionId).update();
        deliveries.event(pending.claimId(), "LETTER_SENT", pending.step() + " by post after an e-mail bounce: "
                + reason);
        log.info("Letter posted after an e-mail bounce: claim='{}' action='{}'.", pending.claimId(), actionId);
        return true;
    }

    private void lockAndSend(long actionId) {
        LocalDate today = clock.today();
        Optional<ActionContents.Contents> found = contents.lockForSending(actionId, today);
        if (found.isEmpty()) {
            // Actions are never deleted, so the message was made against another database: a second deployment on
            // the same broker, or a database restored from before the action. It is not acknowledged: after the
            // broker's attempts it waits in the dead letters, where it can be seen and replayed.
            throw new IllegalStateException("action " + actionId + " is not in this hub's database (another "
                    + "deployment on the same broker, or a database restored from an older backup?)");
        }
        ActionContents.Contents action = found.get();
        if (action.alreadyHandled()) {
            log.info("Action already handled, message ignored: action='{}' status='{}'.", actionId, action.status());
            return;
        }
        contents.dropFromLetter(action, today);
        if (!action.step().isLetter()) {
            contents.createTask(action, today);
            return;
        }
        if (action.claims().isEmpty()) {
            skip(action, "LETTER_SKIPPED", "no claim on the letter is still open and free of holds at send time");
            return;
        }

        PendingLetter pending = new PendingLetter(action);
        OutgoingLetter letter;
        try {
            letter = compose(pending);
        } catch (LetterComposer.CannotCompose e) {
            skip(action, "LETTER_NOT_SENT", "not sent: " + e.getMessage());
            return;
        }
        SendOutcome outcome = send(new TermedLetter(letter), letter.rules().forStep(pending.step()));
        if (outcome.heldUntil().isPresent()) {
            defer(pending, outcome, today);
        } else if (!outcome.carried()) {
            undeliverable(pending, outcome, today);
        } else {
            markSent(pending, outcome.sent(), today);
        }
    }

    private OutgoingLetter compose(PendingLetter pending) {
        Connector connector = connectors.get(pending.connectorId());
        LocalDate today = clock.today();
        LetterComposer.Composed letter = composer.compose(pending, connector,
                statements.forLetter(pending.contents(), today), today,
                dossiers.openedOn(pending.contents().dossierId()));
        return new OutgoingLetter(pending, connector, channels.of(connector.id()), letter.reminder(),
                fileName(pending), renderer.render(letter.document()));
    }

    /**
     * Tries the step's channels in order; when no e-mail or post carried the letter, it goes by post, or by
     * e-mail when the debtor has no postal address. A channel outside the contact hours is held, not used.
     */
    private SendOutcome send(TermedLetter letter, ChannelRules.StepChannels step) {
        SendOutcome outcome = new SendOutcome(clock.now());
        ChannelChoice.Reachability reach = letter.current().pending().reachability();
        List<Channel> candidates = ChannelChoice.candidates(step, reach);
        if (step.mode() == ChannelRules.DeliveryMode.ALL) {
            letter.alsoLeavingBy(candidates);
        }
        for (Channel channel : candidates) {
            if (!ChannelChoice.tryNext(step.mode(), outcome.taken())) {
                break;
            }
            sendOrHold(letter, channel, outcome);
        }
        ChannelChoice.fallback(outcome.taken(), reach).ifPresent(channel -> sendOrHold(letter, channel, outcome));
        return outcome;
    }

    private void sendOrHold(TermedLetter letter, Channel channel, SendOutcome outcome) {
        ZonedDateTime opens = window.nextAllowed(channel, outcome.at());
        if (opens.isAfter(outcome.at())) {
            outcome.held(channel, opens);
            return;
        }
        senders.get(channel).send(letter.leavingBy(channel)).ifPresent(where -> outcome.sent(channel, where));
    }

    /**
     * The letter as it leaves by a channel: composed again when that channel gives another term than the one
     * printed (a letter posted because the mail server refused the address gives the paper term). In mode
     * {@code all} every channel's letter prints the latest of the step's terms.
     */
    private final class TermedLetter {

        private final Set<Channel> alsoLeavingBy = EnumSet.noneOf(Channel.class);
        private OutgoingLetter current;

        TermedLetter(OutgoingLetter letter) {
            this.current = letter;
        }

        OutgoingLetter current() {
            return current;
        }

        void alsoLeavingBy(Collection<Channel> channels) {
            alsoLeavingBy.addAll(channels);
        }

        OutgoingLetter leavingBy(Channel channel) {
            if (!channel.carriesLetter()) {
                return current;
            }
            Set<Channel> leaving = EnumSet.of(channel);
            leaving.addAll(alsoLeavingBy);
            ActionContents.Contents contents = current.pending().contents();
            LocalDate term = terms.termIfSent(contents.actionId(), letterChannels(leaving), clock.today());
            if (!term.equals(contents.termEndsOn())) {
                current = compose(new PendingLetter(contents.withTermEndsOn(term)));
            }
            return current;
        }
    }

    private static List<be.smartcredit.hub.dunning.Channel> letterChannels(Collection<Channel> channels) {
        return channels.stream().map(Channel::letterChannel).flatMap(Optional::stream).toList();
    }

    /**
     * Puts the action back for the relay to publish when the contact hours allow the held channels; what
     * left now is recorded per channel and is not sent again.
     */
    private void defer(PendingLetter pending, SendOutcome outcome, LocalDate today) {
        ZonedDateTime until = outcome.heldUntil().orElseThrow().withZoneSameInstant(HubClock.BRUSSELS);
        if (!letterChannels(outcome.sent().keySet()).isEmpty()) {
            terms.leftBy(pending.actionId(), letterChannels(outcome.sent().keySet()), today);
        }
        String detail = pending.step() + ": " + outcome.heldList() + " held by the contact hours until "
                + until.toLocalDateTime() + (outcome.sent().isEmpty() ? "" : ", sent now by " + outcome.sentList());
        jdbc.sql("""
                UPDATE dunning_actions SET status = 'DEFERRED', deferred_until = ?, deferrals = deferrals + 1,
                       published_at = NULL, document_path = COALESCE(?, document_path), detail = ? WHERE id = ?""")
                .params(until.toOffsetDateTime(), outcome.sent().get(Channel.POST), detail, pending.actionId())
                .update();
        claimEvents(pending, "LETTER_DEFERRED", detail);
        dossiers.recordEvent(pending.contents().dossierId(), today, "LETTER_DEFERRED", detail + ".",
                "contact hours");
        log.info("Letter deferred by the contact hours: dossier='{}' step='{}' action='{}' until='{}'.",
                pending.contents().dossierId(), pending.step(), pending.actionId(), until.toLocalDateTime());
    }

    /** Neither post nor e-mail can carry the letter: recorded for a person, no print job. */
    private void undeliverable(PendingLetter pending, SendOutcome outcome, LocalDate today) {
        String reason = "no usable postal address (street, postcode and city) and no usable e-mail address";
        String detail = pending.step() + ": " + reason + (outcome.sent().isEmpty() ? ""
                : "; notice sent by " + outcome.sentList());
        claimEvents(pending, "LETTER_UNDELIVERABLE", detail);
        dossiers.recordEvent(pending.contents().dossierId(), today, "LETTER_UNDELIVERABLE", detail + ".",
                "left for a person");
        undeliverables.hold(pending.actionId(), detail, today);
        log.warn("Letter undeliverable, left for a person: dossier='{}' step='{}' action='{}'.",
                pending.contents().dossierId(), pending.step(), pending.actionId());
    }

    private void markSent(PendingLetter pending, Map<Channel, String> sent, LocalDate today) {
        String channelList = sent.keySet().stream().map(Channel::code).collect(Collectors.joining(", "));
        if (!letterChannels(sent.keySet()).isEmpty()) {
            terms.leftBy(pending.actionId(), letterChannels(sent.keySet()), today);
        }
        jdbc.sql("UPDATE dunning_actions SET status = 'SENT', sent_at = now(), document_path = ?, detail = ? "
                        + "WHERE id = ?")
                .params(sent.get(Channel.POST), channelList, pending.actionId()).update();
        claimEvents(pending, "LETTER_SENT", pending.step() + " by " + channelList);
        dossiers.recordEvent(pending.contents().dossierId(), today, "LETTER_SENT", pending.step() + " with "
                + pending.claims().size() + " claim(s) by " + channelList + ".", null);
        log.info("Letter sent: dossier='{}' step='{}' action='{}' claims='{}' channels='{}'.",
                pending.contents().dossierId(), pending.step(), pending.actionId(), pending.claims().size(),
                channelList);
    }

    private void claimEvents(PendingLetter pending, String kind, String detail) {
        pending.claims().forEach(c -> jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) VALUES (?, ?, ?)")
                .params(c.claimId(), kind, detail).update());
    }

    private void skip(ActionContents.Contents action, String kind, String reason) {
        jdbc.sql("UPDATE dunning_actions SET status = 'SKIPPED', detail = ? WHERE id = ?")
                .params(reason, action.actionId()).update();
        action.dropped().forEach(d -> jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) "
                        + "VALUES (?, 'LETTER_SKIPPED', ?)")
                .params(d.claimId(), action.step() + ": " + d.reason()).update());
        dossiers.recordEvent(action.dossierId(), clock.today(), kind, action.step() + ": " + reason + ".",
                "checked at send time");
        log.info("Letter skipped: dossier='{}' step='{}' reason='{}'.", action.dossierId(), action.step(), reason);
    }

    /** Writes the failure on the claim, committed even though the dispatch rolls back and is retried. */
    private void recordFailure(long actionId, Integer attempt, RuntimeException e) {
        String reason = String.valueOf(e.getMessage());
        boolean last = attempt != null && attempt >= MAX_ATTEMPTS;
        String detail = (last ? "given up after " + attempt + " attempts, moved to the dead letters: "
                : "attempt " + (attempt == null ? "?" : attempt) + " of " + MAX_ATTEMPTS + " failed: ") + reason;
        Optional.ofNullable(firstClaimOrNull(actionId))
                .ifPresent(claimId -> deliveries.event(claimId, last ? "SEND_GAVE_UP" : "SEND_FAILED", detail));
        if (last) {
            log.error("Letter not sent, given up: action='{}' reason='{}'.", actionId, reason);
        } else {
            log.warn("Letter not sent, will be retried: action='{}' attempt='{}' reason='{}'.", actionId, attempt,
                    reason);
        }
    }

    private Long firstClaimOrNull(long actionId) {
        try {
            return deliveries.firstClaimOf(actionId);
        } catch (RuntimeException noClaim) {
            return null;
        }
    }

    private static String fileName(PendingLetter pending) {
        String number = pending.number().replaceAll("[^A-Za-z0-9_-]", "_");
        return "action-" + pending.actionId() + "-" + pending.step().toLowerCase() + "-" + number + ".pdf";
    }
}
