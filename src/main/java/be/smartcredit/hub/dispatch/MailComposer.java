package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.ReminderLetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the e-mail that carries a letter: a text and an HTML body from {@code mail/reminder.txt} and
 * {@code mail/reminder.html} in the letter's language, the PDF attached, and the sender by mode (the
 * client in silent mode, the agency in agency mode).
 */
@Component
class MailComposer {

    private final TemplateEngine templates = new TemplateEngine();
    private final ChannelSettings settings;

    MailComposer(ChannelSettings settings) {
        this.settings = settings;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailComposer.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    MailOutbox.OutgoingMail compose(PendingLetter pending, Connector connector, ReminderLetter letter,
            String fileName, byte[] pdf) {
        MessageTexts texts = new MessageTexts(letter.language());
        Context context = new Context();
        context.setVariables(variables(pending, connector, letter, texts));
        String subject = texts.text("subject." + letter.kind().name(), pending.number());
        context.setVariable("subject", subject);
        Sender sender = sender(connector);
        return new MailOutbox.OutgoingMail(pending.actionId(), sender.address(), sender.name(), sender.address(),
                pending.email().trim(), subject, templates.process("reminder.txt", context),
                templates.process("reminder.html", context), fileName, pdf);
    }

    private Map<String, Object> variables(PendingLetter pending, Connector connector, ReminderLetter letter,
            MessageTexts texts) {
        Map<String, Object> values = new HashMap<>();
        values.put("language", texts.language().code());
        values.put("greeting", texts.text("greeting"));
        values.put("intro", texts.text("intro", pending.number(), texts.date(pending.issueDate()),
                texts.date(pending.dueDate())));
        values.put("open", texts.text("open", texts.money(pending.openAmount(), pending.currency())));
        values.put("pay", texts.text("pay", texts.date(letter.payBy()), letter.creditor().iban()));
        values.put("communication", letter.communication().formatted());
        values.put("attached", texts.text("attached"));
        values.put("closing", texts.text("closing"));
        boolean agency = connector.mode() == Connector.Mode.AGENCY;
        values.put("signature", agency ? settings.agency().name() : connector.name());
        values.put("onBehalf", agency ? texts.text("onBehalf", connector.name()) : null);
        values.put("footer", agency ? agencyFooter() : null);
        return values;
    }

    private Sender sender(Connector connector) {
        return connector.mode() == Connector.Mode.AGENCY
                ? new Sender(settings.agency().email(), settings.agency().name())
                : new Sender(connector.email(), connector.name());
    }

    private String agencyFooter() {
        ChannelSettings.Agency agency = settings.agency();
        StringBuilder footer = new StringBuilder(agency.name());
        agency.address().forEach(line -> footer.append(" - ").append(line));
        footer.append(" - ").append(agency.enterpriseNumber());
        if (agency.phone() != null) {
            footer.append(" - ").append(agency.phone());
        }
        return footer.append(" - ").append(agency.email()).toString();
    }

    private record Sender(String address, String name) {
    }
}
