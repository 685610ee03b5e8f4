package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.platform.HubClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the letter of one action. The action row is locked while it is sent and marked sent in the
 * same transaction, so a message seen twice sends once; a claim paid or credited since the run is
 * skipped, not reminded.
 */
@Service
public class LetterDispatch {

    private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);

    private final JdbcClient jdbc;
    private final Connectors connectors;
    private final Claims claims;
    private final LetterRenderer renderer;
    private final PrintOutbox print;
    private final MailOutbox mail;
    private final HubClock clock;

    LetterDispatch(JdbcClient jdbc, Connectors connectors, Claims claims, LetterRenderer renderer, PrintOutbox print,
            MailOutbox mail, HubClock clock) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.claims = claims;
        this.renderer = renderer;
        this.print = print;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    public void dispatch(String actionIdText) {
        long actionId = Long.parseLong(actionIdText.trim());
        Optional<PendingLetter> found = jdbc.sql(PendingLetter.SELECT_FOR_UPDATE).param(actionId)
                .query(PendingLetter.class).optional();
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

        send(pending);
    }

    private void send(PendingLetter pending) {
        Connector connector = connectors.get(pending.connectorId());
        LocalDate today = clock.today();
        ReminderLetter letter = LetterComposer.compose(pending, connector, today);
        byte[] pdf = renderer.render(letter);

        String fileName = fileName(pending);
        Path printed = print.deliver(today, fileName, pdf);
        String mailed = pending.hasEmail()
                ? mail.send(LetterMails.of(pending, connector, letter, fileName, pdf)) : null;

        jdbc.sql("UPDATE dunning_actions SET status = 'SENT', sent_at = now(), document_path = ?, detail = ? "
                        + "WHERE id = ?")
                .params(printed.toString(), mailed == null ? "post" : "post and e-mail", pending.actionId()).update();
        claims.recordEvent(pending.claimId(), "LETTER_SENT", pending.step() + " by post"
                + (mailed == null ? "" : " and e-mail"));
        log.info("Letter sent: claim='{}' step='{}' action='{}' channels='{}'.", pending.claimId(), pending.step(),
                pending.actionId(), mailed == null ? "post" : "post,e-mail");
    }

    private void skip(PendingLetter pending, String reason) {
        jdbc.sql("UPDATE dunning_actions SET status = 'SKIPPED', detail = ? WHERE id = ?")
                .params(reason, pending.actionId()).update();
        claims.recordEvent(pending.claimId(), "LETTER_SKIPPED", pending.step() + ": " + reason);
        log.info("Letter skipped: claim='{}' step='{}' reason='{}'.", pending.claimId(), pending.step(), reason);
    }

    private static String fileName(PendingLetter pending) {
        String number = pending.number().replaceAll("[^A-Za-z0-9_-]", "_");
        return "action-" + pending.actionId() + "-" + pending.step().toLowerCase() + "-" + number + ".pdf";
    }
}
