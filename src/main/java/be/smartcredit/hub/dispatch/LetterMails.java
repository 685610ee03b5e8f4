package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.LetterKind;
import be.smartcredit.hub.document.ReminderLetter;
import java.time.format.DateTimeFormatter;

/** The e-mail that carries a letter: Dutch text for now, the PDF attached. */
final class LetterMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LetterMails() {
    }

    static MailOutbox.OutgoingMail of(PendingLetter pending, Connector connector, ReminderLetter letter,
            String fileName, byte[] pdf) {
        String subject = (letter.kind() == LetterKind.REMINDER_1 ? "Herinnering" : "Tweede herinnering")
                + " factuur " + pending.number();
        String text = """
                Geachte klant,

                Volgens onze gegevens is factuur %s van %s, vervallen op %s, nog niet (volledig) betaald.
                Openstaand bedrag: %s %s.

                Gelieve dit bedrag te betalen uiterlijk op %s op rekening %s
                met de gestructureerde mededeling %s.

                U vindt de herinnering in bijlage. Heeft u intussen betaald, dan mag u dit bericht als
                onbestaande beschouwen.

                Met vriendelijke groeten,
                %s
                """.formatted(pending.number(), DATE.format(pending.issueDate()), DATE.format(pending.dueDate()),
                pending.openAmount().toPlainString(), pending.currency(), DATE.format(letter.payBy()),
                connector.iban(), letter.communication().formatted(), connector.name());
        return new MailOutbox.OutgoingMail(pending.actionId(), connector.email(), connector.name(), pending.email(),
                subject, text, fileName, pdf);
    }
}
