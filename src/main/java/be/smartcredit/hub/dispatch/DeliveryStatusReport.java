package be.smartcredit.hub.dispatch;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery status notification (RFC 3464) as a mail server returns it to the bounce address: the
 * per-recipient results, and the Message-ID of the message it is about (from the returned headers).
 *
 * @param recipients the recipients the report is about
 * @param originalMessageId the Message-ID of the reported message, when the report returns its headers
 */
record DeliveryStatusReport(List<Recipient> recipients, Optional<String> originalMessageId) {

    private static final Pattern ACTION_ID = Pattern.compile("<action-(\\d+)@smart-credit-hub>");

    /** One recipient's result: {@code action} is failed, delayed, delivered, relayed or expanded. */
    record Recipient(String address, String action, String status, String diagnostic) {

        boolean failed() {
            return "failed".equals(action);
        }
    }

    /** The hub's action the reported message belonged to, when its Message-ID is one of ours. */
    Optional<Long> actionId() {
        return originalMessageId.map(ACTION_ID::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1)));
    }

    static DeliveryStatusReport parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            List<Recipient> recipients = new ArrayList<>();
            String[] messageId = new String[1];
            walk(message, recipients, messageId);
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("not a delivery status notification: no message/delivery-status "
                        + "part with a Final-Recipient");
            }
            return new DeliveryStatusReport(List.copyOf(recipients), Optional.ofNullable(messageId[0]));
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("not a readable MIME message: " + e.getMessage(), e);
        }
    }

    private static void walk(Part part, List<Recipient> recipients, String[] messageId)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, recipients, messageId);
            }
        } else if (part.isMimeType("message/delivery-status")) {
            readStatus(part.getInputStream(), recipients);
        } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
            String[] ids = new InternetHeaders(part.getInputStream()).getHeader("Message-ID");
            if (ids != null && ids.length > 0) {
                messageId[0] = ids[0].trim();
            }
        }
    }

    /** The per-message fields, then one header block per recipient, separated by blank lines. */
    private static void readStatus(InputStream raw, List<Recipient> recipients) throws MessagingException,
            IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        new InternetHeaders(in);
        while (hasMore(in)) {
            InternetHeaders fields = new InternetHeaders(in);
            String recipient = value(fields, "Final-Recipient");
            if (recipient != null) {
                recipients.add(new Recipient(address(recipient), lower(value(fields, "Action")),
                        value(fields, "Status"), value(fields, "Diagnostic-Code")));
            }
        }
    }

    private static boolean hasMore(PushbackInputStream in) throws IOException {
        int next;
        do {
            next = in.read();
        } while (next == '\r' || next == '\n');
        if (next < 0) {
            return false;
        }
        in.unread(next);
        return true;
    }

    private static String value(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, " ");
        return value == null ? null : value.replaceAll("\\s+", " ").trim();
    }

    /** {@code rfc822; someone@example.com} gives the address. */
    private static String address(String typed) {
        int semicolon = typed.indexOf(';');
        return (semicolon < 0 ? typed : typed.substring(semicolon + 1)).trim();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
