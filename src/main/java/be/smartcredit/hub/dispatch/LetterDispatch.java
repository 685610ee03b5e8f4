package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.dunning.ActionContents;
import be.smartcredit.hub.dunning.Dossiers;
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
 * same transaction, so a message seen twice sends once; a claim paid, credited or put on hold since the run
 * is dropped from the letter, and a letter left with no claim is skipped. Steps that are not letters become
 * tasks.
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
    private final ActionContents contents;
    private final Dossiers dossiers;

    LetterDispatch(JdbcClient jdbc, Connectors connectors, Claims claims, LetterRenderer renderer, PrintOutbox print,
            MailOutbox mail, HubClock clock, ActionContents contents, Dossiers dossiers) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.claims = claims;
        this.renderer = renderer;
        this.print = print;
        this.mail = mail;
        this.clock = clock;
        this.contents = contents;
        this.dossiers = dossiers;
    }

    @Transactional
    public void dispatch(String actionIdText) {
        long actionId = Long.parseLong(actionIdText.trim());
        LocalDate today = clock.today();
        Optional<ActionContents.Contents> found = contents.lockForSending(actionId, today);
        if (found.isEmpty()) {
            log.warn("Action not found, message ignored: action='{}'.", actionId);
            return;
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
            skip(action, "no claim on the letter is still open and free of holds at send time");
            return;
        }

        send(new PendingLetter(action));
    }

    private void send(PendingLetter pending) {
        Connector connector = connectors.get(pending.connectorId());
        LocalDate today = clock.today();
        ReminderLetter letter = LetterComposer.compose(pending, connector, today);
        byte[] pdf = renderer.render(letter);

        String fileName = fileName(pending);
        Path printed = print.deliver(today, fileName, pdf);
        String mailed = pending.hasEmail() ? mail.send(LetterMails.of(pending, connector, letter, fileName, pdf)) : null;

        jdbc.sql("UPDATE dunning_actions SET status = 'SENT', sent_at = now(), document_path = ?, detail = ? "
                        + "WHERE id = ?")
                .params(printed.toString(), mailed == null ? "post" : "post and e-mail", pending.actionId()).update();
        String channels = mailed == null ? "post" : "post and e-mail";
        pending.claims().forEach(c -> claims.recordEvent(c.claimId(), "LETTER_SENT",
                pending.step() + " by " + channels));
        dossiers.recordEvent(pending.contents().dossierId(), today, "LETTER_SENT", pending.step() + " with "
                + pending.claims().size() + " claim(s) by " + channels + ".", null);
        log.info("Letter sent: dossier='{}' step='{}' action='{}' claims='{}' channels='{}'.",
                pending.contents().dossierId(), pending.step(), pending.actionId(), pending.claims().size(),
                mailed == null ? "post" : "post,e-mail");
    }

    private void skip(ActionContents.Contents action, String reason) {
        jdbc.sql("UPDATE dunning_actions SET status = 'SKIPPED', detail = ? WHERE id = ?")
                .params(reason, action.actionId()).update();
        action.dropped().forEach(d -> claims.recordEvent(d.claimId(), "LETTER_SKIPPED", action.step() + ": "
                + d.reason()));
        dossiers.recordEvent(action.dossierId(), clock.today(), "LETTER_SKIPPED", action.step() + ": " + reason + ".",
                "checked at send time");
        log.info("Letter skipped: dossier='{}' step='{}' reason='{}'.", action.dossierId(), action.step(), reason);
    }

    private static String fileName(PendingLetter pending) {
        String number = pending.number().replaceAll("[^A-Za-z0-9_-]", "_");
        return "action-" + pending.actionId() + "-" + pending.step().toLowerCase() + "-" + number + ".pdf";
    }
}
