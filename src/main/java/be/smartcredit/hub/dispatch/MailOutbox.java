package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends letters by e-mail: over SMTP when {@code spring.mail.host} is set, otherwise as {@code .eml}
 * files in {@code <data-dir>/outbox/mail/}. The Message-ID is derived from the action, and the
 * envelope sender is the bounce address, so a bounce names both the action and the address. The SMTP session is
 * the one Spring Boot built from {@code spring.mail.*}, so {@code spring.mail.ssl.enabled}, {@code spring.mail.ssl
 * .bundle} and {@code spring.mail.properties.mail.smtp.starttls.*} apply to every send.
 */
@Component
class MailOutbox {

    private final Path folder;
    private final JavaMailSenderImpl smtp;
    private final String bounceAddress;
    private final HubClock clock;

    MailOutbox(HubSettings hub, ChannelSettings settings, ObjectProvider<JavaMailSender> smtp, HubClock clock) {
        this.clock = clock;
        this.folder = hub.outbox().resolve("mail");
        this.smtp = smtp.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl : null;
        this.bounceAddress = settings.mail().bounceAddress();
    }

    /** Whether messages go to a real server, where a second send would reach the debtor twice. */
    boolean overSmtp() {
        return smtp != null;
    }

    /**
     * Sends one message and says what the server answered. A {@link NotSentException} means the message
     * provably did not leave; any other exception means it may have.
     */
    Result send(OutgoingMail mail) {
        try {
            MimeMessage message = build(mail);
            return smtp != null ? overSmtp(mail, message) : new Result(false, writeEml(mail, message).toString());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new NotSentException("cannot build e-mail for action " + mail.actionId(), e);
        }
    }

    private Result overSmtp(OutgoingMail mail, MimeMessage message) throws MessagingException {
        Session session = smtp.getSession();
        SMTPTransport transport = (SMTPTransport) session.getTransport(smtp.getProtocol());
        try {
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        } catch (MessagingException e) {
            throw new NotSentException("cannot connect to the mail server: " + e.getMessage(), e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return new Result(false, transport.getLastServerResponse());
        } catch (SendFailedException e) {
            if (rejectedForGood(e)) {
                return new Result(true, describe(e));
            }
            throw new NotSentException("the mail server refused the message: " + describe(e), e);
        } finally {
            transport.close();
        }
    }

    /** A 5xx answer to RCPT: the address does not exist or refuses mail, so trying again cannot help. */
    private static boolean rejectedForGood(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        if (invalid == null || invalid.length == 0) {
            return false;
        }
        for (Exception next = e.getNextException(); next != null; ) {
            if (next instanceof SMTPAddressFailedException failed && failed.getReturnCode() / 100 == 5) {
                return true;
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return false;
    }

    private static String describe(SendFailedException e) {
        String addresses = e.getInvalidAddresses() == null ? "" : Arrays.stream(e.getInvalidAddresses())
                .map(Address::toString).collect(Collectors.joining(", "));
        Exception next = e.getNextException();
        String reply = next instanceof SMTPAddressFailedException f ? f.getReturnCode() + " " + f.getMessage()
                : e.getMessage();
        return (addresses.isEmpty() ? "" : addresses + ": ") + String.valueOf(reply).trim();
    }

    private MimeMessage build(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        SMTPMessage message = new FixedIdMessage(Session.getInstance(new Properties()), mail.messageId());
        message.setEnvelopeFrom(bounceAddress);
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        helper.setFrom(mail.from(), mail.fromName());
        helper.setReplyTo(mail.replyTo(), mail.fromName());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.pdf()), "application/pdf");
        // The Date header follows the hub's clock, like the letter it carries.
        helper.setSentDate(Date.from(clock.now().toInstant()));
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

    /** What became of a message the server answered: taken, or its recipient refused for good. */
    record Result(boolean rejected, String reply) {
    }

    /** The message provably did not leave (no connection, or a temporary refusal): sending again is safe. */
    static final class NotSentException extends RuntimeException {

        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A MIME message whose Message-ID is ours rather than a random one. */
    private static final class FixedIdMessage extends SMTPMessage {

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

    /** One e-mail to send, with a text and an HTML body. */
    record OutgoingMail(long actionId, String from, String fromName, String replyTo, String to, String subject,
            String text, String html, String attachmentName, byte[] pdf) {

        String messageId() {
            return messageIdOf(actionId);
        }

        static String messageIdOf(long actionId) {
            return "<action-" + actionId + "@smart-credit-hub>";
        }
    }
}
