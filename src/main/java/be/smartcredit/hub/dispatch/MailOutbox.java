package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends letters by e-mail: over SMTP when {@code spring.mail.host} is set, otherwise as {@code .eml}
 * files in {@code <data-dir>/outbox/mail/}. The Message-ID is derived from the action, so the same
 * letter written twice is recognisably one message.
 */
@Component
class MailOutbox {

    private final Path folder;
    private final JavaMailSender smtp;

    MailOutbox(HubSettings settings, ObjectProvider<JavaMailSender> smtp) {
        this.folder = settings.outbox().resolve("mail");
        this.smtp = smtp.getIfAvailable();
    }

    /** Where the message went: the SMTP server's name or the {@code .eml} file. */
    String send(OutgoingMail mail) {
        try {
            MimeMessage message = build(mail);
            if (smtp != null) {
                smtp.send(message);
                return "smtp";
            }
            return writeEml(mail, message).toString();
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot build e-mail for action " + mail.actionId(), e);
        }
    }

    private MimeMessage build(OutgoingMail mail) throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mail.from(), mail.fromName());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text());
        helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.pdf()), "application/pdf");
        message.saveChanges();
        return message;
    }

    private Path writeEml(OutgoingMail mail, MimeMessage message) throws MessagingException {
        Path target = folder.resolve("action-" + mail.actionId() + ".eml");
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(".action-" + mail.actionId() + ".eml.tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write e-mail " + target, e);
        }
    }

    /** A MIME message whose Message-ID is ours rather than a random one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** One e-mail to send. */
    record OutgoingMail(long actionId, String from, String fromName, String to, String subject, String text,
            String attachmentName, byte[] pdf) {

        String messageId() {
            return "<action-" + actionId + "@smart-credit-hub>";
        }
    }
}
